#pragma once
// Rectified-flow sampling: x_t = (1 - t) x0 + t noise, velocity v = noise - x0, integrated
// from t = start down to 0 with Euler or Heun steps on a shifted time grid.

#include "inference/GenerationRequest.h"

#include <torch/torch.h>

#include <functional>
#include <vector>

namespace shotcraft::inference {

// The times t_0 > t_1 > ... > t_steps = 0. `shift` > 1 spends more of the steps at high
// noise (t' = shift t / (1 + (shift - 1) t)); the grid starts at `start` (1 for pure
// noise, the strength for SDEdit).
std::vector<double> timeSchedule(int steps, double shift, double start = 1.0);

using VelocityFunction = std::function<torch::Tensor(const torch::Tensor& x, double t)>;
// Called after each step with the step number (1-based), the new state and the x0
// estimate the step made.
using StepObserver = std::function<void(int step, const torch::Tensor& x, const torch::Tensor& x0)>;

// Fresh unit noise shaped like the state, for the ancestral sampler.
using NoiseSource = std::function<torch::Tensor()>;

// Ancestral steps from t to s (DDPM's posterior in flow form): x0 = x - t v and
// eps = x + (1 - t) v (the model's clean clip and noise), then
// x = (1 - s) x0 + s (sqrt(1 - a) eps + sqrt(a) fresh), where the fresh share
// a = 1 - ((1 - t) s / ((1 - s) t))^2 is what a step of that length forgets.
// `fresh` is needed by SamplerKind::Ancestral only.
torch::Tensor integrateFlow(torch::Tensor x, const std::vector<double>& times, const VelocityFunction& velocity,
                            SamplerKind kind, const StepObserver& observer = {}, const NoiseSource& fresh = {});

// Gaussian noise for latents [B, C, F, H, W] whose frames share `correlation` of their
// variance (sqrt(c) common + sqrt(1 - c) own, so each value stays unit normal). Shared
// noise gives every frame the same starting layout, so the model moves one object
// instead of drawing each frame's object from its own noise. At 0 it is plain randn
// (the same values for the same generator state as before).
torch::Tensor videoNoise(at::IntArrayRef sizes, double correlation, c10::optional<at::Generator> generator = {});

// Classifier-free guidance: v_negative + g (v_positive - v_negative).
torch::Tensor guide(const torch::Tensor& positive, const torch::Tensor& negative, double guidance);

}  // namespace shotcraft::inference
