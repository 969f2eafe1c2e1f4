#!/usr/bin/env bash
# Mutation testing (Stryker.NET, pinned in .config/dotnet-tools.json): which changes to the code no test notices.
#   scripts/mutation.sh TESTPROJECT [GLOB]     e.g.  scripts/mutation.sh Log '**/Progression/ProgressionEngine.cs'
# TESTPROJECT is the part after "RepSense." of a tests/ project; GLOB limits the files mutated (default: all of the
# project under test — slow for Analysis). The xunit.v3 tests run on the Microsoft Testing Platform, so Stryker's
# 'mtp' runner: with its default VSTest runner no mutant is ever activated and every one "survives".
# Not part of CI: a run takes minutes per file. The HTML report lands in tests/RepSense.TESTPROJECT.Tests/StrykerOutput.
set -euo pipefail
cd "$(dirname "$0")/.."
project="${1:?usage: scripts/mutation.sh TESTPROJECT [GLOB]}"
glob="${2:-**/*.cs}"
dotnet tool restore >/dev/null
cd "tests/RepSense.$project.Tests"
exec dotnet tool run dotnet-stryker -- --project "RepSense.$project.csproj" --test-runner mtp --mutate "$glob" \
  --reporter ClearText --reporter Html --reporter Json --concurrency 2
