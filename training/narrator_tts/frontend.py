"""Phoneme ids from the C# frontend: ``narrator text ids`` (the engine tokenizes the same way)."""

import json
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def narrator_command(narrator: str | None) -> list:
    if narrator:
        return ["dotnet", narrator] if narrator.endswith(".dll") else [narrator]
    return ["dotnet", "run", "--project", str(REPO / "src/Narrator.Cli"), "--"]


def _run(narrator, args) -> str:
    cmd = narrator_command(narrator) + args
    result = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    if result.returncode != 0:
        raise SystemExit(f"'{' '.join(cmd)}' failed ({result.returncode}):\n{result.stderr.strip()}")
    return result.stdout


def inventory(narrator: str | None = None) -> dict:
    """The phoneme inventory for model.json's ``phonemes`` section."""
    return json.loads(_run(narrator, ["text", "ids", "--inventory"]))


def bundle_phonemes(bundle: Path) -> dict:
    """The inventory a bundle was exported with (its model.json ``phonemes`` section)."""
    return json.loads((Path(bundle) / "model.json").read_text(encoding="utf-8"))["phonemes"]


def transcript_ids(transcript: Path, narrator: str | None = None) -> dict:
    """{utterance id: {"text", "phonemes", "ids"}} for an ``id|text`` transcript file."""
    out = {}
    for line in _run(narrator, ["text", "ids", "--transcripts", str(transcript)]).splitlines():
        if line.strip():
            item = json.loads(line)
            out[item["id"]] = item
    return out
