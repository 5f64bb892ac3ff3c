#!/usr/bin/env python3
"""Appends the symbols a build reports as RS0016 (not in the declared public API) to each project's PublicAPI.Unshipped.txt.

Usage: dotnet build <project> -c Release 2>&1 | python3 eng/add-missing-public-api.py
A quicker companion of eng/update-public-api.sh for a few new members: review `git diff -- '*PublicAPI*'` after it.
"""
import re
import sys
from collections import defaultdict

pattern = re.compile(r"^(?P<file>/\S+?\.cs)\(\d+,\d+\): error RS0016: Symbol '(?P<symbol>.+)' is not part of the declared public API .*\[(?P<proj>/\S+?\.csproj)(?:::[^\]]*)?\]")
found = defaultdict(set)
for line in sys.stdin:
    match = pattern.match(line.strip())
    if match:
        found[match["proj"]].add(match["symbol"])
for project, symbols in found.items():
    path = project.rsplit("/", 1)[0] + "/PublicAPI.Unshipped.txt"
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    header, body = lines[:1], [l for l in lines[1:] if l]
    body = sorted(set(body) | symbols, key=str.lower)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header + body) + "\n")
    print(f"{path}: {len(symbols)} symbol(s) added")
