// shotcraft-train: trains the built-in model on the procedural world.

#include "app/cli/Arguments.h"
#include "inference/InferenceError.h"
#include "inference/Trainer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

namespace {
const char* const kUsage =
    "usage: shotcraft-train --stage ae|decoder|dit|validate --out DIR [--steps N] [--resume] [--seed N]\n"
    "                       [--threads N] [--preset tiny|test] [--lr X] [--tokens N]\n"
    "                       [--checkpoint-every N] [--max-minutes M] [--init-from MODEL]\n"
    "                       [--object-weight X] [--bf16] [--dit-latents SHARE]\n"
    "                       [--time-shift S] [--warmup N] [--schedule-steps N] [--cooldown N]\n"
    "                       [--checkpoint FILE]\n"
    "                       [--rotary-blocks I,J,...|none] [--frame-change-loss W]\n"
    "                       [--noise-correlation C] [--high-noise-share S]\n"
    "                       [--high-noise-from T] [--text-only-share S] [--continuation-share S]\n"
    "                       [--moved-start-share S] [--frame-modulation] [--layout-prior]\n"
    "                       [--layout-lr-scale X] [--text-lr-scale X]\n"
    "                       [--mean-target LAYOUTS] [--mean-target-from T]\n";

// "--rotary-blocks 1,3,5": DiT block indices; "none" for none.
std::vector<int> blockList(const std::string& text) {
    std::vector<int> blocks;
    if (text == "none") return blocks;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        const std::size_t end = std::min(text.find(',', begin), text.size());
        const std::string item = text.substr(begin, end - begin);
        char* rest = nullptr;
        const long value = std::strtol(item.c_str(), &rest, 10);
        if (item.empty() || *rest != '\0' || value < 0) {
            throw shotcraft::cli::UsageError("--rotary-blocks takes block numbers such as 1,3,5 (or none), not '" +
                                             text + "'");
        }
        blocks.push_back(static_cast<int>(value));
        begin = end + 1;
    }
    return blocks;
}

// A share option's value, refused with the option's name when out of range (the trainer
// checks the ranges again, with plainer messages, for callers of the library).
double shareOption(const shotcraft::cli::Arguments& args, const std::string& name, double fallback, bool oneAllowed,
                   const std::string& ofWhat) {
    const double value = args.number(name).value_or(fallback);
    if (!(value >= 0 && (oneAllowed ? value <= 1 : value < 1))) {
        throw shotcraft::cli::UsageError(name + " is a share of " + ofWhat +
                                         (oneAllowed ? ", from 0 to 1" : ", at least 0 and below 1"));
    }
    return value;
}
}  // namespace

