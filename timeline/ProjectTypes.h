#pragma once
// The values of a project document: settings, shots, takes and assets, as held in memory.

#include "timeline/ShotSpec.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace shotcraft::timeline {

struct ProjectSettings {
    std::string name;
    int fpsNum = 8;
    int fpsDen = 1;
    int width = 64;
    int height = 64;
    std::string workingSpace = "Linear Rec.709";
    std::string display = "sRGB";
    std::string view = "Standard";
    // The frame rate in whole frames per second (at least 1), as playback and export use it.
    int wholeFps() const {
        const int fps = fpsNum / (fpsDen > 0 ? fpsDen : 1);
        return fps > 0 ? fps : 1;
    }
    bool operator==(const ProjectSettings&) const = default;
};

struct Shot {
    std::int64_t id = 0;
    ShotSpec spec;
    std::int64_t activeTake = 0;  // 0: none
    bool operator==(const Shot&) const = default;
};

// A generated result. Immutable once stored; only its removal can be undone.
struct Take {
    std::int64_t id = 0;
    std::int64_t shot = 0;
    std::string requestJson;  // the full request that made it
    std::string modelId;
    std::string weightsHash;
    std::string seed;  // 64-bit, as text
    double seconds = 0;
    std::string status = "completed";
    std::string createdAt;
    std::int64_t clipBytes = 0;
    bool operator==(const Take&) const = default;
};

struct Asset {
    std::int64_t id = 0;
    std::string kind;  // "still" or "clip"
    std::string path;
    std::string contentHash;
    std::string probeJson;
    bool embedded = false;
    bool operator==(const Asset&) const = default;
};

// The sequence's transport state: playhead and loop range, in frames of the sequence.
struct SequenceState {
    std::int64_t playhead = 0;
    std::int64_t inPoint = -1;  // -1: none
    std::int64_t outPoint = -1;
    bool operator==(const SequenceState&) const = default;
};

// Everything a project holds (live items only), in order.
struct ProjectSnapshot {
    ProjectSettings settings;
    SequenceState sequence;
    std::vector<Shot> shots;  // in sequence order
    std::vector<Take> takes;  // by id
    std::vector<Asset> assets;
    bool operator==(const ProjectSnapshot&) const = default;
};

}  // namespace shotcraft::timeline
