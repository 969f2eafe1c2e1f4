#!/usr/bin/env bash
# Times `repsense log import` and `log export` on a generated Strong export against process start-up (`--help`) as
# the baseline, in one run: median of N runs each, and the ratio to the baseline. Usage: bench/scripts/log-import.sh [ROWS] [RUNS]
set -euo pipefail
rows=${1:-8000}
runs=${2:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish "$root/src/RepSense.Cli" -c Release -o "$work/bin" --nologo -v quiet >/dev/null
repsense=(dotnet "$work/bin/repsense.dll")

# A Strong 2025 export of our own: 20 sets a workout, three exercises, weights that step through kg.
{
  printf '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"\n'
  for ((i = 0; i < rows; i++)); do
    w=$((i / 20)); s=$((i % 20))
    day=$(date -d "2020-01-01 + $w days" +%F)
    ex=("Deadlift (Barbell)" "Bent Over Row (Barbell)" "Lat Pulldown (Cable)"); e=${ex[$((s % 3))]}
    printf '"%d";"%s 07:30:00";"Pull";"3600";"%s";"%d";"%s";"5";"";"";"";"";""\n' $((w + 1)) "$day" "$e" $((s / 3 + 1)) "$((60 + w % 40)).5"
  done
} >"$work/strong.csv"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
time_of() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }

base=$(for ((r = 0; r < runs; r++)); do time_of "${repsense[@]}" --help; done | median)
import=$(for ((r = 0; r < runs; r++)); do rm -f "$work/log.db"*; time_of "${repsense[@]}" log import "$work/strong.csv" --log "$work/log.db"; done | median)
export=$(for ((r = 0; r < runs; r++)); do time_of "${repsense[@]}" log export --format strong --log "$work/log.db"; done | median)

printf 'rows=%d runs=%d\n' "$rows" "$runs"
printf 'baseline (--help, start-up)  median %.3f s\n' "$base"
printf 'log import                   median %.3f s  (%.1fx baseline)\n' "$import" "$(echo "$import / $base" | bc -l)"
printf 'log export --format strong   median %.3f s  (%.1fx baseline)\n' "$export" "$(echo "$export / $base" | bc -l)"
