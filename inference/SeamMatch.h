#pragma once
// Seam matching: the autoencoder redraws every frame slightly (fine texture, exact
// edges), so new frames decoded from latents differ from the given source pixels they
// continue even where the motion is right. The difference on the given frame next to the
// new ones is carried into the new frames and faded out, so the cut from source to new
// frames shows motion, not a change of texture. Torch-free.

#include "media/Image.h"

#include <vector>

namespace shotcraft::inference {

// A given frame at `index` of the sampled clip: the source pixels and what the
// autoencoder makes of them (same size, 8-bit RGB).
struct SeamReference {
    int index = 0;
    media::Image given;
    media::Image reconstructed;
};

// Adds to each output frame (at sampled index outputStart + i) the residual of the
// nearest reference before it and the nearest after it, each weighted
// max(0, 1 - distance / fadeFrames); the two weights are scaled to sum at most 1. Each
// pixel keeps a residual only as far as it still shows what the reference's reconstruction
// shows there, so nothing is carried where an object has moved in or away.
// A reference at the frame's own index gives back its source pixels exactly.
// fadeFrames <= 0 leaves the frames as they are.
void matchSeams(std::vector<media::Image>& output, int outputStart, const std::vector<SeamReference>& references,
                int fadeFrames);

}  // namespace shotcraft::inference
