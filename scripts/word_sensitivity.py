"""Does the DiT read a clip's words? Its flow loss on rendered one-object movers of the
procedural world with the true caption, with one word swapped for another of its kind (the
direction: left <-> right, up <-> down; or the shape, or the color) and with that word left
out, per noise level and axis of motion. A model that uses the word has a higher loss with
the swapped caption; for the direction, one that only reads the axis loses nothing from the
swap and only from leaving the motion out. Last, the cosine between the token embeddings
of each swapped pair: words the model does not tell apart drift together from near 0.

With --start S the movers' clips begin S along their path (shotcraft-cli world --start):
from about 0.3 on, a given first frame no longer tells a mover's direction by its place.

usage: python3 scripts/word_sensitivity.py MODEL.shotcraft-model [--word direction|shape|color]
           [--clips N] [--times T,...] [--first-frame] [--start S]
           [--checkpoint RUN/dit-checkpoint.pt] [--cli build/bin/shotcraft-cli]
Needs Debian's python3-torch (as scripts/shotcraft_torch.py) and ffmpeg."""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import shotcraft_torch as st  # noqa: E402

# "a [small ]red circle [slowly ]moving left on a black background": one object, a move
# along an axis, no camera pan (a pan's "left" moves the scene right).
MOVER = re.compile(r"^an? (small |large )?(outlined |glowing )?([a-z]+) (circle|square|triangle) (slowly |quickly )?"
                   r"moving (left|right|up|down) on a [a-z]+ background$")
# The word each word is swapped for: the opposite direction, the next shape or color.
SWAPS = {
    "direction": {"left": "right", "right": "left", "up": "down", "down": "up"},
    "shape": {"circle": "square", "square": "triangle", "triangle": "circle"},
    "color": {"red": "cyan", "cyan": "red", "orange": "blue", "blue": "orange", "yellow": "purple",
              "purple": "yellow", "green": "white", "white": "green"},
}
GROUP = {"direction": 6, "shape": 4, "color": 3}  # the word's group in MOVER
SIZE = 64  # the clips' width and height: the eval's size


