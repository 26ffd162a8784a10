#pragma once
// Renders WORLD.md scenes deterministically at any size, frame count and fps.

#include "inference/world/WorldScene.h"
#include "media/Image.h"

#include <vector>

namespace shotcraft::world {

// Frame `index` of `frameCount` (8-bit sRGB RGB). Motion is spread over the clip, so the
// same scene at 8 or 32 frames covers the same path.
media::Image renderFrame(const WorldScene& scene, int width, int height, int index, int frameCount);
// The scene at clip position s (0 = first frame, 1 = last). Positions outside [0, 1] go on
// with the clip's motion before or after it (the clip's own path, its own pace): training
// learns from them what an extension continues. WORLD.md's clips are [0, 1].
media::Image renderFrameAt(const WorldScene& scene, int width, int height, float s);
// Frame i at position start + i / (frameCount - 1): start 0 is the clip itself.
std::vector<media::Image> renderClip(const WorldScene& scene, int width, int height, int frameCount,
                                     float start = 0.0f);

}  // namespace shotcraft::world
