#pragma once
// The DiT's guess, from the prompt alone, of where its objects are in each frame: per
// latent frame, the objects' centre, how far that centre varies over the clips the prompt
// fits, and how far the objects themselves spread. Near pure noise the noisy clip says
// nothing of the layout, and the words must. The head guesses where the centre starts and
// ends (the world's motions and pans travel evenly over the clip) and learns from exact,
// low-noise targets (the rendered objects' moments) rather than through the flow loss.
// The guess is drawn as a map (layoutMap) that the DiT embeds as one more input.

#include "inference/nn/Layers.h"

namespace shotcraft::inference::nn {

// The guess's channels, each in shares of the frame's width or height.
enum LayoutChannel : int64_t { kCentreX, kCentreY, kCentreSpreadX, kCentreSpreadY, kObjectSpreadX, kObjectSpreadY };
constexpr int64_t kLayoutChannels = 6;

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
    // text [B, L, textWidth], textMask [B, L]; returns the guess [B, F, kLayoutChannels] for
    // `frames` latent frames spread over the clip (a frame is placed by its share of it, so
    // one head serves every duration).
    torch::Tensor forward(const torch::Tensor& text, const torch::Tensor& textMask, int64_t frames);

private:
    // Apart, and the spreads read the text without teaching it: trained through the same
    // encoder as the centre, the spreads (which the size words decide) kept the centre from
    // learning the motion words.
    PromptReadout centre_{nullptr}, spread_{nullptr};
};
TORCH_MODULE(LayoutPrior);

// The guess drawn on an h x w grid of cells (the frame's own coordinates, any aspect):
// [B, 1, F, h, w], a Gaussian around the centre as wide as the centre's spread and the
// objects' together, 1 at its peak.
torch::Tensor layoutMap(const torch::Tensor& guess, int64_t h, int64_t w);

// What the guess learns from: the moments of an object coverage map [B, 1, F, h, w]
// (each cell's covered share): per frame the centre and the objects' spread, [B, F, 4]
// (centre x, y, spread x, y), and [B, F] whether the frame shows any object at all.
struct LayoutMoments {
    torch::Tensor moments, present;
};
LayoutMoments layoutMoments(const torch::Tensor& coverage);

// The head's loss against those moments: squared errors of the centre and the objects'
// spread, and of the centre's spread against how far the centre missed (its expected
// size, the centre held fixed), over the frames with objects.
torch::Tensor layoutLoss(const torch::Tensor& guess, const LayoutMoments& target);

}  // namespace shotcraft::inference::nn
