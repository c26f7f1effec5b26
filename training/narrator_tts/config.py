"""Size configurations and the manifest sections (mel, encoder features) training owns."""

import copy

MEL = {
    "nFft": 1024, "hop": 256, "win": 1024, "window": "hann", "center": True,
    "nMels": 80, "fmin": 0, "fmax": 8000, "melScale": "slaney", "melNorm": "slaney",
    "power": 1, "log": "ln", "clampMin": 1e-5,
}

FEATURES = {
    "sampleRate": 16000, "nFft": 512, "win": 400, "hop": 160, "window": "hamming", "center": False,
    "preEmphasis": 0.97, "nMels": 80, "fmin": 20, "fmax": 7600, "melScale": "htk", "melNorm": None,
    "power": 2, "log": "ln", "clampMin": 1e-6, "meanNormalize": True,
}

SAMPLE_RATE = 16000
EMBEDDING_SIZE = 192
ENCODER_ID = "narrator-ecapa-small-v1"

# Model sizes. "tiny" is the test fixture: the same architecture code, small dimensions.
CONFIGS = {
    "default": {
        "encoder": {"channels": 192, "dilations": [2, 3, 4], "attention": 128},
        "acoustic": {"hidden": 192, "heads": 2, "encoder_layers": 4, "decoder_layers": 4,
                     "kernel": 3, "filter": 384, "dropout": 0.1, "prosody": True},
        "vocoder": {"channels": 128, "upsample_rates": [8, 8, 2, 2], "upsample_kernels": [16, 16, 4, 4],
                    "resblock_kernels": [3, 7, 11], "resblock_dilations": [[1, 3, 5], [1, 3, 5], [1, 3, 5]],
                    "disc_channels": 32},
    },
    "tiny": {
        "encoder": {"channels": 32, "dilations": [2, 3], "attention": 16},
        "acoustic": {"hidden": 32, "heads": 2, "encoder_layers": 2, "decoder_layers": 2,
                     "kernel": 3, "filter": 64, "dropout": 0.1, "prosody": True},
        "vocoder": {"channels": 16, "upsample_rates": [8, 8, 2, 2], "upsample_kernels": [16, 16, 4, 4],
                    "resblock_kernels": [3], "resblock_dilations": [[1, 3]],
                    "disc_channels": 4},
    },
}


def get_config(name: str) -> dict:
    if name not in CONFIGS:
        raise SystemExit(f"unknown --config '{name}': choose one of {', '.join(CONFIGS)}")
    return copy.deepcopy(CONFIGS[name])
