#!/usr/bin/env bash
# Runs on the GPU machine, in the repository root: unpacks the data staged by pack_data.sh, trains
# the vocoder and then the acoustic model for a fixed wall-clock budget, each starting from the
# weights of the shipped bundle (voices/default) or, within one session, from the last checkpoint
# in /root/runs; brings back slim fp16 checkpoints through $OUT. Usage:
#   bash training/gpu/device_train.sh MINUTES [VOCODER_SHARE (default 0.6)]
# Back here: put $OUT/vocoder.pt and $OUT/acoustic.pt as RUN/checkpoint.pt and run
# narrator_tts.export (see training/README.md, "Training on the GPU machine").
set -euo pipefail
minutes=${1:?minutes of training}
share=${2:-0.6}
py=${PYTHON:-python3}
data=${DATA:-/root/data}
stage=${STAGE:-/root/stage}
runs=${RUNS:-/root/runs}
out=${OUT:?set OUT to the folder whose files come back}
repo=$(cd "$(dirname "$0")/../.." && pwd)
if [ ! -f "$data/tts/index.json" ]; then
  mkdir -p "$data"
  cat "$stage"/tts.tar.xz.part-* | xz -d -T0 | tar -C "$data" -xf -
fi
voc_minutes=$($py -c "print(round($minutes * $share, 2))")
ac_minutes=$($py -c "print(round($minutes * (1 - $share), 2))")
cd "$repo/training"
nvidia-smi --query-gpu=name,memory.used,memory.total --format=csv,noheader || true
# The vocoder converges on mel and STFT losses first; the discriminators join after 2,000 steps.
$py -m narrator_tts.train_vocoder --run "$runs/vocoder" --cache "$data" --init-bundle ../voices/default \
  --max-minutes "$voc_minutes" --batch 32 --threads 8 --adversarial-from 2000 --log-every 100 --save-every 1000
$py -m narrator_tts.train_acoustic --run "$runs/acoustic" --cache "$data" --init-bundle ../voices/default \
  --encoder ../voices/default --max-minutes "$ac_minutes" --batch 48 --threads 8 --log-every 100 --save-every 1000
$py - "$runs" "$out" <<'PY'
import sys, torch
runs, out = sys.argv[1], sys.argv[2]
for kind in ("vocoder", "acoustic"):
    state = torch.load(f"{runs}/{kind}/checkpoint.pt", map_location="cpu")
    state.pop("optims", None)
    models = state["models"]
    if kind == "vocoder":
        models.pop("discriminators", None)  # 70 M parameters: too big to bring back; they re-warm
    state["models"] = {k: {n: t.half() if t.is_floating_point() else t for n, t in m.items()} for k, m in models.items()}
    torch.save(state, f"{out}/{kind}.pt")
    print(f"{out}/{kind}.pt: step {state['step']}")
PY
cp "$runs/vocoder/losses.csv" "$out/vocoder-losses.csv"
cp "$runs/acoustic/losses.csv" "$out/acoustic-losses.csv"
