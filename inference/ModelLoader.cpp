#include "inference/InferenceError.h"
#include "inference/NativeVideoModel.h"
#include "inference/TorchScriptVideoModel.h"
#include "inference/VideoModel.h"
#include "media/ResourcePaths.h"

#include <filesystem>

namespace shotcraft::inference {

std::unique_ptr<VideoModel> loadVideoModel(const std::string& path, const DeviceOptions& device) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(path, ec)) return TorchScriptVideoModel::open(path, device);
    if (!fs::exists(path, ec)) throw InferenceError("model file not found: " + path);
    return std::make_unique<NativeVideoModel>(loadModelFile(path), path, device);
}

std::string defaultModelPath() {
    return media::resourcePath("models/shotcraft-tiny/shotcraft-tiny.shotcraft-model");
}

void validateRequest(const GenerationRequest& r, const ModelInfo& info) {
    auto fail = [](const std::string& message) { throw InferenceError(message); };
    const int m = std::max(1, info.sizeMultiple);
    if (r.width < m || r.height < m || r.width > 1024 || r.height > 1024 || r.width % m || r.height % m) {
        fail("size " + std::to_string(r.width) + "x" + std::to_string(r.height) +
             " is not supported: width and height must be multiples of " + std::to_string(m) + " from " +
             std::to_string(m) + " to 1024 (the model was trained at " + std::to_string(info.defaultWidth) + "x" +
             std::to_string(info.defaultHeight) + ")");
    }
    if (r.frames < 1 || r.frames > 2 * info.maxFrames) {
        fail("frames must be 1.." + std::to_string(2 * info.maxFrames) + ", not " + std::to_string(r.frames));
    }
    if (r.fps < 1 || r.fps > 120) fail("fps must be 1..120");
    if (r.steps < 1 || r.steps > 500) fail("steps must be 1..500");
    if (!(r.guidance >= 0 && r.guidance <= 50)) fail("guidance must be 0..50");
    if (!(r.shift > 0 && r.shift <= 20)) fail("the timestep shift must be in (0, 20]");
    if (r.contextFrames < 1) fail("context frames must be at least 1");
    if (r.seamFadeFrames < 0 || r.seamFadeFrames > 64) fail("the seam fade must be 0..64 frames");
    if (r.guidanceRampFrames < 0 || r.guidanceRampFrames > 64) fail("the guidance ramp must be 0..64 frames");
    const bool hasWords = !Tokenizer::words(r.prompt).empty();
    switch (r.mode) {
        case GenerationMode::Text:
        case GenerationMode::Loop:
            if (!hasWords) fail("the prompt is empty: describe the shot, or give a still or a clip to start from");
            break;
        case GenerationMode::Image:
            if (r.sourceA.empty()) fail("image to video needs a still");
            break;
        case GenerationMode::ExtendForward:
        case GenerationMode::ExtendBackward:
            if (r.sourceA.empty()) fail("extending needs a clip");
            break;
        case GenerationMode::Connect:
            if (r.sourceA.empty() || r.sourceB.empty()) fail("connecting needs two clips");
            break;
        case GenerationMode::Restyle:
            if (r.sourceA.empty()) fail("restyle needs a clip");
            if (!(r.strength > 0 && r.strength <= 1))
                fail("strength must be in (0, 1], not " + std::to_string(r.strength));
            break;
    }
}

}  // namespace shotcraft::inference
