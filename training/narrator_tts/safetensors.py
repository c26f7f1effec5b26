"""The safetensors layout (8-byte header length, JSON header, raw little-endian data), written
without the safetensors package; Narrator reads it back in C# (AcousticAdaptation)."""

import json
import os
from pathlib import Path

import numpy as np

DTYPES = {np.dtype(np.float16): "F16", np.dtype(np.float32): "F32"}


def write_safetensors(path: Path, tensors: dict, metadata: dict) -> None:
    """Writes {name: numpy array} atomically (a temporary file renamed over ``path``)."""
    header, blobs, offset = {"__metadata__": metadata}, [], 0
    for name in sorted(tensors):
        array = np.ascontiguousarray(tensors[name])
        data = array.astype(array.dtype.newbyteorder("<")).tobytes()
        header[name] = {"dtype": DTYPES[array.dtype], "shape": list(array.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    tmp = Path(str(path) + ".tmp")
    with open(tmp, "wb") as f:
        f.write(len(text).to_bytes(8, "little"))
        f.write(text)
        for blob in blobs:
            f.write(blob)
    os.replace(tmp, path)


def read_safetensors(path: Path) -> dict:
    raw = Path(path).read_bytes()
    size = int.from_bytes(raw[:8], "little")
    header = json.loads(raw[8:8 + size])
    header.pop("__metadata__", None)
    names = {"F16": np.float16, "F32": np.float32}
    return {k: np.frombuffer(raw[8 + size + v["data_offsets"][0]:8 + size + v["data_offsets"][1]], dtype=names[v["dtype"]]).reshape(v["shape"])
            for k, v in header.items()}
