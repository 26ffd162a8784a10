#pragma once
// The trainer's checkpoints: parameter sets written to and read from torch archives
// (atomically replaced), the optimizer's state with the step, and a DiT checkpoint's EMA
// weights (inference-internal).

#include "inference/NativeModules.h"

#include <torch/torch.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace shotcraft::inference {

using NamedTensors = std::vector<std::pair<std::string, torch::Tensor>>;

// Writes an archive through a temporary file, so a crash never leaves half a checkpoint.
void saveArchive(const std::filesystem::path& path, const std::function<void(torch::serialize::OutputArchive&)>& fill);
void writeParameters(torch::serialize::OutputArchive& archive, const std::string& prefix,
                     const NamedTensors& parameters);
// Reads every parameter (prefixed) into the tensors; a missing one is an InferenceError.
void readParameters(torch::serialize::InputArchive& archive, const std::string& prefix, const NamedTensors& parameters);
// Reads the parameters the archive has; returns how many it lacks (a model that gained
// blocks keeps their initial values).
int readPresentParameters(torch::serialize::InputArchive& archive, const std::string& prefix,
                          const NamedTensors& parameters);
// The parameters whose names start with `prefix` ("ae.", "text.", "dit.", "ae.decoder.").
NamedTensors filtered(const NativeModules& m, const std::string& prefix);

// The optimizer's state and the step count, as a checkpoint keeps them.
void writeTrainingState(torch::serialize::OutputArchive& archive, torch::optim::Optimizer& optimizer,
                        std::int64_t step);
std::int64_t readTrainingState(torch::serialize::InputArchive& archive, torch::optim::Optimizer& optimizer);

// What a "dit" stage archive records of the run beside its weights: the DiT's rotary
// blocks, whether it has per-frame modulation or a layout prior and the noise correlation
// it trains with. Each is nullopt in archives from before it existed (none; off; off;
// independent frames).
struct RecordedSetup {
    std::optional<std::vector<int>> rotaryBlocks;
    std::optional<bool> frameModulation;
    std::optional<bool> layoutPrior;
    std::optional<double> noiseCorrelation;
};
void writeRecordedSetup(torch::serialize::OutputArchive& archive, const ModelConfig& config);
RecordedSetup readRecordedSetup(const std::filesystem::path& archivePath);

// Copies every parameter of `from` into `to` (same config, so the same order).
void copyParameters(const NativeModules& from, NativeModules& to);

// Reads a "dit" stage checkpoint's EMA text encoder and DiT into `modules`; returns the
// checkpoint's step.
std::int64_t readEmaDiT(const std::filesystem::path& checkpoint, NativeModules& modules);

}  // namespace shotcraft::inference
