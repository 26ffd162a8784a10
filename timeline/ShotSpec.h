#pragma once
// What a shot asks the generator for: mode, prompt, negative prompt, 64-bit seed, frames,
// fps, size, steps, guidance, strength and its sources. A value; stored as JSON.

#include <QJsonObject>

#include <cstdint>
#include <string>

namespace shotcraft::timeline {

struct ShotSpec {
    // The generation modes of the engine, by their names: text, image, extend-forward,
    // extend-backward, connect, loop, restyle.
    std::string mode = "text";
    std::string prompt;
    std::string negativePrompt;
    std::uint64_t seed = 0;
    bool seedLocked = false;
    int frames = 16;
    int fps = 8;
    int width = 64;
    int height = 64;
    int steps = 20;
    double guidance = 4.0;
    double strength = 0.6;
    std::int64_t stillAsset = 0;  // image mode: the still (0: none)
    std::int64_t clipAsset = 0;   // extend / restyle: a clip (0: none)
    std::int64_t sourceShot = 0;  // extend / connect: a neighbouring shot's active take (0: none)

    QJsonObject toJson() const;
    // Missing fields keep their defaults; wrong types are errors (StoreError).
    static ShotSpec fromJson(const QJsonObject& json);
    bool operator==(const ShotSpec&) const = default;
};

}  // namespace shotcraft::timeline
