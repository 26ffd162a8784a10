#pragma once
// Seam matching: the autoencoder redraws every frame slightly (fine texture, exact
// edges), and the denoiser draws new frames a little off the given ones, so new frames
// differ from the given source pixels they continue even where the motion is right. Both
// differences, taken at the given frame next to the new ones, are carried into the new
// frames and faded out, so the cut from source to new frames shows motion, not a change of
// texture. Torch-free.

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

// Drift matching, run after matchSeams on its output: the denoiser also draws the frames it
// adds a little off the given frames they continue (background level, texture), even where
// nothing moves, and the cut shows that as a jump the new frames never make among
// themselves. The difference between each reference's given pixels and the new frame
// beside it is carried into the new frames on that side with matchSeams' weights, per
// pixel only where it is small (the same content drawn a little differently: a moved
// object's edge is motion and stays) and only as far as each new frame still shows what
// that neighbour shows. Frames at a reference's index stay as they are.
void matchDrift(std::vector<media::Image>& output, int outputStart, const std::vector<SeamReference>& references,
                int fadeFrames);

}  // namespace shotcraft::inference
