#!/usr/bin/env bash
# Side-by-side speed of `narrator speak` and sherpa-onnx (npm sherpa-onnx-node) on the same
# Piper-contract ONNX file and the same passage (bench/passage.txt), runs interleaved.
#
#   bench/compare-sherpa.sh [--runs 5] [--threads 2] [--size medium|tiny] [--work bench/.work]
#
# It installs sherpa-onnx-node from the npm registry into WORK/npm, exports a random-weight voice
# with training/piper_tiny (Debian's PyTorch, /usr/bin/python3) into WORK/model, adds the metadata
# and tokens.txt that sherpa-onnx needs, builds the CLI (Release) when it is not built, then times
# each whole process with /usr/bin/time and prints medians and ratios (Narrator / sherpa-onnx),
# then `narrator bench --json`'s stage breakdown for the same voice.
set -euo pipefail

SHERPA_VERSION=1.13.8
ESPEAK_DATA=/usr/lib/x86_64-linux-gnu/espeak-ng-data
root="$(cd "$(dirname "$0")/.." && pwd)"
{  # the whole script is one block: bash reads it all before running, so an edit meanwhile is harmless
runs=5 threads=2 size=medium work="$root/bench/.work"

die() { echo "compare-sherpa: $1" >&2; exit "${2:-1}"; }  # message, exit code (1: a step failed, 2: bad usage or setup)
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --threads) threads="${2:?--threads needs a number}"; shift 2 ;;
    --size) size="${2:?--size needs tiny or medium}"; shift 2 ;;
    --work) work="${2:?--work needs a folder}"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (try --help)" 2 ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive whole number, not '$runs'" 2
[[ "$threads" =~ ^[1-9][0-9]*$ ]] || die "--threads must be a positive whole number, not '$threads'" 2
[[ "$size" == medium || "$size" == tiny ]] || die "--size must be tiny or medium, not '$size'" 2

command -v node >/dev/null || die "node is not installed (Debian: apt-get install nodejs npm)" 2
command -v npm >/dev/null || die "npm is not installed (Debian: apt-get install npm)" 2
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian: apt-get install time)" 2
[ -x /usr/bin/python3 ] || die "/usr/bin/python3 is missing (Debian: apt-get install python3-torch python3-onnx)" 2
[ -d "$ESPEAK_DATA" ] || die "$ESPEAK_DATA is missing (Debian: apt-get install espeak-ng-data)" 2
mkdir -p "$work"

# 1. sherpa-onnx-node from the npm registry, in a folder git ignores.
npm_dir="$work/npm"
if ! [ -f "$npm_dir/node_modules/sherpa-onnx-node/package.json" ]; then
  echo "== installing sherpa-onnx-node@$SHERPA_VERSION into $npm_dir"
  mkdir -p "$npm_dir"
  npm install --prefix "$npm_dir" --no-audit --no-fund --no-save "sherpa-onnx-node@$SHERPA_VERSION" >"$work/npm-install.log" 2>&1 \
    || die "npm install sherpa-onnx-node@$SHERPA_VERSION failed; see $work/npm-install.log ($(grep -m 1 -i 'error' "$work/npm-install.log" || tail -n 1 "$work/npm-install.log"))"
fi
export NODE_PATH="$npm_dir/node_modules"
node -e "require('sherpa-onnx-node')" 2>"$work/node-load.log" \
  || die "sherpa-onnx-node is installed in $npm_dir but does not load: $(head -n 1 "$work/node-load.log") (its native part is the package sherpa-onnx-linux-x64)"

