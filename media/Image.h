#pragma once
// An interleaved RGB or RGBA picture in memory: the unit media/ hands to everyone else.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <utility>
#include <vector>

namespace shotcraft::media {

// Leaves new bytes uninitialised where a constructor asks for that (decoders overwrite
// every byte; zero-filling a 1080p frame first costs a pass over 6 MB).
template <class T>
struct DefaultInitAllocator : std::allocator<T> {
    template <class U>
    struct rebind {
        using other = DefaultInitAllocator<U>;
    };
    using std::allocator<T>::allocator;
    template <class U>
    void construct(U* p) noexcept {
        ::new (static_cast<void*>(p)) U;
    }
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
};

enum class SampleType { UInt8 = 1, UInt16 = 2, Float32 = 3 };

std::size_t bytesPerSample(SampleType type);
std::string sampleTypeName(SampleType type);

// Rows are tightly packed (row bytes = width * channels * bytes per sample). Alpha is
// straight (not premultiplied); color values are in the space the caller tracks.
class Image {
public:
    Image() = default;
    // A zero-filled picture; channels is 3 (RGB) or 4 (RGBA).
    Image(int width, int height, int channels, SampleType type);
    // The same without clearing: for callers that write every byte.
    struct Uninitialized {};
    Image(int width, int height, int channels, SampleType type, Uninitialized);

    int width() const { return width_; }
    int height() const { return height_; }
    int channels() const { return channels_; }
    SampleType sampleType() const { return type_; }
    bool isNull() const { return bytes_.empty(); }
    bool hasAlpha() const { return channels_ == 4; }

    std::size_t rowBytes() const;
    std::size_t byteSize() const { return bytes_.size(); }
    std::uint8_t* data() { return bytes_.data(); }
    const std::uint8_t* data() const { return bytes_.data(); }
    std::uint8_t* row(int y) { return bytes_.data() + static_cast<std::size_t>(y) * rowBytes(); }
    const std::uint8_t* row(int y) const { return bytes_.data() + static_cast<std::size_t>(y) * rowBytes(); }

    // Sample (x, y, c) as a float in [0, 1] for integer types, as stored for Float32.
    float sample(int x, int y, int c) const;
    void setSample(int x, int y, int c, float value);

    // The same picture in another sample type and/or channel count
    // (alpha added as opaque, or dropped).
    Image converted(SampleType type, int channels) const;

    bool operator==(const Image& other) const;

private:
    int width_ = 0;
    int height_ = 0;
    int channels_ = 0;
    SampleType type_ = SampleType::UInt8;
    std::vector<std::uint8_t, DefaultInitAllocator<std::uint8_t>> bytes_;
};

// Peak signal-to-noise ratio in dB over all samples (same size and channels),
// on the [0, 1] scale of each sample type; infinity for identical pictures.
double psnr(const Image& a, const Image& b);

// Clockwise rotation by 0, 90, 180 or 270 degrees.
Image rotated(const Image& image, int clockwiseDegrees);

}  // namespace shotcraft::media
