#!/usr/bin/env python3
"""Export a tiny random-weight Piper-contract voice: ``NAME.onnx`` + ``NAME.onnx.json``.

    /usr/bin/python3 training/piper_tiny/export_tiny_piper.py --out DIR [--name NAME] [--speakers N]
        [--size tiny|medium]

--size medium exports a random-weight VITS of Piper's medium size (22.05 kHz, about 16 M
parameters, see medium.py) for speed comparisons; the default is the 10 k-parameter test voice.

The ONNX graph has Piper's contract: inputs ``input`` int64 [batch, phonemes],
``input_lengths`` int64 [batch], ``scales`` float32 [3] (noise_scale, length_scale, noise_w),
``sid`` int64 [batch] only when --speakers > 1; output ``output`` float32 [batch, 1, samples].
"""

import argparse
import json
from pathlib import Path

import onnx
import torch

from medium import MediumPiper
from model import HOP_LENGTH, TinyPiper
from symbols import NUM_SYMBOLS, phoneme_id_map

OPSET_VERSION = 15
MAX_IR_VERSION = 10
SIZES = {  # size -> (model class, sample rate, Piper quality name)
    "tiny": (TinyPiper, 16000, "x_low"),
    "medium": (MediumPiper, 22050, "medium"),
}


def voice_config(name: str, num_speakers: int, size: str = "tiny") -> dict:
    speakers = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]
    speaker_id_map = (
        {(speakers[i] if i < len(speakers) else f"speaker{i}"): i for i in range(num_speakers)}
        if num_speakers > 1
        else {}
    )
    return {
        "audio": {"sample_rate": SIZES[size][1], "quality": SIZES[size][2], "hop_length": HOP_LENGTH},
        "espeak": {"voice": "en-us"},
        "inference": {"noise_scale": 0.667, "length_scale": 1, "noise_w": 0.8},
        "phoneme_type": "espeak",
        "phoneme_map": {},
        "phoneme_id_map": phoneme_id_map(),
        "num_symbols": NUM_SYMBOLS,
        "num_speakers": num_speakers,
        "speaker_id_map": speaker_id_map,
        "piper_version": "1.0.0",
        "language": {
            "code": "en_US",
            "family": "en",
            "region": "US",
            "name_native": "English",
            "name_english": "English",
            "country_english": "United States",
        },
        "dataset": name,
    }


def export(out_dir: Path, name: str, num_speakers: int, seed: int, size: str = "tiny") -> Path:
    torch.manual_seed(seed)
    model = SIZES[size][0](NUM_SYMBOLS, num_speakers).eval()

    text = torch.randint(3, 154, (1, 20), dtype=torch.long)
    lengths = torch.LongTensor([text.size(1)])
    scales = torch.FloatTensor([0.667, 1.0, 0.8])
    sid = torch.LongTensor([0]) if num_speakers > 1 else None

    input_names = ["input", "input_lengths", "scales"]
    dynamic_axes = {
        "input": {0: "batch_size", 1: "phonemes"},
        "input_lengths": {0: "batch_size"},
        "output": {0: "batch_size", 2: "time"},
    }
    args = (text, lengths, scales)
    if sid is not None:
        input_names.append("sid")
        dynamic_axes["sid"] = {0: "batch_size"}
        args = args + (sid,)

    out_dir.mkdir(parents=True, exist_ok=True)
    onnx_path = out_dir / f"{name}.onnx"
    with torch.no_grad():
        torch.onnx.export(
            model, args, str(onnx_path),
            opset_version=OPSET_VERSION,
            input_names=input_names,
            output_names=["output"],
            dynamic_axes=dynamic_axes,
        )

    graph = onnx.load(str(onnx_path))
    graph.ir_version = min(graph.ir_version, MAX_IR_VERSION)
    graph.graph.output[0].type.tensor_type.shape.dim[1].dim_value = 1  # mono: [batch, 1, time]
    onnx.checker.check_model(graph)
    onnx.save(graph, str(onnx_path))

    config_path = out_dir / f"{name}.onnx.json"
    with open(config_path, "w", encoding="utf-8") as f:
        json.dump(voice_config(name, num_speakers, size), f, ensure_ascii=False, indent=2)
        f.write("\n")
    return onnx_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="folder for NAME.onnx and NAME.onnx.json")
    parser.add_argument("--name", default="en_US-tiny-x_low", help="voice file name without .onnx")
    parser.add_argument("--speakers", type=int, default=1, help="number of speakers (sid input when > 1)")
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--size", choices=sorted(SIZES), default="tiny",
                        help="tiny: the 10 k-parameter test voice (16 kHz); medium: Piper-medium size (22.05 kHz)")
    args = parser.parse_args()
    torch.set_num_threads(2)
    path = export(args.out, args.name, args.speakers, args.seed, args.size)
    print(f"wrote {path} ({path.stat().st_size} bytes) and {path.name}.json")


if __name__ == "__main__":
    main()
