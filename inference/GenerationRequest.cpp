#include "inference/GenerationRequest.h"

#include "inference/InferenceError.h"

#include <limits>

namespace shotcraft::inference {

std::string modeName(GenerationMode mode) {
    switch (mode) {
        case GenerationMode::Text:
            return "text";
        case GenerationMode::Image:
            return "image";
        case GenerationMode::ExtendForward:
            return "extend-forward";
        case GenerationMode::ExtendBackward:
            return "extend-backward";
        case GenerationMode::Connect:
            return "connect";
        case GenerationMode::Loop:
            return "loop";
        case GenerationMode::Restyle:
            return "restyle";
    }
    return "unknown";
}

GenerationMode modeFromName(const std::string& name) {
    for (auto mode :
         {GenerationMode::Text, GenerationMode::Image, GenerationMode::ExtendForward, GenerationMode::ExtendBackward,
          GenerationMode::Connect, GenerationMode::Loop, GenerationMode::Restyle}) {
        if (modeName(mode) == name) return mode;
    }
    throw InferenceError("unknown generation mode '" + name + "'");
}

QJsonValue seedToJson(std::uint64_t seed) {
    if (seed <= static_cast<std::uint64_t>(std::numeric_limits<qint64>::max())) {
        return QJsonValue(static_cast<qint64>(seed));
    }
    return QJsonValue(QString::number(seed));
}

const char* samplerName(SamplerKind kind) {
    switch (kind) {
        case SamplerKind::Heun:
            return "heun";
        case SamplerKind::Ancestral:
            return "ancestral";
        case SamplerKind::Euler:
            break;
    }
    return "euler";
}

std::optional<SamplerKind> samplerNamed(const std::string& name) {
    if (name == "euler") return SamplerKind::Euler;
    if (name == "heun") return SamplerKind::Heun;
    if (name == "ancestral") return SamplerKind::Ancestral;
    return std::nullopt;
}

QJsonObject GenerationRequest::toJson() const {
    return QJsonObject{
        {"mode", QString::fromStdString(modeName(mode))},
        {"prompt", QString::fromStdString(prompt)},
        {"negative_prompt", QString::fromStdString(negativePrompt)},
        {"seed", seedToJson(seed)},
        {"frames", frames},
        {"fps", fps},
        {"width", width},
        {"height", height},
        {"steps", steps},
        {"guidance", guidance},
        {"strength", strength},
        {"shift", shift},
        {"sampler", samplerName(sampler)},
        {"context_frames", contextFrames},
        {"seam_fade_frames", seamFadeFrames},
        {"guidance_ramp_frames", guidanceRampFrames},
        {"source_a_frames", static_cast<int>(sourceA.size())},
        {"source_b_frames", static_cast<int>(sourceB.size())},
    };
}

}  // namespace shotcraft::inference
