"""Compact ECAPA-TDNN-style speaker encoder and its AAM-softmax training head.

Input features [B, T, nMels] with valid lengths [B]; every layer re-masks its output, and the
attentive statistics pooling ignores padded frames, so an item's embedding does not depend on the
padding around it. Output: L2-normalized embedding [B, embeddingSize].
"""

import math

import torch
from torch import nn
import torch.nn.functional as F

from .masks import sequence_mask


class SEResBlock(nn.Module):
    """Dilated TDNN block: 1x1 -> dilated k3 -> 1x1, squeeze-excitation over valid frames, residual."""

    def __init__(self, channels: int, dilation: int):
        super().__init__()
        self.conv1 = nn.Conv1d(channels, channels, 1)
        self.bn1 = nn.BatchNorm1d(channels)
        self.conv2 = nn.Conv1d(channels, channels, 3, dilation=dilation, padding=dilation)
        self.bn2 = nn.BatchNorm1d(channels)
        self.conv3 = nn.Conv1d(channels, channels, 1)
        self.bn3 = nn.BatchNorm1d(channels)
        self.se1 = nn.Linear(channels, max(channels // 4, 8))
        self.se2 = nn.Linear(max(channels // 4, 8), channels)

    def forward(self, x, mask):
        h = self.bn1(F.relu(self.conv1(x))) * mask
        h = self.bn2(F.relu(self.conv2(h))) * mask
        h = self.bn3(F.relu(self.conv3(h))) * mask
        mean = h.sum(dim=2) / mask.sum(dim=2).clamp(min=1.0)
        scale = torch.sigmoid(self.se2(F.relu(self.se1(mean)))).unsqueeze(2)
        return (x + h * scale) * mask


class SpeakerEncoder(nn.Module):
    def __init__(self, n_mels: int = 80, embedding_size: int = 192, channels: int = 192,
                 dilations=(2, 3, 4), attention: int = 128):
        super().__init__()
        self.stem = nn.Conv1d(n_mels, channels, 5, padding=2)
        self.stem_bn = nn.BatchNorm1d(channels)
        self.blocks = nn.ModuleList([SEResBlock(channels, d) for d in dilations])
        cat = channels * len(dilations)
        self.mix = nn.Conv1d(cat, cat, 1)
        self.mix_bn = nn.BatchNorm1d(cat)
        self.att1 = nn.Conv1d(cat * 3, attention, 1)
        self.att2 = nn.Conv1d(attention, cat, 1)
        self.pool_bn = nn.BatchNorm1d(cat * 2)
        self.out = nn.Linear(cat * 2, embedding_size)

    def forward(self, features, lengths):
        x = features.transpose(1, 2)  # [B, nMels, T]
        mask = sequence_mask(lengths, x.size(2))  # [B, 1, T]
        count = mask.sum(dim=2, keepdim=True).clamp(min=1.0)
        h = self.stem_bn(F.relu(self.stem(x * mask))) * mask
        outs = []
        for block in self.blocks:
            h = block(h, mask)
            outs.append(h)
        h = self.mix_bn(F.relu(self.mix(torch.cat(outs, dim=1)))) * mask

        # Attentive statistics pooling with global context (mean and std over valid frames).
        mean = h.sum(dim=2, keepdim=True) / count
        std = torch.sqrt((((h - mean) ** 2) * mask).sum(dim=2, keepdim=True) / count + 1e-5)
        context = torch.cat([h, mean.expand_as(h), std.expand_as(h)], dim=1)
        scores = self.att2(torch.tanh(self.att1(context)))
        scores = scores.masked_fill(mask == 0, -1e4)
        w = torch.softmax(scores, dim=2) * mask
        mu = (h * w).sum(dim=2)
        sigma = torch.sqrt(((h * h) * w).sum(dim=2) - mu * mu + 1e-5)
        e = self.out(self.pool_bn(torch.cat([mu, sigma], dim=1)))
        return e / torch.sqrt((e * e).sum(dim=1, keepdim=True) + 1e-12)


class AAMSoftmax(nn.Module):
    """Additive angular margin softmax over speakers (training only; not exported)."""

    def __init__(self, embedding_size: int, speakers: int, margin: float = 0.2, scale: float = 30.0):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(speakers, embedding_size) * 0.01)
        self.margin, self.scale = margin, scale

    def forward(self, embedding, labels):
        cosine = F.linear(F.normalize(embedding), F.normalize(self.weight)).clamp(-1 + 1e-7, 1 - 1e-7)
        theta = torch.acos(cosine)
        target = torch.cos(theta + self.margin)
        one_hot = F.one_hot(labels, cosine.size(1)).to(cosine.dtype)
        logits = self.scale * (one_hot * target + (1 - one_hot) * cosine)
        loss = F.cross_entropy(logits, labels)
        accuracy = (cosine.argmax(dim=1) == labels).float().mean()
        return loss, accuracy


def build_encoder(cfg: dict, n_mels: int, embedding_size: int) -> SpeakerEncoder:
    return SpeakerEncoder(n_mels, embedding_size, cfg["channels"], tuple(cfg["dilations"]), cfg["attention"])
