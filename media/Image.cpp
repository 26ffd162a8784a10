#include "media/Image.h"

#include "media/MediaError.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace shotcraft::media {

std::size_t bytesPerSample(SampleType type) {
    switch (type) {
        case SampleType::UInt8:
            return 1;
        case SampleType::UInt16:
            return 2;
        case SampleType::Float32:
            return 4;
    }
    return 1;
}

std::string sampleTypeName(SampleType type) {
    switch (type) {
        case SampleType::UInt8:
            return "uint8";
        case SampleType::UInt16:
            return "uint16";
        case SampleType::Float32:
            return "float32";
    }
    return "unknown";
}

Image::Image(int width, int height, int channels, SampleType type)
    : Image(width, height, channels, type, Uninitialized{}) {
    std::fill(bytes_.begin(), bytes_.end(), 0);
}

Image::Image(int width, int height, int channels, SampleType type, Uninitialized)
    : width_(width), height_(height), channels_(channels), type_(type) {
    if (width <= 0 || height <= 0 || (channels != 3 && channels != 4)) {
        throw MediaError("invalid picture: " + std::to_string(width) + "x" + std::to_string(height) + " with " +
                         std::to_string(channels) + " channels");
    }
    bytes_.resize(rowBytes() * static_cast<std::size_t>(height));
}

std::size_t Image::rowBytes() const {
    return static_cast<std::size_t>(width_) * static_cast<std::size_t>(channels_) * bytesPerSample(type_);
}

float Image::sample(int x, int y, int c) const {
    const std::size_t index = (static_cast<std::size_t>(y) * width_ + x) * channels_ + c;
    switch (type_) {
        case SampleType::UInt8:
            return bytes_[index] / 255.0f;
        case SampleType::UInt16: {
            std::uint16_t v = 0;
            std::memcpy(&v, bytes_.data() + index * 2, 2);
            return v / 65535.0f;
        }
        case SampleType::Float32: {
            float v = 0;
            std::memcpy(&v, bytes_.data() + index * 4, 4);
            return v;
        }
    }
    return 0.0f;
}

void Image::setSample(int x, int y, int c, float value) {
    const std::size_t index = (static_cast<std::size_t>(y) * width_ + x) * channels_ + c;
    switch (type_) {
        case SampleType::UInt8:
            bytes_[index] = static_cast<std::uint8_t>(std::lround(std::clamp(value, 0.0f, 1.0f) * 255.0f));
            break;
        case SampleType::UInt16: {
            const auto v = static_cast<std::uint16_t>(std::lround(std::clamp(value, 0.0f, 1.0f) * 65535.0f));
            std::memcpy(bytes_.data() + index * 2, &v, 2);
            break;
        }
        case SampleType::Float32:
            std::memcpy(bytes_.data() + index * 4, &value, 4);
            break;
    }
}

Image Image::converted(SampleType type, int channels) const {
    if (type == type_ && channels == channels_) return *this;
    Image out(width_, height_, channels, type);
    const int common = std::min(channels, channels_);
    for (int y = 0; y < height_; ++y) {
        for (int x = 0; x < width_; ++x) {
            for (int c = 0; c < common; ++c) out.setSample(x, y, c, sample(x, y, c));
            if (channels == 4 && channels_ == 3) out.setSample(x, y, 3, 1.0f);
        }
    }
    return out;
}

bool Image::operator==(const Image& other) const {
    return width_ == other.width_ && height_ == other.height_ && channels_ == other.channels_ && type_ == other.type_ &&
           bytes_ == other.bytes_;
}

double psnr(const Image& a, const Image& b) {
    if (a.width() != b.width() || a.height() != b.height() || a.channels() != b.channels()) {
        throw MediaError("psnr: pictures differ in size or channels");
    }
    double sumSquares = 0.0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            for (int c = 0; c < a.channels(); ++c) {
                const double d = double(a.sample(x, y, c)) - double(b.sample(x, y, c));
                sumSquares += d * d;
            }
        }
    }
    const double count = double(a.width()) * a.height() * a.channels();
    const double mse = sumSquares / count;
    if (mse <= 0.0) return std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(1.0 / mse);
}

Image rotated(const Image& image, int clockwiseDegrees) {
    const int degrees = ((clockwiseDegrees % 360) + 360) % 360;
    if (degrees == 0 || image.isNull()) return image;
    if (degrees % 90 != 0) throw MediaError("rotation must be a multiple of 90 degrees");
    const int w = image.width();
    const int h = image.height();
    const bool swaps = degrees != 180;
    Image out(swaps ? h : w, swaps ? w : h, image.channels(), image.sampleType());
    const std::size_t pixelBytes = image.channels() * bytesPerSample(image.sampleType());
    for (int y = 0; y < out.height(); ++y) {
        std::uint8_t* dst = out.row(y);
        for (int x = 0; x < out.width(); ++x) {
            int sx = 0;
            int sy = 0;
            if (degrees == 90) {  // top-left goes to top-right
                sx = y;
                sy = h - 1 - x;
            } else if (degrees == 180) {
                sx = w - 1 - x;
                sy = h - 1 - y;
            } else {  // 270: top-left goes to bottom-left
                sx = w - 1 - y;
                sy = x;
            }
            std::memcpy(dst + x * pixelBytes, image.row(sy) + sx * pixelBytes, pixelBytes);
        }
    }
    return out;
}

}  // namespace shotcraft::media
