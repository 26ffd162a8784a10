#include "inference/nn/RotaryAttention.h"

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

RotaryAttentionImpl::RotaryAttentionImpl(int width, int heads) : heads_(heads), headDim_(width / heads) {
    norm_ = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({width}).eps(1e-6)));
    qkv_ = register_module("qkv", torch::nn::Linear(width, 3 * width));
    out_ = register_module("out", torch::nn::Linear(width, width));
    torch::NoGradGuard noGrad;
    out_->weight.zero_();
    out_->bias.zero_();
}

torch::Tensor RotaryAttentionImpl::forward(const torch::Tensor& x, const RotaryTables& tables) {
    const auto b = x.size(0);
    const auto n = x.size(1);
    const auto width = x.size(2);
    auto qkv = qkv_(norm_(x)).view({b, n, 3, heads_, headDim_}).permute({2, 0, 3, 1, 4});  // 3 x [B, H, N, D]
    const auto q = applyRotary(qkv[0], tables);
    const auto k = applyRotary(qkv[1], tables);
    const auto scores = torch::matmul(q, k.transpose(-2, -1)) * (1.0 / std::sqrt(double(headDim_)));
    const auto attended = torch::matmul(scores.softmax(-1), qkv[2]);
    return out_(attended.transpose(1, 2).reshape({b, n, width}));
}

}  // namespace shotcraft::inference::nn
