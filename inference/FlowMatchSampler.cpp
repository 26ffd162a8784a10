#include "inference/FlowMatchSampler.h"

#include "inference/InferenceError.h"

#include <cmath>

namespace shotcraft::inference {
namespace {

double shifted(double t, double shift) {
    return shift * t / (1.0 + (shift - 1.0) * t);
}
double unshifted(double t, double shift) {
    return t / (shift - (shift - 1.0) * t);
}

}  // namespace

std::vector<double> timeSchedule(int steps, double shift, double start) {
    if (steps < 1) throw InferenceError("steps must be at least 1");
    if (shift <= 0) throw InferenceError("the timestep shift must be positive");
    if (start <= 0 || start > 1) throw InferenceError("the start time must be in (0, 1]");
    const double u0 = unshifted(start, shift);
    std::vector<double> times(steps + 1);
    for (int i = 0; i <= steps; ++i) times[i] = shifted(u0 * (1.0 - double(i) / steps), shift);
    times.front() = start;
    times.back() = 0.0;
    return times;
}

torch::Tensor integrateFlow(torch::Tensor x, const std::vector<double>& times, const VelocityFunction& velocity,
                            SamplerKind kind, const StepObserver& observer, const NoiseSource& fresh) {
    if (kind == SamplerKind::Ancestral && !fresh) throw InferenceError("the ancestral sampler needs a noise source");
    for (std::size_t i = 0; i + 1 < times.size(); ++i) {
        const double t = times[i];
        const double next = times[i + 1];
        const double dt = next - t;
        const auto v = velocity(x, t);
        const auto x0 = x - t * v;
        if (kind == SamplerKind::Ancestral && next > 0) {
            const auto eps = x + (1 - t) * v;
            // The posterior of x at `next` given x at t and the clean clip (DDPM's): the part of
            // the noise that the step forgets is drawn fresh.
            const double kept = (1 - t) * next / ((1 - next) * t);
            const double share = 1 - kept * kept;
            x = (1 - next) * x0 + next * (std::sqrt(1 - share) * eps + std::sqrt(share) * fresh());
        } else if (kind == SamplerKind::Heun && next > 0) {
            const auto predicted = x + dt * v;
            const auto v2 = velocity(predicted, next);
            x = x + dt * 0.5 * (v + v2);
        } else {
            x = x + dt * v;
        }
        if (observer) observer(static_cast<int>(i + 1), x, x0);
    }
    return x;
}

torch::Tensor videoNoise(at::IntArrayRef sizes, double correlation, c10::optional<at::Generator> generator) {
    auto own = torch::randn(sizes, generator, torch::TensorOptions());
    if (correlation <= 0.0) return own;
    std::vector<int64_t> commonSizes(sizes.begin(), sizes.end());
    commonSizes.at(2) = 1;
    const auto common = torch::randn(commonSizes, generator, torch::TensorOptions());
    return std::sqrt(correlation) * common + std::sqrt(1.0 - correlation) * own;
}

torch::Tensor guide(const torch::Tensor& positive, const torch::Tensor& negative, double guidance) {
    return negative + guidance * (positive - negative);
}

}  // namespace shotcraft::inference
