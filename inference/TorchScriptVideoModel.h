#pragma once
// A model package: a folder with manifest.json and TorchScript modules (text encoder,
// denoiser, frame encoder and decoder), for models bigger than the built-in one.
// manifest.json: {"format": "shotcraft-torchscript", "version": 1, "id", "vocabulary",
// "max_tokens", "latent_channels", "downsample", "frame_multiple", "default_width",
// "default_height", "default_frames", "min_frames", "max_frames", "buckets",
// "default_guidance", "default_shift", "noise_correlation" (optional: 1 and 0),
// "modules": {"text_encoder", "denoiser", "encoder", "decoder"}}.
// The modules take and return exactly what LatentVideoModel's hooks do.

#include "inference/LatentVideoModel.h"

#include <torch/script.h>

namespace shotcraft::inference {

class TorchScriptVideoModel : public LatentVideoModel {
public:
    static std::unique_ptr<TorchScriptVideoModel> open(const std::string& folder, const DeviceOptions& device);

protected:
    torch::Tensor encodeFrames(const torch::Tensor& frames) override;
    torch::Tensor decodeLatents(const torch::Tensor& latents) override;
    torch::Tensor encodeText(const torch::Tensor& tokens) override;
    torch::Tensor denoise(const torch::Tensor& x, const torch::Tensor& known, const torch::Tensor& mask,
                          const torch::Tensor& t, const torch::Tensor& text, const torch::Tensor& textMask) override;

private:
    TorchScriptVideoModel(ModelInfo info, std::vector<std::string> vocabulary, int maxTokens, int channels,
                          int downsample, const DeviceOptions& device);
    torch::jit::Module textEncoder_, denoiser_, encoder_, decoder_;
};

}  // namespace shotcraft::inference
