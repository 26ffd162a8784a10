#pragma once
// How a take's frames are kept in the project: a lossless FFV1 clip (so extending or
// connecting from a take conditions on exactly the generated pixels) and a PNG thumbnail.

#include "media/Image.h"

#include <cstdint>
#include <string>
#include <vector>

namespace shotcraft::app {

// Encodes frames (8-bit RGB) to the bytes of a Matroska/FFV1 clip carrying `metadataJson`.
std::vector<char> encodeTakeClip(const std::vector<media::Image>& frames, int fps, const std::string& metadataJson);
// Decodes the bytes of a clip (any format FFmpeg reads) to 8-bit RGB frames.
std::vector<media::Image> decodeClipBytes(const std::vector<char>& bytes);
// Reads frames [first, first + count) of a clip file as 8-bit RGB; a negative `first`
// counts from the end. Clamped to the clip.
std::vector<media::Image> readClipFrames(const std::string& path, long long first, long long count);
// A still as 8-bit sRGB (the model's space), converted with the shipped OCIO config.
media::Image readStillForModel(const std::string& path);
// A thumbnail PNG of a frame, at most `size` pixels on its longer side.
std::vector<std::uint8_t> thumbnailPng(const media::Image& frame, int size = 128);

}  // namespace shotcraft::app
