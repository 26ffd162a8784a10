#pragma once
// Whether a conditioned take carries the object on across its seam: the object's velocity
// and size on both sides of the seam, read by the scene reader from the joined clip. The
// world's motions span their clip, so an extension cannot be scored by the prompt's motion
// word; what it owes the source is to go on as the object was going. Torch-free.

#include "inference/world/WorldScene.h"
#include "media/Image.h"

#include <optional>
#include <vector>

namespace shotcraft::eval {

struct TrackPoint;

// The centroid's travel per frame (fractions of the frame) between the track's earliest and
// latest points in frames [first, last); nothing when fewer than 2 points fall there.
std::optional<double> speedBetween(const std::vector<TrackPoint>& track, int first, int last);

// One take's object at its seam. Speeds are centroid travel per frame (fractions of the
// frame), over the `window` frames on each side nearest the seam.
struct ContinuityCase {
    bool measured = false;      // the object was found on both sides, in 2 frames or more
    double givenSpeed = 0;      // the given frames' object, at the seam
    double generatedSpeed = 0;  // the new frames' object, at the seam
    double velocityGap = 0;     // |generated velocity - given velocity|
    double sizeRatio = 0;       // the new frames' object height over the given frames', at the seam
    double foundShare = 0;      // new frames in which the object is found
};

// `given` and `generated` in their order in time: `generatedFirst` for a backward extension.
// Velocities are in frame coordinates: a panning camera moves both sides alike.
ContinuityCase measureContinuity(const std::vector<media::Image>& given, const std::vector<media::Image>& generated,
                                 bool generatedFirst, world::Color color, int window = 4);

// Means over the measured cases (foundShare over all of them).
struct ContinuityMeasure {
    std::vector<ContinuityCase> cases;
    int measured() const;
    double meanGivenSpeed() const;
    double meanGeneratedSpeed() const;
    double meanVelocityGap() const;
    double meanSizeRatio() const;
    double meanFoundShare() const;
};

}  // namespace shotcraft::eval
