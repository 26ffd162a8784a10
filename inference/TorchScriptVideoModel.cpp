#include "inference/TorchScriptVideoModel.h"

#include "inference/InferenceError.h"
#include "inference/ModelConfig.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shotcraft::inference {

TorchScriptVideoModel::TorchScriptVideoModel(ModelInfo info, std::vector<std::string> vocabulary, int maxTokens,
                                             int channels, int downsample, const DeviceOptions& device)
    : LatentVideoModel(std::move(info), std::move(vocabulary), maxTokens, channels, downsample, device) {}

std::unique_ptr<TorchScriptVideoModel> TorchScriptVideoModel::open(const std::string& folder,
                                                                   const DeviceOptions& device) {
    const QDir dir(QString::fromStdString(folder));
    QFile manifestFile(dir.filePath("manifest.json"));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        throw InferenceError("model package '" + folder + "' has no readable manifest.json");
    }
    QJsonParseError error{};
    const QJsonObject m = QJsonDocument::fromJson(manifestFile.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        throw InferenceError("model package '" + folder + "': manifest.json: " + error.errorString().toStdString());
    }
    if (m["format"].toString() != "shotcraft-torchscript") {
        throw InferenceError("model package '" + folder + "': manifest.json is not a shotcraft-torchscript manifest");
    }
    if (m["version"].toInt() != 1) {
        throw InferenceError("model package '" + folder + "' has manifest version " +
                             std::to_string(m["version"].toInt()) + "; this Shotcraft reads version 1");
    }
    ModelInfo info;
    info.id = m["id"].toString("torchscript-model").toStdString();
    info.path = folder;
    info.kind = "torchscript";
    info.defaultWidth = m["default_width"].toInt(64);
    info.defaultHeight = m["default_height"].toInt(64);
    info.defaultFrames = m["default_frames"].toInt(16);
    info.minFrames = m["min_frames"].toInt(1);
    info.maxFrames = m["max_frames"].toInt(64);
    info.frameMultiple = m["frame_multiple"].toInt(1);
    const int downsample = m["downsample"].toInt(0);
    info.sizeMultiple = m["size_multiple"].toInt(downsample);
    info.defaultGuidance = static_cast<float>(m["default_guidance"].toDouble(4.0));
    info.defaultShift = static_cast<float>(m["default_shift"].toDouble(1.0));
    info.noiseCorrelation = static_cast<float>(m["noise_correlation"].toDouble(0.0));
    ModelConfig::checkNoiseCorrelation(info.noiseCorrelation);
    for (const auto& b : m["buckets"].toArray())
        info.buckets.emplace_back(b.toArray()[0].toInt(), b.toArray()[1].toInt());
    std::vector<std::string> vocabulary;
    for (const auto& v : m["vocabulary"].toArray()) vocabulary.push_back(v.toString().toStdString());
    const int channels = m["latent_channels"].toInt(0);
    if (vocabulary.empty() || channels <= 0 || downsample <= 0) {
        throw InferenceError("model package '" + folder +
                             "': manifest.json needs vocabulary, latent_channels and downsample");
    }
    std::unique_ptr<TorchScriptVideoModel> model(
        new TorchScriptVideoModel(info, vocabulary, m["max_tokens"].toInt(32), channels, downsample, device));

    // The package's identity: a hash over the manifest and every module file.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QJsonDocument(m).toJson(QJsonDocument::Compact));
    const QJsonObject modules = m["modules"].toObject();
    auto load = [&](const char* key) {
        const QString file = modules[key].toString();
        const QString path = dir.filePath(file);
        QFile f(path);
        if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
            throw InferenceError("model package '" + folder + "': module '" + key + "' (" + file.toStdString() +
                                 ") is missing");
        }
        hash.addData(f.readAll());
        try {
            auto module = torch::jit::load(path.toStdString(), model->device_);
            module.eval();
            return module;
        } catch (const c10::Error& e) {
            throw InferenceError("model package '" + folder + "': cannot load " + file.toStdString() + ": " +
                                 e.what_without_backtrace());
        }
    };
    model->textEncoder_ = load("text_encoder");
    model->denoiser_ = load("denoiser");
    model->encoder_ = load("encoder");
    model->decoder_ = load("decoder");
    model->info_.hash = hash.result().toHex().toStdString();
    return model;
}

torch::Tensor TorchScriptVideoModel::encodeFrames(const torch::Tensor& frames) {
    return encoder_.forward({frames}).toTensor();
}

torch::Tensor TorchScriptVideoModel::decodeLatents(const torch::Tensor& latents) {
    return decoder_.forward({latents}).toTensor();
}

torch::Tensor TorchScriptVideoModel::encodeText(const torch::Tensor& tokens) {
    return textEncoder_.forward({tokens}).toTensor();
}

torch::Tensor TorchScriptVideoModel::denoise(const torch::Tensor& x, const torch::Tensor& known,
                                             const torch::Tensor& mask, const torch::Tensor& t,
                                             const torch::Tensor& text, const torch::Tensor& textMask) {
    return denoiser_.forward({x, known, mask, t, text, textMask}).toTensor();
}

}  // namespace shotcraft::inference
