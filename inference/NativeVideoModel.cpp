#include "inference/NativeVideoModel.h"

namespace shotcraft::inference {

ModelInfo modelInfoFor(const ModelConfig& c, const std::string& hash, const std::string& path) {
    ModelInfo info;
    info.id = c.name;
    info.hash = hash;
    info.path = path;
    info.kind = "native";
    info.defaultWidth = c.defaultWidth;
    info.defaultHeight = c.defaultHeight;
    info.defaultFrames = c.defaultFrames;
    info.minFrames = c.minFrames;
    info.maxFrames = c.maxFrames;
    info.frameMultiple = c.frameMultiple();
    info.sizeMultiple = c.sizeMultiple();
    info.buckets = c.buckets;
    info.defaultGuidance = c.defaultGuidance;
    info.defaultShift = c.defaultShift;
    info.noiseCorrelation = c.noiseCorrelation;
    return info;
}

NativeVideoModel::NativeVideoModel(LoadedModel model, const std::string& path, const DeviceOptions& device)
    : LatentVideoModel(modelInfoFor(model.config, model.hash, path), model.config.vocabulary, model.config.maxTokens,
                       model.config.latentChannels, model.config.downsample, device),
      model_(std::move(model)) {
    model_.modules->to(device_);
    model_.modules->eval();
}

torch::Tensor NativeVideoModel::encodeFrames(const torch::Tensor& frames) {
    return (model_.modules->autoencoder->encode(frames) - model_.config.latentShift) * model_.config.latentScale;
}

torch::Tensor NativeVideoModel::decodeLatents(const torch::Tensor& latents) {
    return model_.modules->autoencoder->decode(latents / model_.config.latentScale + model_.config.latentShift);
}

torch::Tensor NativeVideoModel::encodeText(const torch::Tensor& tokens) {
    return model_.modules->textEncoder->forward(tokens);
}

torch::Tensor NativeVideoModel::denoise(const torch::Tensor& x, const torch::Tensor& known, const torch::Tensor& mask,
                                        const torch::Tensor& t, const torch::Tensor& text,
                                        const torch::Tensor& textMask) {
    return model_.modules->dit->forward(x, known, mask, t, text, textMask);
}

}  // namespace shotcraft::inference
