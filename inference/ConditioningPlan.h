#pragma once
// Where known frames go for each generation mode: how many frames the model samples,
// which of them are given (the mask), where each given frame comes from, and which
// sampled frames are returned. Torch-free, so tests can check the layout directly.

#include "inference/GenerationRequest.h"

#include <vector>

namespace shotcraft::inference {

struct KnownFrame {
    int index = 0;   // position in the sampled clip
    int source = 0;  // 0: request.sourceA, 1: request.sourceB
    int frame = 0;   // frame of that source
};

struct ConditioningPlan {
    int totalFrames = 0;  // sampled frames (a multiple of the model's frame multiple)
    std::vector<KnownFrame> known;
    int outputStart = 0;  // the returned frames: [outputStart, outputStart + outputCount)
    int outputCount = 0;
    // Loop: sample once for the first two frames, then again with the first given at the
    // start and the second at the end (see LatentVideoModel::generate).
    bool loopFirstPass = false;
};

ConditioningPlan planConditioning(const GenerationRequest& request, int frameMultiple);

// The mask over the sampled frames (1 = known).
std::vector<float> frameMask(const ConditioningPlan& plan);

// The guidance for each sampled frame: 1 (the prompt adds nothing) beside a known frame,
// rising linearly to `guidance` at `rampFrames` frames from the nearest known one. Strong
// guidance pulls the frames next to given ones toward the prompt's idea of the scene
// rather than the given frames (a continued object shrinks or fades for a few frames); the
// frames further on follow the prompt fully. No known frame or rampFrames <= 0: `guidance`
// everywhere.
std::vector<float> guidanceByFrame(const std::vector<float>& mask, float guidance, int rampFrames);

}  // namespace shotcraft::inference
