"""Start training from a shipped bundle: copy the weights stored in its ONNX files into torch models.

Export keeps parameter names (an fp16 bundle adds "_fp16"), so each initializer maps back to its
parameter; a weight-normalized layer gets direction = the stored weight and magnitude = its norm.
Parameters a graph does not use (training-only heads) keep their fresh initialization.
"""

from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import numpy_helper


def onnx_weights(path: Path) -> dict:
    weights = {}
    for init in onnx.load(str(path)).graph.initializer:
        name = init.name[:-5] if init.name.endswith("_fp16") else init.name
        weights[name] = torch.from_numpy(numpy_helper.to_array(init).astype(np.float32))
    return weights


def has_prosody_inputs(path: Path) -> bool:
    """Whether an acoustic.onnx takes the prosody controls (``pitch_shift``, ``energy_scale``)."""
    names = {i.name for i in onnx.load(str(path), load_external_data=False).graph.input}
    return "pitch_shift" in names


def pitch_source_harmonics(path: Path) -> int:
    """Sine harmonics of a vocoder.onnx with an ``f0`` input (the width of its source's merge layer), else 0."""
    graph = onnx.load(str(path)).graph
    if "f0" not in {i.name for i in graph.input}:
        return 0
    merge = onnx_weights(path)["source.merge.weight"]
    return merge.shape[1]


def load_into(model: torch.nn.Module, path: Path, prefixes: tuple = ()) -> int:
    """Copies every parameter and buffer found in the ONNX file into the model (only names starting
    with one of ``prefixes`` when given); returns how many."""
    weights = onnx_weights(path)
    state = model.state_dict()
    loaded = 0
    for key, value in state.items():
        if prefixes and not key.startswith(prefixes):
            continue
        if key in weights and weights[key].shape == value.shape:
            state[key] = weights[key]
        elif key.endswith(".weight_v") and (w := weights.get(key[:-2])) is not None and w.shape == value.shape:
            state[key] = w
            g = key[:-2] + "_g"
            state[g] = torch.norm_except_dim(w, 2, 0).reshape(state[g].shape)
        else:
            continue  # not in the graph (or a weight_g, set with its weight_v)
        loaded += 1
    model.load_state_dict(state)  # (a parameter shared by two names is loaded through the one the graph keeps)
    needed = sum(1 for k in state if not k.endswith(".weight_g") and not k.endswith("num_batches_tracked"))
    print(f"initialized {loaded} of {needed} tensors of {type(model).__name__} from {path}", flush=True)
    if loaded == 0:
        raise SystemExit(f"{path}: no tensor matches the model; is it another architecture or size (--config)?")
    return loaded
