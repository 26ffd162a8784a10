#pragma once
// What to generate: an immutable, complete request (everything needed to make the same
// take again), and what comes back. Torch-free.

#include "media/Image.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace shotcraft::inference {

enum class GenerationMode {
    Text = 1,        // prompt only
    Image,           // the still is the first frame
    ExtendForward,   // new frames that continue after the source clip's end
    ExtendBackward,  // new frames that lead into the source clip's start
    Connect,         // new frames from clip A's end into clip B's start
    Loop,            // the clip's end flows into its start
    Restyle,         // video-to-video (SDEdit) at `strength`
};

// Euler and Heun integrate the flow's ODE from the seed's noise; Ancestral takes each
// Euler step to the clean estimate and noises it back to the next time with part of the
// noise drawn fresh (from the seed's generator), so a step's error is not carried along.
enum class SamplerKind { Euler = 1, Heun, Ancestral };
// "euler", "heun" or "ancestral", as request JSON and the command line spell them.
const char* samplerName(SamplerKind kind);
// The sampler so named; nullopt for any other name.
std::optional<SamplerKind> samplerNamed(const std::string& name);

std::string modeName(GenerationMode mode);
// A 64-bit seed as JSON: a number up to 2^63 - 1 (Qt keeps it exact), a decimal string above.
QJsonValue seedToJson(std::uint64_t seed);
GenerationMode modeFromName(const std::string& name);  // throws InferenceError

struct GenerationRequest {
    GenerationMode mode = GenerationMode::Text;
    std::string prompt;
    std::string negativePrompt;
    std::uint64_t seed = 0;
    int frames = 16;
    int fps = 8;
    int width = 64;
    int height = 64;
    int steps = 20;
    float guidance = 4.0f;
    float strength = 0.6f;  // restyle only: how far towards noise the source goes (0, 1]
    float shift = 1.0f;     // timestep shift (> 1 spends more steps at high noise)
    SamplerKind sampler = SamplerKind::Euler;
    // Extend / connect: how many source frames condition. 8 rather than 4: smaller seams for
    // a fifth more frames to sample (the built-in model's card, "Eight frames of context").
    int contextFrames = 8;
    int seamFadeFrames = 8;  // image / extend / connect: seam and drift matching fade (SeamMatch.h); 0 = off
    // Frames over which the guidance rises from 1 at a given frame to `guidance`
    // (guidanceByFrame in ConditioningPlan.h); 0 = the same guidance on every frame.
    int guidanceRampFrames = 0;
    // Conditioning pictures, 8-bit sRGB: the still (Image), the source clip (Extend*,
    // Restyle) or clip A (Connect) ...
    std::vector<media::Image> sourceA;
    // ... and clip B (Connect).
    std::vector<media::Image> sourceB;

    // Everything but the pixels, for takes and file metadata.
    QJsonObject toJson() const;
};

struct GenerationResult {
    std::vector<media::Image> frames;  // only the new frames
    std::uint64_t seed = 0;
    std::string modelId;
    std::string modelHash;
    double seconds = 0;
    std::vector<std::string> unknownWords;
};

}  // namespace shotcraft::inference
