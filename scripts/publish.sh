#!/usr/bin/env bash
# The release build of `repsense`, the one the start-up figures in README.md (Benchmark) are measured on:
# self-contained, trimmed (only the code the app can reach: 84 files and 51 MB instead of 213 and 113 MB, so less to
# map and bind at every start) and compiled ReadyToRun into one composite image with the framework, for x86-64-v3
# (AVX2) machines. Native AOT would start faster still; its toolchain is not available offline here.
# Usage: scripts/publish.sh [OUTPUT_DIR] [--untrimmed]   (default OUTPUT_DIR: artifacts/repsense)
#   --untrimmed: the same build without trimming (bench/scripts/startup.sh measures both).
# Trimming is safe here because nothing in the app finds code by reflection (JSON is source-generated, the catalog is
# an embedded resource) and the trim analyzer runs on every build of src/ with warnings as errors;
# bench/scripts/release-check.sh runs every command on this build and on a plain one and compares what they print.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/artifacts/repsense
trim=true
for arg in "$@"; do
  case $arg in
    --untrimmed) trim=false ;;
    -*) echo "usage: $0 [OUTPUT_DIR] [--untrimmed]" >&2; exit 2 ;;
    *) out=$arg ;;
  esac
done

# ReadyToRun outputs are cached per runtime identifier in obj/: start clean so no other mode's output is reused, and
# leave it clean so the next build of another mode does not reuse this one's.
clean() { find "$root/src" -path "*/obj/Release/net10.0/linux-x64" -type d -prune -exec rm -rf {} +; }
clean
trap clean EXIT
dotnet publish "$root/src/RepSense.Cli" -c Release -r linux-x64 -o "$out" --nologo -v quiet --self-contained true \
  -p:PublishTrimmed=$trim -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
  "-p:PublishReadyToRunCrossgen2ExtraArgs=--instruction-set:x86-64-v3" >/dev/null
echo "$out/repsense"
