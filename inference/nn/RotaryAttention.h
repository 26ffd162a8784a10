#pragma once
// Self-attention over spacetime tokens with rotary (relative) positions: its scores depend
// on how far apart two tokens are in time, height and width, not on where they are, so one
// head can learn "the same object one patch later, a step to the left" once for the whole
// clip. The DiT's absolute sinusoids make that offset a different sum at every position.
// Starts as a no-op (zero output projection), so it can join a trained DiT.

#include <torch/torch.h>

namespace shotcraft::inference::nn {

// cos and sin of every token's rotation angles, [N, headDim] each, for a (t, h, w) token
// grid in row-major order. The head dimensions are split over the three axes.
struct RotaryTables {
    torch::Tensor cos, sin;
};
RotaryTables rotaryTables(int64_t t, int64_t h, int64_t w, int headDim, const torch::TensorOptions& options);

// Rotates the pairs (x[i], x[i + d/2]) of x [..., N, d] by the tables' angles.
torch::Tensor applyRotary(const torch::Tensor& x, const RotaryTables& tables);

class RotaryAttentionImpl : public torch::nn::Module {
public:
    RotaryAttentionImpl(int width, int heads);
    // x [B, N, width]; returns the residual update [B, N, width].
    torch::Tensor forward(const torch::Tensor& x, const RotaryTables& tables);
    int headDim() const { return headDim_; }

private:
    int heads_;
    int headDim_;
    torch::nn::LayerNorm norm_{nullptr};
    torch::nn::Linear qkv_{nullptr}, out_{nullptr};
};
TORCH_MODULE(RotaryAttention);

}  // namespace shotcraft::inference::nn
