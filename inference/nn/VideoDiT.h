#pragma once
// The diffusion transformer over spacetime patches: patch embedding of noisy latents
// beside the known-frame latents and their mask, 3D sinusoidal positions (any duration,
// size and aspect), adaLN-single time conditioning, self-attention over all tokens and
// cross-attention to the text. Predicts the rectified-flow velocity. Blocks listed in
// rotaryBlocks add a self-attention with relative (rotary) positions after their own.
// With frameModulation, each latent frame gets its own modulation offsets from the pooled
// text and the diffusion time times the frame's index: where a mover is at frame f
// follows from its motion word times f, a product no other path of the DiT forms.
// With layoutPrior, a small head (LayoutPrior.h) guesses from the prompt alone where each
// of its objects is in each frame; the guess, drawn as one map per object, enters the
// patch embedding, so the words place the objects where the noise says nothing yet; only
// in clips given no frames (given frames place the objects themselves). Each object's
// silhouette, guessed from the words too and drawn there, enters the same way: near pure
// noise nothing else says which shape to draw.

#include "inference/nn/Layers.h"
#include "inference/nn/LayoutPrior.h"
#include "inference/nn/RotaryAttention.h"

#include <vector>

namespace shotcraft::inference::nn {

struct VideoDiTOptions {
    int latentChannels = 8;
    int width = 192;
    int depth = 6;
    int heads = 3;
    int textWidth = 192;
    int patchT = 2, patchH = 2, patchW = 2;
    std::vector<int> rotaryBlocks;  // indices of the blocks with a rotary self-attention
    bool frameModulation = false;   // per-frame modulation offsets (starting at zero)
    bool layoutPrior = false;       // the prompt's layout guess as an input (starting unused)
};

class DiTBlockImpl : public torch::nn::Module {
public:
    DiTBlockImpl(int width, int heads, int textWidth, bool rotary);
    // x [B, N, width] with N = F * (tokens per frame); modulation [B, F, 6, width] for F = 1
    // (one for the whole clip) or F = the latent frames; text [B, L, textWidth]; textMask
    // [B, L]; `rotary` is used by a block built with a rotary self-attention.
    torch::Tensor forward(torch::Tensor x, const torch::Tensor& modulation, const torch::Tensor& text,
                          const torch::Tensor& textMask, const RotaryTables& rotary);

private:
    torch::nn::LayerNorm norm1_{nullptr}, norm2_{nullptr}, norm3_{nullptr};
    Attention selfAttention_{nullptr}, crossAttention_{nullptr};
    RotaryAttention rotaryAttention_{nullptr};
    Mlp mlp_{nullptr};
    torch::Tensor table_;  // [6, width] per-block offsets of the shared modulation
};
TORCH_MODULE(DiTBlock);

class VideoDiTImpl : public torch::nn::Module {
public:
    explicit VideoDiTImpl(const VideoDiTOptions& options);
    // x, known: [B, C, T, H, W]; mask [B, 1, T, H, W] (1 = known); t [B] in [0, 1];
    // text [B, L, textWidth], textMask [B, L]. Returns the velocity [B, C, T, H, W].
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& known, const torch::Tensor& mask,
                          const torch::Tensor& t, const torch::Tensor& text, const torch::Tensor& textMask);
    const VideoDiTOptions& options() const { return options_; }
    // The layout head's silhouettes (needs layoutPrior), LayoutPrior::silhouettes.
    torch::Tensor silhouettes(const torch::Tensor& text, const torch::Tensor& textMask);
    // The layout head (needs layoutPrior): its guess [B, F, kLayoutSlots, kLayoutChannels] for `frames`
    // latent frames from the text.
    torch::Tensor layoutGuess(const torch::Tensor& text, const torch::Tensor& textMask, int64_t frames);

private:
    torch::Tensor positions(int64_t t, int64_t h, int64_t w, const torch::TensorOptions& opts) const;
    // The per-frame offsets [B, Tp, 6, width] from the conditioning [B, width].
    torch::Tensor frameModulation(const torch::Tensor& conditioning, int64_t frames);

    VideoDiTOptions options_;
    torch::nn::Conv3d patchEmbed_{nullptr};
    torch::nn::Sequential timeMlp_{nullptr};
    torch::nn::Linear textPool_{nullptr}, modulation_{nullptr}, finalLinear_{nullptr};
    torch::nn::Linear frameText_{nullptr}, frameIndex_{nullptr}, frameModulation_{nullptr};
    LayoutPrior layoutPrior_{nullptr};
    torch::nn::Conv3d layoutEmbed_{nullptr}, layoutEmbedSecond_{nullptr};
    torch::nn::Conv3d silhouetteEmbed_{nullptr}, silhouetteEmbedSecond_{nullptr};
    torch::nn::ModuleList blocks_;
    torch::nn::LayerNorm finalNorm_{nullptr};
    torch::Tensor finalTable_;  // [2, width]
};
TORCH_MODULE(VideoDiT);

}  // namespace shotcraft::inference::nn
