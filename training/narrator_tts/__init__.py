"""Narrator TTS training: speaker encoder, acoustic model, vocoder, and bundle export.

Run the scripts as modules from ``training/``: ``/usr/bin/python3 -m narrator_tts.export ...``.
The bundle contract these modules write is ``docs/bundle-format.md``.
"""
