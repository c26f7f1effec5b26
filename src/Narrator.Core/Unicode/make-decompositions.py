#!/usr/bin/env python3
"""Writes decompositions.txt: canonical (NFD) decompositions of precomposed Latin, Greek and
Cyrillic letters, as hex code points "char: decomposition". Needed because Narrator runs with
InvariantGlobalization, where string.Normalize is not available. Run in this folder."""
import unicodedata
ranges = [(0x00C0, 0x024F), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x1E00, 0x1EFF), (0x1F00, 0x1FFF)]
lines = []
for lo, hi in ranges:
    for cp in range(lo, hi + 1):
        c = chr(cp)
        d = unicodedata.normalize("NFD", c)
        if d != c:
            lines.append(f"{cp:04X} " + " ".join(f"{ord(x):04X}" for x in d))
open("decompositions.txt", "w").write(f"# NFD, Unicode {unicodedata.unidata_version}; made by make-decompositions.py\n" + "\n".join(lines) + "\n")
print(len(lines))
