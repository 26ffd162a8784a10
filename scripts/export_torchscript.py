#!/usr/bin/python3
"""Exports a Shotcraft model file as a TorchScript model package (a folder with
manifest.json and scripted modules) that Shotcraft loads like any model package.

    /usr/bin/python3 scripts/export_torchscript.py --model MODEL.shotcraft-model --out DIR
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import shotcraft_torch  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="a native .shotcraft-model file")
    parser.add_argument("--out", required=True, help="the package folder to write")
    parser.add_argument("--id", default=None, help="model id (default: the file's name + '-torchscript')")
    args = parser.parse_args()
    try:
        config, tensors = shotcraft_torch.read_model_file(args.model)
    except (OSError, ValueError) as e:
        print(f"export_torchscript: {e}", file=sys.stderr)
        return 1
    networks = shotcraft_torch.Networks(config, tensors)
    shotcraft_torch.export_package(networks, args.out, args.id or config["name"] + "-torchscript")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
