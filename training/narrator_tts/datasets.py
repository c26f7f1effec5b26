"""Training datasets and batch collation over the prepared cache (see data.py)."""

import random
from pathlib import Path

import numpy as np
import torch

from .config import MEL, SAMPLE_RATE
from .features import encoder_features
from .prosody import frame_pitch, recording_f0_hz


class EncoderSegments:
    """Random fixed-length segments with speaker labels; features computed per batch."""

    def __init__(self, cache: Path, index: list, seconds: float, features: dict, seed: int):
        self.cache, self.features = Path(cache), features
        self.speakers = sorted({i["speaker"] for i in index})
        self.label = {s: n for n, s in enumerate(self.speakers)}
        self.items = [i for i in index if i["samples"] > 0]
        self.length = int(seconds * features["sampleRate"])
        self.rng = random.Random(seed)
        self._audio = {}

    def audio(self, item):
        if item["path"] not in self._audio:
            self._audio[item["path"]] = np.load(self.cache / item["path"])
        return self._audio[item["path"]]

    def batch(self, size: int):
        xs, labels = [], []
        for _ in range(size):
            speaker = self.rng.choice(self.speakers)
            item = self.rng.choice([i for i in self.items if i["speaker"] == speaker])
            a = self.audio(item).astype(np.float32) / 32768.0
            if len(a) < self.length:
                a = np.pad(a, (0, self.length - len(a)), mode="wrap")
            start = self.rng.randrange(0, len(a) - self.length + 1)
            xs.append(a[start:start + self.length])
            labels.append(self.label[speaker])
        feats = encoder_features(torch.from_numpy(np.stack(xs)), self.features)
        lengths = torch.full((size,), feats.shape[1], dtype=torch.long)
        return feats, lengths, torch.tensor(labels)


class TTSItems:
    """Prepared (ids, mel, audio) items; random batches with padding (and frame pitch for the acoustic model)."""

    def __init__(self, cache: Path, index: list, seed: int):
        self.cache, self.index = Path(cache), index
        self.rng = random.Random(seed)
        self._data = {}

    def load(self, item):
        if item["path"] not in self._data:
            with np.load(self.cache / item["path"]) as z:
                self._data[item["path"]] = {k: z[k] for k in ("ids", "mel", "audio")}
        return self._data[item["path"]]

    def pitch(self, item):
        """(log F0, voiced) per mel frame, computed once per item."""
        data = self.load(item)
        if "log_f0" not in data:
            data["log_f0"], data["voiced"] = frame_pitch(data["audio"], SAMPLE_RATE, MEL["hop"], MEL["win"])
        return data["log_f0"], data["voiced"]

    def vocoder_f0(self, item):
        """The vocoder's F0 input in Hz per mel frame, from the recording's pitch, computed once per item."""
        data = self.load(item)
        if "f0_hz" not in data:
            data["f0_hz"] = recording_f0_hz(data["audio"], SAMPLE_RATE, MEL["hop"], MEL["win"])
        return data["f0_hz"]

    def sample(self, size: int):
        return [self.rng.choice(self.index) for _ in range(size)]

    def acoustic_batch(self, items, embeddings: dict, pad_mel: float):
        data = [self.load(i) for i in items]
        t, f = max(len(d["ids"]) for d in data), max(d["mel"].shape[1] for d in data)
        ids = torch.zeros(len(data), t, dtype=torch.long)
        mel = torch.full((len(data), data[0]["mel"].shape[0], f), pad_mel)
        for n, d in enumerate(data):
            ids[n, : len(d["ids"])] = torch.from_numpy(d["ids"])
            mel[n, :, : d["mel"].shape[1]] = torch.from_numpy(d["mel"].astype(np.float32))
        ids_len = torch.tensor([len(d["ids"]) for d in data])
        mel_len = torch.tensor([d["mel"].shape[1] for d in data])
        spk = torch.stack([embeddings[(i["speaker"], i["id"])] for i in items])
        pitch, voiced = torch.zeros(len(data), f), torch.zeros(len(data), f, dtype=torch.bool)
        for n, i in enumerate(items):
            log_f0, v = self.pitch(i)
            pitch[n, : len(log_f0)], voiced[n, : len(v)] = torch.from_numpy(log_f0), torch.from_numpy(v)
        return ids, ids_len, spk, mel, mel_len, pitch, voiced

    def vocoder_batch(self, items, frames: int, hop: int, with_f0: bool = False):
        """Random segments: mel [B, nMels, frames], audio [B, frames * hop] (and F0 in Hz [B, frames] if asked)."""
        mels, audios, f0s = [], [], []
        for i in items:
            d = self.load(i)
            m, a = d["mel"].astype(np.float32), d["audio"].astype(np.float32) / 32768.0
            f0 = self.vocoder_f0(i)[: m.shape[1]] if with_f0 else np.zeros(m.shape[1], np.float32)
            if m.shape[1] < frames:
                f0 = np.pad(f0, (0, frames - m.shape[1]), mode="edge")
                m = np.pad(m, ((0, 0), (0, frames - m.shape[1])), mode="edge")
                a = np.pad(a, (0, frames * hop - len(a)))
            start = self.rng.randrange(0, m.shape[1] - frames + 1)
            mels.append(m[:, start:start + frames])
            audios.append(a[start * hop:(start + frames) * hop])
            f0s.append(f0[start:start + frames])
        batch = (torch.from_numpy(np.stack(mels)), torch.from_numpy(np.stack(audios)))
        return batch + (torch.from_numpy(np.stack(f0s)),) if with_f0 else batch
