#include "inference/nn/VideoAutoencoder.h"

namespace shotcraft::inference::nn {
namespace {

torch::nn::Conv2d conv(int in, int out, int kernel, int stride = 1) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2));
}

}  // namespace

VideoAutoencoderImpl::VideoAutoencoderImpl(int latentChannels, const std::vector<int>& widths) {
    // Encoder: a stem, then one stride-2 stage per extra width.
    encoder_ = torch::nn::Sequential();
    encoder_->push_back(conv(3, widths[0], 3));
    encoder_->push_back(torch::nn::SiLU());
    for (std::size_t i = 1; i < widths.size(); ++i) {
        encoder_->push_back(conv(widths[i - 1], widths[i], 3, 2));
        encoder_->push_back(torch::nn::SiLU());
        encoder_->push_back(conv(widths[i], widths[i], 3));
        encoder_->push_back(torch::nn::SiLU());
        downsample_ *= 2;
    }
    encoder_->push_back(conv(widths.back(), latentChannels, 1));

    decoder_ = torch::nn::Sequential();
    decoder_->push_back(conv(latentChannels, widths.back(), 3));
    decoder_->push_back(torch::nn::SiLU());
    for (std::size_t i = widths.size() - 1; i >= 1; --i) {
        decoder_->push_back(conv(widths[i], widths[i], 3));
        decoder_->push_back(torch::nn::SiLU());
        decoder_->push_back(torch::nn::Upsample(
            torch::nn::UpsampleOptions().scale_factor(std::vector<double>{2.0, 2.0}).mode(torch::kNearest)));
        decoder_->push_back(conv(widths[i], widths[i - 1], 3));
        decoder_->push_back(torch::nn::SiLU());
    }
    decoder_->push_back(conv(widths[0], 3, 3));
    encoder_ = register_module("encoder", encoder_);
    decoder_ = register_module("decoder", decoder_);
}

torch::Tensor VideoAutoencoderImpl::encode(const torch::Tensor& frames) {
    return encoder_->forward(frames);
}

torch::Tensor VideoAutoencoderImpl::decode(const torch::Tensor& latents) {
    return decoder_->forward(latents);
}

}  // namespace shotcraft::inference::nn
