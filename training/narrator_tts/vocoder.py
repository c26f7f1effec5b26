"""HiFi-GAN-style generator: mel [B, nMels, F] -> audio [B, F * hop] (hop = product of upsample rates).

With ``source_harmonics`` > 0 it also takes the frame F0 in Hz [B, F] (neural source-filter idea): a sum
of sine harmonics at that pitch enters every upsampling stage, so the pitch comes from the acoustic
model instead of being guessed from a smoothed spectrum. The source's input layers start at zero, so a
generator initialized from a plain one starts out speaking exactly as that one.
"""

import math

import torch
from torch import nn
import torch.nn.functional as F
from torch.nn.utils import remove_weight_norm, weight_norm

LRELU = 0.1


def init_weights(module):
    if isinstance(module, (nn.Conv1d, nn.ConvTranspose1d)):
        module.weight.data.normal_(0.0, 0.01)


class ResBlock(nn.Module):
    def __init__(self, channels: int, kernel: int, dilations):
        super().__init__()
        self.convs1 = nn.ModuleList([weight_norm(nn.Conv1d(channels, channels, kernel, dilation=d, padding=d * (kernel - 1) // 2)) for d in dilations])
        self.convs2 = nn.ModuleList([weight_norm(nn.Conv1d(channels, channels, kernel, padding=(kernel - 1) // 2)) for _ in dilations])
        self.apply(init_weights)

    def forward(self, x):
        for c1, c2 in zip(self.convs1, self.convs2):
            x = x + c2(F.leaky_relu(c1(F.leaky_relu(x, LRELU)), LRELU))
        return x

    def remove_weight_norm(self):
        for c in list(self.convs1) + list(self.convs2):
            remove_weight_norm(c)


class HarmonicSource(nn.Module):
    """Frame F0 in Hz [B, F] -> excitation [B, 1, F * hop]: harmonics below Nyquist, merged by one linear layer."""

    def __init__(self, harmonics: int, hop: int, sample_rate: int):
        super().__init__()
        self.hop, self.sample_rate = hop, sample_rate
        self.register_buffer("orders", torch.arange(1, harmonics + 1, dtype=torch.float32).view(1, -1, 1), persistent=False)
        self.merge = nn.Conv1d(harmonics, 1, 1)

    def forward(self, f0):
        b, frames = f0.shape
        f0 = f0.unsqueeze(2).expand(b, frames, self.hop).reshape(b, 1, frames * self.hop)
        cycles = torch.cumsum(f0 / self.sample_rate, dim=2)
        if self.training:  # a random starting phase per utterance
            cycles = cycles + torch.rand(b, 1, 1, device=f0.device)
        cycles = cycles - torch.floor(cycles)
        below_nyquist = (f0 * self.orders < self.sample_rate / 2).to(f0.dtype)
        harmonics = 0.1 * torch.sin(2 * math.pi * cycles * self.orders) * below_nyquist
        return torch.tanh(self.merge(harmonics))


class Generator(nn.Module):
    def __init__(self, n_mels: int = 80, channels: int = 128, upsample_rates=(8, 8, 2, 2),
                 upsample_kernels=(16, 16, 4, 4), resblock_kernels=(3, 7, 11),
                 resblock_dilations=((1, 3, 5), (1, 3, 5), (1, 3, 5)), source_harmonics: int = 0,
                 sample_rate: int = 16000):
        super().__init__()
        self.hop = 1
        for r in upsample_rates:
            self.hop *= r
        self.num_kernels = len(resblock_kernels)
        self.pre = weight_norm(nn.Conv1d(n_mels, channels, 7, padding=3))
        self.ups = nn.ModuleList()
        self.blocks = nn.ModuleList()
        ch = channels
        for r, k in zip(upsample_rates, upsample_kernels):
            self.ups.append(weight_norm(nn.ConvTranspose1d(ch, ch // 2, k, r, padding=(k - r) // 2)))
            ch //= 2
            for rk, rd in zip(resblock_kernels, resblock_dilations):
                self.blocks.append(ResBlock(ch, rk, rd))
        self.post = weight_norm(nn.Conv1d(ch, 1, 7, padding=3))
        self.ups.apply(init_weights)
        self.post.apply(init_weights)
        self.source = HarmonicSource(source_harmonics, self.hop, sample_rate) if source_harmonics else None
        if self.source is not None:
            self.source_in = nn.ModuleList()
            rate, ch = 1, channels
            for r in upsample_rates:
                rate, ch = rate * r, ch // 2
                stride = self.hop // rate
                conv = nn.Conv1d(1, ch, 2 * stride, stride, stride // 2) if stride > 1 else nn.Conv1d(1, ch, 1)
                nn.init.zeros_(conv.weight)
                nn.init.zeros_(conv.bias)
                self.source_in.append(conv)

    def forward(self, mel, f0=None):
        x = self.pre(mel)
        excitation = self.source(f0) if self.source is not None else None
        for i, up in enumerate(self.ups):
            x = up(F.leaky_relu(x, LRELU))
            if excitation is not None:
                x = x + self.source_in[i](excitation)
            xs = 0
            for j in range(self.num_kernels):
                xs = xs + self.blocks[i * self.num_kernels + j](x)
            x = xs / self.num_kernels
        x = torch.tanh(self.post(F.leaky_relu(x)))
        return x.squeeze(1)  # [B, F * hop]

    def remove_weight_norm(self):
        for m in [self.pre, self.post, *self.ups]:
            remove_weight_norm(m)
        for b in self.blocks:
            b.remove_weight_norm()


def build_vocoder(cfg: dict, n_mels: int) -> Generator:
    return Generator(n_mels, cfg["channels"], cfg["upsample_rates"], cfg["upsample_kernels"],
                     cfg["resblock_kernels"], cfg["resblock_dilations"], cfg.get("source_harmonics", 0))
