"""Checks a catalogue rendered by bench/catalogue.sh against single-machine renders of the same books.

Usage: verify_catalogue.py SHARED ALONE CHAPTERS
Every book folder in SHARED must hold exactly CHAPTERS chapter masters, named as the single-machine render in
ALONE/<book> names them, each with the same decoded audio (the MD5 of the samples a FLAC's STREAMINFO carries; the
signed manifests differ by their time of signing), one MP3 per chapter, its M4B, and no temporaries anywhere.
Prints one line per problem and a summary; exits 1 when there is any problem.
"""
import pathlib
import sys

TEMPORARIES = ('.tmp', '.part')


def audio_md5(flac: pathlib.Path) -> str:
    data = flac.read_bytes()
    start = data.find(b'fLaC')
    if start < 0 or data[start + 4] & 0x7F != 0:
        raise ValueError(f'{flac}: no FLAC STREAMINFO')
    return data[start + 8 + 18:start + 8 + 34].hex()


def main(shared: pathlib.Path, alone: pathlib.Path, chapters: int) -> int:
    problems = []
    books = sorted(p for p in shared.iterdir() if p.is_dir() and not p.name.startswith('.'))
    compared = 0
    for book in books:
        masters = sorted((book / 'chapters').glob('*.flac'))
        expected = sorted((alone / book.name / 'chapters').glob('*.flac'))
        if len(masters) != chapters:
            problems.append(f'{book.name}: {len(masters)} chapter masters, expected {chapters}')
        if [m.name for m in masters] != [e.name for e in expected]:
            problems.append(f'{book.name}: masters {[m.name for m in masters]} but the single-machine render has {[e.name for e in expected]}')
            continue
        for master, reference in zip(masters, expected):
            compared += 1
            if audio_md5(master) != audio_md5(reference):
                problems.append(f'{master}: audio differs from the single-machine render {reference}')
        if len(list((book / 'mp3').glob('*.mp3'))) != chapters:
            problems.append(f'{book.name}: not {chapters} MP3s')
        if not list(book.glob('*.m4b')):
            problems.append(f'{book.name}: no M4B')
    for path in shared.rglob('*'):
        if path.name.endswith(TEMPORARIES) or path.name in ('.queue-staging', '.work'):
            problems.append(f'temporary left: {path}')
    for line in problems:
        print(line)
    print(f'{len(books)} books, {compared} chapter masters compared with single-machine renders: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])))
