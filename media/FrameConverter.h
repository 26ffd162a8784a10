#pragma once
// Turns decoded FFmpeg frames into RGB(A) Images with the right YUV matrix and range.

#include "media/FFmpegHandles.h"
#include "media/Image.h"

namespace shotcraft::media {

struct FrameFormat {
    SampleType sampleType = SampleType::UInt8;
    bool alpha = false;  // RGBA (opaque where the source has none) instead of RGB
    int channels() const { return alpha ? 4 : 3; }
};

class FrameConverter {
public:
    // threads: swscale slice threads (0: one per core).
    explicit FrameConverter(int threads = 0) : threads_(threads) {}

    // Converts `frame` (any pixel format FFmpeg decodes to) into `format`.
    Image convert(const AVFrame& frame, const FrameFormat& format);

private:
    int threads_ = 0;
    ff::Sws sws_;
    int srcWidth_ = 0;
    int srcHeight_ = 0;
    int srcFormat_ = -1;
    int dstFormat_ = -1;
    int colorspace_ = -1;
    int range_ = -1;
};

// The swscale colorspace for a frame: its tag, or (untagged) BT.709 for HD and BT.601
// for SD, as players do.
int effectiveColorspace(AVColorSpace tagged, int height);

}  // namespace shotcraft::media
