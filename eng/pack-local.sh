#!/usr/bin/env bash
# Packs every package of this repository — Mentoring.Domain, Mentoring.Rules, Mentoring.Importing and the tool Mentoring.Cli — into a
# folder feed, and writes beside them a nuget.config that takes our packages (Mentoring.*) from that folder and
# everything else from nuget.org (package source mapping). docs/getting-started.md follows it step by step, and
# tests/Mentoring.Packaging.Tests runs the guide's steps on every CI run.
#
#   eng/pack-local.sh [FEED] [extra `dotnet pack` arguments...]
#
# FEED defaults to ~/mentoring-feed. The packages are built in Release with deterministic paths (/_/ in the PDBs), in
# a temporary folder of their own under artifacts/ (--artifacts-path): the working copy's bin/ and obj/ are neither
# used nor changed.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd -P)"   # the physical path, even when reached through a link
feed="${1:-$HOME/mentoring-feed}"
shift || true
mkdir -p "$feed"
feed="$(cd "$feed" && pwd)"

# Inside the repository (artifacts/ is ignored by git), so that the generated sources map to /_/ in the PDBs too.
mkdir -p "$repo/artifacts"
artifacts="$(mktemp -d "$repo/artifacts/pack.XXXXXX")"
trap 'rm -rf "$artifacts"' EXIT

for project in src/Mentoring.Domain src/Mentoring.Rules src/Mentoring.Importing samples/Mentoring.Cli; do
  echo "Packing $project into $feed"
  dotnet pack "$repo/$project" --configuration Release --output "$feed" --artifacts-path "$artifacts" \
    -p:ContinuousIntegrationBuild=true "$@"
done

# The consumer's nuget.config: Mentoring.* from the folder, the rest from nuget.org. Copy it into your application's
# folder (or merge its two sections into the nuget.config you have).
cat > "$feed/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="mentoring-local" value="$feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="mentoring-local">
      <package pattern="Mentoring.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML

echo "Packed into $feed:"
ls -1 "$feed"
