#pragma once
// The DiT's guess, from the prompt alone, of where its objects are in each frame: per
// latent frame and per object the prompt names (in the order it names them), the object's
// centre, how far that centre varies over the clips the prompt fits, how far the object
// spreads, and whether the prompt names that object at all. Near pure noise the noisy clip
// says nothing of the layout, and the words must. The head guesses where each centre starts
// and ends (the world's motions and pans travel evenly over the clip) and learns from
// exact, low-noise targets (each rendered object's moments) rather than through the flow
// loss. The guess is drawn as one map per object (layoutMap) that the
// DiT embeds as more inputs.

#include "inference/nn/Layers.h"

namespace shotcraft::inference::nn {

// A slot's channels: the centre, the centre's spread and the object's spread, each in
// shares of the frame's width or height, and the chance that the prompt names the object.
enum LayoutChannel : int64_t {
    kCentreX,
    kCentreY,
    kCentreSpreadX,
    kCentreSpreadY,
    kObjectSpreadX,
    kObjectSpreadY,
    kPresence
};
constexpr int64_t kLayoutChannels = 7;
// The world's scenes have one or two objects, and their captions name them in order.
constexpr int64_t kLayoutSlots = 2;
// An object's silhouette as the head guesses it: kSilhouetteCells x kSilhouetteCells values
// in [0, 1] over a box reaching kSilhouetteReach of the object's spreads either side of its
// centre (a square's half side is 1.7 spreads, a circle's radius 2), so one silhouette
// serves every size and aspect.
constexpr int64_t kSilhouetteCells = 8;
constexpr double kSilhouetteReach = 2.5;

// The prompt pooled into a few numbers: each token beside the one before it (so "pans
// left" and "moving left" differ in one linear step), weighed by attention heads that learn
// which words matter, then an MLP.
class PromptReadoutImpl : public torch::nn::Module {
public:
    PromptReadoutImpl(int textWidth, int width, int outputs);
    torch::Tensor forward(const torch::Tensor& text, const torch::Tensor& textMask);  // [B, outputs]
    // Starts every output near `value` whatever the prompt (small last-layer weights).
    void startNear(double value);

private:
    int width_;
    torch::nn::Linear key_{nullptr}, value_{nullptr};
    torch::nn::Sequential head_{nullptr};
};
TORCH_MODULE(PromptReadout);

class LayoutPriorImpl : public torch::nn::Module {
public:
    explicit LayoutPriorImpl(int textWidth);
    // text [B, L, textWidth], textMask [B, L]; returns the guess [B, F, kLayoutSlots,
    // kLayoutChannels] for `frames` latent frames spread over the clip (a frame is placed by
    // its share of it, so one head serves every duration). The first slot is always present.
    torch::Tensor forward(const torch::Tensor& text, const torch::Tensor& textMask, int64_t frames);
    // Each object's silhouette [B, kLayoutSlots, kSilhouetteCells, kSilhouetteCells], from the
    // shape (and style) words: near pure noise the noisy clip shows no outline, and a soft
    // blob is the mean of every shape.
    torch::Tensor silhouettes(const torch::Tensor& text, const torch::Tensor& textMask);

private:
    // One object's readouts. Apart, and the spreads read the text without teaching it:
    // trained through the same encoder as the centre, the spreads (which the size words
    // decide) kept the centre from learning the motion words.
    struct Slot {
        PromptReadout centre{nullptr};  // the centre's start and end (x, y each)
        PromptReadout spread{nullptr};  // the centre's and the object's spread (x, y each)
        PromptReadout shape{nullptr};   // the silhouette's cells (logits)
    };
    Slot registerSlot(int textWidth, const std::string& prefix);
    torch::Tensor slotGuess(Slot& slot, const torch::Tensor& text, const torch::Tensor& textMask,
                            const torch::Tensor& share, bool teachesText);

    Slot first_, second_;
    PromptReadout secondPresent_{nullptr};  // a logit: does the prompt name a second object?
};
TORCH_MODULE(LayoutPrior);

// The guess drawn on an h x w grid of cells (the frame's own coordinates, any aspect):
// [B, kLayoutSlots, F, h, w], per slot a Gaussian around the centre as wide as the centre's
// spread and the object's together, its peak the slot's presence.
torch::Tensor layoutMap(const torch::Tensor& guess, int64_t h, int64_t w);

// The silhouettes [B, S, K, K] drawn where the guess puts each object in each frame, as large
// as its spread and weighed by its presence: [B, S, F, h, w] on an h x w grid of cells.
torch::Tensor silhouetteMap(const torch::Tensor& guess, const torch::Tensor& silhouettes, int64_t h, int64_t w);

// What the guess learns from: the moments of object coverage maps [B, S, F, h, w] (each
// cell's covered share, one map per object): per frame and object the centre and the
// object's spread, [B, F, S, 4] (centre x, y, spread x, y), and [B, F, S] whether the frame
// shows that object at all.
struct LayoutMoments {
    torch::Tensor moments, present;
};
LayoutMoments layoutMoments(const torch::Tensor& coverage);

// The head's loss against those moments, for rows whose scenes have `objects` [B] objects:
// squared errors of each named object's centre and spread, and of the centre's spread
// against how far the centre missed (its expected size, the centre held fixed), over the
// frames that show it; and the presence's cross-entropy against whether a second object
// is named.
torch::Tensor layoutLoss(const torch::Tensor& guess, const LayoutMoments& target, const torch::Tensor& objects);

// What the silhouettes learn from: each object's mask [B, S, F, H, W] (any resolution),
// sampled on the silhouette's cells around the object's own centre and spread (`target`,
// from the coverage at any resolution), averaged over the frames that show it: mean
// [B, S, K, K], and [B, S] whether any frame shows the object.
struct SilhouetteTargets {
    torch::Tensor mean, shown;
};
SilhouetteTargets silhouetteTargets(const torch::Tensor& masks, const LayoutMoments& target);

// The silhouettes' binary cross-entropy against those targets (cell by cell), for the
// objects a row names.
torch::Tensor silhouetteLoss(const torch::Tensor& silhouettes, const SilhouetteTargets& target,
                             const torch::Tensor& objects);

}  // namespace shotcraft::inference::nn
