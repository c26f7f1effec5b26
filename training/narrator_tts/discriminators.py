"""Discriminators (training only): HiFi-GAN's multi-period and multi-scale ones, and a cheaper
multi-resolution spectrogram discriminator (2-D convolutions on log-magnitude STFTs, as in UnivNet)."""

import torch
from torch import nn
import torch.nn.functional as F
from torch.nn.utils import spectral_norm, weight_norm

from .losses import STFT_RESOLUTIONS, stft_magnitude

LRELU = 0.1


def conv_stack(convs, post, x):
    """Runs x through convs (each followed by a leaky ReLU) and post: (flattened logits, every layer's output)."""
    feats = []
    for c in convs:
        x = F.leaky_relu(c(x), LRELU)
        feats.append(x)
    x = post(x)
    feats.append(x)
    return x.flatten(1), feats


class PeriodDiscriminator(nn.Module):
    def __init__(self, period: int, ch: int):
        super().__init__()
        self.period = period
        sizes = [1, ch, ch * 4, ch * 16, ch * 32]
        self.convs = nn.ModuleList([weight_norm(nn.Conv2d(sizes[i], sizes[i + 1], (5, 1), (3, 1), padding=(2, 0))) for i in range(4)])
        self.convs.append(weight_norm(nn.Conv2d(sizes[-1], sizes[-1], (5, 1), 1, padding=(2, 0))))
        self.post = weight_norm(nn.Conv2d(sizes[-1], 1, (3, 1), 1, padding=(1, 0)))

    def forward(self, x):
        b, t = x.shape
        if t % self.period:
            x = F.pad(x, (0, self.period - t % self.period), mode="reflect")
        x = x.view(b, 1, -1, self.period)
        return conv_stack(self.convs, self.post, x)


class ScaleDiscriminator(nn.Module):
    def __init__(self, ch: int, norm=weight_norm):
        super().__init__()
        c = [1, ch * 4, ch * 4, ch * 16, ch * 32, ch * 32, ch * 32]
        specs = [(15, 1, 1), (41, 4, 4), (41, 4, 16), (41, 4, 16), (41, 4, 16), (5, 1, 1)]
        self.convs = nn.ModuleList([
            norm(nn.Conv1d(c[i], c[i + 1], k, s, groups=min(g, c[i]) if c[i] % min(g, c[i]) == 0 and c[i + 1] % min(g, c[i]) == 0 else 1, padding=k // 2))
            for i, (k, s, g) in enumerate(specs)])
        self.post = norm(nn.Conv1d(c[-1], 1, 3, 1, padding=1))

    def forward(self, x):
        x = x.unsqueeze(1)
        return conv_stack(self.convs, self.post, x)


class Discriminators(nn.Module):
    def __init__(self, ch: int = 32, periods=(2, 3, 5, 7, 11)):
        super().__init__()
        self.discs = nn.ModuleList([PeriodDiscriminator(p, ch) for p in periods])
        self.discs.append(ScaleDiscriminator(ch, spectral_norm))
        self.discs.extend([ScaleDiscriminator(ch) for _ in range(2)])
        self.pools = [0] * len(periods) + [0, 1, 2]  # times the audio is average-pooled (4, 2)

    def forward(self, audio):
        """audio [B, n] -> list of (logits, feature maps), one per discriminator."""
        outs = []
        for disc, pool in zip(self.discs, self.pools):
            x = audio
            for _ in range(pool):
                x = F.avg_pool1d(x.unsqueeze(1), 4, 2, padding=2).squeeze(1)
            outs.append(disc(x))
        return outs


class SpectrogramDiscriminator(nn.Module):
    """Log-magnitude STFT [B, 1, frames, bins] through 2-D convolutions, strided along frequency."""

    def __init__(self, n_fft: int, hop: int, win: int, ch: int):
        super().__init__()
        self.stft = (n_fft, hop, win)
        self.convs = nn.ModuleList([weight_norm(nn.Conv2d(1, ch, (3, 9), padding=(1, 4)))])
        self.convs.extend(weight_norm(nn.Conv2d(ch, ch, (3, 9), (1, 2), padding=(1, 4))) for _ in range(3))
        self.convs.append(weight_norm(nn.Conv2d(ch, ch, 3, padding=1)))
        self.post = weight_norm(nn.Conv2d(ch, 1, 3, padding=1))

    def forward(self, audio):
        x = torch.log(stft_magnitude(audio, *self.stft)).transpose(1, 2).unsqueeze(1)
        return conv_stack(self.convs, self.post, x)


class ResolutionDiscriminators(nn.Module):
    """One spectrogram discriminator per resolution of the STFT loss; same output as Discriminators."""

    def __init__(self, ch: int = 32, resolutions=STFT_RESOLUTIONS):
        super().__init__()
        self.discs = nn.ModuleList([SpectrogramDiscriminator(*r, ch) for r in resolutions])

    def forward(self, audio):
        return [d(audio) for d in self.discs]


def build_discriminators(kind: str, ch: int) -> nn.Module:
    """'hifigan' (multi-period + multi-scale, for the GPU) or 'mrd' (spectrograms only, affordable on a CPU)."""
    return {"hifigan": Discriminators, "mrd": ResolutionDiscriminators}[kind](ch)
