#include "inference/nn/Layers.h"

#include <algorithm>
#include <cmath>

namespace shotcraft::inference::nn {

namespace {

// Angles [n, pairs] of positions 0..n-1 at `pairs` frequencies. A base of 100 spans the
// few dozen patches a clip has along any axis without wrapping.
torch::Tensor axisAngles(int64_t n, int pairs, const torch::TensorOptions& options) {
    const auto index = torch::arange(pairs, options.dtype(torch::kFloat32));
    const auto frequencies = torch::exp(-std::log(100.0) * index / std::max(1, pairs));
    return torch::arange(n, options.dtype(torch::kFloat32)).unsqueeze(1) * frequencies.unsqueeze(0);
}

}  // namespace

RotaryTables rotaryTables(int64_t t, int64_t h, int64_t w, int headDim, const torch::TensorOptions& options) {
    // headDim / 2 rotated pairs: a quarter to time, the rest split between height and width.
    const int pairs = headDim / 2;
    const int pairsT = pairs / 4;
    const int pairsH = (pairs - pairsT) / 2;
    const int pairsW = pairs - pairsT - pairsH;
    const auto at = axisAngles(t, pairsT, options).view({t, 1, 1, pairsT}).expand({t, h, w, pairsT});
    const auto ah = axisAngles(h, pairsH, options).view({1, h, 1, pairsH}).expand({t, h, w, pairsH});
    const auto aw = axisAngles(w, pairsW, options).view({1, 1, w, pairsW}).expand({t, h, w, pairsW});
    auto angles = torch::cat({at, ah, aw}, -1).reshape({t * h * w, pairs});
    angles = torch::cat({angles, angles}, -1);  // the same angle for x[i] and x[i + d/2]
    return {angles.cos(), angles.sin()};
}

torch::Tensor applyRotary(const torch::Tensor& x, const RotaryTables& tables) {
    const auto half = x.size(-1) / 2;
    const auto rotated = torch::cat({-x.narrow(-1, half, half), x.narrow(-1, 0, half)}, -1);
    return x * tables.cos.to(x.dtype()) + rotated * tables.sin.to(x.dtype());
}

AttentionImpl::AttentionImpl(int width, int heads, int contextWidth) : heads_(heads), cross_(contextWidth > 0) {
    if (cross_) {
        q_ = register_module("q", torch::nn::Linear(width, width));
        kv_ = register_module("kv", torch::nn::Linear(contextWidth, 2 * width));
    } else {
        qkv_ = register_module("qkv", torch::nn::Linear(width, 3 * width));
    }
    out_ = register_module("out", torch::nn::Linear(width, width));
}

torch::Tensor AttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& context, const torch::Tensor& keyMask,
                                     const RotaryTables& rotary) {
    const auto b = x.size(0);
    const auto n = x.size(1);
    const auto width = x.size(2);
    const auto headDim = width / heads_;
    torch::Tensor q, k, v;
    if (cross_) {
        q = q_(x);
        auto kv = kv_(context).chunk(2, -1);
        k = kv[0];
        v = kv[1];
    } else {
        auto qkv = qkv_(x).chunk(3, -1);
        q = qkv[0];
        k = qkv[1];
        v = qkv[2];
    }
    const auto l = k.size(1);
    q = q.view({b, n, heads_, headDim}).transpose(1, 2);
    k = k.view({b, l, heads_, headDim}).transpose(1, 2);
    v = v.view({b, l, heads_, headDim}).transpose(1, 2);
    if (rotary.cos.defined()) {
        q = applyRotary(q, rotary);
        k = applyRotary(k, rotary);
    }
    auto scores = torch::matmul(q, k.transpose(-2, -1)) * (1.0 / std::sqrt(double(headDim)));
    if (keyMask.defined()) {
        scores = scores.masked_fill(keyMask.logical_not().view({b, 1, 1, l}), -std::numeric_limits<float>::infinity());
    }
    auto attended = torch::matmul(scores.softmax(-1), v);
    return out_(attended.transpose(1, 2).reshape({b, n, width}));
}

void AttentionImpl::zeroOutput() {
    torch::NoGradGuard noGrad;
    out_->weight.zero_();
    out_->bias.zero_();
}

MlpImpl::MlpImpl(int width, int hidden) {
    fc1_ = register_module("fc1", torch::nn::Linear(width, hidden));
    fc2_ = register_module("fc2", torch::nn::Linear(hidden, width));
}

torch::Tensor MlpImpl::forward(const torch::Tensor& x) {
    return fc2_(torch::gelu(fc1_(x), "tanh"));
}

torch::Tensor sinusoidalEmbedding(const torch::Tensor& values, int dims, double maxPeriod) {
    const int half = dims / 2;
    auto freqs = torch::exp(-std::log(maxPeriod) * torch::arange(half, values.options().dtype(torch::kFloat32)) / half);
    auto args = values.to(torch::kFloat32).unsqueeze(-1) * freqs;
    auto emb = torch::cat({torch::cos(args), torch::sin(args)}, -1);
    if (dims % 2) emb = torch::cat({emb, torch::zeros_like(emb.narrow(-1, 0, 1))}, -1);
    return emb;
}

}  // namespace shotcraft::inference::nn
