#!/usr/bin/env bash
# Packs the prepared TTS cache (ids, float16 mels, int16 audio as .npz; see narrator_tts/data.py)
# for the GPU machine, whose Python cannot decode FLAC: one xz-compressed tar, split into parts
# that each fit one transfer beside the working tree. Usage:
#   training/gpu/pack_data.sh [CACHE (default /tmp/narrator-cache)] [PART_MIB (default 40)]
# Writes .gpu/data/tts.tar.xz.part-aa, -ab, … (git-ignored) and prints the transfers to make.
set -euo pipefail
cache=${1:-/tmp/narrator-cache}
part_mib=${2:-40}
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -f "$cache/tts/index.json" ] || { echo "pack: no prepared TTS data in $cache (run narrator_tts.data tts first)"; exit 1; }
out="$root/.gpu/data"
rm -rf "$out" && mkdir -p "$out"
tar -C "$cache" -cf - tts | xz -T2 -6 | split -b "${part_mib}M" - "$out/tts.tar.xz.part-"
ls -l "$out"
echo "Transfers (one 'run' call each, back to back, carrying .gpu/data/<part>):"
for part in "$out"/tts.tar.xz.part-*; do
  echo "  mkdir -p /root/stage && cp .gpu/data/$(basename "$part") /root/stage/"
done
echo "then: bash training/gpu/device_train.sh <minutes>"
