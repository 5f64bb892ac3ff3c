#!/usr/bin/env bash
# Regenerates the public API files that Microsoft.CodeAnalysis.PublicApiAnalyzers checks (src/Directory.Build.props),
# with the analyzer's own code fixes: nothing in them is written by hand.
#
#   eng/update-public-api.sh                      # both libraries: src/Mentoring.Domain, src/Mentoring.Rules
#   eng/update-public-api.sh src/Mentoring.Rules  # one project (its directory or its .csproj)
#
# For each project it
#   1. creates PublicAPI.Shipped.txt ("#nullable enable") if it is missing; the Shipped file is never changed;
#   2. empties PublicAPI.Unshipped.txt down to its "#nullable enable" line, so the file is rebuilt from scratch and a
#      large change of the API (a renamed namespace, a replaced engine) needs no hand-editing;
#   3. applies the fixes of RS0016 (add every public symbol missing from the files) and RS0017 (an API in Shipped that
#      is gone: a "*REMOVED*" line) with `dotnet format analyzers`, which lists the symbols sorted, with their
#      nullability annotations;
#   4. builds the project (Release): RS0016/RS0017 and the other RS00xx rules are errors there, so a clean build
#      proves the files are complete.
# Then review `git diff -- '*PublicAPI*.txt'`: it is the change to the public surface.
#
# On a release, move the lines of PublicAPI.Unshipped.txt into PublicAPI.Shipped.txt (both keep their first line
# "#nullable enable"); from then on a removed shipped symbol shows up as "*REMOVED*..." in Unshipped.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -eq 0 ]]; then
  set -- src/Mentoring.Domain src/Mentoring.Rules
fi

for target in "$@"; do
  if [[ -d "$target" ]]; then
    project="$(find "$target" -maxdepth 1 -name '*.csproj' | head -n 1)"
  else
    project="$target"
  fi
  if [[ -z "$project" || ! -f "$project" ]]; then
    echo "update-public-api: no project at '$target'" >&2
    exit 2
  fi
  dir="$(dirname "$project")"

  [[ -f "$dir/PublicAPI.Shipped.txt" ]] || printf '#nullable enable\n' > "$dir/PublicAPI.Shipped.txt"
  printf '#nullable enable\n' > "$dir/PublicAPI.Unshipped.txt"

  echo "update-public-api: $project"
  dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity warn >/dev/null
  echo "update-public-api: $(($(wc -l < "$dir/PublicAPI.Unshipped.txt") - 1)) unshipped symbols in $dir/PublicAPI.Unshipped.txt"
done

for target in "$@"; do
  dotnet build "$target" --configuration Release --nologo --verbosity quiet
done
