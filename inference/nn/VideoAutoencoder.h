#pragma once
// A per-frame convolutional autoencoder: RGB frames in [-1, 1] <-> a latent grid with
// `downsample`x fewer pixels on each side.

#include <torch/torch.h>

#include <vector>

namespace shotcraft::inference::nn {

class VideoAutoencoderImpl : public torch::nn::Module {
public:
    VideoAutoencoderImpl(int latentChannels, const std::vector<int>& widths);
    // frames [N, 3, H, W] -> latents [N, C, H/d, W/d] (unnormalised)
    torch::Tensor encode(const torch::Tensor& frames);
    // latents [N, C, h, w] -> frames [N, 3, h*d, w*d] in about [-1, 1]
    torch::Tensor decode(const torch::Tensor& latents);
    int downsample() const { return downsample_; }

private:
    torch::nn::Sequential encoder_{nullptr}, decoder_{nullptr};
    int downsample_ = 1;
};
TORCH_MODULE(VideoAutoencoder);

}  // namespace shotcraft::inference::nn
