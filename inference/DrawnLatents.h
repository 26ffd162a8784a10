#pragma once
// Latents as the DiT draws them: a rendered clip's latents, noised part-way and finished
// with the app's sampling. The decoder stage learns from these, so it decodes what
// generation hands it and not only what the encoder makes (inference-internal).

#include "inference/ModelConfig.h"
#include "inference/NativeModules.h"
#include "inference/TrainingData.h"

#include <torch/torch.h>

namespace shotcraft::inference {

// A batch's clips [B, F, 3, H, W] as the DiT's normalised latents [B, C, F, h, w].
torch::Tensor encodeClips(NativeModules& modules, const ModelConfig& config, const torch::Tensor& frames);

// `data`'s clips encoded with `encoderOf`'s encoder, noised to a time drawn from
// [0.1, 0.5] and denoised by `drawer`'s text encoder and DiT on the 20-step grid with the
// config's timestep shift and guidance, under each clip's caption. Returns the
// autoencoder's raw latents, frames flattened: [B * F, C, h, w].
torch::Tensor drawnLatents(NativeModules& encoderOf, NativeModules& drawer, const ModelConfig& config,
                           const TrainingBatch& data);

}  // namespace shotcraft::inference
