#!/usr/bin/env bash
# Peak resident memory of `repsense analyze FILE --json` on generated 1-hour, 6-hour and 24-hour recordings (100 Hz,
# 6-axis generic CSV; the 24-hour file is about 8.6 million rows and 450 MB), with GNU time. Hours are simulated
# sessions (20 sets of 10 dumbbell rows, 158-163 s rests, four seeds) laid end to end. The files go to a temporary
# folder (not the repository) and are deleted at the end. Usage: bench/scripts/memory.sh [framework|release]
set -euo pipefail
build=${1:-framework}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }; }

find "$root/src" -path "*/obj/Release/net10.0/linux-x64" -type d -prune -exec rm -rf {} +
case $build in
  framework) dotnet publish "$root/src/RepSense.Cli" -c Release -r linux-x64 --self-contained false -o "$work/bin" --nologo -v quiet >/dev/null ;;
  release) "$root/scripts/publish.sh" "$work/bin" >/dev/null ;;
  *) echo "usage: $0 [framework|release]" >&2; exit 2 ;;
esac
find "$root/src" -path "*/obj/Release/net10.0/linux-x64" -type d -prune -exec rm -rf {} +
repsense="$work/bin/repsense"

for seed in 1 2 3 4; do
  "$repsense" simulate --exercise dumbbell-row --sets 20 --reps 10 --rest 158-163 --rate 100 --format generic \
    --seed "$seed" --output "$work/hour$seed.csv" >/dev/null
done
# Files end to end: each one's clock continues 10 ms after the last sample of the one before.
concat() {
  awk -F, 'BEGIN { OFS = ","; offset = 0; last = 0 }
           FNR == 1 { if (NR == 1) print; else offset = last + 0.01; next }
           { t = $1 + offset; $1 = sprintf("%.3f", t); last = t; print }' "$@"
}
hours() { for ((h = 0; h < $1; h++)); do echo "$work/hour$((h % 4 + 1)).csv"; done; }
cp "$work/hour1.csv" "$work/1h.csv"
concat $(hours 6) >"$work/6h.csv"
concat $(hours 24) >"$work/24h.csv"

printf '%-5s %12s %8s %10s %8s %8s\n' file rows MB "peak RSS" seconds sets
for name in 1h 6h 24h; do
  file="$work/$name.csv"
  /usr/bin/time -f "%M %e" -o "$work/time.txt" "$repsense" analyze "$file" --json >"$work/report.json"
  read -r rss seconds <"$work/time.txt"
  sets=$(python3 -c "import json, sys; print(len(json.load(open(sys.argv[1]))['sets']))" "$work/report.json")
  printf '%-5s %12d %8.0f %7.1f MB %8.2f %8d\n' "$name" $(($(wc -l <"$file") - 1)) "$(($(stat -c %s "$file") / 1000000))" \
    "$(echo "$rss / 1024" | bc -l)" "$seconds" "$sets"
done
