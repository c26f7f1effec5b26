"""Sequence masks built from lengths with ONNX-exportable ops."""

import torch


def sequence_mask(lengths, max_len):
    """lengths [B] -> float mask [B, 1, max_len] (1 inside an item, 0 in its padding)."""
    steps = torch.arange(max_len, device=lengths.device, dtype=lengths.dtype)
    return (steps.unsqueeze(0) < lengths.unsqueeze(1)).unsqueeze(1).float()
