#pragma once
// The built-in model: autoencoder, text encoder and DiT read from one model file
// (inference-internal).

#include "inference/LatentVideoModel.h"
#include "inference/NativeModules.h"

namespace shotcraft::inference {

class NativeVideoModel : public LatentVideoModel {
public:
    NativeVideoModel(LoadedModel model, const std::string& path, const DeviceOptions& device);

protected:
    torch::Tensor encodeFrames(const torch::Tensor& frames) override;
    torch::Tensor decodeLatents(const torch::Tensor& latents) override;
    torch::Tensor encodeText(const torch::Tensor& tokens) override;
    torch::Tensor denoise(const torch::Tensor& x, const torch::Tensor& known, const torch::Tensor& mask,
                          const torch::Tensor& t, const torch::Tensor& text, const torch::Tensor& textMask) override;

private:
    LoadedModel model_;
};

ModelInfo modelInfoFor(const ModelConfig& config, const std::string& hash, const std::string& path);

}  // namespace shotcraft::inference
