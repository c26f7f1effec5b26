"""Prosody targets of the acoustic model: frame pitch (YIN), frame energy, and their phoneme means.

Frames match the mel spectrogram's (``center: true``, frame t centred on sample t * hop). Pitch is
natural-log F0, standardized with fixed constants so that a shift in semitones is a fixed offset;
energy is the log of the summed mel magnitudes of a frame, standardized the same way. Phonemes
without a voiced frame take their utterance's mean voiced pitch, so the contour is continuous.
"""

import math

import numpy as np
import torch

PITCH_MEAN, PITCH_STD = math.log(150.0), 0.35
ENERGY_MEAN, ENERGY_STD = 0.5, 1.5
F0_MIN, F0_MAX = 60.0, 500.0
YIN_THRESHOLD = 0.25
SILENCE_DB = 40.0


def semitones_to_pitch(semitones):
    """A shift in semitones as an offset of standardized pitch."""
    return semitones * (math.log(2.0) / 12.0) / PITCH_STD


def scale_to_energy(scale):
    """A loudness factor as an offset of standardized energy (a torch tensor or a float)."""
    return (torch.log(scale) if torch.is_tensor(scale) else math.log(scale)) / ENERGY_STD


def frame_pitch(audio: np.ndarray, rate: int, hop: int, window: int) -> tuple:
    """int16 or float audio (len a multiple of hop) -> (log F0 [F], voiced [F] bool), F = len / hop."""
    x = audio.astype(np.float64)
    frames_n = len(x) // hop
    padded = np.pad(x, (window // 2, window // 2), mode="reflect")
    starts = np.arange(frames_n) * hop
    frames = padded[starts[:, None] + np.arange(window)[None, :]]
    lag_max, lag_min = int(rate / F0_MIN), int(rate / F0_MAX)
    width = window - lag_max
    n_fft = 1 << int(math.ceil(math.log2(window + width)))
    corr = np.fft.irfft(np.conj(np.fft.rfft(frames[:, :width], n_fft)) * np.fft.rfft(frames, n_fft), n_fft)[:, : lag_max + 1]
    power = np.cumsum(frames ** 2, axis=1)
    energy0 = power[:, width - 1:width]
    shifted = power[:, width - 1:width - 1 + lag_max + 1] - np.concatenate([np.zeros((frames_n, 1)), power[:, : lag_max]], axis=1)
    diff = np.maximum(energy0 + shifted - 2.0 * corr, 0.0)
    cumulative = np.cumsum(diff[:, 1:], axis=1)
    cmnd = np.ones_like(diff)
    cmnd[:, 1:] = diff[:, 1:] * np.arange(1, lag_max + 1) / np.maximum(cumulative, 1e-12)
    lag, voiced = _first_dip(cmnd, lag_min, lag_max)
    lag = _parabolic(cmnd, lag)
    loud = 10 * np.log10(energy0[:, 0] + 1e-9)
    voiced &= loud > loud.max() - SILENCE_DB
    return np.log(rate / lag), voiced


def _first_dip(cmnd, lag_min, lag_max):
    """YIN's absolute threshold: the first lag under it, walked down to its local minimum."""
    below = cmnd[:, lag_min:lag_max] < YIN_THRESHOLD
    voiced = below.any(axis=1)
    lag = np.where(voiced, below.argmax(axis=1) + lag_min, cmnd[:, lag_min:lag_max].argmin(axis=1) + lag_min)
    rows = np.arange(len(lag))
    for _ in range(lag_max - lag_min):
        step = (lag < lag_max) & (cmnd[rows, np.minimum(lag + 1, lag_max)] < cmnd[rows, lag])
        if not step.any():
            break
        lag = lag + step
    return lag, voiced


def _parabolic(cmnd, lag):
    rows = np.arange(len(lag))
    inner = (lag > 0) & (lag < cmnd.shape[1] - 1)
    left = cmnd[rows, np.maximum(lag - 1, 0)]
    mid = cmnd[rows, lag]
    right = cmnd[rows, np.minimum(lag + 1, cmnd.shape[1] - 1)]
    denom = left - 2 * mid + right
    offset = np.where(inner & (np.abs(denom) > 1e-12), 0.5 * (left - right) / np.where(denom == 0, 1, denom), 0.0)
    return lag + np.clip(offset, -0.5, 0.5)


def frame_energy(mel):
    """log-mel [..., nMels, F] -> standardized log energy [..., F]."""
    return (torch.logsumexp(mel, dim=-2) - ENERGY_MEAN) / ENERGY_STD


def phoneme_means(path, frame_pitch_log, voiced, mel):
    """MAS path [B, T, F], log F0 and voiced [B, F], mel [B, nMels, F] -> standardized pitch and
    energy per phoneme [B, T]."""
    v = voiced.to(path.dtype)
    voiced_frames = torch.matmul(path, v.unsqueeze(2)).squeeze(2)
    pitch_sum = torch.matmul(path, (frame_pitch_log * v).unsqueeze(2)).squeeze(2)
    pitch = pitch_sum / voiced_frames.clamp(min=1.0)
    has_voice = voiced_frames > 0
    utterance_mean = pitch_sum.sum(1) / voiced_frames.sum(1).clamp(min=1.0)
    fallback = torch.where(voiced_frames.sum(1) > 0, utterance_mean, torch.full_like(utterance_mean, PITCH_MEAN))
    pitch = torch.where(has_voice, pitch, fallback.unsqueeze(1))
    frames = path.sum(2).clamp(min=1.0)
    energy = torch.matmul(path, frame_energy(mel).unsqueeze(2)).squeeze(2) / frames
    return (pitch - PITCH_MEAN) / PITCH_STD, energy


F0_SMOOTH_FRAMES = 5


def smooth_frames(values, mask):
    """Moving average of a frame contour [B, F] over F0_SMOOTH_FRAMES, counting only frames where mask [B, F] is 1."""
    pad = F0_SMOOTH_FRAMES // 2
    weighted = torch.nn.functional.avg_pool1d((values * mask).unsqueeze(1), F0_SMOOTH_FRAMES, 1, pad, count_include_pad=True)
    weight = torch.nn.functional.avg_pool1d(mask.unsqueeze(1), F0_SMOOTH_FRAMES, 1, pad, count_include_pad=True)
    return (weighted / weight.clamp(min=1e-4)).squeeze(1)


def contour_hz(pitch, mask):
    """Standardized pitch per frame [B, F] -> the vocoder's F0 input in Hz [B, F], smoothed the same way in
    training (from a recording) and in inference (from the acoustic model's phoneme pitch)."""
    return torch.exp(smooth_frames(pitch, mask) * PITCH_STD + PITCH_MEAN)


def recording_f0_hz(audio: np.ndarray, rate: int, hop: int, window: int) -> np.ndarray:
    """A recording's pitch as a pitch-source vocoder takes it: Hz per frame [len / hop], interpolated, smoothed."""
    contour = torch.from_numpy(recording_contour(*frame_pitch(audio, rate, hop, window))).unsqueeze(0)
    return contour_hz(contour, torch.ones_like(contour))[0].numpy()


def recording_contour(log_f0, voiced):
    """A recording's frame pitch (numpy log F0 and voiced [F]) -> standardized pitch [F] with unvoiced frames
    interpolated between their voiced neighbours (the acoustic model's contour has no voicing either)."""
    if not voiced.any():
        return np.zeros(len(log_f0), np.float32)
    frames = np.arange(len(log_f0))
    filled = np.interp(frames, frames[voiced], log_f0[voiced])
    return ((filled - PITCH_MEAN) / PITCH_STD).astype(np.float32)
