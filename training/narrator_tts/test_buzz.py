"""Tests of the frame-rate buzz measure and loss (run from training/: /usr/bin/python3 -m unittest narrator_tts.test_buzz)."""

import unittest

import numpy as np
import torch

from .buzz import buzz_db, comb_loss

RATE, HOP = 16000, 256


def speech_like(seconds: float, seed: int) -> np.ndarray:
    """Noise plus a gliding harmonic tone (F0 100 to 140 Hz), nothing locked to the frame rate."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE) // HOP * HOP
    f0 = np.linspace(100.0, 140.0, n)
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    tone = sum(np.sin(k * phase) / k for k in range(1, 30))
    return 0.1 * tone + 0.02 * rng.standard_normal(n)


def with_buzz(audio: np.ndarray, level: float, seed: int) -> np.ndarray:
    """The same plus one random 256-sample pattern repeated every hop (what a transposed conv leaves)."""
    pattern = np.random.default_rng(seed).standard_normal(HOP)
    return audio + level * np.tile(pattern, len(audio) // HOP)


class BuzzTests(unittest.TestCase):
    def test_a_signal_without_a_frame_rate_pattern_has_no_comb(self):
        for seed in range(3):
            self.assertLess(abs(buzz_db(speech_like(3.0, seed), HOP)), 1.5)

    def test_a_pattern_repeated_every_hop_raises_the_comb_with_its_level(self):
        clean = speech_like(3.0, 0)
        weak, strong = buzz_db(with_buzz(clean, 0.01, 1), HOP), buzz_db(with_buzz(clean, 0.05, 1), HOP)
        self.assertGreater(weak, 2.0)
        self.assertGreater(strong, weak + 5.0)

    def test_int16_and_float_audio_measure_alike(self):
        audio = with_buzz(speech_like(2.0, 2), 0.02, 3)
        as_int16 = np.round(audio * 32768).astype(np.int16)
        self.assertAlmostEqual(buzz_db(as_int16, HOP), buzz_db(audio, HOP), delta=0.2)

    def test_the_loss_is_zero_for_the_recording_and_pushes_a_buzz_down(self):
        real = torch.from_numpy(np.stack([speech_like(8192 / RATE, s)[:8192] for s in range(2)])).float()
        self.assertEqual(float(comb_loss(real, real, HOP)), 0.0)
        fake = torch.from_numpy(np.stack([with_buzz(r.numpy(), 0.05, 4) for r in real])).float().requires_grad_()
        loss = comb_loss(fake, real, HOP)
        self.assertGreater(float(loss), 0.5)
        loss.backward()
        smaller = comb_loss(fake.detach() - 1e-3 * fake.grad / fake.grad.abs().max(), real, HOP)
        self.assertLess(float(smaller), float(loss))


if __name__ == "__main__":
    unittest.main()
