#!/usr/bin/env bash
# Counts the methods the JIT compiles while the release build (scripts/publish.sh: trimmed, composite ReadyToRun) runs
# `repsense analyze FILE --json` on the generated 1-hour CSV of startup.sh: what is not in the ReadyToRun image
# (generic instantiations it could not foresee, code it rejected) and so costs start-up time. Prints the total and the
# count per namespace; -v also lists the methods.
# Usage: bench/scripts/jitted.sh [-v] [BUILD_DIR]   (BUILD_DIR: an existing release build; otherwise one is built)
set -euo pipefail
verbose=0
if [[ ${1:-} == -v ]]; then verbose=1; shift; fi
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build=${1:-}
if [[ -z $build ]]; then
  build=$work/release
  "$root/scripts/publish.sh" "$build" >/dev/null
fi

# The file of startup.sh: 20 sets of 10 dumbbell rows with 158-163 s rests, 100 Hz with gyroscope.
"$build/repsense" simulate --exercise dumbbell-row --sets 20 --reps 10 --rest 158-163 --rate 100 --format generic \
  --seed 7 --output "$work/hour.csv" >/dev/null
DOTNET_JitStdOutFile="$work/jit.txt" DOTNET_JitDisasmSummary=1 "$build/repsense" analyze "$work/hour.csv" --json >/dev/null

python3 - "$work/jit.txt" "$verbose" <<'PY'
import collections, re, sys
methods = [l.split("JIT compiled ", 1)[1].strip() for l in open(sys.argv[1]) if "JIT compiled " in l]
def namespace(m):
    owner = re.split(r"[:\[`]", m, 1)[0]
    return owner.rsplit(".", 1)[0] if "." in owner else owner
groups = collections.Counter(namespace(m) for m in methods)
print(f"{len(methods)} methods jitted")
for ns, n in groups.most_common():
    print(f"{n:5}  {ns}")
if sys.argv[2] == "1":
    print()
    for m in methods:
        print(m)
PY
