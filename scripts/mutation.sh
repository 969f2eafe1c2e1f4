#!/usr/bin/env bash
# Mutation testing (Stryker.NET, pinned in .config/dotnet-tools.json): which changes to the code no test notices.
#   scripts/mutation.sh TESTPROJECT [GLOB [STRYKER OPTIONS...]]
#     e.g.  scripts/mutation.sh Log '**/Progression/ProgressionEngine.cs'
#           scripts/mutation.sh Analysis '**/Reps/Extrema.cs'
# TESTPROJECT is the part after "RepSense." of a tests/ project; GLOB limits the files mutated (default: all of the
# project under test — slow for Analysis). Further options go to Stryker as they are. A test project's own
# stryker-config.json is read too: Analysis' and Cli's turn coverage analysis off (the per-test coverage capture
# stalls on their suites), so every mutant there runs the whole suite — give them one file at a time. The xunit.v3
# tests run on the Microsoft Testing Platform, so Stryker's 'mtp' runner: with its default VSTest runner no mutant is
# ever activated and every one "survives".
# Not part of CI: a run takes minutes per file. The HTML report lands in tests/RepSense.TESTPROJECT.Tests/StrykerOutput.
set -euo pipefail
cd "$(dirname "$0")/.."
project="${1:?usage: scripts/mutation.sh TESTPROJECT [GLOB [STRYKER OPTIONS...]]}"
glob="${2:-**/*.cs}"
shift $(( $# < 2 ? $# : 2 ))
dotnet tool restore >/dev/null
cd "tests/RepSense.$project.Tests"
exec dotnet tool run dotnet-stryker -- --project "RepSense.$project.csproj" --test-runner mtp --mutate "$glob" \
  --reporter ClearText --reporter Html --reporter Json --concurrency 2 "$@"
