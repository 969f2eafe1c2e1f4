#!/usr/bin/env bash
# Whole-process timing of `repsense analyze FILE --json` on a generated 1-hour, 100 Hz, 6-axis generic CSV, with
# hyperfine (median of RUNS runs after warm-up), for five builds:
#   main       the code before the performance work (commit ea41faa, or $BASELINE), framework-dependent, JIT only:
#              the baseline
#   jit        this tree, framework-dependent, JIT only (what `dotnet publish` gives by default)
#   r2r        this tree, framework-dependent, ReadyToRun for this machine's instruction set (x86-64-v3: AVX2)
#   composite  this tree, self-contained, the app and the framework compiled ReadyToRun into one composite image
#   release    the same, trimmed first: the release build (scripts/publish.sh)
# and `repsense --help` of each as the start-up floor. Prints medians and ratios to the baseline.
# Usage: bench/scripts/startup.sh [RUNS] [--interleaved]
#   --interleaved: instead of hyperfine's command after command, RUNS rounds (after three warm-up rounds) that each
#   run every command once, so the drift of a busy host hits all builds alike.
# (Native AOT is not available offline here; see README, Benchmark.)
set -euo pipefail
runs=${1:-15}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || { apt-get install -y hyperfine >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y hyperfine >/dev/null; }; }

publish() { # source root, name, extra publish arguments...
  local src=$1 name=$2; shift 2
  # ReadyToRun outputs are cached per runtime identifier in obj/: start each build clean so no mode reuses another's.
  find "$src/src" -path "*/obj/Release/net10.0/linux-x64" -type d -prune -exec rm -rf {} +
  dotnet publish "$src/src/RepSense.Cli" -c Release -r linux-x64 -o "$work/$name" --nologo -v quiet "$@" >/dev/null
}
# The baseline is the last commit before the performance work (same analysis, plain kernels, no read-ahead);
# BASELINE=<commit> measures against another one.
mkdir "$work/main-src" && git -C "$root" archive "${BASELINE:-ea41faa}" | tar -x -C "$work/main-src"
publish "$work/main-src" main --self-contained false
publish "$root" jit --self-contained false
publish "$root" r2r --self-contained false -p:PublishReadyToRun=true "-p:PublishReadyToRunCrossgen2ExtraArgs=--instruction-set:x86-64-v3"
"$root/scripts/publish.sh" "$work/composite" --untrimmed >/dev/null
"$root/scripts/publish.sh" "$work/release" >/dev/null

# One hour: 20 sets of 10 dumbbell rows with 158-163 s rests, 100 Hz with gyroscope (~360,000 rows, ~19 MB).
"$work/jit/repsense" simulate --exercise dumbbell-row --sets 20 --reps 10 --rest 158-163 --rate 100 --format generic \
  --seed 7 --output "$work/hour.csv" >/dev/null
rows=$(($(wc -l <"$work/hour.csv") - 1))

# Every build of this tree must print the same report. The baseline prints the same one only if the analysis has not
# changed since (later counting and tempo work changes reports; it does not change what is being timed).
for b in r2r composite release; do
  cmp -s <("$work/jit/repsense" analyze "$work/hour.csv" --json) <("$work/$b/repsense" analyze "$work/hour.csv" --json) \
    || { echo "the $b build prints another report than the jit build" >&2; exit 1; }
done
cmp -s <("$work/main/repsense" analyze "$work/hour.csv" --json) <("$work/jit/repsense" analyze "$work/hour.csv" --json) \
  || echo "note: the baseline's report differs from this tree's (the analysis has changed since the baseline)"

if [ "${2:-}" = "--interleaved" ]; then
  python3 - "$work" "$runs" <<'PY'
import subprocess, sys, time, statistics
work, runs = sys.argv[1], int(sys.argv[2])
builds = ["main", "jit", "r2r", "composite", "release"]
commands = {f"{b} --help": [f"{work}/{b}/repsense", "--help"] for b in builds}
commands |= {f"{b} analyze": [f"{work}/{b}/repsense", "analyze", f"{work}/hour.csv", "--json"] for b in builds}
times = {name: [] for name in commands}
for round in range(runs + 3):
    for name, command in commands.items():
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        if round >= 3: times[name].append((time.perf_counter() - start) * 1000)
print(f"1-hour generic CSV; median of {runs} interleaved rounds")
medians = {name: statistics.median(t) for name, t in times.items()}
for name, ms in medians.items():
    base = medians["main analyze" if name.endswith("analyze") else "main --help"]
    print(f"{name:20} {ms:8.1f} ms  {base / ms:5.2f}x main")
PY
  exit 0
fi

hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/times.json" \
  -n "main --help" "$work/main/repsense --help" \
  -n "jit --help" "$work/jit/repsense --help" \
  -n "r2r --help" "$work/r2r/repsense --help" \
  -n "composite --help" "$work/composite/repsense --help" \
  -n "release --help" "$work/release/repsense --help" \
  -n "main analyze" "$work/main/repsense analyze $work/hour.csv --json" \
  -n "jit analyze" "$work/jit/repsense analyze $work/hour.csv --json" \
  -n "r2r analyze" "$work/r2r/repsense analyze $work/hour.csv --json" \
  -n "composite analyze" "$work/composite/repsense analyze $work/hour.csv --json" \
  -n "release analyze" "$work/release/repsense analyze $work/hour.csv --json" >/dev/null 2>&1

python3 - "$work/times.json" "$rows" "$runs" <<'PY'
import json, sys
results = {r["command"]: r["median"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
rows, runs = int(sys.argv[2]), int(sys.argv[3])
print(f"1-hour generic CSV: {rows:,} rows; median of {runs} runs per command")
for name, ms in results.items():
    base = results["main analyze" if name.endswith("analyze") else "main --help"]
    print(f"{name:20} {ms:8.1f} ms  {base / ms:5.2f}x main")
PY
