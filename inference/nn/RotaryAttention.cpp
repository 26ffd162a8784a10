#include "inference/nn/RotaryAttention.h"

namespace shotcraft::inference::nn {

RotaryAttentionImpl::RotaryAttentionImpl(int width, int heads) {
    norm_ = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({width}).eps(1e-6)));
    attention_ = register_module("attention", Attention(width, heads));
    attention_->zeroOutput();
}

torch::Tensor RotaryAttentionImpl::forward(const torch::Tensor& x, const RotaryTables& tables) {
    return attention_(norm_(x), torch::Tensor{}, torch::Tensor{}, tables);
}

}  // namespace shotcraft::inference::nn
