"""Monotonic alignment search (Glow-TTS / Grad-TTS style), vectorized over the batch.

The DP loops over mel frames only; every step is a tensor op over [B, phonemes]. The aligner's
score is the Gaussian log-likelihood of each mel frame under each phoneme's predicted mean mel
(unit variance), so alignment and the "prior" mean are learned together (Grad-TTS).
"""

import torch

NEG = -1e9


@torch.no_grad()
def monotonic_alignment(log_p, text_lengths, mel_lengths):
    """log_p [B, T, F] -> hard alignment path [B, T, F] (0/1): monotonic, each phoneme >= 1 frame."""
    b, t, f = log_p.shape
    device = log_p.device
    text_idx = torch.arange(t, device=device)
    valid_t = text_idx.unsqueeze(0) < text_lengths.unsqueeze(1)  # [B, T]
    q = torch.full((b, t), NEG, device=device, dtype=torch.float32)
    q[:, 0] = log_p[:, 0, 0].float()
    from_prev = torch.zeros((b, t, f), dtype=torch.bool, device=device)
    for j in range(1, f):
        shifted = torch.cat([torch.full((b, 1), NEG, device=device), q[:, :-1]], dim=1)
        diag = shifted > q
        from_prev[:, :, j] = diag
        q = torch.where(diag, shifted, q) + log_p[:, :, j].float()
        # Phoneme i cannot be reached before frame i.
        q = torch.where((text_idx.unsqueeze(0) <= j) & valid_t, q, torch.full_like(q, NEG))
    path = torch.zeros((b, t, f), dtype=log_p.dtype, device=device)
    idx = (text_lengths - 1).long()
    rows = torch.arange(b, device=device)
    for j in range(f - 1, -1, -1):
        inside = j < mel_lengths
        path[rows, idx, j] = inside.to(path.dtype)
        move = from_prev[rows, idx, j] & inside & (idx > 0)
        idx = idx - move.long()
    return path


def gaussian_log_likelihood(mu, mel):
    """mu [B, C, T] phoneme means, mel [B, C, F] -> [B, T, F] log N(mel_f; mu_t, I) up to a constant."""
    mu_sq = (mu * mu).sum(dim=1).unsqueeze(2)  # [B, T, 1]
    mel_sq = (mel * mel).sum(dim=1).unsqueeze(1)  # [B, 1, F]
    cross = torch.matmul(mu.transpose(1, 2), mel)  # [B, T, F]
    return -0.5 * (mu_sq - 2 * cross + mel_sq)
