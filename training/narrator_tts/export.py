"""Export a Narrator bundle (docs/bundle-format.md): encoder.onnx, acoustic.onnx, vocoder.onnx, model.json.

    /usr/bin/python3 -m narrator_tts.export --out BUNDLE_DIR [--encoder RUN] [--acoustic RUN]
        [--vocoder RUN] [--random] [--config default|tiny] [--fp16] [--narrator narrator.dll]

Each model comes from its run's checkpoint, from a bundle folder given instead of a run (its ONNX
weights, e.g. --encoder voices/default to keep the shipped encoder and with it every embedding made
with it), or with --random from fixed-seed random weights of --config (a model without a run and
without --random is an error).
"""

import argparse
import hashlib
import json
import math
from pathlib import Path

import numpy as np
import torch

from . import onnx_utils
from .acoustic import build_acoustic
from .config import EMBEDDING_SIZE, ENCODER_ID, FEATURES, MEL, SAMPLE_RATE, get_config
from .embeddings import random_unit
from .encoder import build_encoder
from .from_bundle import has_prosody_inputs, load_into, pitch_source_harmonics
from .frontend import inventory
from .manifest import manifest
from .vocoder import build_vocoder

RANDOM_SPEAKERS = ["alpha", "bravo", "charlie"]
LICENCE = ("Weights: MIT, as Narrator. Trained on CMU ARCTIC bdl and slt (John Kominek and Alan W Black, "
           "Carnegie Mellon University; free for any use, notice kept), the Kathleen dataset (CC0 1.0, Rhasspy) "
           "and LibriSpeech train-clean-100 (CC BY 4.0: LibriSpeech ASR corpus, V. Panayotov, G. Chen, D. Povey, "
           "S. Khudanpur, ICASSP 2015, http://www.openslr.org/12/).")


def load(run, kind, build, random_ok, seed):
    if run and not (Path(run) / "checkpoint.pt").exists() and (Path(run) / f"{kind}.onnx").exists():
        return load_from_bundle(Path(run), kind, build)
    if run:
        state = torch.load(Path(run) / "checkpoint.pt", map_location="cpu")
        model = build(state["config"])
        model.load_state_dict(state["models"][{"encoder": "encoder", "acoustic": "acoustic", "vocoder": "generator"}[kind]])
        return model.eval(), state
    if not random_ok:
        raise SystemExit(f"no --{kind} run given: pass --{kind} RUN or --random")
    torch.manual_seed(seed)
    return build(None).eval(), None


def load_from_bundle(bundle: Path, kind: str, build):
    """A part taken over from an exported bundle (e.g. --encoder voices/default), weights unchanged."""
    model = build({"prosody": has_prosody_inputs(bundle / "acoustic.onnx")} if kind == "acoustic" else None)
    load_into(model, bundle / f"{kind}.onnx")
    doc = json.loads((bundle / "model.json").read_text(encoding="utf-8"))
    state = {"step": int(doc["provenance"]["trainingSteps"].get(kind, 0))}
    if kind == "acoustic":
        state.update(phonemes=doc["phonemes"], embedding_source=f"bundle {bundle}",
                     speaker_embeddings={s["name"]: s["embedding"] for s in doc["speakers"]})
    return model.eval(), state


def acoustic_config(cfg: dict, given) -> dict:
    """The acoustic section: a checkpoint's own config, a bundle's prosody flag over --config's sizes, or --config."""
    if given is None:
        return cfg["acoustic"]
    return given["acoustic"] if "acoustic" in given else {**cfg["acoustic"], **given}


def export_encoder(model, out: Path):
    feats, lengths = torch.randn(2, 220, FEATURES["nMels"]), torch.tensor([220, 150])
    onnx_utils.export(model, (feats, lengths), out / "encoder.onnx", ["features", "lengths"], ["embedding"],
                      {"features": {0: "batch", 1: "frames"}, "lengths": {0: "batch"}, "embedding": {0: "batch"}})
    return {"features": feats, "lengths": lengths}


def export_acoustic(model, out: Path, n_symbols: int):
    g = torch.Generator().manual_seed(7)
    ids = torch.randint(3, n_symbols, (2, 14), generator=g)
    ids[1, 9:] = 0
    feeds = {"phoneme_ids": ids, "phoneme_lengths": torch.tensor([14, 9]),
             "speaker_embedding": torch.stack([random_unit("a"), random_unit("b")]), "length_scale": torch.tensor([1.0])}
    if model.prosody:
        feeds.update(pitch_shift=torch.tensor([2.0]), energy_scale=torch.tensor([1.5]))
    outputs = ["mel", "mel_lengths"] + (["f0"] if model.prosody else [])
    onnx_utils.export(model, tuple(feeds.values()), out / "acoustic.onnx", list(feeds), outputs,
                      {"phoneme_ids": {0: "batch", 1: "phonemes"}, "phoneme_lengths": {0: "batch"},
                       "speaker_embedding": {0: "batch"}, "mel": {0: "batch", 2: "frames"}, "mel_lengths": {0: "batch"},
                       "f0": {0: "batch", 1: "frames"}})
    return feeds


