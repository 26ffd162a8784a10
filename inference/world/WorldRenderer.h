#pragma once
// Renders WORLD.md scenes deterministically at any size, frame count and fps.

#include "inference/world/WorldScene.h"
#include "media/Image.h"

#include <vector>

namespace shotcraft::world {

// Frame `index` of `frameCount` (8-bit sRGB RGB). Motion is spread over the clip, so the
// same scene at 8 or 32 frames covers the same path.
media::Image renderFrame(const WorldScene& scene, int width, int height, int index, int frameCount);
std::vector<media::Image> renderClip(const WorldScene& scene, int width, int height, int frameCount);

}  // namespace shotcraft::world
