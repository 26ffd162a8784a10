#include "inference/TensorImage.h"

#include "inference/InferenceError.h"

namespace shotcraft::inference {

torch::Tensor framesToTensor(const std::vector<media::Image>& frames) {
    if (frames.empty()) throw InferenceError("no frames given");
    const int w = frames.front().width();
    const int h = frames.front().height();
    auto out = torch::empty({static_cast<int64_t>(frames.size()), h, w, 3}, torch::kUInt8);
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const media::Image rgb = frames[i].converted(media::SampleType::UInt8, 3);
        if (rgb.width() != w || rgb.height() != h) throw InferenceError("frames differ in size");
        std::memcpy(out[static_cast<int64_t>(i)].data_ptr(), rgb.data(), rgb.byteSize());
    }
    return out.permute({0, 3, 1, 2}).to(torch::kFloat32).div_(127.5).sub_(1.0).contiguous();
}

std::vector<media::Image> tensorToFrames(const torch::Tensor& frames) {
    auto bytes = frames.detach()
                     .to(torch::kCPU, torch::kFloat32)
                     .add(1.0)
                     .mul(127.5)
                     .round()
                     .clamp(0, 255)
                     .to(torch::kUInt8)
                     .permute({0, 2, 3, 1})
                     .contiguous();
    std::vector<media::Image> out;
    const int h = static_cast<int>(bytes.size(1));
    const int w = static_cast<int>(bytes.size(2));
    for (int64_t i = 0; i < bytes.size(0); ++i) {
        media::Image image(w, h, 3, media::SampleType::UInt8, media::Image::Uninitialized{});
        std::memcpy(image.data(), bytes[i].data_ptr(), image.byteSize());
        out.push_back(std::move(image));
    }
    return out;
}

media::Image resizeFrame(const media::Image& frame, int width, int height) {
    if (frame.width() == width && frame.height() == height) return frame;
    auto t = framesToTensor({frame});
    t = torch::nn::functional::interpolate(t, torch::nn::functional::InterpolateFuncOptions()
                                                  .size(std::vector<int64_t>{height, width})
                                                  .mode(torch::kBilinear)
                                                  .align_corners(false)
                                                  .antialias(true));
    return tensorToFrames(t).front();
}

}  // namespace shotcraft::inference
