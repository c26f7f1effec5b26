"""Training-run plumbing: seeds, device, mixed precision, resumable checkpoints, CSV loss log, budget."""

import argparse
import contextlib
import csv
import json
import os
import random
import time
from pathlib import Path

import numpy as np
import torch

from .from_bundle import load_into


def common_args(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--run", type=Path, required=True, help="run folder (outside git): checkpoint and losses.csv")
    p.add_argument("--cache", type=Path, default=Path("/tmp/narrator-cache"), help="prepared data (data.py)")
    p.add_argument("--config", default="default", help="size configuration (config.py): default or tiny")
    p.add_argument("--max-steps", type=int, default=100000)
    p.add_argument("--max-minutes", type=float, default=60.0, help="wall-clock budget of this invocation")
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--lr", type=float, default=2e-4)
    p.add_argument("--log-every", type=int, default=10)
    p.add_argument("--save-every", type=int, default=500)
    p.add_argument("--seed", type=int, default=1234)
    p.add_argument("--threads", type=int, default=2, help="CPU threads")
    p.add_argument("--init-bundle", type=Path,
                   help="bundle folder whose ONNX weights start a run that has no checkpoint yet (e.g. voices/default)")
    p.add_argument("--init-only", help="comma-separated parameter-name prefixes: take only these from --init-bundle "
                   "(e.g. 'embed.,encoder.' for the text encoder), the rest fresh, and count steps from 0")
    return p


class Run:
    def __init__(self, args, columns):
        self.args, self.folder = args, Path(args.run)
        self.folder.mkdir(parents=True, exist_ok=True)
        torch.set_num_threads(args.threads)
        random.seed(args.seed)
        np.random.seed(args.seed)
        torch.manual_seed(args.seed)
        self.device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        self.start = time.time()
        self.step = 0
        self.columns = ["step", "seconds"] + columns
        self.csv_path = self.folder / "losses.csv"

    def autocast(self):
        if self.device.type != "cuda":
            return contextlib.nullcontext()
        dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.autocast("cuda", dtype=dtype)

    @property
    def checkpoint(self) -> Path:
        return self.folder / "checkpoint.pt"

    def resume(self, models: dict, optims: dict, onnx_files: dict | None = None, kind: str = "") -> dict | None:
        """Loads the run's checkpoint; without one, the --init-bundle weights ({model key: ONNX file})."""
        if not self.checkpoint.exists():
            if self.args.init_bundle and onnx_files:
                self.initialize_from_bundle(models, onnx_files, kind)
            return None
        state = torch.load(self.checkpoint, map_location=self.device)
        for k, m in models.items():
            m.load_state_dict(state["models"][k])
        for k, o in optims.items():
            o.load_state_dict(state["optims"][k])
        self.step = state["step"]
        print(f"resumed {self.checkpoint} at step {self.step}", flush=True)
        return state

    def initialize_from_bundle(self, models: dict, onnx_files: dict, kind: str) -> None:
        bundle = Path(self.args.init_bundle)
        prefixes = tuple(p for p in (self.args.init_only or "").split(",") if p)
        for key, file in onnx_files.items():
            load_into(models[key], bundle / file, prefixes)
        manifest = json.loads((bundle / "model.json").read_text(encoding="utf-8"))
        self.step = 0 if prefixes else int(manifest.get("provenance", {}).get("trainingSteps", {}).get(kind, 0))
        what = f"the {', '.join(prefixes)} weights of {bundle}" if prefixes else str(bundle)
        print(f"started from {what} at step {self.step} (optimizer state is new)", flush=True)

    def save(self, models: dict, optims: dict, extra: dict) -> None:
        state = {"step": self.step, "models": {k: m.state_dict() for k, m in models.items()},
                 "optims": {k: o.state_dict() for k, o in optims.items()}, **extra}
        tmp = self.checkpoint.with_suffix(".tmp")
        torch.save(state, tmp)
        os.replace(tmp, self.checkpoint)

    def done(self) -> bool:
        over_time = time.time() - self.start > self.args.max_minutes * 60
        return self.step >= self.args.max_steps or over_time

    def log(self, values: dict) -> None:
        if self.step % self.args.log_every and not self.done():
            return
        new = not self.csv_path.exists()
        with open(self.csv_path, "a", newline="") as f:
            w = csv.writer(f)
            if new:
                w.writerow(self.columns)
            row = [self.step, round(time.time() - self.start, 1)] + [round(float(values[c]), 5) for c in self.columns[2:]]
            w.writerow(row)
        print(" ".join(f"{c}={v}" for c, v in zip(self.columns, row)), flush=True)
