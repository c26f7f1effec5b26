"""Data preparation into a cache outside the repo, and the training datasets.

    /usr/bin/python3 -m narrator_tts.data tts --speakers DIR [DIR ...] --cache /tmp/narrator-cache \
        [--split splits/train.txt] [--exclude data/transcripts-rejected.tsv] [--limit N] [--narrator path/to/narrator.dll]
    /usr/bin/python3 -m narrator_tts.data encoder --speakers DIR ... [--readers LIBRISPEECH_ROOT] \
        [--heldout splits/encoder-heldout.txt] [--limit N] [--limit-readers N] --cache /tmp/narrator-cache
    /usr/bin/python3 -m narrator_tts.data vocoder --speakers DIR ... [--readers LIBRISPEECH_ROOT] \
        [--heldout splits/encoder-heldout.txt] [--exclude splits/heldout.txt] --cache /tmp/vocoder-cache

A speaker folder holds ``<id>.flac`` files (and ``transcript.txt`` of ``id|text`` lines for TTS);
the speaker's name is the folder name (LibriSpeech readers: ``ls<reader>``). TTS items are
``cache/tts/<speaker>/<id>.npz`` (ids int64, mel float16 [nMels, F], audio int16 [F * hop]);
encoder items ``cache/encoder/<speaker>/<id>.npy`` (int16); vocoder items ``cache/vocoder/<speaker>/<id>.npz``
(mel and audio as for TTS, no text needed, so any speech serves). Each part has an ``index.json``.
"""

import argparse
import json
import random
from pathlib import Path

import numpy as np
import torch

from .audio_io import read_audio
from .config import MEL, SAMPLE_RATE
from .frontend import transcript_ids
from .mel import MelSpectrogram


def speaker_name(folder: Path, reader: bool = False) -> str:
    return f"ls{folder.name}" if reader else folder.name


def item_list(path) -> set:
    """speaker/id items: the first column of each line that is not a '#' comment (a split list, or the
    rejects of ``narrator evaluate transcripts``)."""
    if not path:
        return set()
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0].strip() for line in lines if line.strip() and not line.startswith("#")}


