"""A tiny random-weight model with exactly Piper's ONNX inference contract.

It is not a voice: it exists so the C# engine can be tested against the real input/output
contract of Piper (VITS) voices without downloading weights. The graph mirrors the shape of
VITS inference: encode phonemes, predict log durations, expand phonemes to frames with a
monotonic alignment built from cumulative sums, add noise in latent space, decode frames to
samples (hop 256) with a tanh output.
"""

import torch
from torch import nn

HOP_LENGTH = 256


class TinyPiper(nn.Module):
    def __init__(self, num_symbols: int, num_speakers: int = 1, channels: int = 16):
        super().__init__()
        self.num_speakers = num_speakers
        self.embed = nn.Embedding(num_symbols, channels)
        self.encoder = nn.ModuleList([nn.Conv1d(channels, channels, 3, padding=1) for _ in range(2)])
        self.speaker = nn.Embedding(num_speakers, channels) if num_speakers > 1 else None
        self.duration = nn.Conv1d(channels, 1, 1)
        self.decoder = nn.ConvTranspose1d(channels, 1, HOP_LENGTH, stride=HOP_LENGTH)
        with torch.no_grad():
            # About three frames per phoneme, with a little spread between symbols.
            self.duration.weight.normal_(0.0, 0.05)
            self.duration.bias.fill_(1.1)

    def forward(self, text, text_lengths, scales, sid=None):
        noise_scale, length_scale, noise_w = scales[0], scales[1], scales[2]
        steps = torch.arange(text.size(1), dtype=text_lengths.dtype, device=text.device)
        text_mask = (steps.unsqueeze(0) < text_lengths.unsqueeze(1)).unsqueeze(1).float()

        # Masking before every convolution makes a padded batch row equal the unpadded utterance.
        h = self.embed(text).transpose(1, 2) * text_mask  # [B, C, T]
        for conv in self.encoder:
            h = torch.relu(conv(h)) * text_mask
        if self.speaker is not None:
            h = h + self.speaker(sid).unsqueeze(-1)  # sid: [B] or [1] (broadcast)

        log_w = self.duration(h)  # [B, 1, T]
        log_w = log_w + torch.randn_like(log_w) * noise_w * 0.1
        w = torch.exp(log_w) * length_scale
        durations = torch.clamp(torch.ceil(w), min=1.0) * text_mask  # [B, 1, T]

        ends = torch.cumsum(durations, dim=2)  # [B, 1, T]
        starts = ends - durations
        frame_lengths = ends[:, :, -1].squeeze(1)  # [B]
        max_frames = frame_lengths.max().long()
        frames_idx = torch.arange(max_frames, device=text.device).float().view(1, -1, 1)
        # align[b, f, t] = 1 when frame f belongs to phoneme t.
        align = ((frames_idx >= starts) & (frames_idx < ends)).float()  # [B, F, T]
        frames = torch.matmul(align, h.transpose(1, 2)).transpose(1, 2)  # [B, C, F]

        frame_mask = (frames_idx.view(1, -1) < frame_lengths.unsqueeze(1)).float().unsqueeze(1)
        z = (frames + torch.randn_like(frames) * noise_scale) * frame_mask
        audio = torch.tanh(self.decoder(z))  # [B, 1, F * HOP_LENGTH]
        sample_mask = frame_mask.unsqueeze(3).repeat(1, 1, 1, HOP_LENGTH).flatten(2)
        return audio * sample_mask
