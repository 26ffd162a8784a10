#pragma once
// What a probe of a video file says: size, timing, pixel format, color, rotation, tags.

#include <cstdint>
#include <map>
#include <string>

namespace shotcraft::media {

struct Rational {
    int num = 0;
    int den = 1;
    double toDouble() const { return den ? double(num) / den : 0.0; }
    bool operator==(const Rational&) const = default;
};

struct VideoInfo {
    std::string path;
    std::string container;    // e.g. "mov,mp4,m4a,3gp,3g2,mj2"
    std::string codec;        // e.g. "h264"
    std::string pixelFormat;  // e.g. "yuv420p10le"
    int width = 0;            // as displayed (rotation applied)
    int height = 0;
    int codedWidth = 0;  // as stored in the stream
    int codedHeight = 0;
    Rational fps;                 // average frame rate
    std::int64_t frameCount = 0;  // exact: counted from the packet index
    double durationSeconds = 0.0;
    bool variableFrameRate = false;
    int bitDepth = 8;
    bool hasAlpha = false;
    std::string colorPrimaries;  // FFmpeg's names: "bt709", "unknown", ...
    std::string colorTransfer;
    std::string colorMatrix;
    std::string colorRange;                       // "tv", "pc" or "unknown"
    int rotationDegrees = 0;                      // clockwise, applied on decode
    std::map<std::string, std::string> metadata;  // container tags
};

}  // namespace shotcraft::media
