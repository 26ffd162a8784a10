#pragma once
// Encodes RGB(A) Images to a video file (H.264, ProRes, FFV1) or a PNG sequence, with a
// JSON description in the file's metadata and an exact frame count.

#include "media/Image.h"
#include "media/VideoInfo.h"

#include <cstdint>
#include <memory>
#include <string>

namespace shotcraft::media {

enum class VideoCodec {
    H264 = 1,     // libx264, yuv420p, BT.709 tags: for delivery
    ProRes422HQ,  // prores_ks profile 3, 10-bit 4:2:2: for editing
    ProRes4444,   // prores_ks profile 4, 10-bit 4:4:4 (+alpha): for editing and compositing
    FFV1,         // lossless, RGB(A) 8 or 16-bit kept bit-exact: for archiving
    PngSequence,  // one PNG per frame, path with a %d pattern; replaces the sequence there
    VP9,          // libvpx-vp9, yuv420p, BT.709 tags: for the web (.webm)
};

std::string codecName(VideoCodec codec);
// "h264", "prores-hq", "prores-4444", "ffv1", "png", "vp9"; throws MediaError otherwise.
VideoCodec codecFromName(const std::string& name);
// The codec a path's extension implies: .mp4 -> H.264, .mov -> ProRes 422 HQ,
// .mkv -> FFV1, .webm -> VP9, a %d pattern -> PNG sequence.
VideoCodec codecForPath(const std::string& path);

struct VideoWriterSettings {
    int width = 0;
    int height = 0;
    Rational fps{24, 1};
    VideoCodec codec = VideoCodec::H264;
    bool alpha = false;  // keep an alpha channel (ProRes 4444, FFV1, PNG)
    bool deep = false;   // 16 bits per sample where the codec allows (FFV1, PNG)
    std::string metadataKey = "shotcraft";
    std::string metadataJson;  // stored under metadataKey; ffprobe shows it
    int crf = 18;              // H.264 quality
    std::string preset = "medium";
    int threads = 0;  // 0: the encoder's choice
};

class VideoWriter {
public:
    // Creates `path`; throws MediaError when the codec, container or size cannot work.
    VideoWriter(const std::string& path, const VideoWriterSettings& settings);
    ~VideoWriter();  // finishes the file if finish() was not called
    VideoWriter(const VideoWriter&) = delete;
    VideoWriter& operator=(const VideoWriter&) = delete;

    // Appends one frame; it must have the writer's size (any sample type, RGB or RGBA).
    // A failed write (a full disk) throws MediaError and removes what was written.
    void write(const Image& frame);
    // Flushes the encoder and closes the file; throws MediaError on a write failure.
    void finish();
    // Stops without finishing (a cancelled export): what was written is removed.
    void abandon();
    std::int64_t framesWritten() const;

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

// Expands the first printf-style %d / %0Nd in `pattern` with `number`.
std::string expandFramePattern(const std::string& pattern, std::int64_t number);

}  // namespace shotcraft::media
