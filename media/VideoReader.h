#pragma once
// Frame-accurate video decoding with FFmpeg: probe, random access to frame N, and RGB(A)
// output in 8-bit, 16-bit or float with the file's matrix, range and rotation applied.

#include "media/FrameConverter.h"
#include "media/FrameIndex.h"
#include "media/Image.h"
#include "media/VideoInfo.h"

#include <cstdint>
#include <string>

namespace shotcraft::media {

struct VideoReaderOptions {
    int threads = 0;  // decoder threads; 0 lets FFmpeg choose
};

class VideoReader {
public:
    // Opens and indexes `path`; throws MediaError with a message for the user when the
    // file is missing, not a video, corrupt, too small or too large, or of an
    // unsupported codec.
    explicit VideoReader(const std::string& path, VideoReaderOptions options = {});
    ~VideoReader();
    VideoReader(const VideoReader&) = delete;
    VideoReader& operator=(const VideoReader&) = delete;

    const VideoInfo& info() const { return info_; }
    std::int64_t frameCount() const { return info_.frameCount; }

    // Frame `index` (0-based, presentation order) as an Image, rotation applied.
    Image readFrame(std::int64_t index, const FrameFormat& format = {});
    // Decodes frame `index` without converting it (for benchmarks and look-ahead).
    void decodeFrame(std::int64_t index);
    // Timestamp of frame `index` in seconds from the stream's first frame.
    double frameTimeSeconds(std::int64_t index) const;

    // Smallest and largest frame sizes the reader accepts.
    static constexpr int kMinDimension = 8;
    static constexpr int kMaxDimension = 16384;

private:
    void openInput(const std::string& path);
    void openDecoder(const VideoReaderOptions& options);
    void buildIndex();
    void fillInfo(const std::string& path);
    void seekTo(std::int64_t timestamp);
    // Decodes the next frame into decoded_; false at the end of the stream.
    bool decodeNext();
    std::int64_t timestampOf(const AVFrame& frame) const;

    ff::InputContext format_;
    ff::CodecContext codec_;
    ff::Frame decoded_;
    ff::Packet packet_;
    FrameConverter converter_;
    FrameIndex index_;
    VideoInfo info_;
    int streamIndex_ = -1;
    std::int64_t currentFrame_ = -1;  // index of the frame in decoded_, -1 for none
    bool draining_ = false;
};

}  // namespace shotcraft::media
