"""Non-autoregressive acoustic model (FastSpeech-style, Grad-TTS-style alignment).

phoneme ids -> embedding + positions -> masked FFT blocks -> + speaker projection ->
  (a) duration predictor (log frames per phoneme), (b) per-phoneme mean mel ``mu`` for the aligner,
  (c) with ``prosody``: pitch and energy predictors per phoneme (FastPitch idea), whose values are
      embedded and added to the phoneme states, shifted at inference by ``pitch_shift`` (semitones)
      and ``energy_scale``;
length regulation (cumsum + comparison masks, no Python loops) -> masked conv decoder -> mel.
Training takes durations from monotonic alignment search over log N(mel; mu, I) (alignment.py) and
pitch and energy targets from the frames each phoneme is aligned to (prosody.py). With prosody, the
decoder's ``mu`` comes from the states after the pitch and energy are added (as at inference), so the
prior itself moves with the pitch; the aligner keeps the ``mu`` of the states before them.
"""

import torch
from torch import nn

from .alignment import gaussian_log_likelihood, monotonic_alignment
from .layers import ConvBlock, FFTBlock, positional_encoding
from .masks import sequence_mask
from .prosody import contour_hz, phoneme_means, scale_to_energy, semitones_to_pitch


class VariancePredictor(nn.Module):
    """One value per phoneme (log duration, pitch or energy) from the phoneme states."""

    def __init__(self, channels: int, kernel: int, dropout: float):
        super().__init__()
        self.blocks = nn.ModuleList([ConvBlock(channels, kernel, dropout) for _ in range(2)])
        self.out = nn.Conv1d(channels, 1, 1)

    def forward(self, x, mask):
        for block in self.blocks:
            x = block(x, mask)
        return self.out(x).squeeze(1) * mask.squeeze(1)  # [B, T]


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
                 filter: int = 384, dropout: float = 0.1, silence: float = -11.5129, prosody: bool = False):
        super().__init__()
        self.hidden, self.silence, self.prosody = hidden, silence, prosody
        self.embed = nn.Embedding(num_symbols, hidden, padding_idx=0)
        nn.init.normal_(self.embed.weight, 0.0, hidden ** -0.5)
        self.encoder = nn.ModuleList([FFTBlock(hidden, heads, filter, kernel, dropout) for _ in range(encoder_layers)])
        self.speaker = nn.Linear(embedding_size, hidden)
        self.duration = VariancePredictor(hidden, 3, dropout)
        if prosody:
            self.pitch = VariancePredictor(hidden, 3, dropout)
            self.energy = VariancePredictor(hidden, 3, dropout)
            # Zero embeddings: a model started from one without prosody speaks exactly as before.
            self.pitch_embed = nn.Conv1d(1, hidden, 3, padding=1)
            self.energy_embed = nn.Conv1d(1, hidden, 3, padding=1)
            for conv in (self.pitch_embed, self.energy_embed):
                nn.init.zeros_(conv.weight)
                nn.init.zeros_(conv.bias)
            # The two biases are added together, so they always get the same gradient and stay equal;
            # ONNX export stores equal tensors once, so one shared parameter keeps the graph and the model alike.
            self.energy_embed.bias = self.pitch_embed.bias
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

    def add_prosody(self, h, mask, pitch, energy):
        """Phoneme states plus the embedded pitch and energy [B, T]."""
        return h + (self.pitch_embed(pitch.unsqueeze(1)) + self.energy_embed(energy.unsqueeze(1))) * mask

    def decode(self, h, mu, frame_mask):
        x = self.decoder_in(torch.cat([h, mu], dim=1)) * frame_mask
        for block in self.decoder:
            x = block(x, frame_mask)
        mel = self.out(x) + mu
        return mel * frame_mask + self.silence * (1.0 - frame_mask)

    def forward(self, phoneme_ids, phoneme_lengths, speaker_embedding, length_scale, pitch_shift=None, energy_scale=None):
        """Inference (the exported graph): -> mel [B, nMels, F], mel_lengths [B] int64, and for a prosody
        model f0 [B, F]: the predicted pitch per frame in Hz, smoothed, for a vocoder with a pitch source.
        ``pitch_shift`` (semitones) and ``energy_scale`` ([1] each) are inputs of a prosody model only."""
        h, mask = self.encode(phoneme_ids, phoneme_lengths, speaker_embedding)
        log_d = self.duration(h.detach(), mask)
        if self.prosody:
            pitch = self.pitch(h, mask) + semitones_to_pitch(pitch_shift)
            energy = self.energy(h, mask) + scale_to_energy(energy_scale)
            h = self.add_prosody(h, mask, pitch, energy)
        d = torch.clamp(torch.round(torch.exp(log_d) * length_scale), min=1.0) * mask.squeeze(1)
        align, mel_lengths = regulate_lengths(d, mask)
        frame_mask = sequence_mask(mel_lengths, align.size(1))
        h_frames = torch.matmul(h, align.transpose(1, 2))  # [B, C, F]
        mu_frames = torch.matmul(self.mu(h), align.transpose(1, 2))
        mel = self.decode(h_frames, mu_frames, frame_mask)
        if not self.prosody:
            return mel, mel_lengths
        pitch_frames = torch.matmul(pitch.unsqueeze(1), align.transpose(1, 2)).squeeze(1)
        return mel, mel_lengths, contour_hz(pitch_frames, frame_mask.squeeze(1))

    def train_forward(self, phoneme_ids, phoneme_lengths, speaker_embedding, mel, mel_lengths, frozen: int = 0,
                      frame_pitch=None, voiced=None):
        """Training: MAS aligns mel frames to phonemes; returns what losses.acoustic_losses needs.
        A prosody model also needs each frame's log F0 and voicing [B, F] (prosody.frame_pitch)."""
        h, mask = self.encode(phoneme_ids, phoneme_lengths, speaker_embedding, frozen)
        mu = self.mu(h) * mask  # [B, nMels, T]
        frame_mask = sequence_mask(mel_lengths, mel.size(2))
        log_p = gaussian_log_likelihood(mu.float(), mel.float())
        path = monotonic_alignment(log_p, phoneme_lengths, mel_lengths).to(h.dtype)  # [B, T, F]
        log_d = self.duration(h.detach(), mask)
        out = {"log_d": log_d, "durations": path.sum(dim=2), "mask": mask, "frame_mask": frame_mask,
               "mu_frames": torch.matmul(mu, path)}
        if self.prosody:
            pitch, energy = phoneme_means(path, frame_pitch, voiced, mel)
            out.update(pitch_hat=self.pitch(h.detach(), mask), pitch=pitch.detach(),
                       energy_hat=self.energy(h.detach(), mask), energy=energy.detach())
            h = self.add_prosody(h, mask, pitch.detach(), energy.detach())
            out["mu_prosody_frames"] = torch.matmul(self.mu(h) * mask, path)
        out["mel_hat"] = self.decode(torch.matmul(h, path), out.get("mu_prosody_frames", out["mu_frames"]), frame_mask)
        return out


def build_acoustic(cfg: dict, num_symbols: int, n_mels: int, embedding_size: int, silence: float) -> AcousticModel:
    keys = ("hidden", "heads", "encoder_layers", "decoder_layers", "kernel", "filter", "dropout")
    # Checkpoints and bundles from before prosody carry no "prosody" key.
    return AcousticModel(num_symbols, n_mels, embedding_size, silence=silence, prosody=cfg.get("prosody", False),
                         **{k: cfg[k] for k in keys})
