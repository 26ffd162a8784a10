#include "inference/nn/VideoDiT.h"

#include <algorithm>
#include <cmath>

namespace shotcraft::inference::nn {
namespace {

torch::nn::LayerNorm layerNorm(int width, bool affine) {
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({width}).elementwise_affine(affine).eps(1e-6));
}

torch::Tensor modulate(const torch::Tensor& x, const torch::Tensor& shift, const torch::Tensor& scale) {
    return x * (1 + scale.unsqueeze(1)) + shift.unsqueeze(1);
}

}  // namespace

DiTBlockImpl::DiTBlockImpl(int width, int heads, int textWidth, bool rotary) {
    norm1_ = register_module("norm1", layerNorm(width, false));
    selfAttention_ = register_module("self_attention", Attention(width, heads));
    if (rotary) rotaryAttention_ = register_module("rotary_attention", RotaryAttention(width, heads));
    norm2_ = register_module("norm2", layerNorm(width, true));
    crossAttention_ = register_module("cross_attention", Attention(width, heads, textWidth));
    norm3_ = register_module("norm3", layerNorm(width, false));
    mlp_ = register_module("mlp", Mlp(width, 4 * width));
    table_ = register_parameter("table", torch::randn({6, width}) / std::sqrt(double(width)));
}

torch::Tensor DiTBlockImpl::forward(torch::Tensor x, const torch::Tensor& modulation, const torch::Tensor& text,
                                    const torch::Tensor& textMask, const RotaryTables& rotary) {
    auto m = (modulation + table_.unsqueeze(0)).unbind(1);  // 6 x [B, width]
    x = x + m[2].unsqueeze(1) * selfAttention_(modulate(norm1_(x), m[0], m[1]));
    if (rotaryAttention_) x = x + rotaryAttention_(x, rotary);
    x = x + crossAttention_(norm2_(x), text, textMask);
    x = x + m[5].unsqueeze(1) * mlp_(modulate(norm3_(x), m[3], m[4]));
    return x;
}

VideoDiTImpl::VideoDiTImpl(const VideoDiTOptions& o) : options_(o) {
    const int in = 2 * o.latentChannels + 1;
    patchEmbed_ = register_module(
        "patch_embed", torch::nn::Conv3d(torch::nn::Conv3dOptions(in, o.width, {o.patchT, o.patchH, o.patchW})
                                             .stride({o.patchT, o.patchH, o.patchW})));
    timeMlp_ = register_module("time_mlp", torch::nn::Sequential(torch::nn::Linear(256, o.width), torch::nn::SiLU(),
                                                                 torch::nn::Linear(o.width, o.width)));
    textPool_ = register_module("text_pool", torch::nn::Linear(o.textWidth, o.width));
    modulation_ = register_module("modulation", torch::nn::Linear(o.width, 6 * o.width));
    blocks_ = register_module("blocks", torch::nn::ModuleList());
    for (int i = 0; i < o.depth; ++i) {
        const bool rotary = std::find(o.rotaryBlocks.begin(), o.rotaryBlocks.end(), i) != o.rotaryBlocks.end();
        blocks_->push_back(DiTBlock(o.width, o.heads, o.textWidth, rotary));
    }
    finalNorm_ = register_module("final_norm", layerNorm(o.width, false));
    finalTable_ = register_parameter("final_table", torch::randn({2, o.width}) / std::sqrt(double(o.width)));
    finalLinear_ =
        register_module("final_linear", torch::nn::Linear(o.width, o.patchT * o.patchH * o.patchW * o.latentChannels));

    // adaLN-zero: every block starts as the identity and the output as zero.
    torch::NoGradGuard noGrad;
    modulation_->weight.zero_();
    modulation_->bias.zero_();
    finalLinear_->weight.zero_();
    finalLinear_->bias.zero_();
}

torch::Tensor VideoDiTImpl::positions(int64_t t, int64_t h, int64_t w, const torch::TensorOptions& opts) const {
    // Split the width over (t, h, w); each axis gets sinusoids of its patch index.
    const int dimsT = options_.width / 3 / 2 * 2;
    const int dimsH = dimsT;
    const int dimsW = options_.width - dimsT - dimsH;
    auto ft = sinusoidalEmbedding(torch::arange(t, opts), dimsT, 100.0);
    auto fh = sinusoidalEmbedding(torch::arange(h, opts), dimsH, 100.0);
    auto fw = sinusoidalEmbedding(torch::arange(w, opts), dimsW, 100.0);
    auto grid = torch::cat(
        {ft.view({t, 1, 1, dimsT}).expand({t, h, w, dimsT}), fh.view({1, h, 1, dimsH}).expand({t, h, w, dimsH}),
         fw.view({1, 1, w, dimsW}).expand({t, h, w, dimsW})},
        -1);
    return grid.reshape({t * h * w, options_.width});
}

torch::Tensor VideoDiTImpl::forward(const torch::Tensor& x, const torch::Tensor& known, const torch::Tensor& mask,
                                    const torch::Tensor& t, const torch::Tensor& text, const torch::Tensor& textMask) {
    const auto& o = options_;
    const auto b = x.size(0);
    auto tokens = patchEmbed_(torch::cat({x, known, mask}, 1));  // [B, W, Tp, Hp, Wp]
    const auto tp = tokens.size(2), hp = tokens.size(3), wp = tokens.size(4);
    tokens = tokens.flatten(2).transpose(1, 2);  // [B, N, W]
    tokens = tokens + positions(tp, hp, wp, x.options()).unsqueeze(0);

    const auto maskF = textMask.to(text.dtype()).unsqueeze(-1);
    const auto pooled = (text * maskF).sum(1) / maskF.sum(1).clamp_min(1.0);
    const auto conditioning = timeMlp_->forward(sinusoidalEmbedding(t * 1000.0, 256)) + textPool_(pooled);
    const auto modulation = modulation_(torch::silu(conditioning)).view({b, 6, o.width});
    const auto rotary =
        o.rotaryBlocks.empty() ? RotaryTables{} : rotaryTables(tp, hp, wp, o.width / o.heads, x.options());
    for (const auto& block : *blocks_) {
        tokens = block->as<DiTBlock>()->forward(tokens, modulation, text, textMask, rotary);
    }
    auto shiftScale = (finalTable_.unsqueeze(0) + conditioning.unsqueeze(1)).unbind(1);
    tokens = finalLinear_(modulate(finalNorm_(tokens), shiftScale[0], shiftScale[1]));
    // Unpatchify: [B, Tp*Hp*Wp, pt*ph*pw*C] -> [B, C, T, H, W]
    tokens = tokens.view({b, tp, hp, wp, o.patchT, o.patchH, o.patchW, o.latentChannels});
    tokens = tokens.permute({0, 7, 1, 4, 2, 5, 3, 6});
    return tokens.reshape({b, o.latentChannels, tp * o.patchT, hp * o.patchH, wp * o.patchW});
}

}  // namespace shotcraft::inference::nn
