#pragma once
// The generation pipeline shared by latent video models: tokenize, encode the known
// frames, build the in-context conditioning, sample with guidance, preview and decode.
// Subclasses supply the networks (native file or TorchScript package). Inference-internal.

#include "inference/ConditioningPlan.h"
#include "inference/Tokenizer.h"
#include "inference/VideoModel.h"

#include <torch/torch.h>

#include <memory>

namespace shotcraft::inference {

class LatentVideoModel : public VideoModel {
public:
    const ModelInfo& info() const override { return info_; }
    std::vector<std::string> unknownWords(const std::string& prompt) const override;
    GenerationResult generate(const GenerationRequest& request, const GenerationCallbacks& callbacks) override;
    std::vector<media::Image> roundTrip(const std::vector<media::Image>& frames) override;
    std::string deviceName() const override { return device_.is_cuda() ? "cuda" : "cpu"; }

protected:
    LatentVideoModel(ModelInfo info, std::vector<std::string> vocabulary, int maxTokens, int latentChannels,
                     int downsample, const DeviceOptions& device);

    // Frames [F, 3, H, W] in [-1, 1] -> normalised latents [F, C, h, w].
    virtual torch::Tensor encodeFrames(const torch::Tensor& frames) = 0;
    // Normalised latents [F, C, h, w] -> frames [F, 3, H, W] in about [-1, 1].
    virtual torch::Tensor decodeLatents(const torch::Tensor& latents) = 0;
    // tokens [B, L] (0-padded) -> [B, L, D].
    virtual torch::Tensor encodeText(const torch::Tensor& tokens) = 0;
    // The velocity for x [B, C, T, h, w] given known latents, mask, t [B] and text.
    virtual torch::Tensor denoise(const torch::Tensor& x, const torch::Tensor& known, const torch::Tensor& mask,
                                  const torch::Tensor& t, const torch::Tensor& text, const torch::Tensor& textMask) = 0;

    ModelInfo info_;
    torch::Device device_{torch::kCPU};
    int threads_ = 0;  // CPU threads for generation (0: torch's setting)

private:
    struct Pass;
    torch::Tensor samplePass(const Pass& pass, const GenerationCallbacks& callbacks);
    torch::Tensor latentsOf(const std::vector<media::Image>& frames, int width, int height);

    Tokenizer tokenizer_;
    int latentChannels_ = 0;
    int downsample_ = 1;
};

// Picks CUDA or CPU as asked and sets the CPU thread count.
torch::Device chooseDevice(const DeviceOptions& options);

}  // namespace shotcraft::inference
