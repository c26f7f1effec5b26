"""ONNX export helpers: version-portable export, IR cap, fp16 weights, contract and output checks."""

import inspect

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
import torch

OPSET = 17
MAX_IR = 10


def export(model, args, path, inputs, outputs, dynamic_axes) -> None:
    kwargs = {"opset_version": OPSET, "input_names": inputs, "output_names": outputs, "dynamic_axes": dynamic_axes}
    if "dynamo" in inspect.signature(torch.onnx.export).parameters:
        kwargs["dynamo"] = False
    with torch.no_grad():
        torch.onnx.export(model, args, str(path), **kwargs)
    graph = onnx.load(str(path))
    graph.ir_version = min(graph.ir_version, MAX_IR)
    onnx.save(graph, str(path))


def weights_to_fp16(path) -> None:
    """Store float32 initializers as float16 followed by a Cast back to float32 (smaller file;
    inputs, outputs and arithmetic stay float32)."""
    model = onnx.load(str(path))
    g = model.graph
    casts, kept = [], []
    for init in g.initializer:
        if init.data_type == TensorProto.FLOAT and np.prod(init.dims) >= 16:
            half = numpy_helper.from_array(numpy_helper.to_array(init).astype(np.float16), init.name + "_fp16")
            kept.append(half)
            casts.append(helper.make_node("Cast", [half.name], [init.name], to=TensorProto.FLOAT))
        else:
            kept.append(init)
    del g.initializer[:]
    g.initializer.extend(kept)
    nodes = casts + list(g.node)
    del g.node[:]
    g.node.extend(nodes)
    onnx.save(model, str(path))


ELEM = {TensorProto.FLOAT: "float32", TensorProto.INT64: "int64"}


def check_contract(path, inputs: list, outputs: list) -> None:
    """inputs/outputs: [(name, dtype, rank, {axis: fixed size})] in order; raises on a mismatch."""
    model = onnx.load(str(path))
    onnx.checker.check_model(model)
    for kind, actual, expected in (("input", model.graph.input, inputs), ("output", model.graph.output, outputs)):
        actual = [v for v in actual if v.name not in {i.name for i in model.graph.initializer}]
        names = [v.name for v in actual]
        if names != [e[0] for e in expected]:
            raise SystemExit(f"{path}: {kind}s are {names}, the contract says {[e[0] for e in expected]}")
        for v, (name, dtype, rank, fixed) in zip(actual, expected):
            t = v.type.tensor_type
            dims = t.shape.dim
            if ELEM.get(t.elem_type) != dtype or len(dims) != rank:
                raise SystemExit(f"{path}: {kind} '{name}' is {ELEM.get(t.elem_type, t.elem_type)} rank {len(dims)}, expected {dtype} rank {rank}")
            for axis, size in fixed.items():
                if dims[axis].dim_value != size:
                    raise SystemExit(f"{path}: {kind} '{name}' axis {axis} is {dims[axis]}, expected {size}")


def run_onnx(path, feeds: dict):
    """Outputs of the ONNX graph, or None (with the reason) when no runtime is importable."""
    try:
        import onnxruntime as ort
        session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        return session.run(None, feeds), "onnxruntime"
    except ImportError:
        pass
    try:
        from onnx.reference import ReferenceEvaluator
        return ReferenceEvaluator(str(path)).run(None, feeds), "onnx.reference"
    except ImportError:
        return None, "neither onnxruntime nor onnx.reference is importable"
