#pragma once
// Self-attention over spacetime tokens with rotary (relative) positions: its scores depend
// on how far apart two tokens are in time, height and width, not on where they are, so one
// head can learn "the same object one patch later, a step to the left" once for the whole
// clip. The DiT's absolute sinusoids make that offset a different sum at every position.
// Starts as a no-op (zero output projection), so it can join a trained DiT.

#include "inference/nn/Layers.h"

namespace shotcraft::inference::nn {

class RotaryAttentionImpl : public torch::nn::Module {
public:
    RotaryAttentionImpl(int width, int heads);
    // x [B, N, width]; returns the residual update [B, N, width].
    torch::Tensor forward(const torch::Tensor& x, const RotaryTables& tables);

private:
    torch::nn::LayerNorm norm_{nullptr};
    Attention attention_{nullptr};
};
TORCH_MODULE(RotaryAttention);

}  // namespace shotcraft::inference::nn
