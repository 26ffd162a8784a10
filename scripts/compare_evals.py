#!/usr/bin/env python3
"""Compares two `shotcraft-cli eval --json` reports: the held-out measures side by side,
and each seam ratio with its standard error. When both reports kept their seams case by
case on the same cases (same settings, same count), the difference of each seam ratio gets a
paired bootstrap interval: the cases are shared, so most of their spread cancels. Reports
that follow the object across the extensions' seams (`continuity`) compare that too.

    python3 scripts/compare_evals.py shipped.json candidate.json
"""
import json
import random
import sys

MEASURES = ("color", "shape", "motion", "background", "style", "binding")
SEAMS = ("extend_forward", "extend_backward", "connect", "loop")


def ratio(cases, picks):
    seams = sum(cases[i][0] for i in picks)
    insides = sum(cases[i][1] for i in picks)
    return seams / insides if insides > 0 else 0.0


def paired_interval(a, b, draws=4000, seed=1):
    """A 90 % bootstrap interval of ratio(b) - ratio(a), resampling the shared cases."""
    rng = random.Random(seed)
    n = len(a)
    diffs = []
    for _ in range(draws):
        picks = [rng.randrange(n) for _ in range(n)]
        diffs.append(ratio(b, picks) - ratio(a, picks))
    diffs.sort()
    return diffs[int(0.05 * draws)], diffs[int(0.95 * draws) - 1]


def seam(report, name):
    measured = report.get("seams", {}).get(name)
    if measured:
        return measured["ratio"], measured["standard_error"], measured["cases_seam_inside"]
    # Reports from before the seams were kept by case: the ratio alone.
    key = "extend_forward_seam_ratio" if name == "extend_forward" else name + "_seam_ratio"
    return report.get(key, 0.0), None, None


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    first, second = (json.load(open(path)) for path in argv[1:])
    print(f"{'held out':<22}{argv[1][-30:]:>32}{argv[2][-30:]:>32}")
    for measure in MEASURES:
        a, b = first["held_out"][measure], second["held_out"][measure]
        print(f"{measure:<22}{100 * a:>31.1f}%{100 * b:>31.1f}%")
    print(f"{'prompts':<22}{first['held_out']['prompts']:>32}{second['held_out']['prompts']:>32}")
    # Reports from before it was measured lack the still objects' wander.
    wander = [report["held_out"].get("still_object_speed") for report in (first, second)]
    if any(w is not None for w in wander):
        cells = "".join(f"{'-' if w is None else f'{100 * w:.2f}':>32}" for w in wander)
        print(f"{'still objects wander':<22}{cells}")
    same_cases = first.get("conditioning_cases") == second.get("conditioning_cases") and first.get(
        "settings") == second.get("settings")
    for name in SEAMS:
        ra, ea, ca = seam(first, name)
        rb, eb, cb = seam(second, name)
        line = f"{name + ' seam':<22}{ra:>26.3f}{'' if ea is None else f' ±{ea:.2f}':>6}"
        line += f"{rb:>26.3f}{'' if eb is None else f' ±{eb:.2f}':>6}"
        if same_cases and ca and cb and len(ca) == len(cb):
            low, high = paired_interval(ca, cb)
            line += f"   difference {rb - ra:+.3f}, 90 % paired interval [{low:+.3f}, {high:+.3f}]"
        print(line)
    prompts = second.get("seams", {}).get("case_prompts")
    if prompts:
        print("the second report's largest seam ratios, by case:")
        for name in SEAMS:
            cases = second["seams"][name]["cases_seam_inside"]
            worst = sorted(range(len(cases)), key=lambda i: -cases[i][0] / max(cases[i][1], 1e-9))[:3]
            for i in worst:
                print(f"  {name:<16}{cases[i][0] / max(cases[i][1], 1e-9):6.2f}  {prompts[i]}")
    for name in ("extend_forward", "extend_backward"):
        a = first.get("continuity", {}).get(name)
        b = second.get("continuity", {}).get(name)
        if not (a and b):
            continue
        for key, label in (("mean_velocity_gap", "velocity gap"), ("mean_size_ratio", "size new/given"),
                           ("mean_found_share", "object found")):
            print(f"{name[7:] + ' ' + label:<22}{a[key]:>32.4f}{b[key]:>32.4f}")
        # The velocity gap on the cases both reports measured: the same cases, paired.
        # A case not measured is null (older reports) or has a null velocity gap.
        both = [(x[2], y[2]) for x, y in zip(a["cases"], b["cases"]) if x and y and x[2] is not None and y[2] is not None]
        if same_cases and both:
            diff = sum(y - x for x, y in both) / len(both)
            print(f"  velocity gap on the {len(both)} cases measured in both: difference {diff:+.4f}")
    for key in ("image_first_frame_psnr_db", "restyle_centroid_error", "restyle_style_accuracy",
                "median_seconds_per_clip"):
        print(f"{key:<22}{first.get(key, 0):>32.3f}{second.get(key, 0):>32.3f}")


if __name__ == "__main__":
    main(sys.argv)
