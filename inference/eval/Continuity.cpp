#include "inference/eval/Continuity.h"

#include "inference/eval/SceneReader.h"

#include <cmath>

namespace shotcraft::eval {
namespace {

struct Side {
    double vx = 0, vy = 0, height = 0;
    int points = 0;
};

// Velocity (per frame) and mean height of the track's points in frames [first, last).
Side sideOf(const std::vector<TrackPoint>& track, int first, int last) {
    Side s;
    const TrackPoint* earliest = nullptr;
    const TrackPoint* latest = nullptr;
    for (const TrackPoint& p : track) {
        if (p.frame < first || p.frame >= last) continue;
        if (!earliest || p.frame < earliest->frame) earliest = &p;
        if (!latest || p.frame > latest->frame) latest = &p;
        s.height += p.height;
        ++s.points;
    }
    if (s.points == 0) return s;
    s.height /= s.points;
    if (latest->frame > earliest->frame) {
        const double frames = latest->frame - earliest->frame;
        s.vx = (latest->x - earliest->x) / frames;
        s.vy = (latest->y - earliest->y) / frames;
    }
    return s;
}

template <typename Get>
double meanOver(const std::vector<ContinuityCase>& cases, Get get) {
    double sum = 0;
    int n = 0;
    for (const ContinuityCase& c : cases) {
        if (!c.measured) continue;
        sum += get(c);
        ++n;
    }
    return n ? sum / n : 0.0;
}

}  // namespace

std::optional<double> speedBetween(const std::vector<TrackPoint>& track, int first, int last) {
    const Side s = sideOf(track, first, last);
    if (s.points < 2) return std::nullopt;
    return std::hypot(s.vx, s.vy);
}

ContinuityCase measureContinuity(const std::vector<media::Image>& given, const std::vector<media::Image>& generated,
                                 bool generatedFirst, world::Color color, int window) {
    std::vector<media::Image> joined = generatedFirst ? generated : given;
    const auto& second = generatedFirst ? given : generated;
    joined.insert(joined.end(), second.begin(), second.end());
    const int seam = static_cast<int>(generatedFirst ? generated.size() : given.size());
    const int total = static_cast<int>(joined.size());

    const ReadScene read = readScene(joined);
    const ReadObject* object = findColor(read, color);

    ContinuityCase c;
    const int newFirst = generatedFirst ? 0 : seam;
    const int newLast = generatedFirst ? seam : total;
    if (!object) return c;
    int found = 0;
    for (const TrackPoint& p : object->track) found += p.frame >= newFirst && p.frame < newLast;
    c.foundShare = newLast > newFirst ? double(found) / (newLast - newFirst) : 0.0;

    const Side before = sideOf(object->track, seam - window, seam);
    const Side after = sideOf(object->track, seam, seam + window);
    if (before.points < 2 || after.points < 2) return c;
    const Side& g = generatedFirst ? after : before;
    const Side& n = generatedFirst ? before : after;
    c.measured = true;
    c.givenSpeed = std::hypot(g.vx, g.vy);
    c.generatedSpeed = std::hypot(n.vx, n.vy);
    c.velocityGap = std::hypot(n.vx - g.vx, n.vy - g.vy);
    c.sizeRatio = g.height > 0 ? n.height / g.height : 0.0;
    return c;
}

int ContinuityMeasure::measured() const {
    int n = 0;
    for (const ContinuityCase& c : cases) n += c.measured;
    return n;
}

double ContinuityMeasure::meanGivenSpeed() const {
    return meanOver(cases, [](const ContinuityCase& c) { return c.givenSpeed; });
}

double ContinuityMeasure::meanGeneratedSpeed() const {
    return meanOver(cases, [](const ContinuityCase& c) { return c.generatedSpeed; });
}

double ContinuityMeasure::meanVelocityGap() const {
    return meanOver(cases, [](const ContinuityCase& c) { return c.velocityGap; });
}

double ContinuityMeasure::meanSizeRatio() const {
    return meanOver(cases, [](const ContinuityCase& c) { return c.sizeRatio; });
}

double ContinuityMeasure::meanFoundShare() const {
    double sum = 0;
    for (const ContinuityCase& c : cases) sum += c.foundShare;
    return cases.empty() ? 0.0 : sum / cases.size();
}

}  // namespace shotcraft::eval
