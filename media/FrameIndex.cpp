#include "media/FrameIndex.h"

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace shotcraft::media {

void FrameIndex::build(const std::vector<Packet>& decodeOrder) {
    framePts_.clear();
    frameSeekTs_.clear();
    keySeekTs_.clear();

    // For each packet, the keyframe to start decoding from: the latest keyframe before it
    // in decode order whose pts is not after its own (open-GOP leading pictures need the
    // keyframe before). Where there is none, the start of the stream.
    std::vector<std::size_t> keyPositions;
    std::vector<std::pair<std::int64_t, std::int64_t>> ptsAndSeek;
    ptsAndSeek.reserve(decodeOrder.size());
    const std::int64_t streamStart =
        decodeOrder.empty() ? 0 : std::min(decodeOrder.front().dts, decodeOrder.front().pts);
    for (std::size_t i = 0; i < decodeOrder.size(); ++i) {
        const Packet& p = decodeOrder[i];
        if (p.keyframe) {
            keyPositions.push_back(i);
            keySeekTs_.push_back(std::min(p.dts, p.pts));
        }
        std::int64_t seekTs = streamStart;
        for (auto it = keyPositions.rbegin(); it != keyPositions.rend(); ++it) {
            const Packet& key = decodeOrder[*it];
            if (key.pts <= p.pts) {
                seekTs = std::min(key.dts, key.pts);
                break;
            }
        }
        ptsAndSeek.emplace_back(p.pts, seekTs);
    }
    std::sort(ptsAndSeek.begin(), ptsAndSeek.end());
    // Duplicate timestamps (broken muxers) present as one frame.
    ptsAndSeek.erase(std::unique(ptsAndSeek.begin(), ptsAndSeek.end(),
                                 [](const auto& a, const auto& b) { return a.first == b.first; }),
                     ptsAndSeek.end());
    for (const auto& [pts, seekTs] : ptsAndSeek) {
        framePts_.push_back(pts);
        frameSeekTs_.push_back(seekTs);
    }
    std::sort(keySeekTs_.begin(), keySeekTs_.end());

    variableRate_ = false;
    durationTs_ = 0;
    if (framePts_.size() >= 2) {
        const std::int64_t firstStep = framePts_[1] - framePts_[0];
        std::int64_t minStep = firstStep;
        for (std::size_t i = 1; i < framePts_.size(); ++i) {
            const std::int64_t step = framePts_[i] - framePts_[i - 1];
            minStep = std::min(minStep, step);
            // Allow one tick of rounding jitter (e.g. 1001/30000 in a 1/90000 time base).
            if (std::llabs(step - firstStep) > 1) variableRate_ = true;
        }
        durationTs_ = framePts_.back() - framePts_.front() + minStep;
    }
}

std::int64_t FrameIndex::frameOfPts(std::int64_t pts) const {
    auto it = std::lower_bound(framePts_.begin(), framePts_.end(), pts);
    if (it == framePts_.end() || *it != pts) return -1;
    return it - framePts_.begin();
}

std::int64_t FrameIndex::earlierSeekTimestamp(std::int64_t ts) const {
    auto it = std::lower_bound(keySeekTs_.begin(), keySeekTs_.end(), ts);
    if (it == keySeekTs_.begin()) return keySeekTs_.empty() ? ts : keySeekTs_.front();
    return *(it - 1);
}

}  // namespace shotcraft::media
