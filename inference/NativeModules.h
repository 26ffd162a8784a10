#pragma once
// The three networks of a native model, built from a ModelConfig, and the single-file
// model format that stores them (inference-internal: includes torch).

#include "inference/ModelConfig.h"
#include "inference/nn/TextEncoder.h"
#include "inference/nn/VideoAutoencoder.h"
#include "inference/nn/VideoDiT.h"

#include <QJsonObject>

#include <string>

namespace shotcraft::inference {

struct NativeModules {
    explicit NativeModules(const ModelConfig& config);
    nn::VideoAutoencoder autoencoder;
    nn::TextEncoder textEncoder;
    nn::VideoDiT dit;

    // Every parameter with a "ae." / "text." / "dit." prefix.
    std::vector<std::pair<std::string, torch::Tensor>> namedParameters() const;
    void to(const torch::Device& device);
    void eval();
};

struct LoadedModel {
    ModelConfig config;
    std::unique_ptr<NativeModules> modules;
    std::string hash;      // SHA-256 of the file's contents, hex
    QJsonObject metadata;  // training notes: steps, data, measured metrics
};

// Model file: "SHOTCRAFT-MODEL\0", u32 format version, u64 header size, the JSON header
// (config, tensor table, metadata), the tensor bytes, then a SHA-256 of all before it.
constexpr std::uint32_t kModelFileVersion = 1;

void saveModelFile(const std::string& path, const ModelConfig& config, const NativeModules& modules,
                   const QJsonObject& metadata, bool halfPrecision);
// Throws InferenceError with a clear message for a missing, truncated, corrupt, newer or
// mismatched file. A file written before the layout prior gained its second object or its
// silhouettes (joinsLayoutPriorAsNoOp) loads with those parts at their starting values,
// which change nothing, so its training can go on with them.
LoadedModel loadModelFile(const std::string& path);
// Whether a parameter belongs to a part of the layout prior that starts as a no-op and may
// be missing from a model file that has a layout prior.
bool joinsLayoutPriorAsNoOp(const std::string& parameterName);

}  // namespace shotcraft::inference
