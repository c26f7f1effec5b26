#!/usr/bin/env python3
"""Builds cmudict.txt.gz (the embedded lexicon) from Debian's pocketsphinx-en-us CMUdict copy.

pocketsphinx's copy has no stress digits; they are taken from flite's CMU lexicon (libflite1,
itself CMUdict-derived) when its phones agree with CMUdict's, else by vowel position, else the
first vowel gets primary stress. Usage: python3 make-lexicon.py  (run in this folder).
"""
import gzip, io, re, subprocess, sys, tempfile, os

SRC = "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict"
LIB = "/usr/lib/x86_64-linux-gnu"
VOWELS = {"AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"}
CONSONANTS = {"B", "CH", "D", "DH", "F", "G", "HH", "JH", "K", "L", "M", "N", "NG", "P", "R", "S",
              "SH", "T", "TH", "V", "W", "Y", "Z", "ZH"}

entries = {}
for line in open(SRC, encoding="utf-8"):
    parts = line.split()
    if len(parts) < 2:
        continue
    word = parts[0]
    if "(" in word or "." in word or word in entries:   # alternates, abbreviations "a."
        continue
    if not all(p in VOWELS or p in CONSONANTS for p in parts[1:]):
        sys.exit(f"unexpected phone in {line!r}")
    entries[word] = parts[1:]

with tempfile.TemporaryDirectory() as tmp:
    exe = os.path.join(tmp, "flite-stress")
    subprocess.run(["gcc", "-O2", "flite-stress.c", "-o", exe, f"{LIB}/libflite_cmulex.so.1",
                    f"{LIB}/libflite.so.1"], check=True)
    out = subprocess.run([exe], input="\n".join(entries) + "\n", capture_output=True,
                         text=True, check=True).stdout
flite = {}
for line in out.splitlines():
    word, _, phones = line.partition("\t")
    flite[word] = [p.upper().replace("AX", "AH") for p in phones.split()]

stats = {"exact": 0, "vowels": 0, "default": 0}
lines = []
for word, phones in entries.items():
    stressed = flite.get(word, [])
    plain = [re.sub(r"\d", "", p) for p in stressed]
    if plain == phones:
        result, kind = stressed, "exact"
    else:
        marks = [p[-1] for p in stressed if p[-1].isdigit()]
        nvowels = sum(p in VOWELS for p in phones)
        if len(marks) != nvowels:
            marks = ["1"] + ["0"] * (nvowels - 1)
            kind = "default"
        else:
            kind = "vowels"
        it = iter(marks)
        result = [p + next(it) if p in VOWELS else p for p in phones]
    stats[kind] += 1
    lines.append(f"{word} {' '.join(result)}\n")

buf = io.BytesIO()
with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
    gz.write("".join(sorted(lines)).encode("utf-8"))
open("cmudict.txt.gz", "wb").write(buf.getvalue())
print(f"{len(lines)} entries, {len(buf.getvalue())} bytes; stress sources: {stats}")
