#include "inference/nn/LayoutPrior.h"

#include <algorithm>
#include <cmath>

namespace shotcraft::inference::nn {
namespace {

// The text is pooled by attention, head by head: a mean over the prompt's tokens dilutes
// the words that say where a mover goes among the ten that do not.
constexpr int kHeads = 4;
// The least spread a guess may have (a share of the frame), so a map is never a point.
constexpr double kLeastSpread = 0.01;

// Cell centres along one axis, as shares of it.
torch::Tensor cellCentres(int64_t n, const torch::TensorOptions& options) {
    return (torch::arange(n, options) + 0.5) / double(n);
}

}  // namespace

PromptReadoutImpl::PromptReadoutImpl(int textWidth, int width, int outputs) : width_(width) {
    key_ = register_module("key", torch::nn::Linear(2 * textWidth, kHeads));
    value_ = register_module("value", torch::nn::Linear(2 * textWidth, width));
    head_ = register_module("head", torch::nn::Sequential(torch::nn::SiLU(), torch::nn::Linear(width, width),
                                                          torch::nn::SiLU(), torch::nn::Linear(width, outputs)));
}

torch::Tensor PromptReadoutImpl::forward(const torch::Tensor& text, const torch::Tensor& textMask) {
    namespace F = torch::nn::functional;
    const auto b = text.size(0), length = text.size(1);
    const auto before = F::pad(text, F::PadFuncOptions({0, 0, 1, 0})).narrow(1, 0, length);
    const auto pairs = torch::cat({text, before}, 2);
    const auto scores = key_(pairs).masked_fill(textMask.logical_not().unsqueeze(-1), -1e9);  // [B, L, heads]
    const auto weights = torch::softmax(scores, 1).unsqueeze(-1);
    const auto values = value_(pairs).view({b, length, kHeads, width_ / kHeads});
    return head_->forward((weights * values).sum(1).view({b, width_}));
}

void PromptReadoutImpl::startNear(double value) {
    torch::NoGradGuard noGrad;
    auto last = head_[head_->size() - 1]->as<torch::nn::Linear>();
    last->weight.mul_(0.1);
    last->bias.fill_(value);
}

LayoutPriorImpl::LayoutPriorImpl(int textWidth) {
    // The centre's start and end (x, y each); the centre's and the objects' spreads (x, y each).
    centre_ = register_module("centre", PromptReadout(textWidth, 256, 4));
    spread_ = register_module("spread", PromptReadout(textWidth, 64, 4));
    // Spreads start near a tenth of the frame, about what they learn, so their first errors
    // are small. (Starting the centres mid-frame the same way kept them from learning the
    // motion words for 1,250 steps, against about 500 as they are.)
    spread_->startNear(std::log(std::expm1(0.1 - kLeastSpread)));
}

torch::Tensor LayoutPriorImpl::forward(const torch::Tensor& text, const torch::Tensor& textMask, int64_t frames) {
    const auto b = text.size(0);
    const auto ends = torch::sigmoid(centre_(text, textMask));
    const auto start = ends.narrow(1, 0, 2).unsqueeze(1), end = ends.narrow(1, 2, 2).unsqueeze(1);
    const auto share =
        (torch::arange(frames, text.options()) / double(std::max<int64_t>(1, frames - 1))).view({1, -1, 1});
    // The spreads read the text without teaching it: their gradients, which the size words
    // decide, kept the centre from learning the motion words through the shared encoder.
    const auto spreads = torch::nn::functional::softplus(spread_(text.detach(), textMask)) + kLeastSpread;
    return torch::cat({start + share * (end - start), spreads.unsqueeze(1).expand({b, frames, 4})}, 2);
}

torch::Tensor layoutMap(const torch::Tensor& guess, int64_t h, int64_t w) {
    const auto options = guess.options();
    const auto spreadX = guess.select(2, kCentreSpreadX).pow(2) + guess.select(2, kObjectSpreadX).pow(2);
    const auto spreadY = guess.select(2, kCentreSpreadY).pow(2) + guess.select(2, kObjectSpreadY).pow(2);
    const auto dx = cellCentres(w, options).view({1, 1, 1, w}) - guess.select(2, kCentreX).unsqueeze(-1).unsqueeze(-1);
    const auto dy = cellCentres(h, options).view({1, 1, h, 1}) - guess.select(2, kCentreY).unsqueeze(-1).unsqueeze(-1);
    const auto map = torch::exp(-0.5 * (dx.pow(2) / spreadX.unsqueeze(-1).unsqueeze(-1) +
                                        dy.pow(2) / spreadY.unsqueeze(-1).unsqueeze(-1)));  // [B, F, h, w]
    return map.unsqueeze(1);
}

LayoutMoments layoutMoments(const torch::Tensor& coverage) {
    const auto c = coverage.select(1, 0);  // [B, F, h, w]
    const auto h = c.size(2), w = c.size(3);
    const auto xs = cellCentres(w, c.options()).view({1, 1, 1, w});
    const auto ys = cellCentres(h, c.options()).view({1, 1, h, 1});
    const auto mass = c.sum({2, 3});
    const auto safe = mass.clamp_min(1e-6);
    const auto cx = (c * xs).sum({2, 3}) / safe;
    const auto cy = (c * ys).sum({2, 3}) / safe;
    const auto sx = ((c * (xs - cx.unsqueeze(-1).unsqueeze(-1)).pow(2)).sum({2, 3}) / safe).clamp_min(0).sqrt();
    const auto sy = ((c * (ys - cy.unsqueeze(-1).unsqueeze(-1)).pow(2)).sum({2, 3}) / safe).clamp_min(0).sqrt();
    // A frame whose objects cover less than a tenth of a cell shows none to speak of.
    return {torch::stack({cx, cy, sx, sy}, 2), mass.gt(0.1)};
}

torch::Tensor layoutLoss(const torch::Tensor& guess, const LayoutMoments& target) {
    const auto centre = guess.narrow(2, kCentreX, 2);
    const auto centreTarget = target.moments.narrow(2, 0, 2);
    const auto miss = (centreTarget - centre.detach()).abs();
    // A Gaussian's mean absolute deviation is sqrt(2 / pi) of its spread.
    const auto spreadTarget = miss * std::sqrt(M_PI / 2);
    const auto errors = (centre - centreTarget).pow(2) + (guess.narrow(2, kCentreSpreadX, 2) - spreadTarget).pow(2) +
                        (guess.narrow(2, kObjectSpreadX, 2) - target.moments.narrow(2, 2, 2)).pow(2);  // [B, F, 2]
    const auto present = target.present.to(errors.dtype()).unsqueeze(-1);
    return (errors * present).sum() / (2 * present.sum()).clamp_min(1.0);
}

}  // namespace shotcraft::inference::nn
