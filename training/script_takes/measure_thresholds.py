"""Figures behind the script-take thresholds in src/Narrator.Voices/Thresholds.cs (see docs/voices.md).

Usage: python3 training/script_takes/measure_thresholds.py ../shared/data/speech
Needs ffmpeg and pocketsphinx_continuous (Debian pocketsphinx, pocketsphinx-en-us); no Python packages.
Prints the mean prompt length of the bdl and slt recordings, the script sizes for 3, 10 and 30 minutes,
and pocketsphinx's per-take word error rate on the held-out recordings, against their own prompt and
against every other held-out prompt (a take of the wrong prompt). Takes about 20 minutes on 2 busy cores.
"""
import os
import re
import subprocess
import sys
import tempfile

speech = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/speech"
arctic = os.path.join(speech, "cmu_arctic")
text = dict(l.rstrip("\n").split("|", 1) for l in open(os.path.join(arctic, "bdl", "transcript.txt"), encoding="utf-8"))


def held_out(i):
    return int(i[-4:]) % 20 == 0


def seconds(path):
    info = open(path, "rb").read(42)[8:42]  # FLAC STREAMINFO
    v = int.from_bytes(info[10:18], "big")
    return (v & ((1 << 36) - 1)) / (v >> 44)


def words(s):
    return re.sub(r"[^a-z0-9 ]", " ", s.lower().replace("'", "")).split()


def errors(ref, hyp):
    prev = list(range(len(hyp) + 1))
    for i in range(1, len(ref) + 1):
        cur = [i] + [0] * len(hyp)
        for j in range(1, len(hyp) + 1):
            cur[j] = min(prev[j - 1] + (ref[i - 1] != hyp[j - 1]), prev[j] + 1, cur[j - 1] + 1)
        prev = cur
    return prev[-1]


def q(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * (len(xs) - 1)))]


length = {i: sum(seconds(os.path.join(arctic, s, i + ".flac")) for s in ("bdl", "slt")) / 2 for i in text}
print(f"mean prompt length {sum(length.values()) / len(length):.3f} s over {2 * len(length)} recordings")
total = 0.0
for n, i in enumerate([i for i in sorted(text) if not held_out(i)], 1):
    total += length[i]
    if n in (60, 210, 630):
        print(f"first {n} script prompts: {total / 60:.2f} min")
ids = [i for i in sorted(text) if held_out(i)]
own, other = [], []
with tempfile.TemporaryDirectory() as tmp:
    for s in ("bdl", "slt"):
        for i in ids:
            wav = os.path.join(tmp, "take.wav")
            subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", os.path.join(arctic, s, i + ".flac"), "-ar", "16000", "-ac", "1", wav], check=True)
            hyp = words(subprocess.run(["pocketsphinx_continuous", "-infile", wav], capture_output=True, text=True).stdout)
            own.append(errors(words(text[i]), hyp) / len(words(text[i])))
            other += [errors(words(text[o]), hyp) / len(words(text[o])) for o in ids if o != i]
print(f"own prompt, {len(own)} takes: median {q(own, .5):.3f} p90 {q(own, .9):.3f} p95 {q(own, .95):.3f} max {max(own):.3f}")
print(f"another prompt, {len(other)} pairs: min {min(other):.3f} p1 {q(other, .01):.3f} median {q(other, .5):.3f}")
for t in (0.5, 0.6, 0.65, 0.7, 0.8):
    print(f"threshold {t:.2f}: good takes rejected {sum(v > t for v in own) / len(own):.1%}, wrong takes passed {sum(v <= t for v in other) / len(other):.2%}")
