#pragma once
// A small transformer over word tokens: the text the DiT cross-attends to.

#include "inference/nn/Layers.h"

namespace shotcraft::inference::nn {

class TextEncoderImpl : public torch::nn::Module {
public:
    TextEncoderImpl(int vocabularySize, int width, int layers, int heads, int maxTokens);
    // tokens [B, L] int64 (0 = padding). Returns [B, L, width]; mask is tokens != 0.
    torch::Tensor forward(const torch::Tensor& tokens);

private:
    torch::nn::Embedding tokenEmbedding_{nullptr}, positionEmbedding_{nullptr};
    torch::nn::ModuleList norms1_, attentions_, norms2_, mlps_;
    torch::nn::LayerNorm finalNorm_{nullptr};
};
TORCH_MODULE(TextEncoder);

}  // namespace shotcraft::inference::nn
