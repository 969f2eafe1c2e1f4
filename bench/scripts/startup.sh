#!/usr/bin/env bash
# Whole-process timing of `repsense analyze FILE --json` on a generated 1-hour, 100 Hz, 6-axis generic CSV, with
# hyperfine (median of RUNS runs after warm-up), for three builds of the same CLI:
#   jit        framework-dependent, JIT only (what `dotnet publish` gives by default): the baseline
#   r2r        framework-dependent, ReadyToRun for this machine's instruction set (x86-64-v3: AVX2)
#   composite  self-contained, the app and the framework compiled ReadyToRun into one composite image
# and `repsense --help` of each as the start-up floor. Prints medians and ratios to the baseline.
# Usage: bench/scripts/startup.sh [RUNS]        (Native AOT is not available offline here; see README, Benchmark.)
set -euo pipefail
runs=${1:-15}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || { apt-get install -y hyperfine >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y hyperfine >/dev/null; }; }

publish() { # name, extra publish arguments...
  local name=$1; shift
  # ReadyToRun outputs are cached per runtime identifier in obj/: start each build clean so no mode reuses another's.
  find "$root/src" -path "*/obj/Release/net10.0/linux-x64" -type d -prune -exec rm -rf {} +
  dotnet publish "$root/src/RepSense.Cli" -c Release -r linux-x64 -o "$work/$name" --nologo -v quiet "$@" >/dev/null
}
publish jit --self-contained false
publish r2r --self-contained false -p:PublishReadyToRun=true "-p:PublishReadyToRunCrossgen2ExtraArgs=--instruction-set:x86-64-v3"
publish composite --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
  "-p:PublishReadyToRunCrossgen2ExtraArgs=--instruction-set:x86-64-v3"
find "$root/src" -path "*/obj/Release/net10.0/linux-x64" -type d -prune -exec rm -rf {} +

# One hour: 20 sets of 10 dumbbell rows with 158-163 s rests, 100 Hz with gyroscope (~360,000 rows, ~19 MB).
"$work/jit/repsense" simulate --exercise dumbbell-row --sets 20 --reps 10 --rest 158-163 --rate 100 --format generic \
  --seed 7 --output "$work/hour.csv" >/dev/null
rows=$(($(wc -l <"$work/hour.csv") - 1))

# The three builds must print the same report.
for b in r2r composite; do
  cmp -s <("$work/jit/repsense" analyze "$work/hour.csv" --json) <("$work/$b/repsense" analyze "$work/hour.csv" --json) \
    || { echo "the $b build prints another report" >&2; exit 1; }
done

hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/times.json" \
  -n "jit --help" "$work/jit/repsense --help" \
  -n "r2r --help" "$work/r2r/repsense --help" \
  -n "composite --help" "$work/composite/repsense --help" \
  -n "jit analyze" "$work/jit/repsense analyze $work/hour.csv --json" \
  -n "r2r analyze" "$work/r2r/repsense analyze $work/hour.csv --json" \
  -n "composite analyze" "$work/composite/repsense analyze $work/hour.csv --json" >/dev/null

python3 - "$work/times.json" "$rows" "$runs" <<'PY'
import json, sys
results = {r["command"]: r["median"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
rows, runs = int(sys.argv[2]), int(sys.argv[3])
print(f"1-hour generic CSV: {rows:,} rows; median of {runs} runs per command")
base = results["jit analyze"]
for name, ms in results.items():
    ratio = f"{base / ms:5.2f}x faster than jit analyze" if name.endswith("analyze") else ""
    print(f"{name:20} {ms:8.1f} ms  {ratio}")
PY
