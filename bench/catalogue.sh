#!/usr/bin/env bash
# A catalogue of short books rendered by W workers through the queue, on a throwaway PostgreSQL cluster (loopback):
# prints the wall time from the first worker's start to the last audiobook. With --chaos, one worker is killed with
# kill -9 twice (and started again), at a quarter and three quarters of the chapters, and PostgreSQL is restarted once (an
# immediate stop, as a crash) at half; at the end every chapter file must exist once, with no temporaries left, and
# `queue status` must be all green. --invisibility S is the workers' --invisibility-timeout (default theirs, 300 s).
# At the end it prints, for each kill, the chapter the killed worker held and how long after the kill another worker took it.
# With --compare, every book is also rendered alone by `narrate --no-proof` and each chapter master compared (audio MD5).
# Usage: bench/catalogue.sh [--books 12] [--workers 2] [--chapters 2] [--chaos] [--compare] [--invisibility 300] [--voice tests/fixtures/voices/tiny-piper/en_US-tiny-x_low.onnx] [--work bench/.work/catalogue]
set -euo pipefail
cd "$(dirname "$0")/.."
books=12 workers=2 chapters=2 chaos=0 compare=0 invisibility= voice=$PWD/tests/fixtures/voices/tiny-piper/en_US-tiny-x_low.onnx work=$PWD/bench/.work/catalogue
while [ $# -gt 0 ]; do
  case "$1" in
    --books) books=$2; shift 2 ;; --workers) workers=$2; shift 2 ;; --chapters) chapters=$2; shift 2 ;;
    --chaos) chaos=1; shift ;; --compare) compare=1; shift ;; --invisibility) invisibility=$2; shift 2 ;; --voice) voice=$2; shift 2 ;; --work) work=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
