#pragma once
// The DiT stage's loss: the rectified-flow velocity error on a training batch, with the
// latents under objects weighted up, optionally with bfloat16 matrix products
// (inference-internal; training and validation share it).

#include "inference/ModelConfig.h"
#include "inference/NativeModules.h"
#include "inference/TrainingData.h"

#include <ATen/autocast_mode.h>
#include <torch/torch.h>

namespace shotcraft::inference {

// Runs CPU matrix products in bfloat16 while it lives (when asked); everything else,
// the residual stream included, stays float32 by autocast's type promotion.
class MatmulPrecision {
public:
    explicit MatmulPrecision(bool bfloat16)
        : enabled_(bfloat16),
          wasEnabled_(at::autocast::is_cpu_enabled()),
          previousType_(at::autocast::get_autocast_cpu_dtype()) {
        if (!enabled_) return;
        at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
        at::autocast::set_cpu_enabled(true);
    }
    ~MatmulPrecision() {
        if (!enabled_) return;
        at::autocast::set_cpu_enabled(wasEnabled_);
        at::autocast::set_autocast_cpu_dtype(previousType_);
        at::autocast::clear_cache();
    }
    MatmulPrecision(const MatmulPrecision&) = delete;
    MatmulPrecision& operator=(const MatmulPrecision&) = delete;

private:
    bool enabled_;
    bool wasEnabled_;
    at::ScalarType previousType_;
};

// The per-latent loss weight: 1 + `extra` where the object mask touches a latent cell or
// its neighbours (the object's edge lives in both), [B, 1, F, h, w] like the latents.
torch::Tensor objectWeights(const torch::Tensor& objectMask, int downsample, float extra);
// The share of each latent cell each object mask [B, F, S, H, W] covers, [B, S, F, h, w].
torch::Tensor layoutCoverage(const torch::Tensor& objectMask, int downsample);

// The DiT's rectified-flow error on a batch at times `t` [B]: squared velocity errors
// [B, C, F, h, w], the frames to learn (0 on known frames) and the loss weight (those
// frames, object cells 1 + objectWeight), both [B, 1, F, h, w].
struct FlowError {
    torch::Tensor signedError;  // prediction - target, [B, C, F, h, w]
    torch::Tensor unknown, weight;
    torch::Tensor squared() const { return signedError.pow(2); }
};
// `zTarget`, when defined, replaces z as the clean latents the velocity aims at (the
// noisy input stays z's): Trainer.cpp's mean targets.
FlowError flowError(NativeModules& modules, const ModelConfig& config, const TrainingBatch& data,
                    const torch::Tensor& z, const torch::Tensor& zSource, const torch::Tensor& t,
                    const torch::Tensor& noise, float objectWeight, bool bfloat16, const torch::Tensor& zTarget = {});

// The layout head's loss (LayoutPrior.h) on a batch: its guess against the moments of each
// object's coverage (TrainingBatch::objectSlots), over all frames, known or not. The text encoder learns from it too,
// so words that move objects apart ("moving left", "pans left") are told apart. Plus the
// silhouettes' loss against each object's mask around its centre.
torch::Tensor layoutPriorLoss(NativeModules& modules, const ModelConfig& config, const TrainingBatch& data);

// The error of the clip's change from frame to frame. The predicted clean latents miss the
// rendered ones by -t times the velocity error, so their frame differences miss by
// t (e[f+1] - e[f]). An object drawn somewhere else in every frame pair costs here, while
// the per-frame loss charges it no more than one drawn steadily in the wrong place: the
// loss on frames alone barely sees motion. Pairs count where both frames are to be learned,
// with the larger of their weights; `t` [B]. Returns the weighted mean over channels too.
torch::Tensor frameChangeLoss(const FlowError& error, const torch::Tensor& t);

}  // namespace shotcraft::inference
