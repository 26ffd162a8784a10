#include "inference/ModelConfig.h"

#include "inference/InferenceError.h"

#include <QJsonArray>

namespace shotcraft::inference {
namespace {

QJsonArray intArray(const std::vector<int>& values) {
    QJsonArray array;
    for (int v : values) array.append(v);
    return array;
}

int requireInt(const QJsonObject& json, const char* key, int min, int max) {
    if (!json.contains(key) || !json[key].isDouble()) {
        throw InferenceError(std::string("model config lacks '") + key + "'");
    }
    const int value = json[key].toInt();
    if (value < min || value > max) {
        throw InferenceError(std::string("model config: '") + key + "' is " + std::to_string(value) + ", outside " +
                             std::to_string(min) + ".." + std::to_string(max));
    }
    return value;
}

}  // namespace

void ModelConfig::checkRotaryBlocks() const {
    for (int block : rotaryBlocks) {
        if (block < 0 || block >= depth) {
            throw InferenceError("model config: rotary block " + std::to_string(block) + " is not one of the DiT's " +
                                 std::to_string(depth) + " blocks (0.." + std::to_string(depth - 1) + ")");
        }
    }
    if (!rotaryBlocks.empty() && (width / heads < 8 || (width / heads) % 2 != 0)) {
        throw InferenceError("model config: rotary blocks need an even head width of at least 8");
    }
}

void ModelConfig::checkNoiseCorrelation(double correlation) {
    if (!(correlation >= 0.0 && correlation < 1.0)) {
        throw InferenceError("the noise correlation must be from 0 to below 1, not " + std::to_string(correlation));
    }
}

QJsonObject ModelConfig::toJson() const {
    QJsonArray vocab;
    for (const auto& w : vocabulary) vocab.append(QString::fromStdString(w));
    QJsonArray bucketArray;
    for (const auto& [w, h] : buckets) bucketArray.append(QJsonArray{w, h});
    return QJsonObject{
        {"name", QString::fromStdString(name)},
        {"latent_channels", latentChannels},
        {"downsample", downsample},
        {"ae_widths", intArray(aeWidths)},
        {"latent_shift", latentShift},
        {"latent_scale", latentScale},
        {"text_width", textWidth},
        {"text_layers", textLayers},
        {"text_heads", textHeads},
        {"max_tokens", maxTokens},
        {"vocabulary", vocab},
        {"width", width},
        {"depth", depth},
        {"heads", heads},
        {"patch", QJsonArray{patchT, patchH, patchW}},
        {"rotary_blocks", intArray(rotaryBlocks)},
        {"frame_modulation", frameModulation},
        {"layout_prior", layoutPrior},
        {"default_width", defaultWidth},
        {"default_height", defaultHeight},
        {"default_frames", defaultFrames},
        {"min_frames", minFrames},
        {"max_frames", maxFrames},
        {"buckets", bucketArray},
        {"default_guidance", defaultGuidance},
        {"default_shift", defaultShift},
        {"noise_correlation", noiseCorrelation},
    };
}

ModelConfig ModelConfig::fromJson(const QJsonObject& json) {
    ModelConfig c;
    c.name = json["name"].toString("unnamed").toStdString();
    c.latentChannels = requireInt(json, "latent_channels", 1, 64);
    c.downsample = requireInt(json, "downsample", 1, 16);
    c.aeWidths.clear();
    for (const auto& v : json["ae_widths"].toArray()) c.aeWidths.push_back(v.toInt());
    if (c.aeWidths.size() < 2) throw InferenceError("model config: 'ae_widths' needs at least 2 entries");
    c.latentShift = static_cast<float>(json["latent_shift"].toDouble(0.0));
    c.latentScale = static_cast<float>(json["latent_scale"].toDouble(1.0));
    c.textWidth = requireInt(json, "text_width", 8, 4096);
    c.textLayers = requireInt(json, "text_layers", 0, 64);
    c.textHeads = requireInt(json, "text_heads", 1, 64);
    c.maxTokens = requireInt(json, "max_tokens", 2, 1024);
    c.vocabulary.clear();
    for (const auto& v : json["vocabulary"].toArray()) c.vocabulary.push_back(v.toString().toStdString());
    if (c.vocabulary.empty()) throw InferenceError("model config has an empty vocabulary");
    c.width = requireInt(json, "width", 8, 8192);
    c.depth = requireInt(json, "depth", 1, 128);
    c.heads = requireInt(json, "heads", 1, 128);
    if (c.width % c.heads != 0 || c.textWidth % c.textHeads != 0) {
        throw InferenceError("model config: widths must divide by the head counts");
    }
    const QJsonArray patch = json["patch"].toArray();
    if (patch.size() != 3) throw InferenceError("model config: 'patch' needs 3 entries");
    c.patchT = patch[0].toInt();
    c.patchH = patch[1].toInt();
    c.patchW = patch[2].toInt();
    c.rotaryBlocks.clear();  // absent in models from before rotary blocks: none
    for (const auto& v : json["rotary_blocks"].toArray()) c.rotaryBlocks.push_back(v.toInt(-1));
    c.checkRotaryBlocks();
    c.frameModulation = json["frame_modulation"].toBool(false);  // absent before it existed: off
    c.layoutPrior = json["layout_prior"].toBool(false);
    c.defaultWidth = requireInt(json, "default_width", 8, 16384);
    c.defaultHeight = requireInt(json, "default_height", 8, 16384);
    c.defaultFrames = requireInt(json, "default_frames", 1, 4096);
    c.minFrames = requireInt(json, "min_frames", 1, 4096);
    c.maxFrames = requireInt(json, "max_frames", c.minFrames, 4096);
    c.buckets.clear();
    for (const auto& b : json["buckets"].toArray()) {
        const QJsonArray pair = b.toArray();
        c.buckets.emplace_back(pair[0].toInt(), pair[1].toInt());
    }
    c.defaultGuidance = static_cast<float>(json["default_guidance"].toDouble(4.0));
    c.defaultShift = static_cast<float>(json["default_shift"].toDouble(1.0));
    // Absent in models from before correlated noise: independent frames.
    c.noiseCorrelation = static_cast<float>(json["noise_correlation"].toDouble(0.0));
    checkNoiseCorrelation(c.noiseCorrelation);
    return c;
}

}  // namespace shotcraft::inference
