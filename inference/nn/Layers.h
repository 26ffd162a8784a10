#pragma once
// Building blocks shared by the text encoder and the DiT: multi-head attention with a
// key mask or rotary positions, and a GELU MLP.

#include <torch/torch.h>

namespace shotcraft::inference::nn {

// cos and sin of every token's rotation angles, [N, headDim] each, for a (t, h, w) token
// grid in row-major order; the head dimensions are split over the three axes. Undefined
// tensors: no rotation.
struct RotaryTables {
    torch::Tensor cos, sin;
};
RotaryTables rotaryTables(int64_t t, int64_t h, int64_t w, int headDim, const torch::TensorOptions& options);

// Rotates the pairs (x[i], x[i + d/2]) of x [..., N, d] by the tables' angles.
torch::Tensor applyRotary(const torch::Tensor& x, const RotaryTables& tables);

// Multi-head attention. Self-attention when `context` is undefined; `keyMask` is
// [B, L] bool (true = attend) or undefined; `rotary` rotates a self-attention's queries
// and keys, so its scores see the tokens' offsets rather than their places.
class AttentionImpl : public torch::nn::Module {
public:
    AttentionImpl(int width, int heads, int contextWidth = 0);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& context = {}, const torch::Tensor& keyMask = {},
                          const RotaryTables& rotary = {});
    // Zeroes the output projection: a residual branch that starts as a no-op.
    void zeroOutput();

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
