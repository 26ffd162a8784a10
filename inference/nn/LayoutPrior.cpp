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
// How much the silhouettes teach the text encoder (their gradient's share). Detached, they
// learned nothing from a fresh encoder's shape words in 1,000 test steps; teaching it fully
// (or a tenth, or 3 %), they kept the centre from learning the direction words (right 0.38
// -> 0.61 against 0.46 -> 0.48 in the unit test); at 1 % both learn.
constexpr double kSilhouetteTeaching = 0.01;

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

LayoutPriorImpl::Slot LayoutPriorImpl::registerSlot(int textWidth, const std::string& prefix) {
    Slot slot;
    slot.centre = register_module(prefix + "centre", PromptReadout(textWidth, 256, 4));
    slot.spread = register_module(prefix + "spread", PromptReadout(textWidth, 64, 4));
    slot.shape = register_module(prefix + "shape", PromptReadout(textWidth, 128, kSilhouetteCells * kSilhouetteCells));
    // Spreads start near a tenth of the frame, about what they learn, so their first errors
    // are small. (Starting the centres mid-frame the same way kept them from learning the
    // motion words for 1,250 steps, against about 500 as they are.)
    slot.spread->startNear(std::log(std::expm1(0.1 - kLeastSpread)));
    return slot;
}

LayoutPriorImpl::LayoutPriorImpl(int textWidth) {
    first_ = registerSlot(textWidth, "");
    second_ = registerSlot(textWidth, "second_");
    secondPresent_ = register_module("second_present", PromptReadout(textWidth, 64, 1));
}

torch::Tensor LayoutPriorImpl::slotGuess(Slot& slot, const torch::Tensor& text, const torch::Tensor& textMask,
                                         const torch::Tensor& share, bool teachesText) {
    const auto b = text.size(0), frames = share.size(1);
    const auto ends = torch::sigmoid(slot.centre(teachesText ? text : text.detach(), textMask));
    const auto start = ends.narrow(1, 0, 2).unsqueeze(1), end = ends.narrow(1, 2, 2).unsqueeze(1);
    // The spreads read the text without teaching it: their gradients, which the size words
    // decide, kept the centre from learning the motion words through the shared encoder.
    const auto spreads = torch::nn::functional::softplus(slot.spread(text.detach(), textMask)) + kLeastSpread;
    return torch::cat({start + share * (end - start), spreads.unsqueeze(1).expand({b, frames, 4})}, 2);
}

torch::Tensor LayoutPriorImpl::forward(const torch::Tensor& text, const torch::Tensor& textMask, int64_t frames) {
    const auto b = text.size(0);
    const auto share =
        (torch::arange(frames, text.options()) / double(std::max<int64_t>(1, frames - 1))).view({1, -1, 1});
    const auto firstPresent = torch::ones({b, frames, 1}, text.options());
    // Whether there is a second object reads the text detached, as the spreads do: it is
    // the word "and" and a second noun, which the encoder tells apart already.
    const auto secondPresent =
        torch::sigmoid(secondPresent_(text.detach(), textMask)).unsqueeze(1).expand({b, frames, 1});
    // Only the first object's centre teaches the encoder: the second's, trained through it
    // too, kept the first from learning the direction words (1,000 steps of the unit test:
    // "moving right" 0.53 -> 0.47 against 0.38 -> 0.61); the words it reads are the same.
    return torch::stack({torch::cat({slotGuess(first_, text, textMask, share, true), firstPresent}, 2),
                         torch::cat({slotGuess(second_, text, textMask, share, false), secondPresent}, 2)},
                        2);
}

torch::Tensor LayoutPriorImpl::silhouettes(const torch::Tensor& text, const torch::Tensor& textMask) {
    const auto b = text.size(0);
    const auto taught = text.detach() + kSilhouetteTeaching * (text - text.detach());
    const auto one = [&](Slot& slot) {
        return torch::sigmoid(slot.shape(taught, textMask)).view({b, kSilhouetteCells, kSilhouetteCells});
    };
    return torch::stack({one(first_), one(second_)}, 1);
}

