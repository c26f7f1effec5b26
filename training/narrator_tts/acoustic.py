"""Non-autoregressive acoustic model (FastSpeech-style, Grad-TTS-style alignment).

phoneme ids -> embedding + positions -> masked FFT blocks -> + speaker projection ->
  (a) duration predictor (log frames per phoneme), (b) per-phoneme mean mel ``mu`` for the aligner;
length regulation (cumsum + comparison masks, no Python loops) -> masked conv decoder -> mel.
Training takes durations from monotonic alignment search over log N(mel; mu, I) (alignment.py).
"""

import torch
from torch import nn

from .alignment import gaussian_log_likelihood, monotonic_alignment
from .layers import ConvBlock, FFTBlock, positional_encoding
from .masks import sequence_mask


class DurationPredictor(nn.Module):
    def __init__(self, channels: int, kernel: int, dropout: float):
        super().__init__()
        self.blocks = nn.ModuleList([ConvBlock(channels, kernel, dropout) for _ in range(2)])
        self.out = nn.Conv1d(channels, 1, 1)

    def forward(self, x, mask):
        for block in self.blocks:
            x = block(x, mask)
        return self.out(x).squeeze(1) * mask.squeeze(1)  # [B, T] log durations


def regulate_lengths(durations, mask):
    """durations [B, T] (whole frames, 0 in padding) -> alignment [B, F, T], frame lengths [B]."""
    ends = torch.cumsum(durations, dim=1)  # [B, T]
    starts = ends - durations
    frame_lengths = ends[:, -1]
    max_frames = frame_lengths.max()
    idx = torch.arange(max_frames.long(), device=durations.device).float().view(1, -1, 1)
    align = ((idx >= starts.unsqueeze(1)) & (idx < ends.unsqueeze(1))).float()
    return align, frame_lengths.long()


class AcousticModel(nn.Module):
    def __init__(self, num_symbols: int, n_mels: int = 80, embedding_size: int = 192, hidden: int = 192,
                 heads: int = 2, encoder_layers: int = 4, decoder_layers: int = 4, kernel: int = 5,
                 filter: int = 384, dropout: float = 0.1, silence: float = -11.5129):
        super().__init__()
        self.hidden, self.silence = hidden, silence
        self.embed = nn.Embedding(num_symbols, hidden, padding_idx=0)
        nn.init.normal_(self.embed.weight, 0.0, hidden ** -0.5)
        self.encoder = nn.ModuleList([FFTBlock(hidden, heads, filter, kernel, dropout) for _ in range(encoder_layers)])
        self.speaker = nn.Linear(embedding_size, hidden)
        self.duration = DurationPredictor(hidden, 3, dropout)
        self.mu = nn.Conv1d(hidden, n_mels, 1)
        self.decoder_in = nn.Conv1d(hidden + n_mels, hidden, 1)
        self.decoder = nn.ModuleList([ConvBlock(hidden, kernel, dropout, 2 ** (i % 3)) for i in range(decoder_layers)])
        self.out = nn.Conv1d(hidden, n_mels, 1)

    def encode(self, phoneme_ids, phoneme_lengths, speaker_embedding, frozen: int = 0):
        """``frozen``: how many encoder blocks (after the embedding) run without gradients (adaptation)."""
        mask = sequence_mask(phoneme_lengths, phoneme_ids.size(1))  # [B, 1, T]
        with torch.set_grad_enabled(torch.is_grad_enabled() and frozen == 0):
            x = self.embed(phoneme_ids).transpose(1, 2) * (self.hidden ** 0.5)
            x = (x + positional_encoding(x, self.hidden)) * mask
        for n, block in enumerate(self.encoder):
            with torch.set_grad_enabled(torch.is_grad_enabled() and n >= frozen):
                x = block(x, mask)
        x = (x + self.speaker(speaker_embedding).unsqueeze(2)) * mask
        return x, mask

    def decode(self, h, mu, frame_mask):
        x = self.decoder_in(torch.cat([h, mu], dim=1)) * frame_mask
        for block in self.decoder:
            x = block(x, frame_mask)
        mel = self.out(x) + mu
        return mel * frame_mask + self.silence * (1.0 - frame_mask)

    def forward(self, phoneme_ids, phoneme_lengths, speaker_embedding, length_scale):
        """Inference (the exported graph): -> mel [B, nMels, F], mel_lengths [B] int64."""
        h, mask = self.encode(phoneme_ids, phoneme_lengths, speaker_embedding)
        log_d = self.duration(h.detach(), mask)
        d = torch.clamp(torch.round(torch.exp(log_d) * length_scale), min=1.0) * mask.squeeze(1)
        align, mel_lengths = regulate_lengths(d, mask)
        frame_mask = sequence_mask(mel_lengths, align.size(1))
        h_frames = torch.matmul(h, align.transpose(1, 2))  # [B, C, F]
        mu_frames = torch.matmul(self.mu(h), align.transpose(1, 2))
        return self.decode(h_frames, mu_frames, frame_mask), mel_lengths

    def train_forward(self, phoneme_ids, phoneme_lengths, speaker_embedding, mel, mel_lengths, frozen: int = 0):
        """Training: MAS aligns mel frames to phonemes; returns what losses.acoustic_losses needs."""
        h, mask = self.encode(phoneme_ids, phoneme_lengths, speaker_embedding, frozen)
        mu = self.mu(h) * mask  # [B, nMels, T]
        frame_mask = sequence_mask(mel_lengths, mel.size(2))
        log_p = gaussian_log_likelihood(mu.float(), mel.float())
        path = monotonic_alignment(log_p, phoneme_lengths, mel_lengths).to(h.dtype)  # [B, T, F]
        log_d = self.duration(h.detach(), mask)
        mel_hat = self.decode(torch.matmul(h, path), torch.matmul(mu, path), frame_mask)
        return {"mel_hat": mel_hat, "mu_frames": torch.matmul(mu, path), "log_d": log_d,
                "durations": path.sum(dim=2), "mask": mask, "frame_mask": frame_mask}


def build_acoustic(cfg: dict, num_symbols: int, n_mels: int, embedding_size: int, silence: float) -> AcousticModel:
    keys = ("hidden", "heads", "encoder_layers", "decoder_layers", "kernel", "filter", "dropout")
    return AcousticModel(num_symbols, n_mels, embedding_size, silence=silence, **{k: cfg[k] for k in keys})
