"""Train the acoustic model (durations from monotonic alignment search; see acoustic.py).

    /usr/bin/python3 -m narrator_tts.train_acoustic --run RUN [--encoder ENCODER_RUN] [--cache CACHE]
        [--config default|tiny] [--max-steps N] [--max-minutes M] [--batch B]

Speaker conditioning: each utterance's embedding from a trained encoder (--encoder), else a
deterministic random unit vector per speaker. The inventory comes from ``narrator text ids``.
"""

import math
from pathlib import Path

import torch

from .acoustic import build_acoustic
from .config import EMBEDDING_SIZE, MEL, get_config
from .data import load_index
from .datasets import TTSItems
from .embeddings import cached_embeddings, random_unit, speaker_means
from .frontend import bundle_phonemes, inventory
from .losses import acoustic_losses
from .run import Run, common_args


def main() -> None:
    p = common_args(__doc__.splitlines()[0])
    p.add_argument("--encoder", type=Path, help="encoder run folder (its checkpoint.pt) or a bundle folder (its encoder.onnx)")
    p.add_argument("--narrator", help="narrator.dll for 'text ids --inventory'; default: dotnet run")
    args = p.parse_args()
    cfg = get_config(args.config)
    columns = ["loss", "mel_l1", "prior", "duration"] + (["pitch", "energy"] if cfg["acoustic"].get("prosody") else [])
    run = Run(args, columns)
    index = load_index(args.cache, "tts")
    data = TTSItems(args.cache, index, args.seed)
    # A machine without .NET (the GPU machine) takes the inventory from the bundle it starts from,
    # which export copied from the C# frontend; the engine checks it again when it loads the bundle.
    phonemes = bundle_phonemes(args.init_bundle) if args.init_bundle else inventory(args.narrator)
    silence = math.log(MEL["clampMin"])
    model = build_acoustic(cfg["acoustic"], len(phonemes["symbols"]), MEL["nMels"], EMBEDDING_SIZE, silence).to(run.device)
    optim = torch.optim.AdamW(model.parameters(), lr=args.lr * 5, betas=(0.9, 0.98), weight_decay=1e-6)
    models, optims = {"acoustic": model}, {"optim": optim}
    run.resume(models, optims, {"acoustic": "acoustic.onnx"}, "acoustic")
    data.rng.seed(args.seed + run.step)

    if args.encoder:
        embeddings = cached_embeddings(run.folder, Path(args.encoder), index, lambda i: data.load(i)["audio"], run.device, args.config)
        source = f"encoder {args.encoder}"
    else:
        embeddings = {(i["speaker"], i["id"]): random_unit(i["speaker"]) for i in index}
        source = "random unit vectors per speaker"
    extra = {"kind": "acoustic", "config": cfg, "config_name": args.config, "phonemes": phonemes,
             "speaker_embeddings": speaker_means(embeddings), "embedding_source": source}
    print(f"acoustic: {sum(x.numel() for x in model.parameters())} parameters, {len(index)} utterances, "
          f"speakers from {source}, device {run.device}", flush=True)
    model.train()
    while not run.done():
        ids, ids_len, spk, mel, mel_len, pitch, voiced = (t.to(run.device) for t in data.acoustic_batch(data.sample(args.batch), embeddings, silence))
        with run.autocast():
            losses = acoustic_losses(model.train_forward(ids, ids_len, spk, mel, mel_len, frame_pitch=pitch, voiced=voiced), mel)
        optim.zero_grad(set_to_none=True)
        losses["loss"].backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optim.step()
        run.step += 1
        run.log({k: v.item() for k, v in losses.items()})
        if run.step % args.save_every == 0:
            run.save(models, optims, extra)
    run.save(models, optims, extra)
    print(f"acoustic: stopped at step {run.step}; checkpoint {run.checkpoint}", flush=True)


if __name__ == "__main__":
    main()
