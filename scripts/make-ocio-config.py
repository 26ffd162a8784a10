#!/usr/bin/env python3
"""Writes resources/ocio/config.ocio and its Rec.709 LUTs.

The ACEScg matrix is derived here from the published chromaticities (AP1, D60 white;
Rec.709, D65 white) with a Bradford adaptation, so the config carries no copied numbers.
Run it again only to change the config; the output is committed.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "ocio")
LUT_SIZE = 4096


def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(3)) for j in range(3)] for i in range(3)]


def mat_vec(a, v):
    return [sum(a[i][k] * v[k] for k in range(3)) for i in range(3)]


def mat_inv(m):
    a, b, c = m[0]
    d, e, f = m[1]
    g, h, i = m[2]
    det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)
    return [[(e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det],
            [(f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det],
            [(d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det]]


def xyz(xy):
    x, y = xy
    return [x / y, 1.0, (1 - x - y) / y]


def rgb_to_xyz(primaries, white):
    cols = [xyz(p) for p in primaries]
    m = [[cols[j][i] for j in range(3)] for i in range(3)]
    s = mat_vec(mat_inv(m), xyz(white))
    return [[m[i][j] * s[j] for j in range(3)] for i in range(3)]


BRADFORD = [[0.8951, 0.2664, -0.1614], [-0.7502, 1.7135, 0.0367], [0.0389, -0.0685, 1.0296]]


def bradford(src_white, dst_white):
    s = mat_vec(BRADFORD, xyz(src_white))
    d = mat_vec(BRADFORD, xyz(dst_white))
    scale = [[d[0] / s[0], 0, 0], [0, d[1] / s[1], 0], [0, 0, d[2] / s[2]]]
    return mat_mul(mat_inv(BRADFORD), mat_mul(scale, BRADFORD))


AP1 = [(0.713, 0.293), (0.165, 0.830), (0.128, 0.044)]
ACES_WHITE = (0.32168, 0.33767)
REC709 = [(0.64, 0.33), (0.30, 0.60), (0.15, 0.06)]
D65 = (0.3127, 0.3290)


def acescg_to_lin709():
    to_xyz = rgb_to_xyz(AP1, ACES_WHITE)
    adapt = bradford(ACES_WHITE, D65)
    from_xyz = mat_inv(rgb_to_xyz(REC709, D65))
    return mat_mul(from_xyz, mat_mul(adapt, to_xyz))


def rec709_oetf(L):
    return 4.5 * L if L < 0.018 else 1.099 * L ** 0.45 - 0.099


def rec709_inverse_oetf(V):
    return V / 4.5 if V < 0.081 else ((V + 0.099) / 1.099) ** (1 / 0.45)


def write_spi1d(path, fn):
    with open(path, "w") as f:
        f.write("Version 1\nFrom 0.0 1.0\nLength %d\nComponents 1\n{\n" % LUT_SIZE)
        for i in range(LUT_SIZE):
            f.write("  %.9f\n" % fn(i / (LUT_SIZE - 1)))
        f.write("}\n")


def matrix16(m):
    rows = [m[0] + [0.0], m[1] + [0.0], m[2] + [0.0], [0.0, 0.0, 0.0, 1.0]]
    return "[" + ", ".join("%.10f" % v for row in rows for v in row) + "]"


CONFIG = """ocio_profile_version: 2

# Shotcraft's color config (written by scripts/make-ocio-config.py).
# Reference and working space: Linear Rec.709 (scene linear). Model space: sRGB.
name: shotcraft
description: "Shotcraft working spaces: sRGB, Linear Rec.709, Rec.709 video, ACEScg"
search_path: luts
strictparsing: true
luma: [0.2126, 0.7152, 0.0722]

roles:
  default: sRGB
  scene_linear: Linear Rec.709
  reference: Linear Rec.709
  rendering: Linear Rec.709
  data: Raw
  color_picking: sRGB
  color_timing: sRGB
  compositing_log: sRGB
  matte_paint: sRGB
  texture_paint: sRGB

file_rules:
  - !<Rule> {name: Default, colorspace: default}

displays:
  sRGB:
    - !<View> {name: Standard, colorspace: sRGB}
    - !<View> {name: Raw, colorspace: Raw}
  Rec.709:
    - !<View> {name: Standard, colorspace: Rec.709}
    - !<View> {name: Raw, colorspace: Raw}

active_displays: [sRGB, Rec.709]
active_views: [Standard, Raw]

colorspaces:
  - !<ColorSpace>
    name: Linear Rec.709
    aliases: [lin_rec709, linear]
    family: Scene-linear
    encoding: scene-linear
    description: "Scene-linear light with Rec.709 / sRGB primaries and a D65 white"
    isdata: false

  - !<ColorSpace>
    name: sRGB
    aliases: [srgb, srgb_texture]
    family: Display
    encoding: sdr-video
    description: "The sRGB piecewise transfer (IEC 61966-2-1) on Rec.709 primaries; the model space"
    isdata: false
    to_scene_reference: !<ExponentWithLinearTransform> {gamma: 2.4, offset: 0.055}

  - !<ColorSpace>
    name: Rec.709
    aliases: [rec709]
    family: Video
    encoding: sdr-video
    description: "The ITU-R BT.709 camera OETF on Rec.709 primaries (exact piecewise curve, 4096-point LUTs)"
    isdata: false
    to_scene_reference: !<FileTransform> {src: rec709_to_linear.spi1d, interpolation: linear}
    from_scene_reference: !<FileTransform> {src: linear_to_rec709.spi1d, interpolation: linear}

  - !<ColorSpace>
    name: ACEScg
    aliases: [lin_ap1]
    family: ACES
    encoding: scene-linear
    description: "Scene-linear light with ACES AP1 primaries (Bradford-adapted from D60)"
    isdata: false
    to_scene_reference: !<MatrixTransform> {matrix: %s}

  - !<ColorSpace>
    name: Raw
    family: Utility
    encoding: data
    description: "Data that is not color (no conversion)"
    isdata: true
"""


def main():
    os.makedirs(os.path.join(OUT, "luts"), exist_ok=True)
    write_spi1d(os.path.join(OUT, "luts", "linear_to_rec709.spi1d"), rec709_oetf)
    write_spi1d(os.path.join(OUT, "luts", "rec709_to_linear.spi1d"), rec709_inverse_oetf)
    with open(os.path.join(OUT, "config.ocio"), "w") as f:
        f.write(CONFIG % matrix16(acescg_to_lin709()))
    m = acescg_to_lin709()
    print("ACEScg -> Linear Rec.709:")
    for row in m:
        print("  " + "  ".join("%.10f" % v for v in row))


if __name__ == "__main__":
    main()
