"""The built-in Shotcraft model in PyTorch: the same networks as inference/nn/ (same
parameter names, same arithmetic), a reader for native model files, and TorchScript
export into a model package. Used by export_torchscript.py and bench/python_dit.py with
Debian's python3-torch (1.13, as libtorch)."""
import hashlib
import json
import math
import re
import struct
from typing import List, Optional, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F

MAGIC = b"SHOTCRAFT-MODEL\0"
FRAME_INDEX_DIMS = 64  # sinusoidal features of the frame index for per-frame modulation (VideoDiT.cpp)
SILHOUETTE_CELLS = 8  # an object's silhouette: cells a side (LayoutPrior.h kSilhouetteCells)
SILHOUETTE_REACH = 2.5  # the silhouette's box: object spreads either side of the centre
PAD_TOKEN, EMPTY_TOKEN, FIRST_WORD_TOKEN = 0, 1, 2  # as inference/Tokenizer.h


def tokenize(vocabulary: List[str], text: str, max_tokens: int = 32) -> List[int]:
    """A prompt's token ids as inference/Tokenizer.cpp makes them: lowercased words (letters,
    digits, apostrophes, any non-ASCII character), unknown words left out, at most max_tokens, and
    the empty prompt as one token."""
    ids = {word: i + FIRST_WORD_TOKEN for i, word in enumerate(vocabulary)}
    words = re.findall(r"[A-Za-z0-9'\u0080-\U0010ffff]+", text)
    words = ["".join(c.lower() if c.isascii() else c for c in w) for w in words]  # tolower() is ASCII only
    known = [ids[w] for w in words if w in ids]
    return known[:max_tokens] or [EMPTY_TOKEN]


def sinusoidal(values: torch.Tensor, dims: int, max_period: float) -> torch.Tensor:
    half = dims // 2
    freqs = torch.exp(-math.log(max_period) * torch.arange(half, dtype=torch.float32, device=values.device) / half)
    args = values.to(torch.float32).unsqueeze(-1) * freqs
    emb = torch.cat([torch.cos(args), torch.sin(args)], -1)
    if dims % 2 == 1:
        emb = torch.cat([emb, torch.zeros_like(emb[..., :1])], -1)
    return emb


def axis_angles(n: int, pairs: int, device: torch.device) -> torch.Tensor:
    index = torch.arange(pairs, dtype=torch.float32, device=device)
    frequencies = torch.exp(-math.log(100.0) * index / max(1, pairs))
    return torch.arange(n, dtype=torch.float32, device=device).unsqueeze(1) * frequencies.unsqueeze(0)


def rotary_tables(t: int, h: int, w: int, head_dim: int, device: torch.device) -> Tuple[torch.Tensor, torch.Tensor]:
    """cos and sin [t*h*w, head_dim] of the rotary positions (inference/nn/Layers.cpp)."""
    pairs = head_dim // 2
    pairs_t = pairs // 4
    pairs_h = (pairs - pairs_t) // 2
    pairs_w = pairs - pairs_t - pairs_h
    at = axis_angles(t, pairs_t, device).view(t, 1, 1, pairs_t).expand(t, h, w, pairs_t)
    ah = axis_angles(h, pairs_h, device).view(1, h, 1, pairs_h).expand(t, h, w, pairs_h)
    aw = axis_angles(w, pairs_w, device).view(1, 1, w, pairs_w).expand(t, h, w, pairs_w)
    angles = torch.cat([at, ah, aw], -1).reshape(t * h * w, pairs)
    angles = torch.cat([angles, angles], -1)
    return angles.cos(), angles.sin()


