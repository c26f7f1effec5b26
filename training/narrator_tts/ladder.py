"""Where the words are lost: the held-out prompts resynthesized three ways, each written as a data-set tree
that ``narrator evaluate transcripts`` measures with the same recognizer as the natural recordings.

    S=/work/shared/data/speech
    /usr/bin/python3 -m narrator_tts.data tts --cache /tmp/heldout-cache --split $S/splits/heldout.txt \
        --speakers $S/cmu_arctic/bdl $S/cmu_arctic/slt $S/kathleen/kathleen
    /usr/bin/python3 -m narrator_tts.ladder --cache /tmp/heldout-cache --bundle ../voices/default --data $S --out /tmp/ladder
    narrator evaluate transcripts --data /tmp/ladder/copy --split /tmp/ladder/copy/splits/heldout.txt --json   # and aligned, tts

- ``copy``: the recording's own mel and pitch through the vocoder: what the vocoder costs.
- ``aligned``: the acoustic model teacher-forced on the recording (durations by monotonic alignment, the
  recording's pitch and energy), then the vocoder: what the predicted spectrum adds.
- ``tts``: the acoustic model on its own (its durations, pitch and energy), conditioned on each utterance's
  embedding: what the predicted prosody adds.

``--acoustic`` and ``--vocoder`` take those parts from other bundles than ``--bundle`` (to compare one
changed part against the same other). ``--sharpen-time`` and ``--sharpen-freq`` pass the predicted mels of
``aligned`` and ``tts`` through ``postfilter.sharpen`` first.
"""

import argparse
import json
import math
import shutil
import wave
from pathlib import Path

import numpy as np
import torch

from .adapt import matching_config, onnx_initializers
from .config import MEL, SAMPLE_RATE, get_config
from .data import load_index
from .datasets import TTSItems
from .embeddings import load_encoder, utterance_embeddings
from .export import load, vocoder_config
from .from_bundle import load_into
from .postfilter import sharpen
from .prosody import recording_f0_hz
from .vocoder import build_vocoder

MODES = ("copy", "aligned", "tts")


def load_acoustic(bundle: Path):
    manifest = json.loads((bundle / "model.json").read_text(encoding="utf-8"))
    silence = math.log(manifest["mel"]["clampMin"])
    onnx = bundle / manifest["acoustic"]["file"]
    _, model = matching_config(bundle, onnx_initializers(onnx), len(manifest["phonemes"]["symbols"]),
                               manifest["mel"]["nMels"], manifest["encoder"]["embeddingSize"], silence)
    load_into(model, onnx)
    return model.eval(), silence


def speaker_folder(data: Path, speaker: str) -> Path:
    for folder in (data / "cmu_arctic" / speaker, data / speaker / speaker, data / "vctk" / speaker):
        if (folder / "transcript.txt").exists():
            return folder
    raise SystemExit(f"{data}: no folder with a transcript.txt for speaker {speaker}")


def write_wav(path: Path, audio: np.ndarray) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes((np.clip(audio, -1.0, 1.0) * 32767).astype("<i2").tobytes())


def frames_of(f0: np.ndarray, frames: int) -> torch.Tensor:
    """The recording's pitch per frame, cut or padded (last value) to the mel's frames, as [1, frames]."""
    f0 = f0[:frames] if len(f0) >= frames else np.pad(f0, (0, frames - len(f0)), mode="edge")
    return torch.from_numpy(f0.astype(np.float32)).unsqueeze(0)


@torch.no_grad()
def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cache", type=Path, required=True, help="TTS cache of the held-out prompts (data.py tts --split heldout)")
    p.add_argument("--bundle", type=Path, required=True, help="bundle: the encoder, and the acoustic model and vocoder unless named")
    p.add_argument("--acoustic", type=Path, help="bundle whose acoustic model to use")
    p.add_argument("--vocoder", type=Path, help="bundle whose vocoder to use")
    p.add_argument("--data", type=Path, required=True, help="the speech folder (each speaker's transcript.txt)")
    p.add_argument("--out", type=Path, required=True, help="new or empty folder: one tree per mode")
    p.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--sharpen-time", type=float, default=1.0, help="post-filter: deviations over time times this")
    p.add_argument("--sharpen-freq", type=float, default=1.0, help="post-filter: deviations over frequency times this")
    args = p.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        p.error(f"{args.out}: not empty; --out needs a new or empty folder")
    torch.set_num_threads(args.threads)
    vocoder_bundle = args.vocoder or args.bundle
    vocoder, _ = load(vocoder_bundle, "vocoder", lambda c: build_vocoder(
        vocoder_config(get_config("default"), c, vocoder_bundle / "vocoder.onnx"), MEL["nMels"]), False, 0)
    model, silence = load_acoustic(args.acoustic or args.bundle)
    data = TTSItems(args.cache, load_index(args.cache, "tts"), seed=0)
    embeddings = utterance_embeddings(load_encoder(args.bundle), data.index, lambda i: data.load(i)["audio"])
    one, zero = torch.ones(1), torch.zeros(1)
    for n, item in enumerate(data.index):
        source = speaker_folder(args.data, item["speaker"])
        ids, ids_len, spk, mel, mel_len, pitch, voiced = data.acoustic_batch([item], embeddings, silence)
        f0 = recording_f0_hz(data.load(item)["audio"], SAMPLE_RATE, MEL["hop"], MEL["win"])
        for mode in args.modes:
            if mode == "copy":
                mels = mel
            elif mode == "aligned":
                mels = model.train_forward(ids, ids_len, spk, mel, mel_len, frame_pitch=pitch, voiced=voiced)["mel_hat"]
            else:
                mels, _, predicted_hz = model(ids, ids_len, spk, one, zero, one)
            if mode != "copy":
                mels = sharpen(mels, silence, args.sharpen_time, args.sharpen_freq)
            pitch_hz = predicted_hz if mode == "tts" else frames_of(f0, mels.shape[2])
            audio = vocoder(mels, pitch_hz if vocoder.source is not None else None)[0].numpy()
            tree = args.out / mode
            target = tree / source.parent.name / source.name
            if not target.exists():
                target.mkdir(parents=True)
                shutil.copyfile(source / "transcript.txt", target / "transcript.txt")
            write_wav(target / f"{item['id']}.wav", audio)
            (tree / "splits").mkdir(exist_ok=True)
            with open(tree / "splits" / "heldout.txt", "a", encoding="utf-8") as split:
                split.write(f"{item['speaker']}/{item['id']}\n")
        if (n + 1) % 25 == 0:
            print(f"ladder: {n + 1} of {len(data.index)}", flush=True)
    print(f"ladder: {len(data.index)} prompts in {', '.join(str(args.out / m) for m in args.modes)}", flush=True)


if __name__ == "__main__":
    main()
