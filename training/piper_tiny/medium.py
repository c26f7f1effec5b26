"""A random-weight VITS of Piper's "medium" size with Piper's ONNX inference contract.

It exists for speed comparisons (bench/compare-sherpa.sh): the layer sizes follow Piper's medium
quality (hidden 192, filter 768, 6 attention layers with 2 heads, 4 coupling layers of a 4-layer
WaveNet, a HiFi-GAN decoder with resblock type 2 from 256 channels, upsampling 8x8x4 = hop 256,
22.05 kHz), so the compute per second of audio is close to a real medium voice. It does not talk.
Differences from Piper that do not change the cost much: a convolutional duration predictor in place
of the stochastic one. The decoder is Narrator's own HiFi-GAN generator (narrator_tts/vocoder.py).
"""

import math
import sys
from pathlib import Path

import torch
from torch import nn
import torch.nn.functional as F
from torch.nn.utils import remove_weight_norm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # training/, for narrator_tts
from narrator_tts.vocoder import Generator  # noqa: E402

HIDDEN = 192
FILTER = 768
HEADS = 2
LAYERS = 6
HOP_LENGTH = 256
LRELU = 0.1
# Piper puts a pad id after every phoneme, so a phoneme and its pad share about 7 frames (80 ms at
# 86 frames per second): a speech-like length of audio per word.
FRAMES_PER_ID = 3.5


