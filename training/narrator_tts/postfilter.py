"""A post-filter for predicted mels: a model trained with an L1 loss predicts the mean of what it has heard,
so its spectrum is flatter than speech, over time (less dynamics) and over frequency (blurred formants and
harmonics). Scaling the deviations back restores some of that contrast without training:

- ``time``: each bin's deviation from its mean over the utterance's speech frames, times ``time``
  (the global-variance idea of statistical synthesis);
- ``freq``: each frame's deviation from its own spectrum smoothed over ``FREQ_RADIUS`` bins, times ``freq``.

Frames at the silence floor stay there; nothing goes below it.
"""

import torch
import torch.nn.functional as F

FREQ_RADIUS = 4


def sharpen(mel: torch.Tensor, silence: float, time: float = 1.0, freq: float = 1.0) -> torch.Tensor:
    """mel [B, n_mels, frames] (log) -> the same shape, contrast scaled as the module says."""
    speech = (mel.max(dim=1, keepdim=True).values > silence + 1.0).float()
    out = mel
    if time != 1.0:
        mean = (out * speech).sum(dim=2, keepdim=True) / speech.sum(dim=2, keepdim=True).clamp(min=1.0)
        out = mean + time * (out - mean)
    if freq != 1.0:
        kernel = torch.ones(1, 1, 2 * FREQ_RADIUS + 1) / (2 * FREQ_RADIUS + 1)
        b, n, t = out.shape
        flat = out.permute(0, 2, 1).reshape(b * t, 1, n)
        smooth = F.conv1d(F.pad(flat, (FREQ_RADIUS, FREQ_RADIUS), mode="replicate"), kernel)
        smooth = smooth.reshape(b, t, n).permute(0, 2, 1)
        out = smooth + freq * (out - smooth)
    return torch.where(speech.bool(), out.clamp(min=silence), mel)