def prepare_tts(folders, cache: Path, split=None, limit=None, narrator=None, exclude=None) -> list:
    keep = item_list(split) if split else None
    rejected = item_list(exclude)
    mel_fn = MelSpectrogram(MEL, SAMPLE_RATE)
    index = []
    for folder in map(Path, folders):
        name = speaker_name(folder)
        items = transcript_ids(folder / "transcript.txt", narrator)
        chosen = [i for i in sorted(items) if (keep is None or f"{name}/{i}" in keep) and f"{name}/{i}" not in rejected][:limit]
        (cache / "tts" / name).mkdir(parents=True, exist_ok=True)
        for utt in chosen:
            audio = read_audio(folder / f"{utt}.flac", SAMPLE_RATE)
            audio = audio[: len(audio) // MEL["hop"] * MEL["hop"]]
            with torch.no_grad():
                mel = mel_fn(torch.from_numpy(audio.astype(np.float32) / 32768.0).unsqueeze(0))[0]
            path = cache / "tts" / name / f"{utt}.npz"
            np.savez(path, ids=np.asarray(items[utt]["ids"], dtype=np.int64), mel=mel.numpy().astype(np.float16), audio=audio)
            index.append({"speaker": name, "id": utt, "path": str(path.relative_to(cache)), "frames": int(mel.shape[1])})
        print(f"tts: {name}: {len(chosen)} utterances", flush=True)
    _write_index(cache / "tts" / "index.json", index)
    return index


def prepare_encoder(folders, cache: Path, readers=None, heldout=None, limit=None, limit_readers=None) -> list:
    skip = item_list(heldout)
    sources = [(Path(f), False) for f in folders]
    if readers:
        chosen = [d for d in sorted(Path(readers).iterdir(), key=lambda p: p.name) if d.is_dir() and d.name not in skip]
        sources += [(d, True) for d in chosen[:limit_readers]]
    index = []
    for folder, is_reader in sources:
        name = speaker_name(folder, is_reader)
        (cache / "encoder" / name).mkdir(parents=True, exist_ok=True)
        for flac in sorted(folder.glob("*.flac"))[:limit]:
            path = cache / "encoder" / name / f"{flac.stem}.npy"
            audio = read_audio(flac, SAMPLE_RATE)
            np.save(path, audio)
            index.append({"speaker": name, "id": flac.stem, "path": str(path.relative_to(cache)), "samples": int(len(audio))})
    print(f"encoder: {len({i['speaker'] for i in index})} speakers, {len(index)} files", flush=True)
    _write_index(cache / "encoder" / "index.json", index)
    return index


def prepare_vocoder(folders, cache: Path, readers=None, heldout=None, exclude=None) -> list:
    """Every recording of the speaker folders and readers except held-out prompts and readers.

    A speaker without entries in the held-out split (the VCTK sample) keeps its last third out, the
    part that the adaptation evaluation holds out for few-shot speakers."""
    skip_readers = item_list(heldout)
    held = item_list(exclude)
    sources = [(Path(f), False) for f in folders]
    if readers:
        sources += [(d, True) for d in sorted(Path(readers).iterdir(), key=lambda p: p.name)
                    if d.is_dir() and d.name not in skip_readers]
    mel_fn = MelSpectrogram(MEL, SAMPLE_RATE)
    index = []
    for folder, is_reader in sources:
        name = speaker_name(folder, is_reader)
        files = sorted(folder.glob("*.flac"))
        if any(h.startswith(f"{name}/") for h in held):
            files = [f for f in files if f"{name}/{f.stem}" not in held]
        elif not is_reader:
            files = files[: len(files) - max(2, len(files) // 3)]
        (cache / "vocoder" / name).mkdir(parents=True, exist_ok=True)
        for flac in files:
            audio = read_audio(flac, SAMPLE_RATE)
            audio = audio[: len(audio) // MEL["hop"] * MEL["hop"]]
            with torch.no_grad():
                mel = mel_fn(torch.from_numpy(audio.astype(np.float32) / 32768.0).unsqueeze(0))[0]
            path = cache / "vocoder" / name / f"{flac.stem}.npz"
            np.savez(path, ids=np.zeros(0, dtype=np.int64), mel=mel.numpy().astype(np.float16), audio=audio)
            index.append({"speaker": name, "id": flac.stem, "path": str(path.relative_to(cache)), "frames": int(mel.shape[1])})
    print(f"vocoder: {len({i['speaker'] for i in index})} speakers, {len(index)} files, "
          f"{sum(i['frames'] for i in index) * MEL['hop'] / SAMPLE_RATE / 3600:.2f} hours", flush=True)
    _write_index(cache / "vocoder" / "index.json", index)
    return index


def _write_index(path: Path, index: list) -> None:
    path.write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")


def load_index(cache: Path, part: str) -> list:
    path = Path(cache) / part / "index.json"
    if not path.exists():
        raise SystemExit(f"{path} is missing: run 'python3 -m narrator_tts.data {part} ...' first")
    return json.loads(path.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", choices=["tts", "encoder", "vocoder"])
    parser.add_argument("--speakers", nargs="*", default=[], help="speaker folders")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/narrator-cache"))
    parser.add_argument("--split", help="train split file of speaker/id lines (tts)")
    parser.add_argument("--readers", help="LibriSpeech root: one folder per reader (encoder)")
    parser.add_argument("--heldout", help="reader ids to leave out (encoder, vocoder)")
    parser.add_argument("--exclude", help="speaker/id lines never to train on (tts: the transcript check's rejects; vocoder: the held-out split)")
    parser.add_argument("--limit", type=int, help="at most this many utterances per speaker")
    parser.add_argument("--limit-readers", type=int, help="at most this many readers")
    parser.add_argument("--narrator", help="narrator.dll (or executable) for 'text ids'; default: dotnet run")
    args = parser.parse_args()
    torch.set_num_threads(2)
    if args.part == "tts":
        prepare_tts(args.speakers, args.cache, args.split, args.limit, args.narrator, args.exclude)
    elif args.part == "vocoder":
        prepare_vocoder(args.speakers, args.cache, args.readers, args.heldout, args.exclude)
    else:
        prepare_encoder(args.speakers, args.cache, args.readers, args.heldout, args.limit, args.limit_readers)


if __name__ == "__main__":
    main()
