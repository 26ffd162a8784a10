#pragma once
// The presentation-ordered list of a stream's frames, built by demuxing (not decoding)
// the whole file once: it makes frame counts exact and seeks frame-accurate, also in
// long-GOP, open-GOP and variable-frame-rate files.

#include <cstdint>
#include <vector>

namespace shotcraft::media {

class FrameIndex {
public:
    struct Packet {
        std::int64_t pts = 0;  // presentation time (dts where the file has no pts)
        std::int64_t dts = 0;
        bool keyframe = false;
    };

    // Packets in decode order, as the demuxer returned them.
    void build(const std::vector<Packet>& decodeOrder);

    std::int64_t frameCount() const { return static_cast<std::int64_t>(framePts_.size()); }
    std::int64_t ptsOfFrame(std::int64_t frame) const { return framePts_.at(frame); }
    // The frame whose pts is `pts`, or -1.
    std::int64_t frameOfPts(std::int64_t pts) const;
    // A timestamp to seek to (backward) so that decoding from there reaches `frame`:
    // the latest keyframe at or before it in decode order that presents no later than it.
    std::int64_t seekTimestampForFrame(std::int64_t frame) const { return frameSeekTs_.at(frame); }
    // The same, one keyframe earlier: used when a demuxer seek lands after the target.
    std::int64_t earlierSeekTimestamp(std::int64_t ts) const;
    bool isVariableRate() const { return variableRate_; }
    // Timestamp span covered by the frames, last frame's duration included.
    std::int64_t durationTs() const { return durationTs_; }

private:
    std::vector<std::int64_t> framePts_;     // sorted
    std::vector<std::int64_t> frameSeekTs_;  // per frame, parallel to framePts_
    std::vector<std::int64_t> keySeekTs_;    // sorted seek timestamps of all keyframes
    bool variableRate_ = false;
    std::int64_t durationTs_ = 0;
};

}  // namespace shotcraft::media