# 2. The voice: random weights, Piper's contract, plus sherpa-onnx's metadata and tokens.txt.
model_dir="$work/model-$size"
model="$model_dir/en_US-random-$size.onnx"
tokens="$model_dir/tokens.txt"
stamp="$(cat "$root"/training/piper_tiny/*.py "$root/bench/prepare_sherpa_model.py" | sha256sum | cut -c1-16)"
if ! [ -f "$tokens" ] || [ "$(cat "$model_dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$model_dir"
  echo "== exporting a random-weight $size Piper voice into $model_dir"
  /usr/bin/python3 "$root/training/piper_tiny/export_tiny_piper.py" --out "$model_dir" \
      --name "en_US-random-$size" --size "$size" >"$work/export-$size.log" 2>&1 \
    || die "model export failed; see $work/export-$size.log ($(tail -n 1 "$work/export-$size.log"))"
  /usr/bin/python3 "$root/bench/prepare_sherpa_model.py" "$model" "$tokens" >>"$work/export-$size.log" 2>&1 \
    || die "adding sherpa-onnx metadata to $model failed; see $work/export-$size.log ($(tail -n 1 "$work/export-$size.log"))"
  echo "$stamp" >"$model_dir/.stamp"  # re-exported when the model's source changes
fi

# 3. The Narrator CLI, Release.
narrator="$root/src/Narrator.Cli/bin/Release/net10.0/narrator"
if ! [ -x "$narrator" ]; then
  echo "== building src/Narrator.Cli (Release)"
  dotnet build "$root/src/Narrator.Cli" -c Release >"$work/build.log" 2>&1 \
    || die "dotnet build src/Narrator.Cli -c Release failed; see $work/build.log"
fi

# 4. Interleaved runs; the order alternates so neither side always runs first.
passage="$root/bench/passage.txt"
results="$work/results-$size.tsv"
printf 'engine\trun\twall_s\tuser_s\tsys_s\tmax_rss_kb\taudio_s\tload_s\n' >"$results"
audio_seconds() { /usr/bin/python3 -c 'import sys, wave; w = wave.open(sys.argv[1]); print(w.getnframes() / w.getframerate())' "$1"; }
run_one() {  # engine run
  local engine="$1" i="$2" timing="$work/time.txt" out="$work/$1.wav" log="$work/$1.log"
  rm -f "$out"
  if [ "$engine" = narrator ]; then
    /usr/bin/time -f '%e %U %S %M' -o "$timing" "$narrator" speak --voice "$model" --device cpu \
      --threads "$threads" --out "$out" <"$passage" >"$log" 2>&1 \
      || die "narrator speak failed (run $i); see $log: $(tail -n 1 "$log")"
  else
    /usr/bin/time -f '%e %U %S %M' -o "$timing" node "$root/bench/sherpa-tts.js" "$model" "$tokens" \
      "$ESPEAK_DATA" "$threads" "$passage" "$out" >"$log" 2>&1 \
      || die "sherpa-onnx failed (run $i); see $log: $(tail -n 1 "$log")"
  fi
  read -r wall user sys rss <"$timing"
  local load=-  # sherpa-tts.js prints its model load time; narrator speak does not (see narrator bench below)
  if [ "$engine" = sherpa ]; then load="$(/usr/bin/python3 -c 'import json, sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])["loadSeconds"])' <"$log")"; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$engine" "$i" "$wall" "$user" "$sys" "$rss" "$(audio_seconds "$out")" "$load" >>"$results"
  printf '   %-8s run %s: wall %6.2f s  cpu %6.2f s  peak %5d MiB\n' "$engine" "$i" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((rss / 1024))"
}
echo "== $runs runs each, interleaved, $threads threads, $(wc -w <"$passage") words; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  if [ $((i % 2)) -eq 1 ]; then run_one narrator "$i"; run_one sherpa "$i"
  else run_one sherpa "$i"; run_one narrator "$i"; fi
done
echo "== load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/python3 "$root/bench/summarize_compare.py" "$results"

# 5. Narrator's own stage breakdown for the same voice.
echo "== narrator bench --voice $model --device cpu --threads $threads --json"
"$narrator" bench --voice "$model" --device cpu --threads "$threads" --json >"$work/bench-$size.json" 2>"$work/bench.log" \
  || die "narrator bench failed; see $work/bench.log: $(tail -n 1 "$work/bench.log")"
/usr/bin/python3 - "$work/bench-$size.json" <<'EOF'
import json, sys
b = json.load(open(sys.argv[1]))
print(f"   {b['voice']} on {b['executionProvider']}, {b['threads']} threads, {b['path']} path, median of {b['runs']} runs"
      f" over {b['audioSeconds']:.1f} s of audio: load {b['loadSeconds']:.2f} s; frontend {b['frontendSeconds']:.3f} s,"
      f" model {b['modelSeconds']:.2f} s, watermark {b['watermarkSeconds']:.2f} s, other {b['otherSeconds']:.3f} s"
      f" (RTF {b['realTimeFactor']:.3f}); first audio {b['timeToFirstAudioSeconds']:.2f} s;"
      f" peak {b['peakMemoryBytes'] / 2**20:.0f} MiB")
EOF
exit 0
}