torch::Tensor silhouetteMap(const torch::Tensor& guess, const torch::Tensor& silhouettes, int64_t h, int64_t w) {
    namespace F = torch::nn::functional;
    const auto b = guess.size(0), frames = guess.size(1), slots = guess.size(2), n = b * slots * frames;
    const auto options = guess.options();
    // A channel per object and frame, [B * S * F, 1, 1].
    const auto channel = [&](int64_t c) { return guess.select(3, c).permute({0, 2, 1}).reshape({n, 1, 1}); };
    // Each cell's place in the silhouette's box, -1 to 1 along each axis.
    const auto u =
        (cellCentres(w, options).view({1, 1, w}) - channel(kCentreX)) / (kSilhouetteReach * channel(kObjectSpreadX));
    const auto v =
        (cellCentres(h, options).view({1, h, 1}) - channel(kCentreY)) / (kSilhouetteReach * channel(kObjectSpreadY));
    const auto grid = torch::stack({u.expand({n, h, w}), v.expand({n, h, w})}, 3);
    const auto cells = silhouettes.unsqueeze(2)
                           .expand({b, slots, frames, kSilhouetteCells, kSilhouetteCells})
                           .reshape({n, 1, kSilhouetteCells, kSilhouetteCells});
    const auto drawn = F::grid_sample(
        cells, grid,
        F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kZeros).align_corners(false));
    return (drawn.view({n, h, w}) * channel(kPresence)).view({b, slots, frames, h, w});
}

torch::Tensor layoutMap(const torch::Tensor& guess, int64_t h, int64_t w) {
    const auto options = guess.options();
    const auto channel = [&](int64_t c) { return guess.select(3, c).unsqueeze(-1).unsqueeze(-1); };  // [B, F, S, 1, 1]
    const auto spreadX = channel(kCentreSpreadX).pow(2) + channel(kObjectSpreadX).pow(2);
    const auto spreadY = channel(kCentreSpreadY).pow(2) + channel(kObjectSpreadY).pow(2);
    const auto dx = cellCentres(w, options).view({1, 1, 1, 1, w}) - channel(kCentreX);
    const auto dy = cellCentres(h, options).view({1, 1, 1, h, 1}) - channel(kCentreY);
    const auto map = channel(kPresence) * torch::exp(-0.5 * (dx.pow(2) / spreadX + dy.pow(2) / spreadY));
    return map.permute({0, 2, 1, 3, 4});  // [B, S, F, h, w]
}

LayoutMoments layoutMoments(const torch::Tensor& coverage) {
    const auto c = coverage.permute({0, 2, 1, 3, 4});  // [B, F, S, h, w]
    const auto h = c.size(3), w = c.size(4);
    const auto xs = cellCentres(w, c.options()).view({1, 1, 1, 1, w});
    const auto ys = cellCentres(h, c.options()).view({1, 1, 1, h, 1});
    const auto mass = c.sum({3, 4});
    const auto safe = mass.clamp_min(1e-6);
    const auto cx = (c * xs).sum({3, 4}) / safe;
    const auto cy = (c * ys).sum({3, 4}) / safe;
    const auto sx = ((c * (xs - cx.unsqueeze(-1).unsqueeze(-1)).pow(2)).sum({3, 4}) / safe).clamp_min(0).sqrt();
    const auto sy = ((c * (ys - cy.unsqueeze(-1).unsqueeze(-1)).pow(2)).sum({3, 4}) / safe).clamp_min(0).sqrt();
    // A frame whose object covers less than a tenth of a cell does not show it to speak of.
    return {torch::stack({cx, cy, sx, sy}, 3), mass.gt(0.1)};
}

