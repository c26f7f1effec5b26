"""Copy synthesis of held-out recordings: natural mels through each vocoder, against the recordings.

    /usr/bin/python3 -m narrator_tts.evaluate_vocoder --speakers DIR [DIR ...] --split splits/heldout.txt \
        --vocoder ../voices/default [--vocoder /tmp/runs/vocoder-buzz ...] [--limit N] [--threads 1]

Each --vocoder is a bundle folder (its vocoder.onnx) or a run folder (its checkpoint). Per speaker and
source: the frame-rate buzz (``buzz.buzz_db``, mean and range over the clips), the median F0 of the
voiced frames (``prosody.frame_pitch``, then the median over the clips) and, for the vocoders, the
median over the clips of each clip's F0 error (semitones between its resynthesis and its recording,
both as medians) and the mel L1 of the resynthesis against the natural mel. A vocoder with a pitch source gets the
recording's own pitch (``prosody.recording_f0_hz``).
"""

import argparse
from pathlib import Path

import numpy as np
import torch

from .audio_io import read_audio
from .buzz import buzz_db
from .config import MEL, SAMPLE_RATE, get_config
from .data import item_list, speaker_name
from .export import load, vocoder_config
from .mel import MelSpectrogram
from .prosody import frame_pitch, recording_f0_hz
from .vocoder import build_vocoder


def median_f0(audio: np.ndarray) -> float:
    log_f0, voiced = frame_pitch(audio, SAMPLE_RATE, MEL["hop"], MEL["win"])
    return float(np.exp(np.median(log_f0[voiced]))) if voiced.any() else float("nan")


def measure(audio: np.ndarray) -> dict:
    return {"buzz": buzz_db(audio, MEL["hop"]), "f0": median_f0(audio)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--speakers", nargs="+", type=Path, required=True, help="speaker folders of <id>.flac")
    p.add_argument("--split", type=Path, required=True, help="held-out list of speaker/id lines")
    p.add_argument("--vocoder", type=Path, action="append", required=True, help="bundle or run folder (repeatable)")
    p.add_argument("--limit", type=int, help="at most this many clips per speaker")
    p.add_argument("--config", default="default", help="size configuration of run checkpoints without one")
    p.add_argument("--threads", type=int, default=1)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    cfg = get_config(args.config)
    vocoders = {str(v): load(v, "vocoder", lambda c, v=v: build_vocoder(vocoder_config(cfg, c, v / "vocoder.onnx"), MEL["nMels"]), False, 0)
                for v in args.vocoder}
    for name, (_, state) in vocoders.items():
        print(f"{name}: vocoder step {state['step']}", flush=True)
    mel_fn = MelSpectrogram(MEL, SAMPLE_RATE)
    keep = item_list(args.split)
    for folder in args.speakers:
        speaker = speaker_name(folder)
        ids = sorted(i.split("/", 1)[1] for i in keep if i.startswith(speaker + "/"))[: args.limit]
        rows = {"natural": []} | {name: [] for name in vocoders}
        for utt in ids:
            audio = read_audio(folder / f"{utt}.flac", SAMPLE_RATE)
            audio = audio[: len(audio) // MEL["hop"] * MEL["hop"]]
            rows["natural"].append(measure(audio))
            f0 = torch.from_numpy(recording_f0_hz(audio, SAMPLE_RATE, MEL["hop"], MEL["win"])).unsqueeze(0)
            with torch.no_grad():
                mel = mel_fn(torch.from_numpy(audio.astype(np.float32) / 32768.0).unsqueeze(0))
                for name, (model, _) in vocoders.items():
                    fake = model(mel, f0[:, : mel.shape[2]] if model.source is not None else None)
                    rows[name].append(measure(fake[0].numpy()) | {"mel_l1": float((mel_fn(fake) - mel).abs().mean())})
        natural_f0 = np.array([v["f0"] for v in rows["natural"]])
        for name, values in rows.items():
            buzz = np.array([v["buzz"] for v in values])
            line = (f"{speaker} {len(values)} clips | {name}: buzz {buzz.mean():.2f} dB ({buzz.min():.2f} to {buzz.max():.2f})"
                    f" | median F0 {np.nanmedian([v['f0'] for v in values]):.1f} Hz")
            if name != "natural":
                error = np.abs(12 * np.log2(np.array([v["f0"] for v in values]) / natural_f0))
                line += f" | F0 error {np.nanmedian(error):.1f} st | mel L1 {np.mean([v['mel_l1'] for v in values]):.3f}"
            print(line, flush=True)


if __name__ == "__main__":
    main()
