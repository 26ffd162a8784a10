#include "inference/nn/VideoDiT.h"

#include <algorithm>
#include <cmath>

namespace shotcraft::inference::nn {
namespace {

torch::nn::LayerNorm layerNorm(int width, bool affine) {
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({width}).elementwise_affine(affine).eps(1e-6));
}

// Sinusoidal features of a latent frame's index for the per-frame modulation.
constexpr int kFrameFeatures = 64;

// Tokens [B, N, W] seen as [B, F, N / F, W], so that [B, F, W] modulations broadcast
// over each frame's tokens.
torch::Tensor byFrame(const torch::Tensor& x, int64_t frames) {
    return x.reshape({x.size(0), frames, -1, x.size(2)});
}

// x [B, N, W]; shift and scale [B, F, W].
torch::Tensor modulate(const torch::Tensor& x, const torch::Tensor& shift, const torch::Tensor& scale) {
    const auto y = byFrame(x, shift.size(1)) * (1 + scale.unsqueeze(2)) + shift.unsqueeze(2);
    return y.flatten(1, 2);
}

// A residual branch [B, N, W] times its gate [B, F, W].
torch::Tensor gated(const torch::Tensor& branch, const torch::Tensor& gate) {
    return (byFrame(branch, gate.size(1)) * gate.unsqueeze(2)).flatten(1, 2);
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
    auto m = (modulation + table_.view({1, 1, 6, -1})).unbind(2);  // 6 x [B, F, width]
    x = x + gated(selfAttention_(modulate(norm1_(x), m[0], m[1])), m[2]);
    if (rotaryAttention_) x = x + rotaryAttention_(x, rotary);
    x = x + crossAttention_(norm2_(x), text, textMask);
    x = x + gated(mlp_(modulate(norm3_(x), m[3], m[4])), m[5]);
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
    if (o.frameModulation) {
        frameText_ = register_module("frame_text", torch::nn::Linear(o.width, o.width));
        frameIndex_ = register_module("frame_index", torch::nn::Linear(kFrameFeatures, o.width));
        frameModulation_ = register_module("frame_modulation", torch::nn::Linear(o.width, 6 * o.width));
    }
    if (o.layoutPrior) {
        layoutPrior_ = register_module("layout", LayoutPrior(o.textWidth));
        // One embedding per object slot (apart rather than one of two channels, so that a
        // model trained with one slot gains the second as a no-op).
        const auto embed = [&] {
            return torch::nn::Conv3d(torch::nn::Conv3dOptions(1, o.width, {o.patchT, o.patchH, o.patchW})
                                         .stride({o.patchT, o.patchH, o.patchW})
                                         .bias(false));
        };
        layoutEmbed_ = register_module("layout_embed", embed());
        layoutEmbedSecond_ = register_module("layout_embed_second", embed());
        silhouetteEmbed_ = register_module("layout_silhouette_embed", embed());
        silhouetteEmbedSecond_ = register_module("layout_silhouette_embed_second", embed());
    }

    // adaLN-zero: every block starts as the identity and the output as zero.
    torch::NoGradGuard noGrad;
    modulation_->weight.zero_();
    modulation_->bias.zero_();
    finalLinear_->weight.zero_();
    finalLinear_->bias.zero_();
    if (frameModulation_) {  // zero offsets: a trained DiT that gains them starts unchanged
        frameModulation_->weight.zero_();
        frameModulation_->bias.zero_();
    }
    if (layoutEmbed_) {  // unused until training finds them useful
        layoutEmbed_->weight.zero_();
        layoutEmbedSecond_->weight.zero_();
        silhouetteEmbed_->weight.zero_();
        silhouetteEmbedSecond_->weight.zero_();
    }
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

torch::Tensor VideoDiTImpl::frameModulation(const torch::Tensor& conditioning, int64_t frames) {
    // The text-and-time features times the frame-index features: a bilinear form, so a
    // word can move what it asks for further with every frame.
    const auto index = sinusoidalEmbedding(torch::arange(frames, conditioning.options()), kFrameFeatures, 100.0);
    const auto product = frameText_(torch::silu(conditioning)).unsqueeze(1) *
                         frameIndex_(index.to(conditioning.dtype())).unsqueeze(0);  // [B, Tp, W]
    return frameModulation_(product).view({conditioning.size(0), frames, 6, options_.width});
}

torch::Tensor VideoDiTImpl::layoutGuess(const torch::Tensor& text, const torch::Tensor& textMask, int64_t frames) {
    TORCH_CHECK(layoutPrior_, "this DiT has no layout prior");
    return layoutPrior_->forward(text, textMask, frames);
}

torch::Tensor VideoDiTImpl::silhouettes(const torch::Tensor& text, const torch::Tensor& textMask) {
    TORCH_CHECK(layoutPrior_, "this DiT has no layout prior");
    return layoutPrior_->silhouettes(text, textMask);
}

torch::Tensor VideoDiTImpl::forward(const torch::Tensor& x, const torch::Tensor& known, const torch::Tensor& mask,
                                    const torch::Tensor& t, const torch::Tensor& text, const torch::Tensor& textMask) {
    const auto& o = options_;
    const auto b = x.size(0);
    auto tokens = patchEmbed_(torch::cat({x, known, mask}, 1));  // [B, W, Tp, Hp, Wp]
    if (layoutEmbed_) {
        // The guess learns from the rendered objects alone (its own loss); the velocity
        // loss only learns how to use it.
        const auto guess = layoutGuess(text, textMask, x.size(2)).detach();
        // Only where no frame is given: given frames say where the objects are, and a guess
        // from the words alone would pull an extension or a loop away from them.
        const auto noneGiven = (mask.flatten(1).amax(1) <= 0).view({b, 1, 1, 1, 1});
        const auto map = layoutMap(guess, x.size(3), x.size(4)).to(tokens.dtype()) *
                         noneGiven.to(tokens.dtype());  // [B, slots, F, h, w]
        tokens = tokens + layoutEmbed_(map.narrow(1, 0, 1)) + layoutEmbedSecond_(map.narrow(1, 1, 1));
        const auto shapes =
            silhouetteMap(guess, silhouettes(text, textMask).detach(), x.size(3), x.size(4)).to(tokens.dtype()) *
            noneGiven.to(tokens.dtype());
        tokens = tokens + silhouetteEmbed_(shapes.narrow(1, 0, 1)) + silhouetteEmbedSecond_(shapes.narrow(1, 1, 1));
    }
    const auto tp = tokens.size(2), hp = tokens.size(3), wp = tokens.size(4);
    tokens = tokens.flatten(2).transpose(1, 2);  // [B, N, W]
    tokens = tokens + positions(tp, hp, wp, x.options()).unsqueeze(0);

    const auto maskF = textMask.to(text.dtype()).unsqueeze(-1);
    const auto pooled = (text * maskF).sum(1) / maskF.sum(1).clamp_min(1.0);
    const auto conditioning = timeMlp_->forward(sinusoidalEmbedding(t * 1000.0, 256)) + textPool_(pooled);
    auto modulation = modulation_(torch::silu(conditioning)).view({b, 1, 6, o.width});
    if (frameModulation_) modulation = modulation + frameModulation(conditioning, tp);
    const auto rotary =
        o.rotaryBlocks.empty() ? RotaryTables{} : rotaryTables(tp, hp, wp, o.width / o.heads, x.options());
    for (const auto& block : *blocks_) {
        tokens = block->as<DiTBlock>()->forward(tokens, modulation, text, textMask, rotary);
    }
    auto shiftScale = (finalTable_.unsqueeze(0) + conditioning.unsqueeze(1)).unsqueeze(2).unbind(1);  // [B, 1, W]
    tokens = finalLinear_(modulate(finalNorm_(tokens), shiftScale[0], shiftScale[1]));
    // Unpatchify: [B, Tp*Hp*Wp, pt*ph*pw*C] -> [B, C, T, H, W]
    tokens = tokens.view({b, tp, hp, wp, o.patchT, o.patchH, o.patchW, o.latentChannels});
    tokens = tokens.permute({0, 7, 1, 4, 2, 5, 3, 6});
    return tokens.reshape({b, o.latentChannels, tp * o.patchT, hp * o.patchH, wp * o.patchW});
}

}  // namespace shotcraft::inference::nn