# NARRATOR_DLL picks a build (e.g. the Debug one); by default the Release build, built when missing.
dll=${NARRATOR_DLL:-$PWD/src/Narrator.Cli/bin/Release/net10.0/narrator.dll}
[ -f "$dll" ] || dotnet build src/Narrator.Cli -c Release -v quiet -nologo >/dev/null
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
rm -rf "$work"; mkdir -p "$work/books" "$work/shared"
as_pg=(); if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); chown postgres "$work"; fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -U narrator --auth=trust -E UTF8 --no-sync >/dev/null
pg() { "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w "$@" >/dev/null; }
pg -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c max_connections=300" start
declare -a pids
trap 'kill "${pids[@]}" 2>/dev/null || true; pg -m immediate stop || true' EXIT
export NARRATOR_QUEUE_DB="Host=127.0.0.1;Port=$port;Username=narrator;Database=postgres"
for b in $(seq 1 "$books"); do
  { echo "# Book $b"; for c in $(seq 1 "$chapters"); do echo; echo "## Part $c"; echo; echo "The keeper of light $b climbed the stairs for the $c time. He lit the lamp and watched the sea."; done; } > "$work/books/book-$b.md"
done
narrator() { dotnet "$dll" "$@"; }
narrator queue submit "$work"/books/*.md --voice "$voice" --out "$work/shared" | tail -1
start=$(date +%s.%N)
worker_options=(); [ -n "$invisibility" ] && worker_options=(--invisibility-timeout "$invisibility")
for w in $(seq 1 "$workers"); do dotnet "$dll" worker "${worker_options[@]}" 2>>"$work/worker-$w.log" & pids[$w]=$!; done
killed=0 restarted=0
while true; do
  sleep 2
  cut -d' ' -f1 /proc/loadavg >> "$work/load"
  json=$(narrator queue status --json || true)
  # While PostgreSQL restarts, status fails: count nothing done and look again.
  done_chapters=$(python3 -c 'import json,sys
try: print(sum(b["done"] for b in json.loads(sys.argv[1])["books"]))
except ValueError: print(0)' "$json")
  total=$((books * chapters))
  # Kills at 1/4 and 3/4, apart from the restart at 1/2: a worker started while PostgreSQL is down exits (exit 2).
  if [ "$chaos" = 1 ] && [ "$killed" -lt 2 ] && [ "$done_chapters" -ge $(( (2 * killed + 1) * total / 4 )) ]; then
    kill -9 "${pids[1]}"; killed=$((killed + 1)); echo "kill -9 worker 1 ($killed) at $done_chapters chapters done, $(date -u +%H:%M:%S)"
    mv "$work/worker-1.log" "$work/worker-1-killed-$killed.log"; date -u +%H:%M:%S > "$work/kill-$killed"
    dotnet "$dll" worker "${worker_options[@]}" 2>>"$work/worker-1.log" & pids[1]=$!
  fi
  if [ "$chaos" = 1 ] && [ "$restarted" = 0 ] && [ "$done_chapters" -ge $((total / 2)) ]; then
    pg -m immediate stop; pg -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c max_connections=300" start; restarted=1
    echo "PostgreSQL restarted at $done_chapters chapters done"
  fi
  python3 -c 'import json,sys
try: d=json.loads(sys.argv[1])
except ValueError: sys.exit(1)
sys.exit(0 if d["finished"] or d["parked"] else 1)' "$json" && break
done
end=$(date +%s.%N)
alive=0; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=$((alive + 1)); done
echo "workers running at the end: $alive of $workers"
status_rc=0; narrator queue status || status_rc=$?
printf 'wall %.1f s for %d books x %d chapters with %d worker(s); load average during the run %s to %s; queue status exit %d\n' "$(echo "$end - $start" | bc)" "$books" "$chapters" "$workers" "$(sort -n "$work/load" | head -1)" "$(sort -n "$work/load" | tail -1)" "$status_rc"
flacs=$(find "$work/shared" -path '*/chapters/*.flac' | wc -l)
temporaries=$(find "$work/shared" \( -name '*.tmp' -o -name '.queue-staging' -o -name '.work' -o -name '*.part' \) | wc -l)
echo "chapter files: $flacs (expected $((books * chapters))), temporaries left: $temporaries"
kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true
# Each chapter a killed worker was rendering, and when another worker started it again (the worker logs' clock, UTC).
python3 - "$work" <<'PY'
import glob, re, sys, datetime
work = sys.argv[1]
line = re.compile(r'^(\d\d:\d\d:\d\d) (.*) chapter (\d+): (rendering|done)')
def seconds(t): return datetime.datetime.strptime(t, '%H:%M:%S')
for killed in sorted(glob.glob(f'{work}/worker-1-killed-*.log')):
    n = killed.rsplit('-', 1)[1].split('.')[0]
    at = open(f'{work}/kill-{n}').read().strip()
    held = {}
    for l in open(killed):
        if m := line.match(l):
            key = (m[2], m[3])
            if m[4] == 'rendering': held[key] = m[1]
            else: held.pop(key, None)
    others = [f for f in glob.glob(f'{work}/worker-*.log') if 'killed' not in f or f > killed]
    for (book, chapter) in held:
        again = sorted(m[1] for f in others for l in open(f) if (m := line.match(l)) and (m[2], m[3], m[4]) == (book, chapter, 'rendering') and m[1] >= at)
        wait = f'{(seconds(again[0]) - seconds(at)).total_seconds():.0f} s after the kill' if again else 'never'
        print(f'kill {n} at {at}: {book} chapter {chapter} taken again {wait}')
PY
if [ "$compare" = 1 ]; then
  # The same books rendered alone by `narrate --no-proof` (two at a time), then compared chapter by chapter.
  ls "$work"/books/*.md | xargs -P 2 -I{} sh -c 'b=$(basename "{}" .md); dotnet "$0" narrate "{}" --voice "$1" --out "$2/alone/$b" --no-proof >/dev/null' "$dll" "$voice" "$work"
  python3 bench/verify_catalogue.py "$work/shared" "$work/alone" "$chapters"
fi
