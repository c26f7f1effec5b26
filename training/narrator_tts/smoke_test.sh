#!/usr/bin/env bash
# Smoke test: prepare a tiny data slice, train each model a few steps on CPU (tiny config),
# export a bundle to a temporary folder. Usage: training/narrator_tts/smoke_test.sh [SPEECH_DATA]
# NARRATOR_DLL: a built narrator.dll (else 'dotnet run --project src/Narrator.Cli').
# SMOKE_OUT: keep the exported bundle in this folder (the C# tests load it from
# tests/fixtures/bundles/smoke when it is there).
set -euo pipefail
data=${1:-$(dirname "$0")/../../../shared/data/speech}
[ -d "$data" ] || { echo "smoke: no speech data at $data (pass the speech folder)"; exit 1; }
data=$(realpath "$data")
cd "$(dirname "$0")/.."
py=/usr/bin/python3
work=$(mktemp -d /tmp/narrator-smoke.XXXXXX)
trap 'rm -rf "$work"' EXIT
narrator=()
[ -n "${NARRATOR_DLL:-}" ] && narrator=(--narrator "$NARRATOR_DLL")
start=$(date +%s)
step() { echo "== smoke: $* ($(( $(date +%s) - start )) s)"; }

step "prepare data (8 bdl utterances, bdl/slt + 4 LibriSpeech readers for the encoder)"
grep -m 8 '^bdl/' "$data/splits/train.txt" > "$work/split.txt"
$py -m narrator_tts.data tts --speakers "$data/cmu_arctic/bdl" --split "$work/split.txt" --cache "$work/cache" "${narrator[@]}"
$py -m narrator_tts.data encoder --speakers "$data/cmu_arctic/bdl" "$data/cmu_arctic/slt" --limit 4 \
  --readers "$data/librispeech_train-clean-100" --heldout "$data/splits/encoder-heldout.txt" --limit-readers 4 --cache "$work/cache"

common=(--cache "$work/cache" --config tiny --log-every 5 --max-minutes 6 --threads 2)
step "train encoder"
$py -m narrator_tts.train_encoder --run "$work/encoder" "${common[@]}" --max-steps 10 --batch 8
step "train acoustic"
$py -m narrator_tts.train_acoustic --run "$work/acoustic" --encoder "$work/encoder" "${common[@]}" --max-steps 10 --batch 4 "${narrator[@]}"
step "resume acoustic"
$py -m narrator_tts.train_acoustic --run "$work/acoustic" --encoder "$work/encoder" "${common[@]}" --max-steps 12 --batch 4 "${narrator[@]}"
step "train vocoder"
$py -m narrator_tts.train_vocoder --run "$work/vocoder" "${common[@]}" --max-steps 5 --batch 2 --frames 16
step "train vocoder with the spectrogram discriminators and the frame-rate comb loss; the buzz measure's tests"
$py -m narrator_tts.train_vocoder --run "$work/vocoder-mrd" "${common[@]}" --max-steps 2 --batch 2 --frames 16 \
  --adversarial-from 0 --discriminators mrd --comb-weight 2
$py -m unittest narrator_tts.test_buzz

step "export bundle"
$py -m narrator_tts.export --out "$work/bundle" --encoder "$work/encoder" --acoustic "$work/acoustic" --vocoder "$work/vocoder" "${narrator[@]}" 2> "$work/export.log" || { cat "$work/export.log"; exit 1; }
for f in model.json encoder.onnx acoustic.onnx vocoder.onnx; do
  [ -s "$work/bundle/$f" ] || { echo "smoke: $f missing from the bundle"; exit 1; }
done
$py -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['provenance']['trainingSteps']=={'encoder':10,'acoustic':12,'vocoder':5}, d['provenance']; print('smoke: model.json ok:', d['defaultSpeaker'], d['provenance']['trainingSteps'])" "$work/bundle/model.json"
step "continue from the bundle (new run folders, weights from its ONNX files, steps from its manifest)"
$py -m narrator_tts.train_vocoder --run "$work/vocoder-next" --init-bundle "$work/bundle" "${common[@]}" --max-steps 7 --batch 2 --frames 16 --adversarial-from 6 | tee "$work/next.log"
grep -q "initialized [1-9][0-9]* of" "$work/next.log" && grep -q "started from .* at step 5" "$work/next.log" \
  || { echo "smoke: the vocoder did not start from the bundle's weights"; exit 1; }
$py -m narrator_tts.train_acoustic --run "$work/acoustic-next" --init-bundle "$work/bundle" --encoder "$work/bundle" "${common[@]}" --max-steps 13 --batch 4 "${narrator[@]}" | tee "$work/next.log"
grep -q "started from .* at step 12" "$work/next.log" || { echo "smoke: the acoustic model did not start from the bundle's weights"; exit 1; }
step "export again from the bundle itself: the same encoder and acoustic ONNX bytes (the encoder id, and every embedding, survive)"
step "ground-truth-aligned mels from the bundle's acoustic model, and the vocoder on them"
$py -m narrator_tts.gta --cache "$work/cache" --bundle "$work/bundle" --out "$work/gta"
$py -c "import json,sys; i=json.load(open(sys.argv[1])); assert len(i)==8 and all(x['speaker']=='bdl' for x in i), i" "$work/gta/vocoder/index.json"
$py -m narrator_tts.train_vocoder --run "$work/vocoder-gta" --cache "$work/gta" --config tiny --log-every 1 --max-minutes 6 --threads 2 --max-steps 2 --batch 2 --frames 16
$py -m narrator_tts.export --out "$work/again" --encoder "$work/bundle" --acoustic "$work/bundle" --vocoder "$work/bundle" --config tiny "${narrator[@]}" 2> "$work/export.log" >/dev/null || { cat "$work/export.log"; exit 1; }
# (The vocoder's weight normalization is folded at export, so its weights come back equal up to rounding.)
for f in encoder.onnx acoustic.onnx; do
  cmp -s "$work/bundle/$f" "$work/again/$f" || { echo "smoke: $f changed when exported from the bundle"; exit 1; }
done
if [ -n "${SMOKE_OUT:-}" ]; then
  rm -rf "$SMOKE_OUT" && mkdir -p "$(dirname "$SMOKE_OUT")" && cp -r "$work/bundle" "$SMOKE_OUT"
  echo "smoke: bundle kept in $SMOKE_OUT"
fi
step "passed"
