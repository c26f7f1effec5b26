"""Speaker embeddings for acoustic training and the bundle's stock speakers."""

import hashlib
import zlib
from pathlib import Path

import numpy as np
import torch

from .config import EMBEDDING_SIZE, FEATURES, get_config
from .encoder import build_encoder
from .features import encoder_features
from .from_bundle import load_into


def random_unit(name: str, size: int = EMBEDDING_SIZE) -> torch.Tensor:
    """A deterministic random unit vector per speaker name (no trained encoder)."""
    g = torch.Generator().manual_seed(zlib.crc32(name.encode("utf-8")))
    v = torch.randn(size, generator=g)
    return v / v.norm()


def load_encoder(source: Path, device="cpu", config: str = "default"):
    """The trained encoder of a run folder (checkpoint.pt) or of a bundle folder (encoder.onnx)."""
    if (source / "checkpoint.pt").exists():
        state = torch.load(source / "checkpoint.pt", map_location=device)
        model = build_encoder(state["config"]["encoder"], FEATURES["nMels"], EMBEDDING_SIZE)
        model.load_state_dict(state["models"]["encoder"])
    elif (source / "encoder.onnx").exists():
        model = build_encoder(get_config(config)["encoder"], FEATURES["nMels"], EMBEDDING_SIZE)
        load_into(model, source / "encoder.onnx")
    else:
        raise SystemExit(f"{source}: neither an encoder run (checkpoint.pt) nor a bundle (encoder.onnx)")
    return model.eval().to(device)


def cached_embeddings(run_folder: Path, source: Path, items, load_audio, device="cpu", config: str = "default") -> dict:
    """utterance_embeddings, kept in the run folder and reused while the encoder's weights are the same."""
    encoder = load_encoder(source, device, config)
    digest = hashlib.sha256(b"".join(t.detach().cpu().numpy().tobytes() for t in encoder.state_dict().values())).hexdigest()
    cache = run_folder / "embeddings.pt"
    if cache.exists():
        saved = torch.load(cache)
        if saved["encoder"] == digest and len(saved["embeddings"]) == len(items):
            return saved["embeddings"]
    embeddings = utterance_embeddings(encoder, items, load_audio, device)
    torch.save({"encoder": digest, "embeddings": embeddings}, cache)
    return embeddings


@torch.no_grad()
def utterance_embeddings(encoder, items, load_audio, device="cpu") -> dict:
    """{(speaker, id): embedding} from each item's int16 audio, one utterance at a time."""
    out = {}
    for item in items:
        audio = torch.from_numpy(load_audio(item).astype(np.float32) / 32768.0)
        feats = encoder_features(audio, FEATURES).unsqueeze(0).to(device)
        lengths = torch.tensor([feats.shape[1]], device=device)
        out[(item["speaker"], item["id"])] = encoder(feats, lengths)[0].float().cpu()
    return out


def speaker_means(embeddings: dict) -> dict:
    """{speaker: L2-normalized mean embedding}."""
    sums = {}
    for (speaker, _), e in embeddings.items():
        sums[speaker] = sums.get(speaker, 0) + e
    return {s: (v / v.norm()).tolist() for s, v in sorted(sums.items())}
