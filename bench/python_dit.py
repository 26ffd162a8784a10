#!/usr/bin/python3
"""Times the built-in DiT's guided denoising step (batch 2, 16 frames at 64x64) in
Debian's python3-torch and in Shotcraft's C++ engine (`shotcraft-cli bench --json`) on
the same machine, same threads, and prints the C++/Python ratio (lower is faster).

    /usr/bin/python3 bench/python_dit.py --cli build/bin/shotcraft-cli [--model FILE] [--threads 2]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
import torch  # noqa: E402
import shotcraft_torch  # noqa: E402

DEFAULT_CONFIG = {  # ModelConfig's defaults (inference/ModelConfig.h)
    "latent_channels": 8, "ae_widths": [32, 64, 96], "downsample": 4, "text_width": 192,
    "text_layers": 2, "text_heads": 3, "max_tokens": 32, "width": 192, "depth": 6, "heads": 3,
    "patch": [2, 2, 2], "default_width": 64, "default_height": 64, "default_frames": 16,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--model", default="")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    if args.model and os.path.exists(args.model):
        config, tensors = shotcraft_torch.read_model_file(args.model)
    else:
        config, tensors = dict(DEFAULT_CONFIG, vocabulary=["w%d" % i for i in range(70)]), None
    nets = shotcraft_torch.Networks(config, tensors)
    c = config
    h, w, frames = c["default_height"] // c["downsample"], c["default_width"] // c["downsample"], c["default_frames"]
    x = torch.randn(2, c["latent_channels"], frames, h, w)
    known, mask = torch.zeros_like(x), torch.zeros(2, 1, frames, h, w)
    tokens = torch.randint(2, len(c["vocabulary"]) + 2, (2, 12))
    t = torch.full((2,), 0.5)
    times = []
    with torch.no_grad():
        text = nets.text_encoder(tokens)
        step = lambda: nets.dit(x, known, mask, t, text, tokens.ne(0))  # noqa: E731
        step()
        for _ in range(args.repeats):
            start = time.perf_counter()
            step()
            times.append((time.perf_counter() - start) * 1000)
    python_ms = statistics.median(times)
    cmd = [args.cli, "bench", "--json", "--threads", str(args.threads), "--repeats", str(args.repeats)]
    if args.model:
        cmd += ["--model", args.model]
    cpp = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    print(f"guided denoising step, {frames} frames {c['default_width']}x{c['default_height']}, {args.threads} threads")
    print(f"  python3-torch {torch.__version__}: {python_ms:.1f} ms")
    print(f"  shotcraft C++ (LibTorch):  {cpp['ms_per_step']:.1f} ms")
    print(f"  C++ / Python:              {cpp['ms_per_step'] / python_ms:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