torch::Tensor layoutLoss(const torch::Tensor& guess, const LayoutMoments& target, const torch::Tensor& objects) {
    const auto b = guess.size(0), slots = guess.size(2);
    const auto centre = guess.narrow(3, kCentreX, 2);
    const auto centreTarget = target.moments.narrow(3, 0, 2);
    const auto miss = (centreTarget - centre.detach()).abs();
    // A Gaussian's mean absolute deviation is sqrt(2 / pi) of its spread.
    const auto spreadTarget = miss * std::sqrt(M_PI / 2);
    const auto errors = (centre - centreTarget).pow(2) + (guess.narrow(3, kCentreSpreadX, 2) - spreadTarget).pow(2) +
                        (guess.narrow(3, kObjectSpreadX, 2) - target.moments.narrow(3, 2, 2)).pow(2);  // [B, F, S, 2]
    // A slot learns where its object is in the frames that show it, if the scene has it.
    const auto named = torch::arange(slots, objects.options()).view({1, slots}).lt(objects.view({b, 1}));  // [B, S]
    const auto counted = (target.present.logical_and(named.unsqueeze(1))).to(errors.dtype()).unsqueeze(-1);
    const auto placement = (errors * counted).sum() / (2 * counted.sum()).clamp_min(1.0);
    const auto secondNamed = named.select(1, 1).to(guess.dtype());
    const auto presence = torch::nn::functional::binary_cross_entropy(
        guess.select(1, 0).select(1, 1).select(1, kPresence).clamp(1e-6, 1 - 1e-6), secondNamed);
    return placement + presence;
}

SilhouetteTargets silhouetteTargets(const torch::Tensor& masks, const LayoutMoments& target) {
    namespace F = torch::nn::functional;
    const auto b = masks.size(0), slots = masks.size(1), frames = masks.size(2), n = b * slots * frames;
    const auto options = masks.options();
    const auto moments = target.moments.permute({0, 2, 1, 3}).reshape({n, 4});  // [B * S * F, 4]
    const auto moment = [&](int64_t c) { return moments.select(1, c).view({n, 1, 1}); };
    // The silhouette's cell centres, -1 to 1, placed on the object's own centre and spread.
    const auto cells = (torch::arange(kSilhouetteCells, options) * 2 + 1) / double(kSilhouetteCells) - 1;
    const auto x = moment(0) + kSilhouetteReach * moment(2) * cells.view({1, 1, kSilhouetteCells});
    const auto y = moment(1) + kSilhouetteReach * moment(3) * cells.view({1, kSilhouetteCells, 1});
    const auto grid = torch::stack({(2 * x - 1).expand({n, kSilhouetteCells, kSilhouetteCells}),
                                    (2 * y - 1).expand({n, kSilhouetteCells, kSilhouetteCells})},
                                   3);
    const auto sampled =
        F::grid_sample(
            masks.reshape({n, 1, masks.size(3), masks.size(4)}).to(options.dtype()), grid,
            F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kZeros).align_corners(false))
            .view({b, slots, frames, kSilhouetteCells, kSilhouetteCells});
    const auto shown = target.present.permute({0, 2, 1}).to(sampled.dtype());  // [B, S, F]
    const auto count = shown.sum(2);
    const auto mean =
        (sampled * shown.unsqueeze(-1).unsqueeze(-1)).sum(2) / count.clamp_min(1.0).view({b, slots, 1, 1});
    return {mean, count.gt(0)};
}

torch::Tensor silhouetteLoss(const torch::Tensor& silhouettes, const SilhouetteTargets& target,
                             const torch::Tensor& objects) {
    const auto b = silhouettes.size(0), slots = silhouettes.size(1);
    const auto named = torch::arange(slots, objects.options()).view({1, slots}).lt(objects.view({b, 1}));
    const auto counted = named.logical_and(target.shown).to(silhouettes.dtype());  // [B, S]
    const auto errors = torch::nn::functional::binary_cross_entropy(
                            silhouettes.clamp(1e-6, 1 - 1e-6), target.mean,
                            torch::nn::functional::BinaryCrossEntropyFuncOptions().reduction(torch::kNone))
                            .mean({2, 3});
    return (errors * counted).sum() / counted.sum().clamp_min(1.0);
}

}  // namespace shotcraft::inference::nn
