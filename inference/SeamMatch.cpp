#include "inference/SeamMatch.h"

#include "inference/InferenceError.h"

#include <algorithm>
#include <cmath>

namespace shotcraft::inference {
namespace {

double weightAt(int distance, int fade) {
    return std::max(0.0, 1.0 - double(distance) / fade);
}

const SeamReference* nearest(const std::vector<SeamReference>& references, int index, bool before) {
    const SeamReference* best = nullptr;
    for (const SeamReference& r : references) {
        const bool side = before ? r.index <= index : r.index >= index;
        if (side && (!best || std::abs(r.index - index) < std::abs(best->index - index))) best = &r;
    }
    return best;
}

// A residual belongs to the content its reference showed. Where a new frame shows other
// content there (an object moved in or away), carrying it would draw a ghost of the given
// frame's edges: it is kept in full up to kSameContent from the reference's reconstruction
// (the largest difference over the channels, on the [0, 1] scale) and dropped from
// kOtherContent on.
constexpr double kSameContent = 0.06;
constexpr double kOtherContent = 0.16;

double sameContent(const media::Image& frame, const media::Image& reconstructed, int x, int y) {
    double difference = 0;
    for (int c = 0; c < 3; ++c) {
        difference = std::max(difference, double(std::abs(frame.sample(x, y, c) - reconstructed.sample(x, y, c))));
    }
    return std::clamp((kOtherContent - difference) / (kOtherContent - kSameContent), 0.0, 1.0);
}

// Scales the two sides' weights down to a sum of 1 where they overlap by more; false where
// neither side reaches the frame.
bool capWeights(double& before, double& after) {
    const double total = before + after;
    if (total <= 0) return false;
    if (total > 1) {
        before /= total;
        after /= total;
    }
    return true;
}

}  // namespace

void matchSeams(std::vector<media::Image>& output, int outputStart, const std::vector<SeamReference>& references,
                int fadeFrames) {
    if (fadeFrames <= 0 || references.empty()) return;
    for (const SeamReference& r : references) {
        if (r.given.width() != r.reconstructed.width() || r.given.height() != r.reconstructed.height() ||
            r.given.channels() != 3 || r.reconstructed.channels() != 3) {
            throw InferenceError("seam matching needs the given and reconstructed frames at one size, RGB");
        }
    }
    for (std::size_t i = 0; i < output.size(); ++i) {
        const int index = outputStart + static_cast<int>(i);
        const SeamReference* before = nearest(references, index, true);
        const SeamReference* after = nearest(references, index, false);
        if (after == before) after = nullptr;  // a reference at this very frame counts once
        double wBefore = before ? weightAt(index - before->index, fadeFrames) : 0.0;
        double wAfter = after ? weightAt(after->index - index, fadeFrames) : 0.0;
        if (!capWeights(wBefore, wAfter)) continue;
        media::Image& frame = output[i];
        const media::Image& any = before && wBefore > 0 ? before->given : after->given;
        if (frame.width() != any.width() || frame.height() != any.height() || frame.channels() != 3) {
            throw InferenceError("seam matching: the output frames and the given frames differ in size");
        }
        for (int y = 0; y < frame.height(); ++y) {
            for (int x = 0; x < frame.width(); ++x) {
                // A reference's own frame becomes its given pixels, whatever the model drew.
                const double gBefore =
                    wBefore > 0
                        ? wBefore * (before->index == index ? 1.0 : sameContent(frame, before->reconstructed, x, y))
                        : 0.0;
                const double gAfter = wAfter > 0 ? wAfter * sameContent(frame, after->reconstructed, x, y) : 0.0;
                for (int c = 0; c < 3; ++c) {
                    double v = frame.sample(x, y, c);
                    if (gBefore > 0)
                        v += gBefore * (before->given.sample(x, y, c) - before->reconstructed.sample(x, y, c));
                    if (gAfter > 0) v += gAfter * (after->given.sample(x, y, c) - after->reconstructed.sample(x, y, c));
                    frame.setSample(x, y, c, static_cast<float>(v));
                }
            }
        }
    }
}

void matchDrift(std::vector<media::Image>& output, int outputStart, const std::vector<SeamReference>& references,
                int fadeFrames) {
    if (fadeFrames <= 0 || references.empty() || output.empty()) return;
    const std::vector<media::Image> drawn = output;  // the neighbours and gates, before any change
    const int end = outputStart + static_cast<int>(output.size());
    // The new frame beside a reference on the side of `index`, or null where that frame is
    // not among the outputs.
    const auto neighbour = [&](const SeamReference* r, int step) -> const media::Image* {
        const int at = r ? r->index + step : -1;
        return r && at >= outputStart && at < end ? &drawn[static_cast<std::size_t>(at - outputStart)] : nullptr;
    };
    for (std::size_t i = 0; i < output.size(); ++i) {
        const int index = outputStart + static_cast<int>(i);
        const SeamReference* before = nearest(references, index, true);
        const SeamReference* after = nearest(references, index, false);
        if ((before && before->index == index) || (after && after->index == index)) continue;
        const media::Image* beforeNew = neighbour(before, 1);
        const media::Image* afterNew = neighbour(after, -1);
        double wBefore = beforeNew ? weightAt(index - before->index, fadeFrames) : 0.0;
        double wAfter = afterNew ? weightAt(after->index - index, fadeFrames) : 0.0;
        if (!capWeights(wBefore, wAfter)) continue;
        media::Image& frame = output[i];
        const media::Image& self = drawn[i];
        for (const media::Image* other : {beforeNew, afterNew}) {
            if (other && (other->width() != frame.width() || other->height() != frame.height()))
                throw InferenceError("drift matching: the output frames differ in size");
        }
        for (const SeamReference* r : {before, after}) {
            if (r && (r->given.width() != frame.width() || r->given.height() != frame.height()))
                throw InferenceError("drift matching: the output frames and the given frames differ in size");
        }
        for (int y = 0; y < frame.height(); ++y) {
            for (int x = 0; x < frame.width(); ++x) {
                const double gBefore = wBefore > 0 ? wBefore * sameContent(before->given, *beforeNew, x, y) *
                                                         sameContent(self, *beforeNew, x, y)
                                                   : 0.0;
                const double gAfter = wAfter > 0 ? wAfter * sameContent(after->given, *afterNew, x, y) *
                                                       sameContent(self, *afterNew, x, y)
                                                 : 0.0;
                if (gBefore <= 0 && gAfter <= 0) continue;
                for (int c = 0; c < 3; ++c) {
                    double v = frame.sample(x, y, c);
                    if (gBefore > 0) v += gBefore * (before->given.sample(x, y, c) - beforeNew->sample(x, y, c));
                    if (gAfter > 0) v += gAfter * (after->given.sample(x, y, c) - afterNew->sample(x, y, c));
                    frame.setSample(x, y, c, static_cast<float>(v));
                }
            }
        }
    }
}

}  // namespace shotcraft::inference
