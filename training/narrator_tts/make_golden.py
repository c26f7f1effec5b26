"""Write the golden encoder-feature fixture for the C# feature test.

    /usr/bin/python3 -m narrator_tts.make_golden [--out tests/fixtures/features]

``golden-input.wav``: a deterministic 1.7 s, 16 kHz, 16-bit PCM mono signal (chirp, two tones,
seeded noise; peak <= 0.8). ``golden-features.json``: the features of docs/bundle-format.md
steps 2-8, computed in float64 from the int16 samples / 32768, as ``values[frame][mel]``.
"""

import argparse
import json
import math
import wave
from pathlib import Path

import numpy as np
import torch

from .config import FEATURES
from .features import encoder_features

TOLERANCE = {"maxAbsDiff": 2e-3, "domain": "log mel after mean normalization",
             "note": "float32 implementation vs this float64 reference"}


def golden_signal(sample_rate: int = 16000, seconds: float = 1.7) -> np.ndarray:
    t = np.arange(int(round(sample_rate * seconds)), dtype=np.float64) / sample_rate
    chirp = np.sin(2 * math.pi * (100 * t + 0.5 * (3000 - 100) / seconds * t * t))
    tones = 0.5 * np.sin(2 * math.pi * 440 * t) + 0.3 * np.sin(2 * math.pi * 2500 * t + 0.3)
    noise = np.random.default_rng(20261127).standard_normal(t.shape)
    envelope = 0.5 + 0.5 * np.sin(2 * math.pi * 1.3 * t) ** 2
    x = 0.4 * chirp * envelope + 0.25 * tones + 0.05 * noise
    x = x / np.abs(x).max() * 0.8
    return np.round(x * 32767).astype(np.int16)


def write_wav(path: Path, samples: np.ndarray, sample_rate: int) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(samples.astype("<i2").tobytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[2] / "tests/fixtures/features")
    args = parser.parse_args()
    params = dict(FEATURES)
    pcm = golden_signal(params["sampleRate"])
    args.out.mkdir(parents=True, exist_ok=True)
    write_wav(args.out / "golden-input.wav", pcm, params["sampleRate"])
    x = torch.from_numpy(pcm.astype(np.float64) / 32768.0)
    feats = encoder_features(x, params, dtype=torch.float64)
    doc = {
        "params": params,
        "samples": int(pcm.shape[0]),
        "frames": int(feats.shape[0]),
        "nMels": int(feats.shape[1]),
        "tolerance": TOLERANCE,
        "values": [[float(f"{v:.6f}") for v in row] for row in feats.tolist()],
    }
    path = args.out / "golden-features.json"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {args.out / 'golden-input.wav'} and {path} ({doc['frames']} x {doc['nMels']}, {path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
