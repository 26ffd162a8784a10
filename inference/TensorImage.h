#pragma once
// Frames <-> tensors: 8-bit sRGB Images to [F, 3, H, W] floats in [-1, 1] and back.

#include "media/Image.h"

#include <torch/torch.h>

#include <vector>

namespace shotcraft::inference {

torch::Tensor framesToTensor(const std::vector<media::Image>& frames);
std::vector<media::Image> tensorToFrames(const torch::Tensor& frames);
// Resizes (bilinear) a frame to width x height; returns it unchanged when it fits.
media::Image resizeFrame(const media::Image& frame, int width, int height);

}  // namespace shotcraft::inference
