"""The vocoder's frame-rate buzz: how far the spectrum rises at the comb k x rate / hop (62.5 Hz at
16 kHz, hop 256) above the bins beside each tooth.

A transposed-convolution generator repeats a pattern every hop, which puts spectral lines at every
multiple of the frame rate whatever the voice; speech puts its harmonics at multiples of a moving F0,
so averaged over an utterance its spectrum has no comb there. The contrast of a tooth is the log of its
power over the mean power of the bins between 15 % and 40 % of a tooth's spacing away on both sides
(outside a Hann window's main lobe when a tooth spans at least 8 bins, inside the next tooth's reach).

``comb_contrast`` works on power spectra in torch, so the same measure serves as a training loss
(``train_vocoder --comb-weight``) and, on a long-window average spectrum, as the metric of
``evaluate_vocoder``.
"""

import numpy as np
import torch

NEAR, FAR = 0.15, 0.40  # the neighbourhood of a tooth, as fractions of the tooth spacing


def comb_contrast(power, bins_per_tooth: int):
    """power spectrum [..., n_fft / 2 + 1] (bin k at k * rate / n_fft) -> natural-log contrast of each
    tooth over its neighbours [..., teeth], teeth 1, 2, ... up to the last whose neighbours fit."""
    offsets = torch.arange(int(np.ceil(NEAR * bins_per_tooth)), int(FAR * bins_per_tooth) + 1, device=power.device)
    offsets = torch.cat([-offsets, offsets])
    teeth = torch.arange(bins_per_tooth, power.shape[-1] - int(offsets.max()), bins_per_tooth, device=power.device)
    beside = power[..., teeth[:, None] + offsets[None, :]].mean(-1)
    floor = 1e-10 + 1e-6 * power.mean(-1, keepdim=True)  # digital silence has no comb
    return torch.log(power[..., teeth] + floor) - torch.log(beside + floor)


def segment_power(audio, n_fft: int):
    """audio [..., n_fft] -> power spectrum of each segment under one Hann window [..., n_fft / 2 + 1]."""
    window = torch.hann_window(n_fft, device=audio.device, dtype=torch.float32)
    return torch.fft.rfft(audio.float() * window, n=n_fft).abs() ** 2


def comb_loss(fake, real, hop: int):
    """Absolute difference of the comb contrasts of generated and real segments [B, n] (n a multiple
    of hop), each from the batch's mean power spectrum (one segment's periodogram is too noisy a
    reference): the generator is asked for the comb the recordings have (none), not less. Tooth k
    weighs 1/k, so the first eight (up to 500 Hz at hop 256: where the voice's own F0 lies, and what
    a pitch tracker locks on) count as much as the 119 above them, which fall much sooner."""
    n = fake.shape[-1]
    contrasts = [comb_contrast(segment_power(x, n).mean(0), n // hop) for x in (fake, real)]
    weights = 1.0 / torch.arange(1, contrasts[0].shape[-1] + 1, device=fake.device)
    return ((contrasts[0] - contrasts[1]).abs() * weights).sum() / weights.sum()


def buzz_db(audio: np.ndarray, hop: int, n_fft: int = 4096, silence_db: float = 40.0) -> float:
    """Mean contrast of the frame-rate comb in dB (about 0 for a recording) over the Welch average
    power spectrum of the frames within silence_db of the loudest (n_fft a multiple of hop; a tooth
    spans n_fft / hop bins whatever the sample rate)."""
    x = torch.from_numpy(np.asarray(audio, dtype=np.float64) / (32768.0 if audio.dtype == np.int16 else 1.0))
    if len(x) < n_fft:
        x = torch.nn.functional.pad(x, (0, n_fft - len(x)))
    frames = x.unfold(0, n_fft, n_fft // 4)
    power = segment_power(frames, n_fft)
    level = 10 * torch.log10(power.sum(-1) + 1e-20)
    mean = power[level > level.max() - silence_db].mean(0)
    return float(10 / np.log(10) * comb_contrast(mean, n_fft // hop).mean())
