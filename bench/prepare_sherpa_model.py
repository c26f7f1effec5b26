#!/usr/bin/env python3
"""Make a Piper voice (NAME.onnx + NAME.onnx.json) runnable by sherpa-onnx, in place.

    /usr/bin/python3 bench/prepare_sherpa_model.py VOICE.onnx TOKENS.txt

sherpa-onnx reads a Piper model's settings from the ONNX file's metadata (model_type "vits",
comment "piper", language, voice, has_espeak, n_speakers, sample_rate) and its symbols from a
tokens file ("symbol id" per line, from phoneme_id_map). Adding metadata does not change the graph,
so Narrator and sherpa-onnx then run the very same file.
"""

import json
import sys
from pathlib import Path

import onnx


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    model_path, tokens_path = Path(sys.argv[1]), Path(sys.argv[2])
    config_path = model_path.with_name(model_path.name + ".json")
    if not model_path.is_file() or not config_path.is_file():
        print(f"prepare_sherpa_model: {model_path} or {config_path} is missing", file=sys.stderr)
        return 2
    config = json.loads(config_path.read_text(encoding="utf-8"))
    metadata = {
        "model_type": "vits",
        "comment": "piper",
        "language": config["language"]["name_english"],
        "voice": config["espeak"]["voice"],
        "has_espeak": "1",
        "n_speakers": str(config["num_speakers"]),
        "sample_rate": str(config["audio"]["sample_rate"]),
    }
    model = onnx.load(str(model_path))
    kept = [p for p in model.metadata_props if p.key not in metadata]
    del model.metadata_props[:]
    model.metadata_props.extend(kept)
    for key, value in metadata.items():
        model.metadata_props.add(key=key, value=value)
    onnx.save(model, str(model_path))

    with open(tokens_path, "w", encoding="utf-8") as f:
        for symbol, ids in config["phoneme_id_map"].items():
            f.write(f"{symbol} {ids[0]}\n")
    print(f"prepare_sherpa_model: metadata {metadata} added to {model_path}; wrote {tokens_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
