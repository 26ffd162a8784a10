#include "inference/ConditioningPlan.h"

#include <algorithm>

namespace shotcraft::inference {
namespace {

int roundUp(int value, int multiple) {
    return (value + multiple - 1) / multiple * multiple;
}

}  // namespace

ConditioningPlan planConditioning(const GenerationRequest& r, int multiple) {
    ConditioningPlan plan;
    const int n = r.frames;
    const int sizeA = static_cast<int>(r.sourceA.size());
    const int sizeB = static_cast<int>(r.sourceB.size());
    const int context = std::max(1, r.contextFrames);
    switch (r.mode) {
        case GenerationMode::Text:
        case GenerationMode::Restyle:
            plan.totalFrames = roundUp(n, multiple);
            plan.outputCount = n;
            break;
        case GenerationMode::Image:
            plan.totalFrames = roundUp(n, multiple);
            plan.known.push_back({0, 0, 0});
            plan.outputCount = n;
            break;
        case GenerationMode::ExtendForward: {
            const int k = std::min(context, sizeA);
            // Context first; padding (if any) goes after the new frames.
            plan.totalFrames = roundUp(k + n, multiple);
            for (int i = 0; i < k; ++i) plan.known.push_back({i, 0, sizeA - k + i});
            plan.outputStart = k;
            plan.outputCount = n;
            break;
        }
        case GenerationMode::ExtendBackward: {
            const int k = std::min(context, sizeA);
            // Padding (if any) goes before the new frames, so the context stays last.
            plan.totalFrames = roundUp(k + n, multiple);
            const int first = plan.totalFrames - k;
            for (int i = 0; i < k; ++i) plan.known.push_back({first + i, 0, i});
            plan.outputStart = first - n;
            plan.outputCount = n;
            break;
        }
        case GenerationMode::Connect: {
            const int ka = std::min(context, sizeA);
            const int kb = std::min(context, sizeB);
            // Padding (if any) goes first, so both seams touch the new frames.
            const int pad = roundUp(ka + n + kb, multiple) - (ka + n + kb);
            plan.totalFrames = pad + ka + n + kb;
            for (int i = 0; i < ka; ++i) plan.known.push_back({pad + i, 0, sizeA - ka + i});
            for (int i = 0; i < kb; ++i) plan.known.push_back({pad + ka + n + i, 1, i});
            plan.outputStart = pad + ka;
            plan.outputCount = n;
            break;
        }
        case GenerationMode::Loop:
            // Padding (if any) goes first, so the loop's two ends are the sampled clip's
            // ends, where training gives a loop its frames.
            plan.totalFrames = roundUp(n, multiple);
            plan.outputStart = plan.totalFrames - n;
            plan.outputCount = n;
            plan.loopFirstPass = true;
            break;
    }
    return plan;
}

std::vector<float> frameMask(const ConditioningPlan& plan) {
    std::vector<float> mask(plan.totalFrames, 0.0f);
    for (const KnownFrame& k : plan.known) mask[k.index] = 1.0f;
    return mask;
}

std::vector<float> guidanceByFrame(const std::vector<float>& mask, float guidance, int rampFrames) {
    std::vector<float> byFrame(mask.size(), guidance);
    if (rampFrames <= 0) return byFrame;
    for (std::size_t i = 0; i < mask.size(); ++i) {
        std::size_t nearest = mask.size();  // none
        for (std::size_t j = 0; j < mask.size(); ++j) {
            if (mask[j] > 0.5f) nearest = std::min(nearest, i > j ? i - j : j - i);
        }
        if (nearest == mask.size()) continue;
        const float share = std::min(1.0f, static_cast<float>(nearest) / static_cast<float>(rampFrames));
        byFrame[i] = 1.0f + (guidance - 1.0f) * share;
    }
    return byFrame;
}

}  // namespace shotcraft::inference
