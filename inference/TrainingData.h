#pragma once
// Training batches streamed from the procedural world: clips in mixed buckets, captions,
// and the conditioning masks the DiT learns from (inference-internal).

#include "inference/RowMix.h"
#include "inference/Tokenizer.h"
#include "inference/world/WorldScene.h"

#include <torch/torch.h>

#include <cstdint>
#include <functional>

namespace shotcraft::inference {

struct Bucket {
    int width = 64;
    int height = 64;
    int frames = 16;
};

enum class MaskKind { None = 1, FirstFrame, FirstK, LastK, FirstLast, Loop, Restyle };

struct TrainingBatch {
    torch::Tensor frames;        // [B, F, 3, H, W] in [-1, 1]: the clips to learn
    torch::Tensor sourceFrames;  // restyle rows: the same scene in another style; else = frames
    torch::Tensor tokens;        // [B, L] int64, 0-padded
    torch::Tensor frameMask;     // [B, F] float, 1 = known frame
    torch::Tensor restyle;       // [B] bool
    torch::Tensor objectMask;    // [B, F, 1, H, W] float, 1 where an object (or its glow) is drawn
    // [B, F, nn::kLayoutSlots, H, W]: each object's mask alone, in the order the caption names them
    torch::Tensor objectSlots;
    // Rows the clip is all there is to learn from: no known frames, not restyle, the
    // caption kept. A clip's caption fits many clips; these rows may learn their mean.
    torch::Tensor textOnly;                 // [B] bool
    std::vector<world::WorldScene> scenes;  // what each row renders
    std::vector<float> starts;              // each row's clip position at its first frame (renderClip's start)
};

// A bucket drawn with the training mix (64x64 mostly, 112x64 and 64x112; 8 to 32 frames).
Bucket pickBucket(std::uint64_t seed);
// Samples per step for a token budget (latent tokens = frames/pt * h/ph * w/pw per clip).
int batchSizeFor(const Bucket& bucket, int tokenBudget, int downsample, int patchT, int patchHW);

// Renders `batch` clips; every scene, caption, mask and style pair follows from `seed` and
// `mix.textOnly`. The continuation and moved-start shares draw from streams of their own:
// at 0 the rows are the ones the seed always drew, and each changes only the rows it picks.
TrainingBatch makeBatch(std::uint64_t seed, const Bucket& bucket, int batch, const Tokenizer& tokenizer,
                        float textDropout, const RowMix& mix = {});
// Throws InferenceError unless the text-only share is in [0, 1) and the others in [0, 1].
void checkRowMix(const RowMix& mix);
// `count` clips of `scene` with its objects placed anew (world::placedAnew), as
// makeBatch renders a row: frames [count, F, 3, H, W] and object masks [count, F, 1, H, W].
struct LayoutClips {
    torch::Tensor frames, objectMask;
};
LayoutClips renderOtherLayouts(const world::WorldScene& scene, const Bucket& bucket, int count, std::uint64_t seed);

// Text-only rows at times from `from` on learn the mean of their clip and `layouts` more
// of the same scene placed anew (TrainOptions::meanTargetLayouts; `encode` turns clips
// [N, F, 3, H, W] into latents [N, C, F, h, w]). Returns the latents to learn, z's own
// rows elsewhere, and widens those rows' object masks in `data` to every layout's
// objects; undefined when no row qualifies (or layouts is 0).
torch::Tensor meanTargets(TrainingBatch& data, const Bucket& bucket, const torch::Tensor& z, const torch::Tensor& t,
                          int layouts, double from, std::uint64_t seed,
                          const std::function<torch::Tensor(const torch::Tensor&)>& encode);

struct FrameBatch {
    torch::Tensor frames;      // [N, 3, H, W] in [-1, 1]
    torch::Tensor objectMask;  // [N, 1, H, W] float, 1 where an object (or its glow) is drawn
};

// Single frames for autoencoder training.
FrameBatch makeFrameBatch(std::uint64_t seed, const Bucket& bucket, int count);

// `n` rectified-flow times in (0, 1): logit-normal (most weight mid-way), then moved by
// the sampler's timestep shift (t' = shift t / (1 + (shift - 1) t)) so that training sees
// the noise levels sampling spends its steps on. A share `highNoiseShare` of them is drawn
// instead uniformly from [highNoiseFrom, 1): near pure noise, where sampling's first steps
// lay out the clip from the prompt (a logit-normal density hardly goes there, so a model
// learns to find the objects in the noise and not in the words). Draws from torch's global
// generator.
torch::Tensor sampleTrainingTimes(int64_t n, double shift, double highNoiseShare = 0.0, double highNoiseFrom = 0.9);
// Throws InferenceError unless sampleTrainingTimes takes these (shift > 0, share in [0, 1],
// from in [0, 1)).
void checkTrainingTimes(double shift, double highNoiseShare, double highNoiseFrom = 0.9);

}  // namespace shotcraft::inference
