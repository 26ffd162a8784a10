#pragma once
// The built-in model's measured quality: a fixed held-out prompt set (attribute
// combinations training never shows), generated and read back by the scene reader, plus
// image-to-video, extension, connect, loop and restyle measurements. Torch-free: it
// drives any VideoModel.

#include "inference/VideoModel.h"
#include "inference/eval/Continuity.h"
#include "inference/eval/SceneReader.h"
#include "inference/world/WorldScene.h"

#include <QJsonObject>

#include <functional>
#include <string>
#include <vector>

namespace shotcraft::eval {

struct EvalPrompt {
    world::WorldScene scene;  // what the prompt asks for
    std::string prompt;
};

// Single-object prompts (>= 200) and two-object binding prompts, all with at least one
// held-out (color, shape) pair; fixed forever by `seed`.
std::vector<EvalPrompt> heldOutPrompts(int singles, int pairs, std::uint64_t seed = 2026);

// The same scenes with each held-out object recolored to a color training shows with its
// shape (the next one in allColors() order that fits the background and the other
// object): what the model does with the words when the combination is not new to it.
std::vector<EvalPrompt> seenCounterparts(const std::vector<EvalPrompt>& prompts);

struct AttributeScores {
    int prompts = 0;
    double color = 0, shape = 0, motion = 0, background = 0, style = 0;  // fractions
    double binding = 0;  // two-object prompts: both objects with their own shape and motion
    int bindingPrompts = 0;
    double flicker = 0;  // VBench temporal flicker: (255 - mean |frame diff|) / 255
    // Style accuracy over the prompts asking for each style (flat, outline, neon), to tell
    // a style the model misses from one the reader or autoencoder cannot show.
    struct StyleScore {
        world::Style style;
        double accuracy = 0;
        int prompts = 0;
    };
    std::vector<StyleScore> styles = {{world::Style::Flat}, {world::Style::Outline}, {world::Style::Neon}};
    // What the reader made of each object asked for, by the shape and motion asked:
    // [asked][read] counts, indexed as allShapes() / allMotions(), with one more column for
    // objects of the asked color not found at all. Tells a model that draws the wrong
    // motion from one whose objects the reader cannot follow.
    std::vector<std::vector<int>> shapeRead, motionRead;
    // Objects asked to stand still, where found: the centroid's travel per frame over each
    // 4-frame window (fractions of the frame, read as the continuity measure reads a seam),
    // averaged over the windows. In the world only the camera moves them; what a generated
    // clip adds is its object wandering, a floor under an extension's velocity gap.
    double stillSpeed = 0;
    int stillObjects = 0;
};

struct EvalSettings {
    int width = 64, height = 64, frames = 16, fps = 8, steps = 20;
    float guidance = -1;          // < 0: the model's default
    float shift = -1;             // timestep shift; < 0: the model's default
    int seamFadeFrames = -1;      // seam matching of image/extend/connect; < 0: the request's default
    int guidanceRampFrames = -1;  // guidance ramp from given frames; < 0: the request's default
    int contextFrames = -1;       // source frames that condition extend/connect; < 0: the request's default
    inference::SamplerKind sampler = inference::SamplerKind::Euler;
    int singles = 200, pairs = 60;
    // Per image/extend/connect/loop/restyle measurement: the first moving single-object
    // scenes of the whole held-out set, whatever `singles` is.
    int conditioningCases = 24;
    int bucketPrompts = 40;  // per extra bucket (112x64, 64x112, 8 and 32 frames)
    int timingRuns = 5;
    // Held-out prompts whose rendered clips the model finishes from each of finishTimes
    // (noised to that time, then sampled with their own prompt, as restyle does): where
    // between noise and the finished clip the model loses what the prompt asks. 0: off.
    int finishPrompts = 0;
    std::vector<float> finishTimes = {0.5f, 0.7f, 0.85f, 0.95f};
    // The first held-out prompts again as seenCounterparts(), same seeds: tells a model
    // that misses new combinations from one that misses the words. 0: off.
    int seenPrompts = 0;
};

// One conditioning case's seam: the mean |diff| across the seam and between consecutive
// frames inside the generated clip (the ratio's numerator and denominator), and between
// consecutive frames of the source it continues (what a seamless continuation at the
// source's own pace would show on both sides; 0 where there is no source, as in a loop).
struct SeamCase {
    double seam = 0, inside = 0, source = 0;
};

// A seam ratio over cases (ratio of means) and its standard error (delta method: how far
// the ratio would move over another draw of as many cases).
struct SeamMeasure {
    std::vector<SeamCase> cases;
    double ratio() const;
    double standardError() const;
    // Means over the cases: across the seam, inside the new frames, inside the source.
    double meanSeam() const;
    double meanInside() const;
    double meanSource() const;
};

struct EvalReport {
    EvalSettings settings;
    AttributeScores heldOut;
    // The ceiling: the reader on the held-out scenes rendered, and on those renders drawn
    // back through the model's autoencoder (what a perfect DiT would reach).
    AttributeScores rendered, roundTrip;
    int conditioningCasesMeasured = 0;  // the moving scenes the conditioning measures were made on
    double imageFirstFramePsnr = 0;
    // Seam ratios, case by case: two models measured on the same cases compare pairwise.
    SeamMeasure extendSeam, extendBackwardSeam, connectSeam, loopSeam;
    std::vector<std::string> conditioningPrompts;  // each case's prompt, in the cases' order
    // The reader on the conditioned takes' frames, each scored against its case's prompt:
    // whether a take keeps the object, its shape and its motion after the given frames.
    // Image to video is read before seam matching (as its PSNR); the others as a user gets them.
    AttributeScores imageTakes, forwardTakes, backwardTakes, loopTakes;
    // The same reader on the world's own later frames (the second half of each case's scene
    // rendered twice as long, so at half the pace): what a continuation that keeps the
    // prompt reads as.
    AttributeScores continuationRendered;
    // The object across each extension's seam (velocity and size on both sides), and the
    // same on the world's own clips twice as long, cut in two: what carrying on looks like.
    ContinuityMeasure forwardContinuity, backwardContinuity, worldContinuity;
    double restyleStyleAccuracy = 0, restyleCentroidError = 0;
    double restyleNeonAccuracy = 0, restyleOutlineAccuracy = 0;  // the cases restyled to each style
    double restyleNeonCentroidError = 0, restyleOutlineCentroidError = 0;
    std::vector<std::pair<std::string, AttributeScores>> buckets;
    std::vector<std::pair<float, AttributeScores>> finished;  // by the time finished from
    // The first seenPrompts held-out prompts (generated) and their seen counterparts.
    AttributeScores heldOutSubset, seen;
    // The held-out clips' frame change across the model's temporal patches over within
    // them (patchStepRatio), generated and rendered; 0 when the model has no such patches.
    double patchStepRatio = 0, renderedPatchStepRatio = 0;
    double medianSecondsPerClip = 0;
    int patchGridStagger = 0;  // frames the sampler moved the patch grid by every other step
    QJsonObject toJson() const;
    std::string toMarkdown() const;
};

// The request the evaluation makes for `prompt`: its size, steps, guidance and shift.
inference::GenerationRequest evalRequest(const EvalSettings& settings, const inference::ModelInfo& info,
                                         const std::string& prompt, std::uint64_t seed);

// Runs everything; `progress` gets a line per stage.
EvalReport evaluate(inference::VideoModel& model, const EvalSettings& settings,
                    const std::function<void(const std::string&)>& progress);

// Metrics on frames, exposed for tests.
double temporalFlicker(const std::vector<media::Image>& frames);
double meanAbsDiff(const media::Image& a, const media::Image& b);
// Mean |diff| across the seam between `before` and `after`, over the mean |diff| between
// consecutive frames of `clip`.
double seamRatio(const media::Image& before, const media::Image& after, const std::vector<media::Image>& clip);
// Mean |diff| between consecutive frames that lie in different temporal patches of
// `framesPerPatch` frames, over the same between frames of one patch: about 1 for the
// world's own clips; far above 1 when a model draws each patch on its own.
double patchStepRatio(const std::vector<std::vector<media::Image>>& clips, int framesPerPatch);
AttributeScores scorePrompts(const std::vector<EvalPrompt>& prompts,
                             const std::vector<std::vector<media::Image>>& clips);

}  // namespace shotcraft::eval
