#include "inference/world/SceneSampler.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace shotcraft::world {
namespace {

using Rng = std::mt19937_64;

float uniform(Rng& rng, float lo, float hi) {
    if (hi <= lo) return 0.5f * (lo + hi);
    return std::uniform_real_distribution<float>(lo, hi)(rng);
}

template <class T>
T pickFrom(Rng& rng, const std::vector<T>& values) {
    return values[std::uniform_int_distribution<std::size_t>(0, values.size() - 1)(rng)];
}

bool horizontal(Motion m) {
    return m == Motion::Left || m == Motion::Right;
}
bool vertical(Motion m) {
    return m == Motion::Up || m == Motion::Down || m == Motion::Bouncing;
}

// True when two objects' boxes meet at any time of the clip (camera drift moves both
// alike, so it does not matter).
bool pathsMeet(const WorldObject& a, const WorldObject& b, float aspect) {
    for (int i = 0; i <= 32; ++i) {
        const float s = i / 32.0f;
        const ObjectState sa = objectStateAt(a, s), sb = objectStateAt(b, s);
        const float ha = 0.5f * objectHeight(a.size) * sa.scale + 0.03f;
        const float hb = 0.5f * objectHeight(b.size) * sb.scale + 0.03f;
        if (std::fabs(sa.y - sb.y) < ha + hb && std::fabs(sa.x - sb.x) < (ha + hb) / aspect) return true;
    }
    return false;
}

}  // namespace

const std::vector<std::pair<Color, Shape>>& heldOutPairs() {
    static const std::vector<std::pair<Color, Shape>> pairs{{Color::Purple, Shape::Triangle},
                                                            {Color::Orange, Shape::Square},
                                                            {Color::Cyan, Shape::Circle},
                                                            {Color::White, Shape::Triangle}};
    return pairs;
}

bool isHeldOut(Color color, Shape shape) {
    const auto& pairs = heldOutPairs();
    return std::find(pairs.begin(), pairs.end(), std::make_pair(color, shape)) != pairs.end();
}

bool containsHeldOut(const WorldScene& scene) {
    return std::any_of(scene.objects.begin(), scene.objects.end(),
                       [](const WorldObject& o) { return isHeldOut(o.color, o.shape); });
}

void placeObject(WorldObject& o, int lane, float aspect, float cameraDrift, std::uint64_t seed) {
    Rng rng(seed);
    const float maxScale = o.motion == Motion::Growing || o.motion == Motion::Shrinking ? 1.4f : 1.0f;
    const float halfY = 0.5f * objectHeight(o.size) * maxScale + 0.02f;
    const float halfX = halfY / aspect;
    const float d = travel(o.speed);
    // Ranges of the start centre that keep the whole path in frame (clamped when a quick
    // move cannot fit: the object then starts at the edge).
    // Horizontal travel over the clip: the motion's plus the camera's drift (both linear
    // in time, so the path's ends are its extremes).
    const float dx = (o.motion == Motion::Left ? -d : o.motion == Motion::Right ? d : 0.0f) + cameraDrift;
    float xLo = halfX + std::max(0.0f, -dx), xHi = 1 - halfX - std::max(0.0f, dx);
    if (xLo > xHi) xLo = xHi = dx < 0 ? 1 - halfX : halfX;  // cannot fit: start at the edge
    float yLo = halfY, yHi = 1 - halfY;
    switch (o.motion) {
        case Motion::Up:
            yLo = std::min(yHi, halfY + d);
            break;
        case Motion::Down:
            yHi = std::max(yLo, 1 - halfY - d);
            break;
        case Motion::Bouncing:
            yLo = std::max(yLo, 0.62f);
            break;
        default:
            break;
    }
    if (lane >= 0) {
        // Two objects stay apart: horizontal movers in a top or bottom lane, all others in
        // a left or right lane.
        if (horizontal(o.motion)) {
            if (lane == 0)
                yHi = std::max(yLo, std::min(yHi, 0.42f));
            else
                yLo = std::min(yHi, std::max(yLo, 0.58f));
        } else {
            if (lane == 0)
                xHi = std::max(xLo, std::min(xHi, 0.42f));
            else
                xLo = std::min(xHi, std::max(xLo, 0.58f));
        }
    }
    o.startX = uniform(rng, xLo, xHi);
    o.startY = uniform(rng, yLo, yHi);
}

