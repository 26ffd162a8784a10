#include "inference/DrawnLatents.h"

#include "inference/FlowMatchSampler.h"
#include "inference/Tokenizer.h"

namespace shotcraft::inference {

torch::Tensor encodeClips(NativeModules& modules, const ModelConfig& config, const torch::Tensor& frames) {
    const auto b = frames.size(0), f = frames.size(1);
    auto lat = (modules.autoencoder->encode(frames.flatten(0, 1)) - config.latentShift) * config.latentScale;
    lat = lat.view({b, f, lat.size(1), lat.size(2), lat.size(3)});
    return lat.permute({0, 2, 1, 3, 4}).contiguous();
}

torch::Tensor drawnLatents(NativeModules& encoderOf, NativeModules& drawer, const ModelConfig& config,
                           const TrainingBatch& data) {
    torch::NoGradGuard noGrad;
    const auto clips = data.frames.size(0), frames = data.frames.size(1);
    const auto z = encodeClips(encoderOf, config, data.frames);

    // The app's own time grid below the start: the last steps of a generation, where the
    // details a decoder sees are settled.
    const double start = 0.1 + 0.4 * torch::rand({1}).item<double>();
    std::vector<double> times{start};
    for (double t : timeSchedule(20, config.defaultShift)) {
        if (t < start) times.push_back(t);
    }
    const auto known = torch::zeros_like(z);
    const auto mask = torch::zeros({clips, 1, frames, z.size(3), z.size(4)});
    const auto text = drawer.textEncoder->forward(data.tokens);
    const auto textMask = data.tokens.ne(0);
    const auto emptyTokens = torch::full({clips, 1}, Tokenizer::kEmpty, torch::kInt64);
    const auto emptyText = drawer.textEncoder->forward(emptyTokens);
    const auto emptyMask = emptyTokens.ne(0);
    const auto velocity = [&](const torch::Tensor& x, double t) {
        const auto tt = torch::full({clips}, t);
        const auto positive = drawer.dit->forward(x, known, mask, tt, text, textMask);
        const auto negative = drawer.dit->forward(x, known, mask, tt, emptyText, emptyMask);
        return guide(positive, negative, config.defaultGuidance);
    };
    const auto noisy = (1 - start) * z + start * videoNoise(z.sizes(), config.noiseCorrelation);
    const auto drawn = integrateFlow(noisy, times, velocity, SamplerKind::Euler);
    return drawn.permute({0, 2, 1, 3, 4}).flatten(0, 1) / config.latentScale + config.latentShift;
}

}  // namespace shotcraft::inference
