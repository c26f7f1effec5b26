#!/usr/bin/env python3
"""Medians and ratios (Narrator / sherpa-onnx) of bench/compare-sherpa.sh's results table.

    /usr/bin/python3 bench/summarize_compare.py RESULTS.tsv
"""

import csv
import statistics
import sys


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    medians = {}
    for engine in ("narrator", "sherpa"):
        mine = [r for r in rows if r["engine"] == engine]
        if not mine:
            print(f"summarize_compare: no {engine} runs in {sys.argv[1]}", file=sys.stderr)
            return 2
        medians[engine] = {
            "wall": statistics.median(float(r["wall_s"]) for r in mine),
            "cpu": statistics.median(float(r["user_s"]) + float(r["sys_s"]) for r in mine),
            "peak": statistics.median(int(r["max_rss_kb"]) / 1024 for r in mine),
            "audio": statistics.median(float(r["audio_s"]) for r in mine),
            "runs": len(mine),
            "load": statistics.median(float(r["load_s"]) for r in mine) if mine[0]["load_s"] != "-" else None,
        }
    n, s = medians["narrator"], medians["sherpa"]
    print(f"   {'median':<18}{'narrator':>10}{'sherpa':>10}{'ratio N/S':>11}")
    for key, label, unit in (("wall", "wall time", "s"), ("cpu", "CPU time", "s"),
                             ("peak", "peak memory", "MiB"), ("audio", "audio", "s")):
        print(f"   {label + ' (' + unit + ')':<18}{n[key]:>10.1f}{s[key]:>10.1f}{n[key] / s[key]:>11.2f}")
    n_rtf, s_rtf = n["wall"] / n["audio"], s["wall"] / s["audio"]
    print(f"   real-time factor (wall / audio): narrator {n_rtf:.3f}, sherpa {s_rtf:.3f}, "
          f"ratio {n_rtf / s_rtf:.2f}; {n['runs']} runs each")
    print(f"   sherpa-onnx's own model load (median): {s['load']:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