WorldScene sampleScene(std::uint64_t seed, const SceneSamplerOptions& options) {
    Rng rng(seed * 0x2545f4914f6cdd1dULL + 0x1234567ULL);
    WorldScene scene;
    scene.seed = seed;
    scene.background = pickFrom(rng, allBackgrounds());
    const float cameraRoll = uniform(rng, 0, 1);
    scene.camera = cameraRoll < 0.7f ? Camera::Static : cameraRoll < 0.85f ? Camera::PanLeft : Camera::PanRight;
    const float styleRoll = uniform(rng, 0, 1);
    scene.style = styleRoll < 0.5f ? Style::Flat : styleRoll < 0.75f ? Style::Outline : Style::Neon;

    const int count = uniform(rng, 0, 1) < options.twoObjectProbability ? 2 : 1;
    for (int i = 0; i < count; ++i) {
        WorldObject o;
        for (;;) {
            o.shape = pickFrom(rng, allShapes());
            o.color = pickFrom(rng, allColors());
            if (clashes(o.color, scene.background)) continue;
            if (options.excludeHeldOut && isHeldOut(o.color, o.shape)) continue;
            if (i == 1 && o.color == scene.objects[0].color) continue;  // binding needs distinct colors
            break;
        }
        const float sizeRoll = uniform(rng, 0, 1);
        o.size = count == 2        ? (sizeRoll < 0.5f ? Size::Small : Size::Medium)
                 : sizeRoll < 0.3f ? Size::Small
                 : sizeRoll < 0.7f ? Size::Medium
                                   : Size::Large;
        o.motion = pickFrom(rng, allMotions());
        const bool hasSpeed = horizontal(o.motion) || vertical(o.motion);
        const float speedRoll = uniform(rng, 0, 1);
        o.speed = !hasSpeed || speedRoll < 0.6f ? Speed::Normal : speedRoll < 0.8f ? Speed::Slow : Speed::Quick;
        const float drift = cameraDriftAt(scene.camera, 1.0f);
        placeObject(o, count == 2 ? i : -1, options.aspect, drift, rng());
        // Two objects never overlap (so each can be seen and judged): place the second
        // again, then give it a gentler motion, until their paths stay apart.
        for (int attempt = 0; i == 1 && pathsMeet(scene.objects[0], o, options.aspect); ++attempt) {
            if (attempt >= 8) {
                o.motion = attempt >= 16 ? Motion::Still : pickFrom(rng, allMotions());
                o.speed = Speed::Normal;
                o.size = Size::Small;
            }
            if (attempt >= 24) break;
            placeObject(o, i, options.aspect, drift, rng());
        }
        scene.objects.push_back(o);
    }
    return scene;
}

WorldScene placedAnew(const WorldScene& scene, std::uint64_t seed, float aspect) {
    Rng rng(seed * 0x9e3779b97f4a7c15ULL + 0x51ULL);
    const float drift = cameraDriftAt(scene.camera, 1.0f);
    const int count = static_cast<int>(scene.objects.size());
    for (int attempt = 0; attempt < 16; ++attempt) {
        WorldScene placed = scene;
        placed.seed = rng();
        for (int i = 0; i < count; ++i) placeObject(placed.objects[i], count == 2 ? i : -1, aspect, drift, rng());
        if (count < 2 || !pathsMeet(placed.objects[0], placed.objects[1], aspect)) return placed;
    }
    return scene;
}

}  // namespace shotcraft::world