def export_vocoder(model, out: Path):
    feeds = {"mel": torch.randn(1, MEL["nMels"], 24) - 5.0}
    if model.source is not None:
        feeds["f0"] = torch.linspace(90.0, 260.0, 24).unsqueeze(0)
    onnx_utils.export(model, tuple(feeds.values()), out / "vocoder.onnx", list(feeds), ["audio"],
                      {"mel": {0: "batch", 2: "frames"}, "f0": {0: "batch", 1: "frames"}, "audio": {0: "batch", 1: "samples"}})
    return feeds


def vocoder_config(cfg: dict, given, bundle_vocoder: Path | None) -> dict:
    """The vocoder section: a checkpoint's own config, or --config's sizes with the pitch source a bundle's graph has."""
    if given is not None:
        return given["vocoder"]
    harmonics = pitch_source_harmonics(bundle_vocoder) if bundle_vocoder else 0
    return {**cfg["vocoder"], "source_harmonics": harmonics} if harmonics else cfg["vocoder"]


def verify(name, path, model, feeds, atol):
    with torch.no_grad():
        expected = model(*feeds.values())
    expected = expected if isinstance(expected, tuple) else (expected,)
    outs, how = onnx_utils.run_onnx(path, {k: v.numpy() for k, v in feeds.items()})
    if outs is None:
        print(f"  {name}: checker and contract ok; not run ({how})", flush=True)
        return
    for e, a in zip(expected, outs):
        diff = float(np.abs(e.numpy().astype(np.float64) - a.astype(np.float64)).max()) if e.numel() else 0.0
        if e.shape != a.shape or diff > atol:
            raise SystemExit(f"{path}: {how} output differs from torch (shape {tuple(a.shape)} vs {tuple(e.shape)}, max diff {diff})")
    print(f"  {name}: torch and {how} agree", flush=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--encoder", type=Path)
    p.add_argument("--acoustic", type=Path)
    p.add_argument("--vocoder", type=Path)
    p.add_argument("--random", action="store_true", help="fixed-seed random weights for parts without a run")
    p.add_argument("--config", default="default", help="size configuration for random parts")
    p.add_argument("--fp16", action="store_true", help="store weights as float16 inside the graphs")
    p.add_argument("--no-prosody", action="store_true",
                   help="a random acoustic model without pitch and energy inputs (the tiny and tiny-fp16 fixtures)")
    p.add_argument("--pitch-source", type=int, default=0,
                   help="a random vocoder with a pitch source of this many harmonics (the tiny-pitch fixture)")
    p.add_argument("--mel-contrast", type=float, nargs=2, default=(1.0, 1.0), metavar=("TIME", "FREQUENCY"),
                   help="inference.melContrast: the post-filter's factors (postfilter.py); 1 1 writes none")
    p.add_argument("--name", default="narrator-default")
    p.add_argument("--created", help="fixed 'created' timestamp (reproducible fixtures)")
    p.add_argument("--narrator", help="narrator.dll for 'text ids --inventory'; default: dotnet run")
    p.add_argument("--seed", type=int, default=1234)
    args = p.parse_args()
    torch.set_num_threads(2)
    cfg = get_config(args.config)
    if args.no_prosody:
        cfg["acoustic"]["prosody"] = False
    if args.pitch_source:
        cfg["vocoder"]["source_harmonics"] = args.pitch_source
    phonemes = inventory(args.narrator)
    n_symbols = len(phonemes["symbols"])
    silence = math.log(MEL["clampMin"])

    encoder, enc_state = load(args.encoder, "encoder", lambda c: build_encoder((c or cfg)["encoder"], FEATURES["nMels"], EMBEDDING_SIZE), args.random, args.seed)
    acoustic, ac_state = load(args.acoustic, "acoustic", lambda c: build_acoustic(acoustic_config(cfg, c), n_symbols, MEL["nMels"], EMBEDDING_SIZE, silence), args.random, args.seed + 1)
    bundle_vocoder = args.vocoder / "vocoder.onnx" if args.vocoder and not (args.vocoder / "checkpoint.pt").exists() else None
    vocoder, voc_state = load(args.vocoder, "vocoder", lambda c: build_vocoder(vocoder_config(cfg, c, bundle_vocoder), MEL["nMels"]), args.random, args.seed + 2)
    if ac_state is None:
        with torch.no_grad():  # random weights: about three frames per phoneme, prosody that matters
            acoustic.duration.out.bias.fill_(math.log(3.0))
            if acoustic.prosody:
                for conv in (acoustic.pitch_embed, acoustic.energy_embed):
                    torch.nn.init.normal_(conv.weight, 0.0, 0.5)
                torch.nn.init.normal_(acoustic.pitch_embed.bias, 0.0, 0.1)  # shared with energy_embed
    if voc_state is None and vocoder.source is not None:
        with torch.no_grad():  # random weights: a source that audibly matters (trained ones start at zero)
            for conv in vocoder.source_in:
                torch.nn.init.normal_(conv.weight, 0.0, 0.3)
    if ac_state is not None and ac_state["phonemes"] != phonemes:
        raise SystemExit(f"{args.acoustic}: trained with another phoneme inventory than 'narrator text ids --inventory' prints now")
    vocoder.remove_weight_norm()

    args.out.mkdir(parents=True, exist_ok=True)
    print(f"exporting to {args.out}", flush=True)
    parts = [("encoder", encoder, export_encoder(encoder, args.out), 1e-4,
              [("features", "float32", 3, {2: FEATURES["nMels"]}), ("lengths", "int64", 1, {})],
              [("embedding", "float32", 2, {1: EMBEDDING_SIZE})]),
             ("acoustic", acoustic, export_acoustic(acoustic, args.out, n_symbols), 1e-3,
              [("phoneme_ids", "int64", 2, {}), ("phoneme_lengths", "int64", 1, {}),
               ("speaker_embedding", "float32", 2, {1: EMBEDDING_SIZE}), ("length_scale", "float32", 1, {0: 1})]
              + ([("pitch_shift", "float32", 1, {0: 1}), ("energy_scale", "float32", 1, {0: 1})] if acoustic.prosody else []),
              [("mel", "float32", 3, {1: MEL["nMels"]}), ("mel_lengths", "int64", 1, {})]
              + ([("f0", "float32", 2, {})] if acoustic.prosody else [])),
             ("vocoder", vocoder, export_vocoder(vocoder, args.out), 1e-3,
              [("mel", "float32", 3, {1: MEL["nMels"]})] + ([("f0", "float32", 2, {})] if vocoder.source is not None else []),
              [("audio", "float32", 2, {})])]
    for name, model, feeds, atol, inputs, outputs in parts:
        path = args.out / f"{name}.onnx"
        if args.fp16:
            onnx_utils.weights_to_fp16(path)
            atol = max(atol, 5e-2)
        onnx_utils.check_contract(path, inputs, outputs)
        if not args.fp16:
            verify(name, path, model, feeds, atol)
        else:
            verify(name, path, model.half().float(), feeds, atol)
        params = sum(x.numel() for x in model.parameters())
        print(f"  {name}.onnx: {params} parameters, {path.stat().st_size} bytes", flush=True)

    if ac_state is not None:
        speakers = ac_state["speaker_embeddings"]
    else:
        speakers = {s: random_unit(s).tolist() for s in RANDOM_SPEAKERS}
    steps = {"encoder": enc_state["step"] if enc_state else 0, "acoustic": ac_state["step"] if ac_state else 0,
             "vocoder": voc_state["step"] if voc_state else 0}
    random_parts = [k for k, s in (("encoder", enc_state), ("acoustic", ac_state), ("vocoder", voc_state)) if s is None]
    notes = f"config {args.config}" + (f"; random weights (seed {args.seed}): {', '.join(random_parts)}" if random_parts else "")
    if ac_state is not None:
        notes += f"; speaker embeddings from {ac_state['embedding_source']}"
    # The id names the embedding space, so it changes with the encoder's weights.
    encoder_id = f"{ENCODER_ID}-{hashlib.sha256((args.out / 'encoder.onnx').read_bytes()).hexdigest()[:12]}"
    licence = LICENCE if len(random_parts) < 3 else "Weights: MIT, as Narrator (random, untrained)."
    doc = manifest(args.name, phonemes, speakers, steps, notes, licence, MEL, FEATURES, SAMPLE_RATE, encoder_id, EMBEDDING_SIZE,
                   args.mel_contrast)
    if args.created:
        doc["provenance"]["created"] = args.created
    with open(args.out / "model.json", "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {args.out / 'model.json'} ({len(speakers)} speakers, {n_symbols} symbols)", flush=True)


if __name__ == "__main__":
    main()
