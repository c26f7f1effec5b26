"""HiFi-GAN-style generator: mel [B, nMels, F] -> audio [B, F * hop] (hop = product of upsample rates)."""

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


class Generator(nn.Module):
    def __init__(self, n_mels: int = 80, channels: int = 128, upsample_rates=(8, 8, 2, 2),
                 upsample_kernels=(16, 16, 4, 4), resblock_kernels=(3, 7, 11),
                 resblock_dilations=((1, 3, 5), (1, 3, 5), (1, 3, 5))):
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

    def forward(self, mel):
        x = self.pre(mel)
        for i, up in enumerate(self.ups):
            x = up(F.leaky_relu(x, LRELU))
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
                     cfg["resblock_kernels"], cfg["resblock_dilations"])
