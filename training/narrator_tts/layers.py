"""Masked transformer and convolution blocks shared by the acoustic model (ONNX-exportable)."""

import math

import torch
from torch import nn
import torch.nn.functional as F


class ChannelNorm(nn.Module):
    """LayerNorm over channels of a [B, C, T] tensor."""

    def __init__(self, channels: int):
        super().__init__()
        self.norm = nn.LayerNorm(channels)

    def forward(self, x):
        return self.norm(x.transpose(1, 2)).transpose(1, 2)


class MaskedSelfAttention(nn.Module):
    def __init__(self, channels: int, heads: int, dropout: float):
        super().__init__()
        self.heads, self.channels, self.head_dim = heads, channels, channels // heads
        self.qkv = nn.Conv1d(channels, channels * 3, 1)
        self.proj = nn.Conv1d(channels, channels, 1)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x, mask):
        b, t = x.size(0), x.size(2)
        q, k, v = self.qkv(x).chunk(3, dim=1)
        d = self.head_dim
        q = q.reshape(b, self.heads, d, t).transpose(2, 3)  # [B, H, T, d]
        k = k.reshape(b, self.heads, d, t)  # [B, H, d, T]
        v = v.reshape(b, self.heads, d, t).transpose(2, 3)
        scores = torch.matmul(q, k) * (1.0 / math.sqrt(d))  # [B, H, T, T]
        scores = scores.masked_fill(mask.unsqueeze(1) == 0, -1e4)
        w = self.dropout(torch.softmax(scores, dim=-1))
        out = torch.matmul(w, v).transpose(2, 3).reshape(b, self.channels, t)
        return self.proj(out)


class ConvFeedForward(nn.Module):
    def __init__(self, channels: int, filters: int, kernel: int, dropout: float):
        super().__init__()
        self.conv1 = nn.Conv1d(channels, filters, kernel, padding=kernel // 2)
        self.conv2 = nn.Conv1d(filters, channels, kernel, padding=kernel // 2)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x, mask):
        h = self.dropout(F.relu(self.conv1(x * mask)))
        return self.conv2(h * mask) * mask


class FFTBlock(nn.Module):
    """FastSpeech block: masked self-attention and a convolutional feed-forward, post-norm."""

    def __init__(self, channels: int, heads: int, filters: int, kernel: int, dropout: float):
        super().__init__()
        self.attention = MaskedSelfAttention(channels, heads, dropout)
        self.norm1 = ChannelNorm(channels)
        self.ffn = ConvFeedForward(channels, filters, kernel, dropout)
        self.norm2 = ChannelNorm(channels)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x, mask):
        attn_mask = mask.transpose(1, 2) * mask  # [B, T, T]
        x = self.norm1(x + self.dropout(self.attention(x, attn_mask))) * mask
        return self.norm2(x + self.dropout(self.ffn(x, mask))) * mask


class ConvBlock(nn.Module):
    """Residual masked convolution with LayerNorm (decoder and duration predictor)."""

    def __init__(self, channels: int, kernel: int, dropout: float, dilation: int = 1):
        super().__init__()
        self.conv = nn.Conv1d(channels, channels, kernel, dilation=dilation, padding=dilation * (kernel // 2))
        self.norm = ChannelNorm(channels)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x, mask):
        return (x + self.dropout(F.relu(self.norm(self.conv(x * mask))))) * mask


def positional_encoding(length_like, channels: int):
    """Sinusoidal positions [1, C, T] for a [B, C, T] tensor (exportable: arange over T)."""
    t = torch.ones_like(length_like[0, 0]).cumsum(0) - 1.0  # [T]
    i = torch.arange(channels // 2, device=length_like.device, dtype=torch.float32)
    freq = torch.exp(-math.log(10000.0) * 2.0 * i / channels)
    angles = t.float().unsqueeze(0) * freq.unsqueeze(1)  # [C/2, T]
    return torch.cat([torch.sin(angles), torch.cos(angles)], dim=0).unsqueeze(0)
