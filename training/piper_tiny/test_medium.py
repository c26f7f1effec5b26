"""Tests of the Piper-medium-size random voice (run from training/piper_tiny:
/usr/bin/python3 -m unittest test_medium)."""

import unittest

import torch

from medium import HOP_LENGTH, MediumPiper
from symbols import NUM_SYMBOLS

SCALES = torch.FloatTensor([0.667, 1.0, 0.8])


class MediumPiperTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        torch.manual_seed(1234)
        torch.set_num_threads(2)
        cls.model = MediumPiper(NUM_SYMBOLS).eval()

    def test_parameters_whenBuilt_matchPiperMediumSize(self):
        count = sum(p.numel() for p in self.model.parameters())
        # Published medium voices are about 63 MB of float32 ONNX, i.e. 15-16 M parameters.
        self.assertGreater(count, 14_000_000)
        self.assertLess(count, 18_000_000)

    def test_forward_phonemes_givesSpeechLikeLengthOfAudibleMonoAudio(self):
        ids = torch.randint(3, NUM_SYMBOLS, (1, 80))
        with torch.no_grad():
            audio = self.model(ids, torch.LongTensor([80]), SCALES)
        self.assertEqual(audio.dim(), 3)
        self.assertEqual(audio.size(1), 1)
        self.assertEqual(audio.size(2) % HOP_LENGTH, 0)
        frames_per_id = audio.size(2) / HOP_LENGTH / 80
        self.assertGreater(frames_per_id, 2.5)  # Piper voices: a phoneme and its pad take ~7 frames
        self.assertLess(frames_per_id, 5.0)
        rms = audio.pow(2).mean().sqrt().item()
        self.assertGreater(rms, 0.05)  # not near-silence, which sherpa-onnx would shorten as a pause
        self.assertTrue(torch.isfinite(audio).all())

    def test_forward_paddedBatchRow_equalsUtteranceAlone(self):
        short = torch.randint(3, NUM_SYMBOLS, (1, 12))
        padded = torch.cat([short, torch.zeros(1, 8, dtype=torch.long)], dim=1)
        quiet = torch.FloatTensor([0.0, 1.0, 0.0])  # no noise, so both runs are deterministic
        with torch.no_grad():
            alone = self.model(short, torch.LongTensor([12]), quiet)
            in_batch = self.model(padded, torch.LongTensor([12]), quiet)
        self.assertTrue(torch.allclose(alone, in_batch[:, :, : alone.size(2)], atol=1e-4))


if __name__ == "__main__":
    unittest.main()
