"""Adapt a bundle's acoustic model to one speaker's script recordings (``narrator voice train``).

    /usr/bin/python3 -m narrator_tts.adapt --job JOB.json --work WORK_DIR --out ADAPTATION.safetensors
        [--max-minutes 60] [--steps 2000] [--threads 2] [--batch 16] [--lr 2e-4]

JOB.json (written by Narrator): ``{"bundle": folder, "embedding": [192 floats], "takes": [{"id",
"audio": path, "ids": [phoneme ids]}]}``. The base weights come from the bundle's acoustic.onnx;
the text encoder's first blocks and the phoneme embedding stay frozen, the rest (last encoder
block, speaker projection, duration predictor, means, decoder, and with prosody the pitch and energy
predictors and embeddings) learns the speaker, conditioned on the voice's own embedding. The run resumes from WORK_DIR/checkpoint.pt after any interruption,
and the wall-clock budget counts over all invocations. The result holds only the changed tensors,
as float16 under the names of the bundle's ONNX initializers (the engine substitutes them when it
loads the graph). Progress goes to stdout as one JSON object per line.
"""

import argparse
import hashlib
import json
import math
import os
import random
import time
from pathlib import Path

import numpy as np
import onnx
import torch

from .acoustic import build_acoustic
from .audio_io import read_audio
from .config import CONFIGS
from .from_bundle import has_prosody_inputs, load_into
from .losses import acoustic_losses
from .mel import MelSpectrogram
from .prosody import frame_pitch
from .safetensors import write_safetensors

# With prosody, the pitch and energy predictors learn the speaker's intonation too.
TRAINABLE = ("speaker.", "duration.", "mu.", "decoder_in.", "decoder.", "out.", "pitch.", "energy.", "pitch_embed.", "energy_embed.")
SAVE_SECONDS, SAVE_STEPS = 60.0, 50  # a kill loses at most this much training


def emit(event: str, **values) -> None:
    print(json.dumps({"event": event, **values}), flush=True)


def load_job(path: Path) -> dict:
    try:
        job = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise SystemExit(f"{path}: not a readable adaptation job ({e})")
    for key in ("bundle", "embedding", "takes"):
        if key not in job:
            raise SystemExit(f"{path}: the job has no '{key}'")
    if not job["takes"]:
        raise SystemExit(f"{path}: the job has no takes")
    return job


def onnx_initializers(path: Path) -> dict:
    """{initializer name: (dims, data type)} of an ONNX file."""
    return {i.name: (tuple(i.dims), i.data_type) for i in onnx.load(str(path)).graph.initializer}


def matching_config(bundle: Path, initializers: dict, n_symbols: int, n_mels: int, embedding: int, silence: float):
    """The size configuration whose acoustic model has exactly the bundle's tensor shapes."""
    shapes = {(n[:-5] if n.endswith("_fp16") else n): dims for n, (dims, _) in initializers.items()}
    prosody = has_prosody_inputs(bundle / "acoustic.onnx")
    for name, cfg in CONFIGS.items():
        model = build_acoustic({**cfg["acoustic"], "prosody": prosody}, n_symbols, n_mels, embedding, silence)
        params = dict(model.named_parameters())
        # ONNX export shares equal initializers (fresh LayerNorms), so some parameters have no name of their own.
        if all(k in params and tuple(params[k].shape) == dims for k, dims in shapes.items()):
            return name, model
    raise SystemExit(f"{bundle}/acoustic.onnx: no known size configuration ({', '.join(CONFIGS)}) matches its weights")


def trim_silence(audio: np.ndarray, rate: int, keep: float = 0.25) -> np.ndarray:
    """Cuts leading and trailing silence down to ``keep`` seconds (frame energy 40 dB below the peak)."""
    frame = rate // 100
    n = len(audio) // frame
    if n < 3:
        return audio
    energy = (audio[: n * frame].astype(np.float64).reshape(n, frame) ** 2).mean(axis=1) + 1e-9
    voiced = np.nonzero(10 * np.log10(energy) > 10 * np.log10(energy.max()) - 40)[0]
    start = max(0, voiced[0] * frame - int(keep * rate))
    end = min(len(audio), (voiced[-1] + 1) * frame + int(keep * rate))
    return audio[start:end]


