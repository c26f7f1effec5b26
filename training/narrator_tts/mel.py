"""Log-mel spectrogram for the acoustic model and vocoder, from the manifest's ``mel`` section.

Same recipe as ``features.py``; with ``center: true`` the signal is reflect-padded by nFft/2 on
both sides (librosa's convention), giving ``1 + n // hop`` frames; training crops audio to whole
hops and keeps the first ``n / hop`` frames so that ``audio = frames * hop``.
"""

import torch
import torch.nn.functional as F

from .features import frame, log_compress, mel_filterbank, periodic_window


class MelSpectrogram(torch.nn.Module):
    def __init__(self, params: dict, sample_rate: int):
        super().__init__()
        self.params = dict(params)
        self.register_buffer("window", periodic_window(params["window"], params["win"], torch.float32), persistent=False)
        bank = mel_filterbank(params["nFft"], sample_rate, params["nMels"], params["fmin"], params["fmax"],
                              params["melScale"], params["melNorm"], torch.float32)
        self.register_buffer("bank", bank, persistent=False)

    def forward(self, audio):
        """audio [B, n] (n a multiple of hop) -> log-mel [B, nMels, n / hop]."""
        p = self.params
        x = audio.float()
        if p["center"]:
            pad = p["nFft"] // 2
            x = F.pad(x.unsqueeze(1), (pad, pad), mode="reflect").squeeze(1)
        frames = frame(x, p["win"], p["hop"]) * self.window
        spectrum = torch.fft.rfft(frames, n=p["nFft"], dim=-1).abs()
        if p["power"] != 1:
            spectrum = spectrum ** p["power"]
        mel = log_compress(spectrum @ self.bank.T, p["log"], p["clampMin"]).transpose(1, 2)
        return mel[:, :, : audio.shape[-1] // p["hop"]]
