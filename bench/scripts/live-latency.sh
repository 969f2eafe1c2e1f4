#!/usr/bin/env bash
# How long after a rep's last sample arrives `repsense live` prints it. A simulated session (3 sets of 10 dumbbell
# rows, 20 s rests, 50 Hz generic CSV, about 2 minutes) is replayed at real speed into `repsense live --json`, once on
# standard input (each line written when its time comes) and once as Sensor Logger HTTP push messages (the samples of
# each 200 ms, POSTed together, as the app batches them). For every rep line printed, latency = when it was printed -
# when the sample at the rep's end arrived (the line written; the message that carried it POSTed). Reps reported inside a set and the first reps of a set (final
# together when the set is recognised) are summarised apart; a first rep is reported first by its provisional line
# when one was printed before the set's recognition whose end lies within half a period of the rep's (the nearest).
# Usage: bench/scripts/live-latency.sh [extra live options, e.g. --no-provisional]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish "$root/src/RepSense.Cli" -c Release -o "$work/bin" --nologo -v quiet >/dev/null
"$work/bin/repsense" simulate --exercise dumbbell-row --sets 3 --reps 10 --rest 20 --rate 50 --format generic \
  --seed 11 --output "$work/session.csv" >/dev/null

python3 - "$work/bin/repsense" "$work/session.csv" "$@" <<'PY'
import json, socket, statistics, subprocess, sys, threading, time, urllib.request

repsense, recording, extra = sys.argv[1], sys.argv[2], sys.argv[3:]
lines = open(recording).read().splitlines()
header, rows = lines[0], lines[1:]
times = [float(r.split(',', 1)[0]) for r in rows]

def run(mode):
    port = None
    args = [repsense, 'live', '--json', *extra]
    if mode == 'http':
        with socket.socket() as s:
            s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]
        args += ['--port', str(port)]
    live = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
    printed = []
    def read():
        for line in live.stdout:
            printed.append((time.monotonic(), json.loads(line)))
    reader = threading.Thread(target=read); reader.start()
    if mode == 'http':
        url = f'http://127.0.0.1:{port}/'
        for _ in range(100):  # wait until it listens
            try: post(url, {'payload': []}); break
            except OSError: time.sleep(0.05)
    start = time.monotonic()
    sent = []  # (wall time, stream time of the last sample sent by then)
    if mode == 'stdin':
        live.stdin.write(header + '\n')
        for row, t in zip(rows, times):
            delay = start + t - time.monotonic()
            if delay > 0: time.sleep(delay)
            live.stdin.write(row + '\n')
            live.stdin.flush()
            sent.append((time.monotonic(), t))
        live.stdin.close()
    else:
        batch, sent_until = [], 0.2
        for row, t in zip(rows, times):
            if t >= sent_until:
                delay = start + sent_until - time.monotonic()
                if delay > 0: time.sleep(delay)
                post(url, message(batch)); sent.append((time.monotonic(), last)); batch = []; sent_until += 0.2
            batch.append(row); last = t
        post(url, message(batch)); sent.append((time.monotonic(), last))
        live.send_signal(15)
    reader.join(); live.wait()
    return sent, printed

def post(url, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method='POST', headers={'Content-Type': 'application/json'})
    urllib.request.urlopen(request).read()

def message(rows):
    g, d, origin = 9.80665, 3.141592653589793 / 180, 1_700_000_000_000_000_000
    payload = []
    for row in rows:
        t, ax, ay, az, gx, gy, gz = map(float, row.split(','))
        ns = origin + round(t * 1e9)
        payload.append({'name': 'totalacceleration', 'time': ns, 'values': {'x': ax * g, 'y': ay * g, 'z': az * g}})
        payload.append({'name': 'gyroscope', 'time': ns, 'values': {'x': gx * d, 'y': gy * d, 'z': gz * d}})
    return {'messageId': 0, 'sessionId': 'replay', 'deviceId': 'replay', 'payload': payload}

def arrival(sent, end_s):
    """When the first sample at or after the rep's end (on the 20 Hz analysis grid) had been sent."""
    for wall, t in sent:
        if t >= end_s - 1e-9: return wall
    return sent[-1][0]

def first_reports(printed):
    """Each first rep of a set (printed with the set's recognition), with the earliest report of it: its provisional
    line, if one of those printed since the last set ended within half a period of the rep's end, else its final one."""
    pending, periods, out = [], {}, []
    for wall, e in printed:
        if e['event'] == 'provisionalRep': pending.append((wall, e))
        elif e['event'] == 'provisionalWithdrawn': pending = []
        elif e['event'] == 'setStarted': periods[e['set']] = (wall, e['periodS']); available = list(pending); pending = []
        elif e['event'] == 'rep' and wall - periods.get(e['set'], (-1, 0))[0] < 0.05:
            half = periods[e['set']][1] / 2
            near = [p for p in available if abs(p[1]['endS'] - e['endS']) <= half]
            best = min(near, key=lambda p: abs(p[1]['endS'] - e['endS'])) if near else None
            if best: available.remove(best)
            out.append((wall, e, best[0] if best else None))
    return out

for mode in ('stdin', 'http'):
    sent, printed = run(mode)
    started = {e['set']: wall for wall, e in printed if e['event'] == 'setStarted'}
    inside, first_final, first_any = [], [], []
    for wall, e in printed:
        if e['event'] == 'rep' and wall - started.get(e['set'], -1) >= 0.05: inside.append(wall - arrival(sent, e['endS']))
    for wall, e, provisional in first_reports(printed):
        first_final.append(wall - arrival(sent, e['endS']))
        first_any.append(min(wall, provisional or wall) - arrival(sent, e['endS']))
    shown = sum(1 for _, e in printed if e['event'] == 'provisionalRep')
    withdrawn = sum(e['reps'] for _, e in printed if e['event'] == 'provisionalWithdrawn')
    def describe(values):
        return f'median {statistics.median(values):.2f} s, max {max(values):.2f} s, n={len(values)}' if values else 'none'
    print(f'{mode:5}: reps inside a set: {describe(inside)}; first reps of a set, first report (provisional or final): '
          f'{describe(first_any)}, final (at recognition): {describe(first_final)}; provisional reps printed {shown}, '
          f'withdrawn {withdrawn}')
PY