def prepare(job: dict, manifest: dict) -> list:
    """[(ids LongTensor, mel FloatTensor [nMels, F], log F0 [F], voiced [F])] for every take."""
    rate, params = manifest["sampleRate"], manifest["mel"]
    mel_fn = MelSpectrogram(params, rate)
    items = []
    for take in job["takes"]:
        audio = trim_silence(read_audio(take["audio"], rate), rate)
        audio = audio[: len(audio) // params["hop"] * params["hop"]]
        if len(audio) < params["hop"] * 8 or not take["ids"]:
            raise SystemExit(f"{take['audio']}: too short to train on")
        with torch.no_grad():
            mel = mel_fn(torch.from_numpy(audio.astype(np.float32) / 32768.0).unsqueeze(0))[0]
        log_f0, voiced = frame_pitch(audio, rate, params["hop"], params["win"])
        items.append((torch.tensor(take["ids"], dtype=torch.long), mel, torch.from_numpy(log_f0).float(), torch.from_numpy(voiced)))
    return items


def batch(items, chosen, silence):
    t, f = max(len(items[i][0]) for i in chosen), max(items[i][1].shape[1] for i in chosen)
    ids = torch.zeros(len(chosen), t, dtype=torch.long)
    mel = torch.full((len(chosen), items[0][1].shape[0], f), silence)
    pitch, voiced = torch.zeros(len(chosen), f), torch.zeros(len(chosen), f, dtype=torch.bool)
    for n, i in enumerate(chosen):
        take_ids, take_mel, take_pitch, take_voiced = items[i]
        ids[n, : len(take_ids)] = take_ids
        mel[n, :, : take_mel.shape[1]] = take_mel
        pitch[n, : len(take_pitch)], voiced[n, : len(take_voiced)] = take_pitch, take_voiced
    return (ids, torch.tensor([len(items[i][0]) for i in chosen]), mel, torch.tensor([items[i][1].shape[1] for i in chosen]),
            pitch, voiced)


def job_digest(job: dict, args) -> str:
    """What the checkpoint is valid for: the takes, the embedding, the base weights and the recipe."""
    acoustic = Path(job["bundle"]) / "acoustic.onnx"
    parts = [json.dumps({"takes": job["takes"], "embedding": job["embedding"], "batch": args.batch, "lr": args.lr}, sort_keys=True),
             hashlib.sha256(acoustic.read_bytes()).hexdigest()]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--job", type=Path, required=True)
    p.add_argument("--work", type=Path, required=True, help="folder for the resumable checkpoint")
    p.add_argument("--out", type=Path, required=True, help="the adapted tensors (.safetensors)")
    p.add_argument("--max-minutes", type=float, default=60.0, help="wall-clock budget over all invocations")
    p.add_argument("--steps", type=int, default=2000)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--lr", type=float, default=2e-4)
    p.add_argument("--threads", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    p.add_argument("--seed", type=int, default=1234)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    job = load_job(args.job)
    bundle = Path(job["bundle"])
    manifest = json.loads((bundle / "model.json").read_text(encoding="utf-8"))
    silence = math.log(manifest["mel"]["clampMin"])
    initializers = onnx_initializers(bundle / manifest["acoustic"]["file"])
    embedding_size = manifest["encoder"]["embeddingSize"]
    config, model = matching_config(bundle, initializers, len(manifest["phonemes"]["symbols"]), manifest["mel"]["nMels"], embedding_size, silence)
    load_into(model, bundle / manifest["acoustic"]["file"])
    if len(job["embedding"]) != embedding_size:
        raise SystemExit(f"{args.job}: the embedding has {len(job['embedding'])} values, the bundle needs {embedding_size}")

    frozen = len(model.encoder) - 1
    prefixes = TRAINABLE + (f"encoder.{frozen}.",)
    # LayerNorms stay as they are: export may share their (equal) initializers between layers.
    trainable = {k: v for k, v in model.named_parameters() if k.startswith(prefixes) and ".norm." not in k}
    for k, v in model.named_parameters():
        v.requires_grad_(k in trainable)
    model.to(device)
    optim = torch.optim.AdamW(trainable.values(), lr=args.lr, betas=(0.9, 0.98), weight_decay=1e-6)

    digest = job_digest(job, args)
    checkpoint = args.work / "checkpoint.pt"
    step, elapsed = 0, 0.0
    args.work.mkdir(parents=True, exist_ok=True)
    if checkpoint.exists():
        state = torch.load(checkpoint, map_location=device)
        if state.get("digest") == digest:
            model.load_state_dict(state["trainable"], strict=False)
            optim.load_state_dict(state["optim"])
            step, elapsed = state["step"], state["elapsed"]
            emit("resumed", step=step, elapsedSeconds=round(elapsed, 1))
        else:
            emit("restarted", reason="the takes, the embedding or the base model changed since the checkpoint")

    def save():
        tmp = checkpoint.with_suffix(".tmp")
        torch.save({"digest": digest, "step": step, "elapsed": elapsed,
                    "trainable": {k: v.detach().cpu() for k, v in trainable.items()}, "optim": optim.state_dict()}, tmp)
        os.replace(tmp, checkpoint)

    items = prepare(job, manifest)
    seconds = sum(item[1].shape[1] for item in items) * manifest["mel"]["hop"] / manifest["sampleRate"]
    emit("start", takes=len(items), speechSeconds=round(seconds, 1), config=config, step=step, steps=args.steps,
         budgetSeconds=args.max_minutes * 60, parameters=sum(v.numel() for v in trainable.values()), device=device.type)
    speaker = torch.tensor(job["embedding"], dtype=torch.float32, device=device)
    size = min(args.batch, len(items))
    model.train()
    for block in model.encoder[:frozen]:
        block.eval()
    losses = []
    started, saved = time.time() - elapsed, time.time()
    while step < args.steps and elapsed < args.max_minutes * 60:
        rng = random.Random(args.seed + step)
        ids, ids_len, mel, mel_len, pitch, voiced = (t.to(device) for t in batch(items, rng.sample(range(len(items)), size), silence))
        out = model.train_forward(ids, ids_len, speaker.expand(size, -1), mel, mel_len, frozen=frozen, frame_pitch=pitch, voiced=voiced)
        loss = acoustic_losses(out, mel)
        optim.zero_grad(set_to_none=True)
        loss["loss"].backward()
        torch.nn.utils.clip_grad_norm_(trainable.values(), 1.0)
        optim.step()
        step += 1
        elapsed = time.time() - started
        losses.append(loss["loss"].item())
        if step % 10 == 0 or step == args.steps:
            emit("progress", step=step, steps=args.steps, loss=round(float(np.mean(losses[-10:])), 4),
                 melL1=round(loss["mel_l1"].item(), 4), elapsedSeconds=round(elapsed, 1), budgetSeconds=args.max_minutes * 60)
        if step % SAVE_STEPS == 0 or time.time() - saved > SAVE_SECONDS:
            save()
            saved = time.time()
    save()

    tensors = {}
    for k, v in trainable.items():
        half = k + "_fp16"
        if half in initializers and initializers[half][0] == tuple(v.shape):
            tensors[half] = v.detach().cpu().numpy().astype(np.float16)
        elif k in initializers and initializers[k][0] == tuple(v.shape):
            tensors[k] = v.detach().cpu().numpy().astype(np.float32 if initializers[k][1] == onnx.TensorProto.FLOAT else np.float16)
        else:
            raise SystemExit(f"{bundle}/acoustic.onnx has no initializer for {k} {tuple(v.shape)}")
    write_safetensors(args.out, tensors, {"format": "narrator-adaptation", "steps": str(step), "config": config})
    emit("done", step=step, steps=args.steps, loss=round(float(np.mean(losses[-50:])), 4) if losses else None,
         elapsedSeconds=round(elapsed, 1), takes=len(items), speechSeconds=round(seconds, 1), out=str(args.out))


if __name__ == "__main__":
    main()
