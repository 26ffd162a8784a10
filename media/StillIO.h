#pragma once
// Reading and writing stills (PNG, JPEG, TIFF, OpenEXR, ...) through OpenImageIO,
// with the file's color space where the file states one.

#include "media/Image.h"

#include <map>
#include <optional>
#include <string>

namespace shotcraft::media {

struct StillInfo {
    int width = 0;
    int height = 0;
    int channels = 0;
    int bitsPerSample = 8;
    bool floatingPoint = false;
    bool hasAlpha = false;
    std::string format;               // OpenImageIO's format name: "png", "openexr", ...
    std::string colorSpace;           // a color space of resources/ocio/config.ocio
    bool colorSpaceFromFile = false;  // false: inferred from the format
};

struct Still {
    Image image;
    StillInfo info;
};

enum class StillStorage { Auto = 1, UInt8, UInt16, Half, Float32 };

struct StillWriteOptions {
    StillStorage storage = StillStorage::Auto;    // Auto: the image's own sample type
    std::string colorSpace;                       // written where the format can carry it
    std::map<std::string, std::string> metadata;  // text attributes (PNG tEXt, EXR string)
    int jpegQuality = 95;
};

// The largest still accepted, in pixels: bigger headers are refused before allocating.
constexpr long long kMaxStillPixels = 64LL * 1024 * 1024;

StillInfo probeStill(const std::string& path);
// Reads a still as RGB or RGBA (gray is expanded). Without `type`, 8-bit files give
// UInt8, deeper integer files UInt16 and half/float files Float32.
Still readStill(const std::string& path, std::optional<SampleType> type = {});
// Writes atomically (a temporary file renamed into place); throws MediaError.
void writeStill(const std::string& path, const Image& image, const StillWriteOptions& options = {});
// True for file names whose extension OpenImageIO reads as a still.
bool isStillPath(const std::string& path);

}  // namespace shotcraft::media
