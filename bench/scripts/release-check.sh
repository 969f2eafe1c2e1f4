#!/usr/bin/env bash
# Checks that the release build (scripts/publish.sh: trimmed, self-contained, composite ReadyToRun) behaves exactly as
# a plain build: runs every command — help, inspect, analyze (text, JSON, a folder, bad input), eval, plot, report,
# simulate, live from standard input and over HTTP, import, the log's add/rule/import/export, history, next, volume —
# on both and compares standard output, standard error, exit codes and every file written. Trimming removes code the
# linker believes unreachable; what it could break is code reached by reflection, and this is the place it would show.
# Usage: bench/scripts/release-check.sh [RELEASE_DIR]   (RELEASE_DIR: an existing scripts/publish.sh output)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

release=${1:-}
if [[ -z $release ]]; then release=$work/release; "$root/scripts/publish.sh" "$release" >/dev/null; fi
dotnet publish "$root/src/RepSense.Cli" -c Release -o "$work/plain" --nologo -v quiet >/dev/null

samples=$root/sample-data
# A small labelled manifest in the format of `eval` (absolute paths), with the sample data's true counts.
{
  echo "file,exercise,participant,true_reps,sample_rate_hz"
  echo "$samples/dumbbell-row.csv,dumbbell-row,sim,10,50"
  echo "$samples/curls-generic.csv,biceps-curl,sim,8,50"
  echo "$samples/overhead-press-phyphox.csv,overhead-press,sim,8,50"
} >"$work/manifest.csv"
# A Strong export to import into the log (Strong's current header).
cat >"$work/strong.csv" <<'CSV'
Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
2025-03-10 18:00:00,Back,45m,Deadlift (Barbell),1,100,5,0,0,,,
2025-03-10 18:00:00,Back,45m,Deadlift (Barbell),2,100,5,0,0,,,
CSV
printf 't_s,ax_g,ay_g,az_g\n0,0,0,1\n0.01,abc,0,1\n' >"$work/bad.csv"

# Each command runs in a folder of its build's own (relative output paths, the build's own log database), so what
# the two builds print and write can be compared byte for byte.
commands=(
  "--help"
  "--version"
  "inspect $samples/dumbbell-row.csv"
  "inspect $samples/pull-up-sensorlogger --json"
  "analyze $samples/strengthlog-back.csv"
  "analyze $samples/deadlift_MetaWear_2025-03-14T18.30.00.000_D5C0FFEE5157_Accelerometer_12.500Hz_1.4.4.csv --json"
  "analyze $samples --json"
  "analyze $samples/curls-generic.csv --exercise 'dumbell curl'"
  "analyze $work/bad.csv"
  "analyze $work/missing.csv"
  "eval $work/manifest.csv"
  "eval $work/manifest.csv --json"
  "plot $samples/dumbbell-row.csv --exercise dumbbell-row -o plots"
  "report $samples/strengthlog-back.csv -o report.html"
  "simulate --exercise pull-up --reps 6 --format sensorlogger --seed 3 -o sim --json"
  "import $samples/dumbbell-row.csv --exercise dumbbell-row --weight 30kg --log log.db"
  "log add deadlift 110kg 3x5 --date 2025-03-12 --log log.db"
  "log rule deadlift linear 3x5 --log log.db"
  "log import $work/strong.csv --log log.db"
  "log export --format json --log log.db"
  "log export --format csv -o export.csv --log log.db"
  "history deadlift --log log.db --json"
  "next deadlift --log log.db"
  "volume --log log.db --json"
)

run() { # build folder, results folder
  local build=$1 dir=$2
  mkdir -p "$dir"
  ( cd "$dir"
    for i in "${!commands[@]}"; do
      set +e
      eval "'$build/repsense' ${commands[$i]}" >"out-$i.txt" 2>"err-$i.txt"
      echo $? >"rc-$i.txt"
      set -e
    done
    "$build/repsense" live <"$samples/curls-generic.csv" >live.txt 2>&1 || true
    "$build/repsense" live --json <"$samples/dumbbell-row.csv" >live.jsonl 2>&1 || true
    # Sensor Logger's push: one batch of readings, then SIGTERM (a script's background job ignores Ctrl+C's SIGINT).
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "$build/repsense" live --port "$port" --json >push.jsonl 2>push-err.txt &
    pid=$!
    python3 - "$port" >push-status.txt <<'PY'
import json, sys, time, urllib.error, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/"
batch = {"messageId": 1, "sessionId": "s", "deviceId": "d", "payload": [
    {"name": "accelerometer", "time": 1700000000000000000 + i * 10000000, "values": {"x": 0.1, "y": 0.2, "z": 9.8}}
    for i in range(2)]}
for _ in range(100):  # until the server listens
    try:
        request = urllib.request.Request(url, json.dumps(batch).encode(), {"Content-Type": "application/json"})
        with urllib.request.urlopen(request) as reply: print(reply.status, reply.read().decode()); break
    except urllib.error.HTTPError as error: print(error.code, error.read().decode()); break
    except OSError: time.sleep(0.1)
PY
    kill -TERM "$pid"; wait "$pid" || true
    sed -i "s|127.0.0.1:$port/|127.0.0.1:PORT/|" push-err.txt
    # The database file holds when each row was written; its contents are compared through the exports above.
    rm log.db
  )
}
run "$release" "$work/a"
run "$work/plain" "$work/b"

# The two builds' own paths appear in nothing they print; everything else must match.
if diff -r "$work/a" "$work/b" >"$work/diff.txt"; then
  echo "release-check: the release build printed and wrote the same as the plain build (${#commands[@]} commands, live from stdin and over HTTP)."
  grep -L '^0$' "$work"/a/rc-*.txt | while read -r f; do i=${f##*rc-}; i=${i%.txt}; echo "  (exit $(cat "$f") from both, as the bad input asks: ${commands[$i]})"; done
else
  echo "release-check: the builds differ:" >&2; head -50 "$work/diff.txt" >&2; exit 1
fi
