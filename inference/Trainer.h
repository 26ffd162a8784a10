#pragma once
// shotcraft-train's engine: trains the autoencoder ("ae" stage), then the text encoder
// and DiT ("dit" stage) on streamed world clips, with checkpoints, resume and a loss log.
// The "decoder" stage fine-tunes the decoder alone at any point (the latents stay valid);
// the "validate" stage measures a DiT checkpoint's loss by noise level on fixed clips.
// Torch-free interface.

#include "inference/RowMix.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace shotcraft::inference {

struct TrainOptions {
    std::string stage = "dit";  // "ae", "decoder", "dit" or "validate"
    std::string outDir = "training";
    std::string preset = "tiny";  // "tiny" (the shipped model) or "test" (a few-second model)
    std::int64_t steps = 1000;    // total steps of the stage (resume continues to this)
    bool resume = false;
    std::uint64_t seed = 1;
    int threads = 2;
    double learningRate = 0;  // 0: the stage's default
    int tokenBudget = 8192;   // DiT latent tokens per step
    int aeBatchFrames = 32;
    int checkpointEvery = 100;
    double maxMinutes = 0;  // stop (with a checkpoint) after this long; 0 = no limit
    float textDropout = 0.1f;
    // Extra loss weight on latents an object covers (1 + this); the objects fill a few
    // percent of a frame, and an even loss would spend itself on the background.
    float objectWeight = 4.0f;
    // "dit" stage: matrix products in bfloat16 (autocast; weights, optimizer and loss stay
    // float32). About 1.5x faster on CPUs with AVX512-BF16 or AMX, slower elsewhere.
    bool bfloat16 = false;
    // "decoder" stage: the share of steps (0 to 1) that decode latents the run's DiT drew
    // (rendered clips noised part-way and finished by the DiT) instead of the encoder's:
    // the decoder then learns the latents generation gives it.
    float ditLatents = 0.0f;
    // "dit" stage: shift of the logit-normal training times toward noise, as the sampler
    // shifts its grid (1 = none). The sampler's default shift of 3 spends half its steps
    // above t = 0.75, where an unshifted density trains 14 % of the time.
    double timeShift = 1.0;
    // "dit" stage: the share of training times drawn from [highNoiseFrom, 1) (TrainingData.h
    // sampleTrainingTimes): the noise levels where the words, not the noise, must place
    // the objects.
    double highNoiseShare = 0.0;
    double highNoiseFrom = 0.9;
    // "dit" stage: the shares of text-only, continuation and moved-start rows (RowMix.h).
    RowMix rows;
    // "dit" stage: weight of the frame-change loss (FlowLoss.h) added to the flow loss;
    // 0 = none. It charges objects that jump between frames, which the flow loss hardly does.
    float frameChangeWeight = 0.0f;
    // "dit" stage: text-only rows (TrainingData.h) at times from meanTargetFrom on learn the
    // mean of their clip and this many more of the same caption, placed anew (0 = off).
    // Near pure noise the noisy clip says almost nothing of its layout, so the best answer
    // is that mean; one clip's layout is noise in the target that buries what the words
    // change in it (which way a mover goes), and the mean takes most of it away.
    int meanTargetLayouts = 0;
    double meanTargetFrom = 0.97;
    int warmupSteps = -1;  // learning-rate warm-up; < 0: the stage's default (100 / 500)
    // The cosine's length (0: steps). A run that goes on past its first plan keeps its
    // rate by naming the plan it began with.
    std::int64_t scheduleSteps = 0;
    // Over the last this many steps the rate falls straight to zero from the cosine's value
    // where the fall begins (0: no cool-down).
    std::int64_t cooldownSteps = 0;
    // "dit" stage without a checkpoint: start from this model file's weights (all three
    // networks and its latent statistics) instead of the "ae" stage's output, at the step
    // count the file records; the new optimizer warms up again over warmupSteps.
    std::string initFrom;
    // "dit" stage: the DiT blocks that add a self-attention with relative (rotary)
    // positions, starting as no-ops (so they can join --init-from's trained DiT). Unset: a
    // new run's preset has none, --init-from keeps its model's, a resumed run its own.
    std::optional<std::vector<int>> rotaryBlocks;
    // "dit" stage: per-frame modulation offsets (VideoDiT.h), starting at zero. Unset as
    // rotaryBlocks is.
    std::optional<bool> frameModulation;
    // "dit" stage: the layout prior (VideoDiT.h): a head learns from the rendered masks
    // where the prompt's objects are in each frame (its loss added to the flow loss), and the
    // DiT takes that guess as an input, starting unused. Unset as rotaryBlocks is.
    std::optional<bool> layoutPrior;
    // "dit" stage: the layout head and its map embeddings learn at this multiple of the
    // schedule's rate. A head joining a trained DiT must learn fast, while the DiT, at the
    // low rate its own schedule has reached, keeps what it does with given frames
    // (a whole fine-tune at a raised rate cost the seams). 1 = one rate for all; resume
    // a run with the scale it began with (the optimizer's groups follow it).
    double layoutLearningRateScale = 1.0;
    // "dit" stage: the text encoder's learning rate as a multiple of the schedule's. The
    // layout head teaches the encoder the direction words (which "left" means depends on the
    // word before it); at the DiT's low fine-tuning rate that came too slowly (no direction
    // after 1,500 steps). Resume a run with the scales it began with.
    double textLearningRateScale = 1.0;
    // "dit" stage: the share of the noise all frames of a clip have in common (0 to below
    // 1; FlowMatchSampler.h videoNoise), recorded in the model so sampling matches. Unset:
    // a new run's preset has 0, --init-from keeps its model's, a resumed run its own.
    std::optional<float> noiseCorrelation;
    // "validate" stage: the DiT checkpoint to measure (a run's .pt or a .shotcraft-model
    // file); empty: the run's dit-checkpoint.pt.
    std::string checkpoint;
};

// The "validate" stage's loss at one noise level, over a fixed set of clips.
struct ValidationPoint {
    double time = 0;        // the rectified-flow time every clip was noised to
    double loss = 0;        // velocity MSE over the frames to draw
    double objectLoss = 0;  // the same with object cells weighted as training weighs them
};

struct TrainResult {
    std::int64_t step = 0;                    // last finished step
    double firstLoss = 0;                     // mean over the first 10 steps of this run
    double lastLoss = 0;                      // mean over the last 10 steps
    std::string modelPath;                    // the exported model file ("dit" stage; "decoder" when a DiT is trained)
    std::vector<ValidationPoint> validation;  // "validate" stage, by time from 0.05 to 0.95
};

// Writes an untrained model of a preset ("tiny" or "test") with weights drawn from
// `seed`: the fixture for tests and benchmarks of the machinery.
void writeInitialModel(const std::string& path, const std::string& preset, std::uint64_t seed);

// Runs a stage; `log` receives one line per logged step. Throws InferenceError.
TrainResult train(const TrainOptions& options, const std::function<void(const std::string&)>& log);

}  // namespace shotcraft::inference