int main(int argc, char** argv) {
    using namespace shotcraft;
    try {
        const cli::Arguments args(std::vector<std::string>(argv + 1, argv + argc), {{"--stage", 1},
                                                                                    {"--out", 1},
                                                                                    {"--steps", 1},
                                                                                    {"--resume", 0},
                                                                                    {"--seed", 1},
                                                                                    {"--threads", 1},
                                                                                    {"--preset", 1},
                                                                                    {"--lr", 1},
                                                                                    {"--tokens", 1},
                                                                                    {"--checkpoint-every", 1},
                                                                                    {"--max-minutes", 1},
                                                                                    {"--init-from", 1},
                                                                                    {"--object-weight", 1},
                                                                                    {"--bf16", 0},
                                                                                    {"--dit-latents", 1},
                                                                                    {"--time-shift", 1},
                                                                                    {"--warmup", 1},
                                                                                    {"--schedule-steps", 1},
                                                                                    {"--cooldown", 1},
                                                                                    {"--checkpoint", 1},
                                                                                    {"--rotary-blocks", 1},
                                                                                    {"--frame-change-loss", 1},
                                                                                    {"--noise-correlation", 1},
                                                                                    {"--high-noise-share", 1},
                                                                                    {"--high-noise-from", 1},
                                                                                    {"--continuation-share", 1},
                                                                                    {"--moved-start-share", 1},
                                                                                    {"--text-only-share", 1},
                                                                                    {"--frame-modulation", 0},
                                                                                    {"--layout-prior", 0},
                                                                                    {"--layout-lr-scale", 1},
                                                                                    {"--text-lr-scale", 1},
                                                                                    {"--mean-target", 1},
                                                                                    {"--mean-target-from", 1},
                                                                                    {"--help", 0}});
        if (args.has("--help")) {
            std::fputs(kUsage, stdout);
            return 0;
        }
        inference::TrainOptions options;
        options.stage = args.valueOr("--stage", options.stage);
        options.outDir = args.valueOr("--out", options.outDir);
        options.steps = args.integer("--steps").value_or(options.steps);
        options.resume = args.has("--resume");
        options.seed = static_cast<std::uint64_t>(args.integer("--seed").value_or(1));
        options.threads = static_cast<int>(args.integer("--threads").value_or(2));
        options.preset = args.valueOr("--preset", options.preset);
        options.learningRate = args.number("--lr").value_or(0.0);
        options.tokenBudget = static_cast<int>(args.integer("--tokens").value_or(options.tokenBudget));
        options.checkpointEvery = static_cast<int>(args.integer("--checkpoint-every").value_or(100));
        options.maxMinutes = args.number("--max-minutes").value_or(0.0);
        options.initFrom = args.valueOr("--init-from", "");
        options.objectWeight = static_cast<float>(args.number("--object-weight").value_or(options.objectWeight));
        options.bfloat16 = args.has("--bf16");
        options.ditLatents = static_cast<float>(shareOption(args, "--dit-latents", 0.0, true, "the steps"));
        options.timeShift = args.number("--time-shift").value_or(1.0);  // the trainer checks these
        options.highNoiseShare = args.number("--high-noise-share").value_or(0.0);
        options.highNoiseFrom = args.number("--high-noise-from").value_or(options.highNoiseFrom);
        // The other rows keep their proportions among themselves, so some must remain.
        options.rows.textOnly = shareOption(args, "--text-only-share", options.rows.textOnly, false, "the rows");
        options.rows.continuation = shareOption(args, "--continuation-share", 0.0, true, "the first-k and last-k rows");
        options.rows.movedStart = shareOption(args, "--moved-start-share", 0.0, true, "the first-frame rows");
        options.meanTargetLayouts = static_cast<int>(args.integer("--mean-target").value_or(0));
        options.meanTargetFrom = args.number("--mean-target-from").value_or(options.meanTargetFrom);
        options.warmupSteps = static_cast<int>(args.integer("--warmup").value_or(-1));
        options.scheduleSteps = args.integer("--schedule-steps").value_or(0);  // the trainer checks these
        options.cooldownSteps = args.integer("--cooldown").value_or(0);
        options.checkpoint = args.valueOr("--checkpoint", "");
        options.frameChangeWeight = static_cast<float>(args.number("--frame-change-loss").value_or(0.0));
        if (options.frameChangeWeight < 0) throw cli::UsageError("--frame-change-loss must not be negative");
        // The trainer checks the range, as it does for a model file's.
        if (auto correlation = args.number("--noise-correlation")) options.noiseCorrelation = float(*correlation);
        if (args.has("--frame-modulation")) options.frameModulation = true;
        if (args.has("--layout-prior")) options.layoutPrior = true;
        options.layoutLearningRateScale = args.number("--layout-lr-scale").value_or(1.0);
        if (!(options.layoutLearningRateScale > 0)) throw cli::UsageError("--layout-lr-scale must be above 0");
        options.textLearningRateScale = args.number("--text-lr-scale").value_or(1.0);
        if (!(options.textLearningRateScale > 0)) throw cli::UsageError("--text-lr-scale must be above 0");
        if (args.has("--rotary-blocks")) options.rotaryBlocks = blockList(args.valueOr("--rotary-blocks", ""));
        const auto result = inference::train(options, [](const std::string& line) {
            std::printf("%s\n", line.c_str());
            std::fflush(stdout);
        });
        if (options.stage == "validate") {
            std::printf("validation of the DiT at step %lld (fixed clips, loss by noise level):\n",
                        static_cast<long long>(result.step));
            std::printf("time  loss     object-weighted\n");
            for (const auto& p : result.validation) std::printf("%.2f  %.5f  %.5f\n", p.time, p.loss, p.objectLoss);
            return 0;
        }
        std::printf("done: step %lld, loss %.5f -> %.5f%s%s\n", static_cast<long long>(result.step), result.firstLoss,
                    result.lastLoss, result.modelPath.empty() ? "" : ", model ", result.modelPath.c_str());
        return 0;
    } catch (const cli::UsageError& e) {
        std::fprintf(stderr, "shotcraft-train: %s\n%s", e.what(), kUsage);
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "shotcraft-train: error: %s\n", e.what());
        return 1;
    }
}