class Attention(nn.Module):
    def __init__(self, channels: int, heads: int):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Conv1d(channels, 3 * channels, 1)
        self.out = nn.Conv1d(channels, channels, 1)

    def forward(self, x, mask):  # x [B, C, T], mask [B, 1, T]
        b, c, t = x.shape
        q, k, v = self.qkv(x).view(b, 3, self.heads, c // self.heads, t).unbind(1)
        scores = torch.matmul(q.transpose(2, 3), k) / math.sqrt(c // self.heads)  # [B, H, T, T]
        scores = scores.masked_fill(mask.unsqueeze(1) == 0, -1e4)
        weights = torch.softmax(scores, dim=-1)
        y = torch.matmul(v, weights.transpose(2, 3)).reshape(b, c, t)
        return self.out(y)


class TextEncoder(nn.Module):
    def __init__(self, num_symbols: int):
        super().__init__()
        self.embed = nn.Embedding(num_symbols, HIDDEN)
        self.attention = nn.ModuleList([Attention(HIDDEN, HEADS) for _ in range(LAYERS)])
        self.norm1 = nn.ModuleList([nn.LayerNorm(HIDDEN) for _ in range(LAYERS)])
        self.ffn_in = nn.ModuleList([nn.Conv1d(HIDDEN, FILTER, 3, padding=1) for _ in range(LAYERS)])
        self.ffn_out = nn.ModuleList([nn.Conv1d(FILTER, HIDDEN, 3, padding=1) for _ in range(LAYERS)])
        self.norm2 = nn.ModuleList([nn.LayerNorm(HIDDEN) for _ in range(LAYERS)])
        self.proj = nn.Conv1d(HIDDEN, 2 * HIDDEN, 1)

    @staticmethod
    def _norm(norm, x):
        return norm(x.transpose(1, 2)).transpose(1, 2)

    def forward(self, text, mask):
        x = self.embed(text).transpose(1, 2) * math.sqrt(HIDDEN) * mask
        for i in range(LAYERS):
            x = self._norm(self.norm1[i], x + self.attention[i](x, mask)) * mask
            y = self.ffn_out[i](torch.relu(self.ffn_in[i](x * mask)) * mask) * mask
            x = self._norm(self.norm2[i], x + y) * mask
        m, logs = self.proj(x).chunk(2, dim=1)
        return x, m * mask, logs.clamp(-4.0, 1.0) * mask


class DurationPredictor(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv1d(HIDDEN, 256, 3, padding=1)
        self.conv2 = nn.Conv1d(256, 256, 3, padding=1)
        self.proj = nn.Conv1d(256, 1, 1)
        with torch.no_grad():
            self.proj.weight.normal_(0.0, 0.01)
            self.proj.bias.fill_(math.log(FRAMES_PER_ID))

    def forward(self, x, mask):
        x = torch.relu(self.conv1(x * mask)) * mask
        x = torch.relu(self.conv2(x)) * mask
        return self.proj(x) * mask


class WaveNet(nn.Module):
    def __init__(self, layers: int = 4, kernel: int = 5):
        super().__init__()
        self.layers = layers
        self.inputs = nn.ModuleList([nn.Conv1d(HIDDEN, 2 * HIDDEN, kernel, padding=kernel // 2) for _ in range(layers)])
        self.res_skip = nn.ModuleList(
            [nn.Conv1d(HIDDEN, 2 * HIDDEN if i < layers - 1 else HIDDEN, 1) for i in range(layers)])

    def forward(self, x, mask):
        output = torch.zeros_like(x)
        for i in range(self.layers):
            a, b = self.inputs[i](x).chunk(2, dim=1)
            acts = self.res_skip[i](torch.tanh(a) * torch.sigmoid(b))
            if i < self.layers - 1:
                x = (x + acts[:, :HIDDEN]) * mask
                output = output + acts[:, HIDDEN:]
            else:
                output = output + acts
        return output * mask


class CouplingLayer(nn.Module):
    """Mean-only affine coupling, run in reverse as VITS inference does."""

    def __init__(self):
        super().__init__()
        half = HIDDEN // 2
        self.pre = nn.Conv1d(half, HIDDEN, 1)
        self.wavenet = WaveNet()
        self.post = nn.Conv1d(HIDDEN, half, 1)
        with torch.no_grad():  # small but nonzero, so the graph is not folded away
            self.post.weight.normal_(0.0, 0.01)
            self.post.bias.zero_()

    def reverse(self, z, mask):
        z0, z1 = z.chunk(2, dim=1)
        mean = self.post(self.wavenet(self.pre(z0) * mask, mask)) * mask
        z1 = (z1 - mean) * mask
        return torch.cat([z0, z1], dim=1)


class ResBlock2(nn.Module):
    """HiFi-GAN's lighter residual block (type 2), the one Piper's medium voices use."""

    def __init__(self, channels: int, kernel: int, dilations):
        super().__init__()
        self.convs = nn.ModuleList(
            [nn.Conv1d(channels, channels, kernel, dilation=d, padding=d * (kernel - 1) // 2) for d in dilations])

    def forward(self, x):
        for conv in self.convs:
            x = x + conv(F.leaky_relu(x, LRELU))
        return x


class Decoder(Generator):
    """Narrator's HiFi-GAN generator at Piper medium's sizes, with type-2 residual blocks."""

    def __init__(self, channels: int = 256, rates=(8, 8, 4), kernels=(16, 16, 8),
                 resblock_kernels=(3, 5, 7), resblock_dilations=((1, 2), (2, 6), (3, 12))):
        super().__init__(HIDDEN, channels, rates, kernels, resblock_kernels, resblock_dilations)
        self.remove_weight_norm()  # Piper exports without weight norm, and so do we
        widths = [channels // 2 ** (i + 1) for i in range(len(rates))]
        self.blocks = nn.ModuleList(
            [ResBlock2(w, rk, rd) for w in widths for rk, rd in zip(resblock_kernels, resblock_dilations)])
        for m in self.modules():
            if isinstance(m, (nn.Conv1d, nn.ConvTranspose1d)):
                nn.init.normal_(m.weight, 0.0, 0.05)  # loud enough (RMS ~0.2) not to read as silence

    def forward(self, x):
        return super().forward(x).unsqueeze(1)  # [B, 1, samples], Piper's output shape

    def remove_weight_norm(self):
        for m in [self.pre, self.post, *self.ups]:
            remove_weight_norm(m)


class MediumPiper(nn.Module):
    def __init__(self, num_symbols: int, num_speakers: int = 1):
        super().__init__()
        self.num_speakers = num_speakers
        self.encoder = TextEncoder(num_symbols)
        self.speaker = nn.Embedding(num_speakers, HIDDEN) if num_speakers > 1 else None
        self.duration = DurationPredictor()
        self.flows = nn.ModuleList([CouplingLayer() for _ in range(4)])
        self.decoder = Decoder()

    def forward(self, text, text_lengths, scales, sid=None):
        noise_scale, length_scale, noise_w = scales[0], scales[1], scales[2]
        steps = torch.arange(text.size(1), dtype=text_lengths.dtype, device=text.device)
        text_mask = (steps.unsqueeze(0) < text_lengths.unsqueeze(1)).unsqueeze(1).float()

        x, m, logs = self.encoder(text, text_mask)
        if self.speaker is not None:
            x = x + self.speaker(sid).unsqueeze(-1)
        log_w = self.duration(x, text_mask)
        log_w = log_w + torch.randn_like(log_w) * noise_w * 0.1
        durations = torch.clamp(torch.ceil(torch.exp(log_w) * length_scale), min=1.0) * text_mask

        ends = torch.cumsum(durations, dim=2)
        starts = ends - durations
        frame_lengths = ends[:, :, -1].squeeze(1)
        max_frames = frame_lengths.max().long()
        frames_idx = torch.arange(max_frames, device=text.device).float().view(1, -1, 1)
        align = ((frames_idx >= starts) & (frames_idx < ends)).float()  # [B, F, T]
        frame_mask = (frames_idx.view(1, -1) < frame_lengths.unsqueeze(1)).float().unsqueeze(1)
        m_f = torch.matmul(align, m.transpose(1, 2)).transpose(1, 2)
        logs_f = torch.matmul(align, logs.transpose(1, 2)).transpose(1, 2)

        z = (m_f + torch.randn_like(m_f) * torch.exp(logs_f) * noise_scale) * frame_mask
        for flow in reversed(self.flows):
            z = torch.flip(flow.reverse(z, frame_mask), [1])
        audio = self.decoder(z * frame_mask)  # [B, 1, F * HOP_LENGTH]
        sample_mask = frame_mask.unsqueeze(3).repeat(1, 1, 1, HOP_LENGTH).flatten(2)
        return audio * sample_mask
