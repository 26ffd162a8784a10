#include "inference/nn/TextEncoder.h"

namespace shotcraft::inference::nn {

TextEncoderImpl::TextEncoderImpl(int vocabularySize, int width, int layers, int heads, int maxTokens) {
    tokenEmbedding_ = register_module("token_embedding", torch::nn::Embedding(vocabularySize, width));
    positionEmbedding_ = register_module("position_embedding", torch::nn::Embedding(maxTokens, width));
    norms1_ = register_module("norms1", torch::nn::ModuleList());
    attentions_ = register_module("attentions", torch::nn::ModuleList());
    norms2_ = register_module("norms2", torch::nn::ModuleList());
    mlps_ = register_module("mlps", torch::nn::ModuleList());
    for (int i = 0; i < layers; ++i) {
        norms1_->push_back(torch::nn::LayerNorm(torch::nn::LayerNormOptions({width})));
        attentions_->push_back(Attention(width, heads));
        norms2_->push_back(torch::nn::LayerNorm(torch::nn::LayerNormOptions({width})));
        mlps_->push_back(Mlp(width, 4 * width));
    }
    finalNorm_ = register_module("final_norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({width})));
    torch::nn::init::normal_(tokenEmbedding_->weight, 0.0, 0.02);
    torch::nn::init::normal_(positionEmbedding_->weight, 0.0, 0.02);
}

torch::Tensor TextEncoderImpl::forward(const torch::Tensor& tokens) {
    const auto mask = tokens.ne(0);
    auto positions = torch::arange(tokens.size(1), tokens.options());
    auto x = tokenEmbedding_(tokens) + positionEmbedding_(positions).unsqueeze(0);
    for (std::size_t i = 0; i < attentions_->size(); ++i) {
        x = x + attentions_[i]->as<Attention>()->forward(norms1_[i]->as<torch::nn::LayerNorm>()->forward(x), {}, mask);
        x = x + mlps_[i]->as<Mlp>()->forward(norms2_[i]->as<torch::nn::LayerNorm>()->forward(x));
    }
    return finalNorm_(x);
}

}  // namespace shotcraft::inference::nn
