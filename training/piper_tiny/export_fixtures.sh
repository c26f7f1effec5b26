#!/bin/sh
# Regenerates the committed Piper-contract test voices under tests/fixtures/voices/.
set -eu
root="$(cd "$(dirname "$0")/../.." && pwd)"
script="$root/training/piper_tiny/export_tiny_piper.py"
/usr/bin/python3 "$script" --out "$root/tests/fixtures/voices/tiny-piper" --name en_US-tiny-x_low --speakers 1
/usr/bin/python3 "$script" --out "$root/tests/fixtures/voices/tïny voice" --name en_US-tiny_multi-x_low --speakers 3
/usr/bin/python3 "$root/training/piper_tiny/export_wrong_contract.py" --out "$root/tests/fixtures/voices/not-piper.onnx"
