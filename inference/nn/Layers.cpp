#include "inference/nn/Layers.h"

#include <cmath>

namespace shotcraft::inference::nn {

AttentionImpl::AttentionImpl(int width, int heads, int contextWidth) : heads_(heads), cross_(contextWidth > 0) {
    if (cross_) {
        q_ = register_module("q", torch::nn::Linear(width, width));
        kv_ = register_module("kv", torch::nn::Linear(contextWidth, 2 * width));
    } else {
        qkv_ = register_module("qkv", torch::nn::Linear(width, 3 * width));
    }
    out_ = register_module("out", torch::nn::Linear(width, width));
}

torch::Tensor AttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& context,
                                     const torch::Tensor& keyMask) {
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
    auto scores = torch::matmul(q, k.transpose(-2, -1)) * (1.0 / std::sqrt(double(headDim)));
    if (keyMask.defined()) {
        scores = scores.masked_fill(keyMask.logical_not().view({b, 1, 1, l}), -std::numeric_limits<float>::infinity());
    }
    auto attended = torch::matmul(scores.softmax(-1), v);
    return out_(attended.transpose(1, 2).reshape({b, n, width}));
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