def render_movers(cli: str, count: int, folder: str, start: float = 0.0):
    """(caption match, frames [F, 3, H, W] in [-1, 1]) of the first `count` world seeds
    whose first caption names one mover, each clip begun `start` along its path."""
    found, seed = [], 0
    while len(found) < count:
        seed += 1
        if seed > 100 * count:
            raise RuntimeError("the world gave too few one-object movers")
        path = os.path.join(folder, f"world-{seed}.mp4")
        out = subprocess.run([cli, "world", "--seed", str(seed), "--out", path, "--width", str(SIZE), "--height",
                              str(SIZE), "--start", str(start), "--json"], capture_output=True, text=True, check=True).stdout
        caption = json.loads(out)["captions"][0]
        match = MOVER.match(caption)
        if not match:
            continue
        raw = subprocess.run(["ffmpeg", "-loglevel", "error", "-i", path, "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
                             capture_output=True, check=True).stdout
        size = SIZE * SIZE * 3
        frames = np.frombuffer(raw, np.uint8)[: len(raw) // size * size].reshape(-1, SIZE, SIZE, 3)
        found.append((match, torch.from_numpy(frames.copy()).float().permute(0, 3, 1, 2) / 127.5 - 1))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model")
    parser.add_argument("--word", choices=sorted(SWAPS), default="direction")
    parser.add_argument("--clips", type=int, default=24)
    parser.add_argument("--times", default="0.6,0.8,0.9,0.95,0.98,1.0")
    parser.add_argument("--checkpoint", default=None, help="a run's dit-checkpoint.pt: its raw weights")
    parser.add_argument("--first-frame", action="store_true", help="the first frame given, as image to video")
    parser.add_argument("--start", type=float, default=0.0, help="clips begin this far along their path")
    parser.add_argument("--noises", type=int, default=3, help="noise draws per clip and time")
    parser.add_argument("--cli", default=os.path.join(os.path.dirname(__file__), "..", "build", "bin", "shotcraft-cli"))
    args = parser.parse_args()
    torch.set_num_threads(max(1, os.cpu_count() or 1))

    config, tensors = st.read_model_file(args.model)
    if args.checkpoint:
        st.adopt_raw_weights(tensors, args.checkpoint)
    net = st.Networks(config, tensors)
    encoder = st.LatentEncoder(net.autoencoder, config["latent_shift"], config["latent_scale"])

    def tokens(text: str):
        return st.tokenize(config["vocabulary"], text, config["max_tokens"])

    def token(word: str) -> int:
        return tokens(word)[0]

    with tempfile.TemporaryDirectory() as folder:
        movers = render_movers(args.cli, args.clips, folder, args.start)
    clips = []
    for match, frames in movers:
        with torch.no_grad():
            z = encoder(frames).permute(1, 0, 2, 3).unsqueeze(0)  # [1, C, F, h, w]
        caption, group = match.group(0), GROUP[args.word]
        word = match.group(group)
        start, end = match.span(group)
        left_out = re.sub(rf" moving {word}", "", caption) if args.word == "direction" else caption[:start] + caption[end + 1:]
        rows = [tokens(caption), tokens(caption[:start] + SWAPS[args.word][word] + caption[end:]), tokens(left_out)]
        width = max(len(r) for r in rows)
        text_ids = torch.tensor([r + [0] * (width - len(r)) for r in rows])
        with torch.no_grad():
            text = net.text_encoder(text_ids)  # the same at every noise level: encoded once
        clips.append((match.group(6) in ("left", "right"), z, text, text_ids.ne(0)))

    correlation = config.get("noise_correlation", 0.0)
    generator = torch.Generator().manual_seed(0)
    print(f"{args.model}: {len(clips)} one-object movers, {args.word} word, "
          f"{'first frame given' if args.first_frame else 'text only'}, clips begun {args.start} along their path")
    print("t      axis        loss true  swapped  left out   swapped vs true  left out vs true")
    for t in [float(x) for x in args.times.split(",")]:
        for horizontal in (True, False):
            total, count = np.zeros(3), 0
            for is_horizontal, z, text, text_mask in clips:
                if is_horizontal != horizontal:
                    continue
                count += 1
                with torch.no_grad():
                    for _ in range(args.noises):
                        own = torch.randn(z.shape, generator=generator)
                        common = torch.randn(z.shape[:2] + (1,) + z.shape[3:], generator=generator).expand_as(z)
                        noise = correlation ** 0.5 * common + (1 - correlation) ** 0.5 * own
                        noisy = ((1 - t) * z + t * noise).expand(3, -1, -1, -1, -1)
                        mask = torch.zeros_like(noisy[:, :1])
                        if args.first_frame:
                            mask[:, :, 0] = 1
                        known = z.expand_as(noisy) * mask  # given beside the noisy clip, as in training
                        velocity = net.dit(noisy, known, mask, torch.full((3,), t), text, text_mask)
                        total += ((velocity - (noise - z)) ** 2 * (1 - mask)).mean((1, 2, 3, 4)).numpy()
            if count == 0:
                continue
            loss = total / (count * args.noises)
            print(f"{t:<6} {'horizontal' if horizontal else 'vertical':<11} {loss[0]:9.5f} {loss[1]:8.5f} {loss[2]:9.5f}"
                  f"   {100 * (loss[1] / loss[0] - 1):+8.2f} %       {100 * (loss[2] / loss[0] - 1):+8.2f} %", flush=True)

    # Words the model treats as one drift together in the text encoder's table: random
    # embeddings start near cosine 0.
    embedding = tensors["text.token_embedding.weight"]
    pairs = sorted({tuple(sorted(pair)) for pair in SWAPS[args.word].items()})
    print("token embeddings, cosine: " + ", ".join(
        f"{a}/{b} {torch.nn.functional.cosine_similarity(embedding[token(a)], embedding[token(b)], dim=0):.2f}"
        for a, b in pairs))


if __name__ == "__main__":
    main()
