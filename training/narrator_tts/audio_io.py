"""Audio reading: FLAC/WAV through torchaudio or soundfile when importable, else ffmpeg or sox.

Returns mono int16 numpy samples at the requested rate (decoders resample). The prepared cache
stores int16 ``.npy`` so a GPU machine never decodes FLAC.
"""

import shutil
import subprocess

import numpy as np


def read_audio(path, sample_rate: int) -> np.ndarray:
    for reader in (_torchaudio, _soundfile, _ffmpeg, _sox):
        samples = reader(str(path), sample_rate)
        if samples is not None:
            return samples
    raise SystemExit(f"cannot decode {path}: install torchaudio, python3-soundfile, ffmpeg or sox")


def _to_int16(x, rate, sample_rate):
    if rate != sample_rate:
        return None
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == 2:
        x = x.mean(axis=0 if x.shape[0] < x.shape[1] else 1)
    return np.clip(np.round(x * 32768.0), -32768, 32767).astype(np.int16)


def _torchaudio(path, sample_rate):
    try:
        import torchaudio
    except ImportError:
        return None
    wav, rate = torchaudio.load(path)
    return _to_int16(wav.numpy(), rate, sample_rate)


def _soundfile(path, sample_rate):
    try:
        import soundfile
    except ImportError:
        return None
    data, rate = soundfile.read(path, dtype="float32", always_2d=True)
    return _to_int16(data.T, rate, sample_rate)


def _ffmpeg(path, sample_rate):
    if shutil.which("ffmpeg") is None:
        return None
    cmd = ["ffmpeg", "-v", "error", "-nostdin", "-i", path, "-f", "s16le", "-ac", "1", "-ar", str(sample_rate), "-"]
    return np.frombuffer(subprocess.run(cmd, check=True, capture_output=True).stdout, dtype="<i2").copy()


def _sox(path, sample_rate):
    if shutil.which("sox") is None:
        return None
    cmd = ["sox", path, "-t", "raw", "-e", "signed", "-b", "16", "-c", "1", "-r", str(sample_rate), "-"]
    return np.frombuffer(subprocess.run(cmd, check=True, capture_output=True).stdout, dtype="<i2").copy()
