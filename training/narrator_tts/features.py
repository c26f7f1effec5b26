"""Encoder features exactly as docs/bundle-format.md (encoder.features, steps 1-8) describes.

Own framing, window, FFT power spectrum and mel filterbank, so the C# engine
(``Narrator.Audio.Features``) can reproduce the numbers; works in any float dtype (the golden
file uses float64).
"""

import math

import torch


def hz_to_mel(f, scale: str):
    f = torch.as_tensor(f, dtype=torch.float64)
    if scale == "htk":
        return 2595.0 * torch.log10(1.0 + f / 700.0)
    if scale == "slaney":
        f_sp, min_log_hz, min_log_mel, logstep = 200.0 / 3, 1000.0, 15.0, math.log(6.4) / 27.0
        linear = f / f_sp
        log = min_log_mel + torch.log(torch.clamp(f, min=1e-10) / min_log_hz) / logstep
        return torch.where(f >= min_log_hz, log, linear)
    raise ValueError(f"unknown melScale '{scale}' (htk or slaney)")


def mel_to_hz(m, scale: str):
    m = torch.as_tensor(m, dtype=torch.float64)
    if scale == "htk":
        return 700.0 * (torch.pow(10.0, m / 2595.0) - 1.0)
    if scale == "slaney":
        f_sp, min_log_hz, min_log_mel, logstep = 200.0 / 3, 1000.0, 15.0, math.log(6.4) / 27.0
        return torch.where(m >= min_log_mel, min_log_hz * torch.exp(logstep * (m - min_log_mel)), f_sp * m)
    raise ValueError(f"unknown melScale '{scale}' (htk or slaney)")


def mel_filterbank(n_fft, sample_rate, n_mels, fmin, fmax, scale, norm, dtype=torch.float64):
    """[nMels, nFft/2 + 1] triangles evenly spaced on the mel scale between fmin and fmax."""
    freqs = torch.linspace(0, sample_rate / 2, n_fft // 2 + 1, dtype=torch.float64)
    mels = torch.linspace(float(hz_to_mel(fmin, scale)), float(hz_to_mel(fmax, scale)), n_mels + 2, dtype=torch.float64)
    pts = mel_to_hz(mels, scale)
    lower = (freqs[None, :] - pts[:-2, None]) / (pts[1:-1, None] - pts[:-2, None])
    upper = (pts[2:, None] - freqs[None, :]) / (pts[2:, None] - pts[1:-1, None])
    bank = torch.clamp(torch.minimum(lower, upper), min=0.0)
    if norm == "slaney":
        # Area normalization (unit area): divide each triangle by half its width in Hz, as librosa does.
        bank = bank * (2.0 / (pts[2:] - pts[:-2]))[:, None]
    elif norm is not None:
        raise ValueError(f"unknown melNorm '{norm}' (slaney or null)")
    return bank.to(dtype)


def periodic_window(kind: str, win: int, dtype=torch.float64):
    k = torch.arange(win, dtype=torch.float64)
    if kind == "hamming":
        w = 0.54 - 0.46 * torch.cos(2 * math.pi * k / win)
    elif kind == "hann":
        w = 0.5 - 0.5 * torch.cos(2 * math.pi * k / win)
    else:
        raise ValueError(f"unknown window '{kind}' (hamming or hann)")
    return w.to(dtype)


def frame(signal, win: int, hop: int):
    """[..., n] -> [..., frames, win]; frames = 1 + (n - win) // hop, none when n < win."""
    n = signal.shape[-1]
    if n < win:
        return signal.new_zeros(signal.shape[:-1] + (0, win))
    count = 1 + (n - win) // hop
    return signal.unfold(-1, win, hop)[..., :count, :]


def log_compress(x, log: str, clamp_min: float):
    x = torch.clamp(x, min=clamp_min)
    if log == "ln":
        return torch.log(x)
    if log == "log10":
        return torch.log10(x)
    raise ValueError(f"unknown log '{log}' (ln or log10)")


def encoder_features(samples, params: dict, dtype=torch.float32):
    """Mono samples in [-1, 1] at params['sampleRate'] ([n] or [B, n]) -> [.., frames, nMels]."""
    x = torch.as_tensor(samples).to(dtype)
    if params.get("preEmphasis") is not None:
        x = torch.cat([x[..., :1], x[..., 1:] - params["preEmphasis"] * x[..., :-1]], dim=-1)
    if params.get("center"):
        raise ValueError("encoder features with center=true are not part of the contract")
    frames = frame(x, params["win"], params["hop"]) * periodic_window(params["window"], params["win"], dtype)
    spectrum = torch.fft.rfft(frames, n=params["nFft"], dim=-1).abs() ** params["power"]
    bank = mel_filterbank(params["nFft"], params["sampleRate"], params["nMels"], params["fmin"],
                          params["fmax"], params["melScale"], params["melNorm"], dtype)
    mel = log_compress(spectrum @ bank.T, params["log"], params["clampMin"])
    if params.get("meanNormalize") and mel.shape[-2] > 0:
        mel = mel - mel.mean(dim=-2, keepdim=True)
    return mel
