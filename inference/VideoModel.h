#pragma once
// The interface every video model implements (the native built-in model and TorchScript
// packages), torch-free so the app and UI can hold one.

#include "inference/GenerationRequest.h"

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace shotcraft::inference {

struct ModelInfo {
    std::string id;    // e.g. "shotcraft-tiny"
    std::string hash;  // SHA-256 of the weights, hex
    std::string path;
    std::string kind;  // "native" or "torchscript"
    int defaultWidth = 64;
    int defaultHeight = 64;
    int defaultFrames = 16;
    int minFrames = 8;
    int maxFrames = 32;
    int frameMultiple = 2;                     // frame counts must be multiples of this
    int sizeMultiple = 8;                      // widths and heights too
    std::vector<std::pair<int, int>> buckets;  // sizes it was trained for
    float defaultGuidance = 4.0f;
    float defaultShift = 1.0f;      // the timestep shift it samples best with
    float noiseCorrelation = 0.0f;  // the share of the noise all frames have in common
    std::vector<std::string> vocabulary;
};

// Frames by which latent models move their temporal patch grid (frameMultiple frames per
// patch) every other denoising step: half a patch, or none where that is no whole frame.
inline int patchGridStagger(const ModelInfo& info) {
    return info.frameMultiple % 2 == 0 ? info.frameMultiple / 2 : 0;
}

// Hooks a generation reports through; called on the generating thread.
struct GenerationCallbacks {
    std::function<bool()> isCancelled;                              // checked every step
    std::function<void(int step, int total)> progress;              // after every step
    std::function<void(const std::vector<media::Image>&)> preview;  // decoded x0 estimates
    int previewEvery = 5;                                           // steps between previews (0: none)
};

enum class DeviceKind { Auto = 1, Cpu, Cuda };

struct DeviceOptions {
    DeviceKind device = DeviceKind::Auto;  // CUDA when torch has it, else CPU
    int threads = 0;                       // CPU threads; 0 leaves torch's setting
};

class VideoModel {
public:
    virtual ~VideoModel() = default;
    virtual const ModelInfo& info() const = 0;
    // Words of `prompt` the model does not know (they are ignored when generating).
    virtual std::vector<std::string> unknownWords(const std::string& prompt) const = 0;
    // Generates the new frames. Throws InferenceError for a bad request,
    // GenerationCancelled when cancelled.
    virtual GenerationResult generate(const GenerationRequest& request, const GenerationCallbacks& callbacks) = 0;
    // `frames` through the model's autoencoder and back, at their own size: the best the
    // model can draw them (the evaluation's ceiling). Sizes must be multiples of sizeMultiple.
    virtual std::vector<media::Image> roundTrip(const std::vector<media::Image>& frames) = 0;
    // "cpu" or "cuda".
    virtual std::string deviceName() const = 0;
};

// Opens a native model file or a TorchScript package folder (manifest.json inside).
std::unique_ptr<VideoModel> loadVideoModel(const std::string& path, const DeviceOptions& device = {});
// The built-in model's path (resources/models/shotcraft-tiny/...), found like other resources.
std::string defaultModelPath();

// Checks a request against a model: sizes, frame counts, strength, conditioning and an
// empty prompt; throws InferenceError with a one-line message.
void validateRequest(const GenerationRequest& request, const ModelInfo& info);

}  // namespace shotcraft::inference
