#!/usr/bin/env python3
"""Write a tiny ONNX model that is NOT a Piper voice (float input "x", output "y"), for contract-check tests.

    /usr/bin/python3 training/piper_tiny/export_wrong_contract.py --out FILE.onnx
"""

import argparse

import onnx
from onnx import TensorProto, helper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", 4])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", 4])
    graph = helper.make_graph([helper.make_node("Identity", ["x"], ["y"])], "not_piper", [x], [y])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 15)], producer_name="narrator-tests")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, args.out)


if __name__ == "__main__":
    main()
