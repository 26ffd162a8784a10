#pragma once
// Building blocks shared by the text encoder and the DiT: multi-head attention with a
// key mask, and a GELU MLP.

#include <torch/torch.h>

namespace shotcraft::inference::nn {

// Multi-head attention. Self-attention when `context` is undefined; `keyMask` is
// [B, L] bool (true = attend) or undefined.
class AttentionImpl : public torch::nn::Module {
public:
    AttentionImpl(int width, int heads, int contextWidth = 0);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& context = {}, const torch::Tensor& keyMask = {});

private:
    int heads_;
    bool cross_;
    torch::nn::Linear q_{nullptr}, kv_{nullptr}, qkv_{nullptr}, out_{nullptr};
};
TORCH_MODULE(Attention);

class MlpImpl : public torch::nn::Module {
public:
    MlpImpl(int width, int hidden);
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::nn::Linear fc1_{nullptr}, fc2_{nullptr};
};
TORCH_MODULE(Mlp);

// Sinusoidal features of a scalar per batch element (diffusion time, positions).
torch::Tensor sinusoidalEmbedding(const torch::Tensor& values, int dims, double maxPeriod = 10000.0);

}  // namespace shotcraft::inference::nn
