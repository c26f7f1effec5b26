"""Ground-truth-aligned mels: the vocoder learns from the acoustic model's own output.

    /usr/bin/python3 -m narrator_tts.gta --cache /tmp/narrator-cache --bundle ../voices/default \
        --out /tmp/gta-cache [--natural /tmp/vocoder-cache]

Each TTS item goes through the bundle's acoustic model teacher-forced on its recording (monotonic
alignment search fixes the durations, the recording's pitch and energy drive the prosody inputs), so
the predicted mel has exactly the recording's frames and lines up with its audio sample for sample.
The vocoder then learns the smoother mels it will be given at synthesis instead of natural ones.
The result is a ``vocoder`` cache part (``train_vocoder --cache OUT``); with ``--natural``, every
speaker of that vocoder cache the TTS items do not cover is linked in unchanged, so the vocoder keeps
hearing the other voices too.
"""

import argparse
import json
import math
from pathlib import Path

import numpy as np
import torch

from .adapt import matching_config, onnx_initializers
from .data import _write_index, load_index
from .datasets import TTSItems
from .embeddings import load_encoder, utterance_embeddings
from .from_bundle import load_into


@torch.no_grad()
def aligned_mels(model, data: TTSItems, embeddings: dict, silence: float, out: Path) -> list:
    index = []
    for n, item in enumerate(data.index):
        ids, ids_len, spk, mel, mel_len, pitch, voiced = data.acoustic_batch([item], embeddings, silence)
        mel_hat = model.train_forward(ids, ids_len, spk, mel, mel_len, frame_pitch=pitch, voiced=voiced)["mel_hat"][0]
        path = out / "vocoder" / item["speaker"] / f"{item['id']}.npz"
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, ids=np.zeros(0, dtype=np.int64), mel=mel_hat.numpy().astype(np.float16), audio=data.load(item)["audio"])
        index.append({"speaker": item["speaker"], "id": item["id"], "path": str(path.relative_to(out)), "frames": int(mel_hat.shape[1])})
        if (n + 1) % 200 == 0:
            print(f"gta: {n + 1} of {len(data.index)}", flush=True)
    return index


def natural_items(natural: Path, out: Path, covered: set) -> list:
    """The other speakers of a vocoder cache, their folders linked into ``out``."""
    items = [i for i in load_index(natural, "vocoder") if i["speaker"] not in covered]
    for speaker in sorted({i["speaker"] for i in items}):
        link = out / "vocoder" / speaker
        if not link.exists():
            link.symlink_to((natural / "vocoder" / speaker).resolve(), target_is_directory=True)
    return items


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cache", type=Path, required=True, help="cache with the TTS part (ids, mel, audio)")
    p.add_argument("--bundle", type=Path, required=True, help="bundle whose acoustic model and encoder are used")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--natural", type=Path, help="a vocoder cache whose other speakers are added unchanged")
    p.add_argument("--threads", type=int, default=1)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    manifest = json.loads((args.bundle / "model.json").read_text(encoding="utf-8"))
    silence = math.log(manifest["mel"]["clampMin"])
    acoustic = args.bundle / manifest["acoustic"]["file"]
    _, model = matching_config(args.bundle, onnx_initializers(acoustic), len(manifest["phonemes"]["symbols"]),
                               manifest["mel"]["nMels"], manifest["encoder"]["embeddingSize"], silence)
    load_into(model, acoustic)
    model.eval()
    data = TTSItems(args.cache, load_index(args.cache, "tts"), seed=0)
    embeddings = utterance_embeddings(load_encoder(args.bundle), data.index, lambda i: data.load(i)["audio"])
    index = aligned_mels(model, data, embeddings, silence, args.out)
    if args.natural:
        index += natural_items(args.natural, args.out, {i["speaker"] for i in index})
    _write_index(args.out / "vocoder" / "index.json", index)
    print(f"gta: {len(index)} items in {args.out / 'vocoder'}", flush=True)


if __name__ == "__main__":
    main()
