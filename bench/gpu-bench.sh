#!/usr/bin/env bash
# One short run of `narrator bench` on the GPU machine: the default voice on CUDA (provider defaults,
# then cuDNN's exhaustive convolution search), streaming and batch paths, batch sizes 1 and 8, and
# the CPU for comparison. Each case writes its JSON (or its error) into OUT; a table ends the run.
#
#   bench/gpu-bench.sh [--narrator PATH] [--voice voices/default] [--runs 5] [--out DIR]
#
# On the GPU machine, after staging the CUDA build here with `UseCudaRuntime=true
# ../shared/tools/gpu-stage.sh src/Narrator.Cli/Narrator.Cli.csproj` (see ../shared/GPU.md):
#   source .gpu/device-setup.sh && bench/gpu-bench.sh --narrator /root/stage/app/narrator --out "$OUT"
# Here (no GPU) it runs the CPU cases and records why each CUDA case could not run.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
narrator="$root/src/Narrator.Cli/bin/Release/net10.0/narrator" voice="$root/voices/default" runs=5 out="${OUT:-$root/bench/.work/gpu}"
die() { echo "gpu-bench: $1" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --narrator) narrator="${2:?--narrator needs a path}"; shift 2 ;;
    --voice) voice="${2:?--voice needs a voice}"; shift 2 ;;
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --out) out="${2:?--out needs a folder}"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (try --help)" ;;
  esac
done
[ -x "$narrator" ] || die "$narrator is not an executable narrator (build src/Narrator.Cli -c Release, or pass --narrator)"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive whole number, not '$runs'"
mkdir -p "$out" || die "cannot create $out"
command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader >"$out/gpu.txt" 2>&1

case_names=() failed=0
run_case() {  # name, then bench's options
  local name="$1"; shift
  case_names+=("$name")
  if "$narrator" bench --voice "$voice" --runs "$runs" --json "$@" >"$out/$name.json" 2>"$out/$name.err"; then
    echo "  $name: ok"
  else
    echo "  $name: failed: $(tail -n 1 "$out/$name.err")"
    rm -f "$out/$name.json"
    failed=$((failed + 1))
  fi
}

echo "== narrator bench, $runs runs each, voice $voice, results in $out"
run_case cuda-streaming --device cuda
run_case cuda-exhaustive --device cuda --cuda-option cudnn_conv_algo_search=EXHAUSTIVE
run_case cuda-batch-1 --device cuda --path batch --batch 1
run_case cuda-batch-8 --device cuda --path batch --batch 8
run_case cpu-streaming --device cpu
run_case cpu-batch-8 --device cpu --path batch --batch 8

python3 - "$out" "${case_names[@]}" <<'EOF'
import json, os, sys
out, names = sys.argv[1], sys.argv[2:]
print(f"{'case':<18}{'provider':<10}{'RTF':>8}{'x real time':>13}{'first audio':>13}{'model':>9}{'load':>8}{'peak MiB':>10}")
for name in names:
    path = os.path.join(out, name + ".json")
    if not os.path.exists(path):
        print(f"{name:<18}(did not run)")
        continue
    b = json.load(open(path))
    rtf = b["realTimeFactor"]
    print(f"{name:<18}{b['executionProvider']:<10}{rtf:>8.4f}{1 / rtf:>12.0f}x{b['timeToFirstAudioSeconds'] * 1000:>10.0f} ms"
          f"{b['modelSeconds']:>8.3f}s{b['loadSeconds']:>7.2f}s{b['peakMemoryBytes'] / 2**20:>10.0f}")
EOF
echo "== $failed of ${#case_names[@]} cases failed"
exit 0
