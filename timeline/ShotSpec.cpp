#include "timeline/ShotSpec.h"

#include "timeline/StoreError.h"

namespace shotcraft::timeline {

QJsonObject ShotSpec::toJson() const {
    return QJsonObject{
        {"mode", QString::fromStdString(mode)},
        {"prompt", QString::fromStdString(prompt)},
        {"negative_prompt", QString::fromStdString(negativePrompt)},
        {"seed", QString::number(seed)},  // 64-bit: kept exact as text
        {"seed_locked", seedLocked},
        {"frames", frames},
        {"fps", fps},
        {"width", width},
        {"height", height},
        {"steps", steps},
        {"guidance", guidance},
        {"strength", strength},
        {"still_asset", static_cast<qint64>(stillAsset)},
        {"clip_asset", static_cast<qint64>(clipAsset)},
        {"source_shot", static_cast<qint64>(sourceShot)},
    };
}

ShotSpec ShotSpec::fromJson(const QJsonObject& json) {
    ShotSpec s;
    auto text = [&](const char* key, std::string& out) {
        if (json.contains(key)) out = json[key].toString().toStdString();
    };
    auto integer = [&](const char* key, auto& out) {
        if (!json.contains(key)) return;
        if (!json[key].isDouble())
            throw StoreError(StoreError::Kind::Corrupt, std::string("shot field '") + key + "' is not a number");
        out = static_cast<std::remove_reference_t<decltype(out)>>(json[key].toInteger());
    };
    text("mode", s.mode);
    text("prompt", s.prompt);
    text("negative_prompt", s.negativePrompt);
    if (json.contains("seed")) {
        bool ok = false;
        s.seed = json["seed"].toString().toULongLong(&ok);
        if (!ok) throw StoreError(StoreError::Kind::Corrupt, "shot seed is not a 64-bit number");
    }
    s.seedLocked = json["seed_locked"].toBool(false);
    integer("frames", s.frames);
    integer("fps", s.fps);
    integer("width", s.width);
    integer("height", s.height);
    integer("steps", s.steps);
    s.guidance = json["guidance"].toDouble(s.guidance);
    s.strength = json["strength"].toDouble(s.strength);
    integer("still_asset", s.stillAsset);
    integer("clip_asset", s.clipAsset);
    integer("source_shot", s.sourceShot);
    return s;
}

}  // namespace shotcraft::timeline
