"""model.json (docs/bundle-format.md) from the exported parts."""

import datetime


def manifest(name, phonemes, speakers: dict, steps: dict, notes: str, licence: str, mel, features,
             sample_rate, encoder_id, embedding_size, mel_contrast=(1.0, 1.0)) -> dict:
    keys = ("phonemizer", "symbols", "pad", "bos", "eos", "padId", "bosId", "eosId")
    return {
        "format": "narrator-bundle",
        "version": 1,
        "name": name,
        "sampleRate": sample_rate,
        "mel": dict(mel),
        "encoder": {"file": "encoder.onnx", "id": encoder_id, "embeddingSize": embedding_size,
                    "features": dict(features), "minSpeechSeconds": 1.0},
        "acoustic": {"file": "acoustic.onnx"},
        "vocoder": {"file": "vocoder.onnx"},
        "phonemes": {k: phonemes[k] for k in keys},
        "speakers": [{"name": n, "embedding": [round(float(x), 7) for x in e]} for n, e in speakers.items()],
        "defaultSpeaker": next(iter(speakers)),
        "inference": {"lengthScale": 1.0, **({"melContrast": {"time": mel_contrast[0], "frequency": mel_contrast[1]}}
                                             if tuple(mel_contrast) != (1.0, 1.0) else {})},
        "licence": licence,
        "provenance": {
            "createdBy": "training/narrator_tts/export.py",
            "created": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "trainingSteps": steps,
            "notes": notes,
        },
    }
