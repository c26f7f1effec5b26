"""Speaker embeddings for acoustic training and the bundle's stock speakers."""

import zlib

import numpy as np
import torch

from .config import EMBEDDING_SIZE, FEATURES
from .encoder import build_encoder
from .features import encoder_features


def random_unit(name: str, size: int = EMBEDDING_SIZE) -> torch.Tensor:
    """A deterministic random unit vector per speaker name (no trained encoder)."""
    g = torch.Generator().manual_seed(zlib.crc32(name.encode("utf-8")))
    v = torch.randn(size, generator=g)
    return v / v.norm()


def load_encoder(checkpoint_path, device="cpu"):
    state = torch.load(checkpoint_path, map_location=device)
    model = build_encoder(state["config"]["encoder"], FEATURES["nMels"], EMBEDDING_SIZE)
    model.load_state_dict(state["models"]["encoder"])
    return model.eval().to(device), state


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
