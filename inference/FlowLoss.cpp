#include "inference/FlowLoss.h"

namespace shotcraft::inference {

namespace {

// Per-frame cell maps [B * F, S, h, w] of object masks [B, F, S, H, W], laid out as the
// latents are: [B, S, F, h, w].
torch::Tensor asLatentLayout(const torch::Tensor& cells, const torch::Tensor& objectMask) {
    return cells.view({objectMask.size(0), objectMask.size(1), cells.size(1), cells.size(2), cells.size(3)})
        .permute({0, 2, 1, 3, 4});
}

}  // namespace

torch::Tensor objectWeights(const torch::Tensor& objectMask, int downsample, float extra) {
    namespace F = torch::nn::functional;
    auto cells = F::max_pool2d(objectMask.flatten(0, 1), F::MaxPool2dFuncOptions(downsample));
    cells = F::max_pool2d(cells, F::MaxPool2dFuncOptions(3).stride(1).padding(1));
    return 1 + extra * asLatentLayout(cells, objectMask);
}

FlowError flowError(NativeModules& modules, const ModelConfig& config, const TrainingBatch& data,
                    const torch::Tensor& z, const torch::Tensor& zSource, const torch::Tensor& t,
                    const torch::Tensor& noise, float objectWeight, bool bfloat16, const torch::Tensor& zTarget) {
    const auto batch = z.size(0), frames = z.size(2);
    const auto tB = t.view({batch, 1, 1, 1, 1});
    const auto restyleRows = data.restyle.view({batch, 1, 1, 1, 1});
    const auto start = torch::where(restyleRows, zSource, z);
    const auto xt = (1 - tB) * start + tB * noise;
    const auto target = torch::where(restyleRows, (xt - z) / tB, noise - (zTarget.defined() ? zTarget : z));
    const auto mask = data.frameMask.view({batch, 1, frames, 1, 1}).expand({batch, 1, frames, z.size(3), z.size(4)});
    const auto known = z * mask;
    torch::Tensor prediction;
    {
        const MatmulPrecision precision(bfloat16);
        const auto text = modules.textEncoder->forward(data.tokens);
        prediction = modules.dit->forward(xt, known, mask, t, text, data.tokens.ne(0)).to(torch::kFloat32);
    }
    // Known frames are given, not learned; object cells count more than background.
    const auto unknown = 1 - mask;
    return {prediction - target, unknown, unknown * objectWeights(data.objectMask, config.downsample, objectWeight)};
}

torch::Tensor layoutCoverage(const torch::Tensor& objectMask, int downsample) {
    namespace F = torch::nn::functional;
    return asLatentLayout(F::avg_pool2d(objectMask.flatten(0, 1), F::AvgPool2dFuncOptions(downsample)), objectMask);
}

torch::Tensor layoutPriorLoss(NativeModules& modules, const ModelConfig& config, const TrainingBatch& data) {
    const auto coverage = layoutCoverage(data.objectSlots, config.downsample);
    const auto text = modules.textEncoder->forward(data.tokens);
    const auto guess = modules.dit->layoutGuess(text, data.tokens.ne(0), coverage.size(2));
    std::vector<int64_t> objects;
    for (const auto& scene : data.scenes) objects.push_back(static_cast<int64_t>(scene.objects.size()));
    const auto named = torch::tensor(objects);
    const auto moments = nn::layoutMoments(coverage);
    // The silhouettes learn from the full-resolution masks, placed by the same moments.
    const auto silhouettes = modules.dit->silhouettes(text, data.tokens.ne(0));
    return nn::layoutLoss(guess, moments, named) +
           nn::silhouetteLoss(silhouettes, nn::silhouetteTargets(data.objectSlots.transpose(1, 2), moments), named);
}

torch::Tensor frameChangeLoss(const FlowError& error, const torch::Tensor& t) {
    const auto frames = error.signedError.size(2);
    if (frames < 2) return torch::zeros({}, error.signedError.options());
    const auto e = error.signedError;
    const auto change = (e.narrow(2, 1, frames - 1) - e.narrow(2, 0, frames - 1)) * t.view({-1, 1, 1, 1, 1});
    const auto& w = error.weight;
    const auto& u = error.unknown;
    const auto pairWeight = torch::maximum(w.narrow(2, 1, frames - 1), w.narrow(2, 0, frames - 1)) *
                            u.narrow(2, 1, frames - 1) * u.narrow(2, 0, frames - 1);
    return (change.pow(2) * pairWeight).sum() / (pairWeight.sum() * e.size(1)).clamp_min(1.0);
}

}  // namespace shotcraft::inference
