#pragma once
// Where each shot sits on the sequence's frame axis: a shot lasts its active take's
// length, or its planned frame count while it has no take.

#include "timeline/Project.h"

#include <cstdint>
#include <vector>

namespace shotcraft::app {

struct ShotSpan {
    std::int64_t shot = 0;
    std::int64_t take = 0;  // the active take (0: none)
    std::int64_t start = 0;
    int frames = 0;
};

struct SequenceLayout {
    std::vector<ShotSpan> spans;
    std::int64_t totalFrames = 0;

    static SequenceLayout of(const timeline::Project& project);
    // The span holding sequence frame `frame` (nullptr past the end).
    const ShotSpan* spanAt(std::int64_t frame) const;
    const ShotSpan* spanOf(std::int64_t shot) const;
};

}  // namespace shotcraft::app
