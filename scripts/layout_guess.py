"""Where does a model's layout prior (shotcraft-train --layout-prior) put a prompt's objects?
Prints, for each prompt and each object it names (in order), the guessed centre (x, y as
shares of the frame's width and height) in the first and last frame, how far that centre
varies over the clips the prompt fits, how far the object spreads, and how sure the head
is that the prompt names it; with --silhouettes, also each object's guessed silhouette (its
8 x 8 cells as characters, from ' ' for empty to '#' for full). With --checkpoint, a run's dit-checkpoint.pt gives the text
encoder and DiT its raw weights (the model file holds their running average, which lags a
newly added head by about a thousand steps).

usage: python3 scripts/layout_guess.py MODEL.shotcraft-model [--checkpoint RUN/dit-checkpoint.pt]
           [--frames N] [--silhouettes] [PROMPT ...]
Needs Debian's python3-torch (as scripts/shotcraft_torch.py)."""
import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import shotcraft_torch as st  # noqa: E402

PROMPTS = [
    "a red circle moving right on a black background",
    "a red circle moving left on a black background",
    "a blue square moving up on a gray background",
    "a blue square moving down on a gray background",
    "a green triangle standing still on a meadow the camera pans left",
    "a green triangle standing still on a meadow the camera pans right",
    "a purple triangle bouncing on a white background",
    "a yellow square standing still on a black background",
    "a red circle moving left and a blue square moving up on a black background",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("prompts", nargs="*")
    parser.add_argument("--checkpoint", default=None)
    parser.add_argument("--frames", type=int, default=16)
    parser.add_argument("--silhouettes", action="store_true")
    args = parser.parse_args()
    torch.set_num_threads(1)
    config, tensors = st.read_model_file(args.model)
    if not config.get("layout_prior", False):
        print(f"layout_guess: {args.model} has no layout prior", file=sys.stderr)
        return 1
    if args.checkpoint:
        st.adopt_raw_weights(tensors, args.checkpoint)
    networks = st.Networks(config, tensors)
    print("prompt [object] | centre x first -> last | centre y first -> last | centre spread x, y | "
          "object spread x, y | presence")
    with torch.no_grad():
        for prompt in args.prompts or PROMPTS:
            tokens = torch.tensor([st.tokenize(config["vocabulary"], prompt, config["max_tokens"])])
            text = networks.text_encoder(tokens)
            guess = networks.dit.layout(text, tokens.ne(0), args.frames)[0]
            silhouettes = networks.dit.layout.silhouettes(text, tokens.ne(0))[0]
            for slot in range(guess.shape[1]):
                first, last = guess[0, slot], guess[-1, slot]
                if slot > 0 and first[6] < 0.5:
                    continue  # the prompt names no second object
                print(f"{prompt} [{slot + 1}] | {first[0]:.2f} -> {last[0]:.2f} | {first[1]:.2f} -> {last[1]:.2f} | "
                      f"{first[2]:.2f}, {first[3]:.2f} | {first[4]:.2f}, {first[5]:.2f} | {first[6]:.2f}")
                if args.silhouettes:
                    for row in silhouettes[slot]:
                        print("    " + "".join(" .:-=+*#"[min(7, int(v * 8))] * 2 for v in row.tolist()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
