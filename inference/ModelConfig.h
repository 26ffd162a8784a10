#pragma once
// The shape of a native Shotcraft model: autoencoder, text encoder and DiT sizes, its
// vocabulary, latent statistics and the sizes it was trained for. Torch-free.

#include <QJsonObject>

#include <string>
#include <utility>
#include <vector>

namespace shotcraft::inference {

struct ModelConfig {
    std::string name = "shotcraft-tiny";
    // Autoencoder: per-frame, `downsample`x spatial.
    int latentChannels = 8;
    int downsample = 4;
    std::vector<int> aeWidths{32, 64, 96};
    float latentShift = 0.0f;  // latents are normalised as (z - shift) * scale
    float latentScale = 1.0f;
    // Text encoder.
    int textWidth = 192;
    int textLayers = 2;
    int textHeads = 3;
    int maxTokens = 32;
    std::vector<std::string> vocabulary;  // word ids start at 2 (0: padding, 1: empty prompt)
    // Diffusion transformer.
    int width = 192;
    int depth = 6;
    int heads = 3;
    int patchT = 2;
    int patchH = 2;
    int patchW = 2;
    // DiT blocks that add a self-attention with relative (rotary) spacetime positions.
    std::vector<int> rotaryBlocks;
    // Per-frame modulation offsets from the text and the frame's index (VideoDiT.h).
    bool frameModulation = false;
    // A head that guesses the objects' places from the prompt, fed to the DiT (VideoDiT.h).
    bool layoutPrior = false;
    // What the model serves.
    int defaultWidth = 64;
    int defaultHeight = 64;
    int defaultFrames = 16;
    int minFrames = 8;
    int maxFrames = 32;
    std::vector<std::pair<int, int>> buckets{{64, 64}, {112, 64}, {64, 112}};
    float defaultGuidance = 4.0f;
    float defaultShift = 1.0f;
    // The share of each noise value that all frames have in common (0: independent
    // frames), as the DiT was trained; sampling draws its noise the same way.
    float noiseCorrelation = 0.0f;

    int frameMultiple() const { return patchT; }
    // Throws InferenceError when a rotary block is not one of the DiT's blocks, or the head
    // width cannot be rotated (odd or below 8).
    void checkRotaryBlocks() const;
    // Throws InferenceError unless 0 <= correlation < 1.
    static void checkNoiseCorrelation(double correlation);
    int sizeMultiple() const { return downsample * patchH; }

    QJsonObject toJson() const;
    // Throws InferenceError naming the field when the JSON is incomplete or inconsistent.
    static ModelConfig fromJson(const QJsonObject& json);
};

}  // namespace shotcraft::inference