def apply_rotary(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    half = x.shape[-1] // 2
    rotated = torch.cat([-x[..., half:], x[..., :half]], -1)
    return x * cos + rotated * sin


def attend(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, heads: int, key_mask: Optional[torch.Tensor],
           rotary: Optional[Tuple[torch.Tensor, torch.Tensor]] = None) -> torch.Tensor:
    b, n, width = q.shape
    l = k.shape[1]
    d = width // heads
    q = q.view(b, n, heads, d).transpose(1, 2)
    k = k.view(b, l, heads, d).transpose(1, 2)
    v = v.view(b, l, heads, d).transpose(1, 2)
    if rotary is not None:
        q = apply_rotary(q, rotary[0], rotary[1])
        k = apply_rotary(k, rotary[0], rotary[1])
    scores = torch.matmul(q, k.transpose(-2, -1)) * (1.0 / math.sqrt(d))
    if key_mask is not None:
        scores = scores.masked_fill(key_mask.logical_not().view(b, 1, 1, l), float("-inf"))
    return torch.matmul(scores.softmax(-1), v).transpose(1, 2).reshape(b, n, width)


class SelfAttention(nn.Module):
    def __init__(self, width: int, heads: int):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(width, 3 * width)
        self.out = nn.Linear(width, width)

    def forward(self, x: torch.Tensor, key_mask: Optional[torch.Tensor],
                rotary: Optional[Tuple[torch.Tensor, torch.Tensor]] = None) -> torch.Tensor:
        q, k, v = self.qkv(x).chunk(3, -1)
        return self.out(attend(q, k, v, self.heads, key_mask, rotary))


class RotaryAttention(nn.Module):
    """Self-attention with rotary (relative) positions (inference/nn/RotaryAttention.cpp)."""

    def __init__(self, width: int, heads: int):
        super().__init__()
        self.norm = nn.LayerNorm(width, eps=1e-6)
        self.attention = SelfAttention(width, heads)

    def forward(self, x: torch.Tensor, rotary: Tuple[torch.Tensor, torch.Tensor]) -> torch.Tensor:
        return self.attention(self.norm(x), None, rotary)


class CrossAttention(nn.Module):
    def __init__(self, width: int, heads: int, context_width: int):
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(width, width)
        self.kv = nn.Linear(context_width, 2 * width)
        self.out = nn.Linear(width, width)

    def forward(self, x: torch.Tensor, context: torch.Tensor, key_mask: torch.Tensor) -> torch.Tensor:
        k, v = self.kv(context).chunk(2, -1)
        return self.out(attend(self.q(x), k, v, self.heads, key_mask))


class Mlp(nn.Module):
    def __init__(self, width: int, hidden: int):
        super().__init__()
        self.fc1 = nn.Linear(width, hidden)
        self.fc2 = nn.Linear(hidden, width)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(F.gelu(self.fc1(x), approximate="tanh"))


class TextEncoder(nn.Module):
    def __init__(self, vocabulary_size: int, width: int, layers: int, heads: int, max_tokens: int):
        super().__init__()
        self.token_embedding = nn.Embedding(vocabulary_size, width)
        self.position_embedding = nn.Embedding(max_tokens, width)
        self.norms1 = nn.ModuleList([nn.LayerNorm(width) for _ in range(layers)])
        self.attentions = nn.ModuleList([SelfAttention(width, heads) for _ in range(layers)])
        self.norms2 = nn.ModuleList([nn.LayerNorm(width) for _ in range(layers)])
        self.mlps = nn.ModuleList([Mlp(width, 4 * width) for _ in range(layers)])
        self.final_norm = nn.LayerNorm(width)

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        mask = tokens.ne(0)
        positions = torch.arange(tokens.shape[1], device=tokens.device)
        x = self.token_embedding(tokens) + self.position_embedding(positions).unsqueeze(0)
        for norm1, attention, norm2, mlp in zip(self.norms1, self.attentions, self.norms2, self.mlps):
            x = x + attention(norm1(x), mask)
            x = x + mlp(norm2(x))
        return self.final_norm(x)


def by_frame(x: torch.Tensor, frames: int) -> torch.Tensor:
    """Tokens [B, N, W] as [B, F, N / F, W] (inference/nn/VideoDiT.cpp byFrame)."""
    return x.reshape(x.shape[0], frames, -1, x.shape[2])


def modulate(x: torch.Tensor, shift: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    """x [B, N, W]; shift and scale [B, F, W]."""
    y = by_frame(x, shift.shape[1]) * (1 + scale.unsqueeze(2)) + shift.unsqueeze(2)
    return y.flatten(1, 2)


def gated(branch: torch.Tensor, gate: torch.Tensor) -> torch.Tensor:
    return (by_frame(branch, gate.shape[1]) * gate.unsqueeze(2)).flatten(1, 2)


class DiTBlock(nn.Module):
    def __init__(self, width: int, heads: int, text_width: int, rotary: bool):
        super().__init__()
        self.norm1 = nn.LayerNorm(width, elementwise_affine=False, eps=1e-6)
        self.self_attention = SelfAttention(width, heads)
        self.rotary_attention = RotaryAttention(width, heads) if rotary else None
        self.norm2 = nn.LayerNorm(width, eps=1e-6)
        self.cross_attention = CrossAttention(width, heads, text_width)
        self.norm3 = nn.LayerNorm(width, elementwise_affine=False, eps=1e-6)
        self.mlp = Mlp(width, 4 * width)
        self.table = nn.Parameter(torch.randn(6, width) / math.sqrt(width))

    def forward(self, x: torch.Tensor, modulation: torch.Tensor, text: torch.Tensor, text_mask: torch.Tensor,
                rotary: Optional[Tuple[torch.Tensor, torch.Tensor]]) -> torch.Tensor:
        m = (modulation + self.table.view(1, 1, 6, -1)).unbind(2)
        x = x + gated(self.self_attention(modulate(self.norm1(x), m[0], m[1]), None), m[2])
        if self.rotary_attention is not None and rotary is not None:
            x = x + self.rotary_attention(x, rotary)
        x = x + self.cross_attention(self.norm2(x), text, text_mask)
        x = x + gated(self.mlp(modulate(self.norm3(x), m[3], m[4])), m[5])
        return x


class PromptReadout(nn.Module):
    """Each token beside the one before, pooled by 4 attention heads, then an MLP (LayoutPrior.cpp)."""

    def __init__(self, text_width: int, width: int, outputs: int):
        super().__init__()
        self.width = width
        self.key = nn.Linear(2 * text_width, 4)
        self.value = nn.Linear(2 * text_width, width)
        self.head = nn.Sequential(nn.SiLU(), nn.Linear(width, width), nn.SiLU(), nn.Linear(width, outputs))

    def forward(self, text: torch.Tensor, text_mask: torch.Tensor) -> torch.Tensor:
        b, length = text.shape[0], text.shape[1]
        pairs = torch.cat([text, F.pad(text, (0, 0, 1, 0))[:, :length]], 2)
        scores = self.key(pairs).masked_fill(text_mask.logical_not().unsqueeze(-1), -1e9)
        weights = torch.softmax(scores, 1).unsqueeze(-1)
        return self.head((weights * self.value(pairs).view(b, length, 4, self.width // 4)).sum(1).view(b, self.width))


class LayoutPrior(nn.Module):
    """The prompt's guess of where each object it names is per frame (LayoutPrior.cpp):
    [B, F, 2 objects, 7]: centre x, y, the centre's spread x, y, the object's spread x, y, in
    shares of the frame, and the object's presence."""

    def __init__(self, text_width: int):
        super().__init__()
        self.centre = PromptReadout(text_width, 256, 4)
        self.spread = PromptReadout(text_width, 64, 4)
        self.second_centre = PromptReadout(text_width, 256, 4)
        self.second_spread = PromptReadout(text_width, 64, 4)
        self.second_present = PromptReadout(text_width, 64, 1)
        self.shape = PromptReadout(text_width, 128, SILHOUETTE_CELLS * SILHOUETTE_CELLS)
        self.second_shape = PromptReadout(text_width, 128, SILHOUETTE_CELLS * SILHOUETTE_CELLS)
        self.cells = SILHOUETTE_CELLS  # attributes: TorchScript reads no global numbers
        self.reach = SILHOUETTE_REACH

    def forward(self, text: torch.Tensor, text_mask: torch.Tensor, frames: int) -> torch.Tensor:
        b = text.shape[0]
        share = (torch.arange(frames, device=text.device).to(text.dtype) / max(1, frames - 1)).view(1, -1, 1)
        # All but the first object's centre read the text detached (LayoutPrior.cpp).
        first = slot_guess(self.centre(text, text_mask), self.spread(text.detach(), text_mask), share)
        second = slot_guess(self.second_centre(text.detach(), text_mask), self.second_spread(text.detach(), text_mask),
                            share)
        second_present = torch.sigmoid(self.second_present(text.detach(), text_mask)).unsqueeze(1).expand(b, frames, 1)
        return torch.stack([torch.cat([first, torch.ones_like(second_present)], 2),
                            torch.cat([second, second_present], 2)], 2)

    def silhouettes(self, text: torch.Tensor, text_mask: torch.Tensor) -> torch.Tensor:
        """Each object's silhouette [B, 2, K, K] (LayoutPriorImpl::silhouettes)."""
        b, k = text.shape[0], self.cells
        first = torch.sigmoid(self.shape(text.detach(), text_mask)).view(b, k, k)
        second = torch.sigmoid(self.second_shape(text.detach(), text_mask)).view(b, k, k)
        return torch.stack([first, second], 1)


def silhouette_map(guess: torch.Tensor, silhouettes: torch.Tensor, h: int, w: int, reach: float) -> torch.Tensor:
    """The silhouettes drawn where the guess puts each object [B, 2, F, h, w] (LayoutPrior.cpp
    silhouetteMap)."""
    b, frames, slots, k = guess.shape[0], guess.shape[1], guess.shape[2], silhouettes.shape[-1]
    n = b * slots * frames
    g = guess.permute(0, 2, 1, 3).reshape(n, guess.shape[3], 1, 1)
    xs = ((torch.arange(w, device=guess.device).to(guess.dtype) + 0.5) / w).view(1, 1, w)
    ys = ((torch.arange(h, device=guess.device).to(guess.dtype) + 0.5) / h).view(1, h, 1)
    u = (xs - g[:, 0]) / (reach * g[:, 4])
    v = (ys - g[:, 1]) / (reach * g[:, 5])
    grid = torch.stack([u.expand(n, h, w), v.expand(n, h, w)], 3)
    cells = silhouettes.unsqueeze(2).expand(b, slots, frames, k, k).reshape(n, 1, k, k)
    drawn = F.grid_sample(cells, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    return (drawn.view(n, h, w) * g[:, 6]).view(b, slots, frames, h, w)


def slot_guess(centre: torch.Tensor, spread: torch.Tensor, share: torch.Tensor) -> torch.Tensor:
    """One object's guess [B, F, 6] from its readouts' outputs (LayoutPriorImpl::slotGuess)."""
    b, frames = centre.shape[0], share.shape[1]
    ends = torch.sigmoid(centre)
    start, end = ends[:, 0:2].unsqueeze(1), ends[:, 2:4].unsqueeze(1)
    spreads = (F.softplus(spread) + 0.01).unsqueeze(1).expand(b, frames, 4)
    return torch.cat([start + share * (end - start), spreads], 2)


def layout_map(guess: torch.Tensor, h: int, w: int) -> torch.Tensor:
    """The guess drawn as one map per object [B, 2, F, h, w] (LayoutPrior.cpp layoutMap)."""
    xs = (torch.arange(w, device=guess.device).to(guess.dtype) + 0.5) / w
    ys = (torch.arange(h, device=guess.device).to(guess.dtype) + 0.5) / h
    g = guess.unsqueeze(-1).unsqueeze(-1)  # [B, F, S, 7, 1, 1]
    var_x = g[:, :, :, 2] ** 2 + g[:, :, :, 4] ** 2
    var_y = g[:, :, :, 3] ** 2 + g[:, :, :, 5] ** 2
    dx = xs.view(1, 1, 1, 1, w) - g[:, :, :, 0]
    dy = ys.view(1, 1, 1, h, 1) - g[:, :, :, 1]
    return (g[:, :, :, 6] * torch.exp(-0.5 * (dx ** 2 / var_x + dy ** 2 / var_y))).permute(0, 2, 1, 3, 4)


class VideoDiT(nn.Module):
    def __init__(self, c: dict):
        super().__init__()
        self.channels = c["latent_channels"]
        self.width = c["width"]
        self.pt, self.ph, self.pw = c["patch"]
        self.patch_embed = nn.Conv3d(2 * self.channels + 1, self.width, (self.pt, self.ph, self.pw), stride=(self.pt, self.ph, self.pw))
        self.time_mlp = nn.Sequential(nn.Linear(256, self.width), nn.SiLU(), nn.Linear(self.width, self.width))
        self.text_pool = nn.Linear(c["text_width"], self.width)
        self.modulation = nn.Linear(self.width, 6 * self.width)
        rotary_blocks = c.get("rotary_blocks", [])
        self.heads = c["heads"]
        self.has_rotary = len(rotary_blocks) > 0
        self.blocks = nn.ModuleList([DiTBlock(self.width, c["heads"], c["text_width"], i in rotary_blocks)
                                     for i in range(c["depth"])])
        self.final_norm = nn.LayerNorm(self.width, elementwise_affine=False, eps=1e-6)
        self.final_table = nn.Parameter(torch.randn(2, self.width) / math.sqrt(self.width))
        self.final_linear = nn.Linear(self.width, self.pt * self.ph * self.pw * self.channels)
        frame_modulation = bool(c.get("frame_modulation", False))
        self.frame_text = nn.Linear(self.width, self.width) if frame_modulation else None
        self.frame_index = nn.Linear(FRAME_INDEX_DIMS, self.width) if frame_modulation else None
        self.frame_index_dims = FRAME_INDEX_DIMS  # an attribute: TorchScript reads no global ints
        self.frame_modulation = nn.Linear(self.width, 6 * self.width) if frame_modulation else None
        self.layout = LayoutPrior(c["text_width"]) if c.get("layout_prior", False) else None
        # One map each (the objects' placements, their silhouettes) embedded like the patches.
        self.layout_embed = self.map_embed() if self.layout is not None else None
        self.layout_embed_second = self.map_embed() if self.layout is not None else None
        self.layout_silhouette_embed = self.map_embed() if self.layout is not None else None
        self.layout_silhouette_embed_second = self.map_embed() if self.layout is not None else None

    def map_embed(self) -> nn.Conv3d:
        """A one-channel map's patch embedding (VideoDiT.cpp, the layout prior's embeddings)."""
        return nn.Conv3d(1, self.width, (self.pt, self.ph, self.pw), stride=(self.pt, self.ph, self.pw), bias=False)

    def positions(self, t: int, h: int, w: int, device: torch.device) -> torch.Tensor:
        dims_t = self.width // 3 // 2 * 2
        dims_h = dims_t
        dims_w = self.width - dims_t - dims_h
        ft = sinusoidal(torch.arange(t, device=device), dims_t, 100.0)
        fh = sinusoidal(torch.arange(h, device=device), dims_h, 100.0)
        fw = sinusoidal(torch.arange(w, device=device), dims_w, 100.0)
        grid = torch.cat([ft.view(t, 1, 1, dims_t).expand(t, h, w, dims_t),
                          fh.view(1, h, 1, dims_h).expand(t, h, w, dims_h),
                          fw.view(1, 1, w, dims_w).expand(t, h, w, dims_w)], -1)
        return grid.reshape(t * h * w, self.width)

    def forward(self, x: torch.Tensor, known: torch.Tensor, mask: torch.Tensor, t: torch.Tensor,
                text: torch.Tensor, text_mask: torch.Tensor) -> torch.Tensor:
        b = x.shape[0]
        tokens = self.patch_embed(torch.cat([x, known, mask], 1))
        if self.layout is not None and self.layout_embed is not None and self.layout_embed_second is not None:
            guess = self.layout(text, text_mask, x.shape[2])
            # Only in clips given no frames (VideoDiT.cpp): given frames place the objects.
            none_given = (mask.flatten(1).amax(1) <= 0).to(tokens.dtype).view(-1, 1, 1, 1, 1)
            layout = layout_map(guess, x.shape[3], x.shape[4]).to(tokens.dtype) * none_given
            tokens = tokens + self.layout_embed(layout[:, 0:1]) + self.layout_embed_second(layout[:, 1:2])
            if self.layout_silhouette_embed is not None and self.layout_silhouette_embed_second is not None:
                shapes = silhouette_map(guess, self.layout.silhouettes(text, text_mask), x.shape[3], x.shape[4],
                                        self.layout.reach)
                shapes = shapes.to(tokens.dtype) * none_given
                tokens = (tokens + self.layout_silhouette_embed(shapes[:, 0:1])
                          + self.layout_silhouette_embed_second(shapes[:, 1:2]))
        tp, hp, wp = tokens.shape[2], tokens.shape[3], tokens.shape[4]
        tokens = tokens.flatten(2).transpose(1, 2) + self.positions(tp, hp, wp, x.device).unsqueeze(0)
        mask_f = text_mask.to(text.dtype).unsqueeze(-1)
        pooled = (text * mask_f).sum(1) / mask_f.sum(1).clamp_min(1.0)
        conditioning = self.time_mlp(sinusoidal(t * 1000.0, 256, 10000.0)) + self.text_pool(pooled)
        modulation = self.modulation(F.silu(conditioning)).view(b, 1, 6, self.width)
        if self.frame_text is not None and self.frame_index is not None and self.frame_modulation is not None:
            index = sinusoidal(torch.arange(tp, device=x.device), self.frame_index_dims, 100.0).to(conditioning.dtype)
            product = self.frame_text(F.silu(conditioning)).unsqueeze(1) * self.frame_index(index).unsqueeze(0)
            modulation = modulation + self.frame_modulation(product).view(b, tp, 6, self.width)
        rotary: Optional[Tuple[torch.Tensor, torch.Tensor]] = None
        if self.has_rotary:
            rotary = rotary_tables(tp, hp, wp, self.width // self.heads, x.device)
        for block in self.blocks:
            tokens = block(tokens, modulation, text, text_mask, rotary)
        shift_scale = (self.final_table.unsqueeze(0) + conditioning.unsqueeze(1)).unsqueeze(2).unbind(1)
        tokens = self.final_linear(modulate(self.final_norm(tokens), shift_scale[0], shift_scale[1]))
        tokens = tokens.view(b, tp, hp, wp, self.pt, self.ph, self.pw, self.channels).permute(0, 7, 1, 4, 2, 5, 3, 6)
        return tokens.reshape(b, self.channels, tp * self.pt, hp * self.ph, wp * self.pw)


def conv(i: int, o: int, k: int, stride: int = 1) -> nn.Conv2d:
    return nn.Conv2d(i, o, k, stride=stride, padding=k // 2)


class VideoAutoencoder(nn.Module):
    def __init__(self, latent_channels: int, widths: List[int]):
        super().__init__()
        enc: List[nn.Module] = [conv(3, widths[0], 3), nn.SiLU()]
        for i in range(1, len(widths)):
            enc += [conv(widths[i - 1], widths[i], 3, 2), nn.SiLU(), conv(widths[i], widths[i], 3), nn.SiLU()]
        enc.append(conv(widths[-1], latent_channels, 1))
        dec: List[nn.Module] = [conv(latent_channels, widths[-1], 3), nn.SiLU()]
        for i in range(len(widths) - 1, 0, -1):
            dec += [conv(widths[i], widths[i], 3), nn.SiLU(), nn.Upsample(scale_factor=2.0, mode="nearest"),
                    conv(widths[i], widths[i - 1], 3), nn.SiLU()]
        dec.append(conv(widths[0], 3, 3))
        self.encoder = nn.Sequential(*enc)
        self.decoder = nn.Sequential(*dec)


class LatentEncoder(nn.Module):
    """Frames [F, 3, H, W] in [-1, 1] -> normalised latents."""

    def __init__(self, ae: VideoAutoencoder, shift: float, scale: float):
        super().__init__()
        self.encoder = ae.encoder
        self.shift = shift
        self.scale = scale

    def forward(self, frames: torch.Tensor) -> torch.Tensor:
        return (self.encoder(frames) - self.shift) * self.scale


class LatentDecoder(nn.Module):
    """Normalised latents [F, C, h, w] -> frames."""

    def __init__(self, ae: VideoAutoencoder, shift: float, scale: float):
        super().__init__()
        self.decoder = ae.decoder
        self.shift = shift
        self.scale = scale

    def forward(self, latents: torch.Tensor) -> torch.Tensor:
        return self.decoder(latents / self.scale + self.shift)


def read_model_file(path: str):
    """Returns (config, {name: float32 tensor}) of a native model file, checking it."""
    data = open(path, "rb").read()
    if data[:16] != MAGIC:
        raise ValueError(f"{path} is not a Shotcraft model file")
    version, header_size = struct.unpack_from("<IQ", data, 16)
    if version != 1:
        raise ValueError(f"{path} has format version {version}")
    body, digest = data[:-32], data[-32:]
    if hashlib.sha256(body).digest() != digest:
        raise ValueError(f"{path} is corrupt")
    header = json.loads(data[28:28 + header_size])
    blob = body[28 + header_size:]
    tensors = {}
    for t in header["tensors"]:
        dtype = torch.float16 if t["dtype"] == "f16" else torch.float32
        raw = blob[t["offset"]:t["offset"] + t["bytes"]]
        tensors[t["name"]] = torch.frombuffer(bytearray(raw), dtype=dtype).reshape(t["shape"]).to(torch.float32)
    return header["config"], tensors


def adopt_raw_weights(tensors: dict, checkpoint: str) -> None:
    """Replaces the text encoder's and DiT's tensors of a model file (their running average,
    which lags a newly added part by about a thousand steps) with a run's raw weights from its
    dit-checkpoint.pt."""
    archive = torch.jit.load(checkpoint)
    raw = dict(archive.named_parameters())
    raw.update(dict(archive.named_buffers()))
    for name in tensors:
        if name.split(".")[0] in ("text", "dit") and name in raw:
            tensors[name] = raw[name].float()


def joins_layout_prior_as_no_op(name: str) -> bool:
    """A part of the layout prior a model file written before it may lack (NativeModules.cpp
    joinsLayoutPriorAsNoOp): the second object and the silhouettes, which reach the DiT only
    through their embeddings, zero when the file lacks them."""
    return name.startswith(("dit.layout.second_", "dit.layout_embed_second.", "dit.layout.shape.",
                            "dit.layout_silhouette_embed"))


class Networks:
    """The three networks of a model, built from a config (random weights) or a file."""

    def __init__(self, config: dict, tensors: Optional[dict] = None):
        self.config = config
        self.autoencoder = VideoAutoencoder(config["latent_channels"], config["ae_widths"])
        self.text_encoder = TextEncoder(len(config["vocabulary"]) + 2, config["text_width"], config["text_layers"],
                                        config["text_heads"], config["max_tokens"])
        self.dit = VideoDiT(config)
        if tensors is not None:
            for prefix, module in (("ae.", self.autoencoder), ("text.", self.text_encoder), ("dit.", self.dit)):
                state = {k[len(prefix):]: v for k, v in tensors.items() if k.startswith(prefix)}
                missing, unexpected = module.load_state_dict(state, strict=False)
                lacking = [k for k in missing if not joins_layout_prior_as_no_op(prefix + k)]
                if lacking or unexpected:
                    raise ValueError(f"model tensors do not fit its config: lacking {lacking[:3]}, "
                                     f"unused {list(unexpected)[:3]}")
                with torch.no_grad():  # the parts join as no-ops
                    for embed in ("layout_embed_second", "layout_silhouette_embed", "layout_silhouette_embed_second"):
                        if embed + ".weight" in missing:
                            getattr(self.dit, embed).weight.zero_()
        for m in (self.autoencoder, self.text_encoder, self.dit):
            m.eval()


def export_package(networks: Networks, out_dir: str, model_id: str) -> None:
    """Writes a TorchScript model package: manifest.json and four scripted modules."""
    import os
    os.makedirs(out_dir, exist_ok=True)
    c = networks.config
    shift, scale = float(c.get("latent_shift", 0.0)), float(c.get("latent_scale", 1.0))
    modules = {
        "text_encoder": torch.jit.script(networks.text_encoder),
        "denoiser": torch.jit.script(networks.dit),
        "encoder": torch.jit.script(LatentEncoder(networks.autoencoder, shift, scale)),
        "decoder": torch.jit.script(LatentDecoder(networks.autoencoder, shift, scale)),
    }
    files = {}
    for name, module in modules.items():
        files[name] = name + ".pt"
        module.save(os.path.join(out_dir, files[name]))
    manifest = {
        "format": "shotcraft-torchscript", "version": 1, "id": model_id,
        "vocabulary": c["vocabulary"], "max_tokens": c["max_tokens"],
        "latent_channels": c["latent_channels"], "downsample": c["downsample"],
        "frame_multiple": c["patch"][0], "size_multiple": c["downsample"] * c["patch"][1],
        "default_width": c["default_width"], "default_height": c["default_height"],
        "default_frames": c["default_frames"], "min_frames": c["min_frames"], "max_frames": c["max_frames"],
        "buckets": c["buckets"], "default_guidance": c["default_guidance"],
        "default_shift": c.get("default_shift", 1.0), "noise_correlation": c.get("noise_correlation", 0.0),
        "modules": files,
    }
    with open(os.path.join(out_dir, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
