#include "inference/world/WorldRenderer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace shotcraft::world {
namespace {

struct Float3 {
    float r = 0, g = 0, b = 0;
};

Float3 toFloat(Rgb c) {
    return {float(c.r), float(c.g), float(c.b)};
}
Float3 mix(Float3 a, Float3 b, float t) {
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}

struct Star {
    float u = 0, v = 0, radius = 0;
};

// Star field of a night sky: positions from the scene seed, in scene coordinates.
std::vector<Star> starsOf(const WorldScene& scene) {
    std::mt19937_64 rng(scene.seed ^ 0x5eedu);
    std::uniform_real_distribution<float> unit(0.0f, 1.0f);
    std::vector<Star> stars(36);
    for (Star& s : stars) {
        s.u = unit(rng);
        s.v = unit(rng) * 0.95f;
        s.radius = 0.006f + 0.008f * unit(rng);
    }
    return stars;
}

Float3 baseBackground(Background background, float y) {
    switch (background) {
        case Background::Black:
            return {10, 10, 10};
        case Background::Gray:
            return {128, 128, 128};
        case Background::White:
            return {245, 245, 245};
        case Background::NightSky:
            return {15, 20, 50};
        case Background::Sunset:
            return mix({250, 150, 60}, {90, 40, 120}, std::clamp(y, 0.0f, 1.0f));
        case Background::Meadow:
            return y < 2.0f / 3.0f ? Float3{135, 200, 235} : Float3{60, 150, 60};
    }
    return {};
}

// Signed distance (in pixels, positive inside) from a point to an object's outline.
float signedDistance(Shape shape, float dx, float dy, float half) {
    switch (shape) {
        case Shape::Circle:
            return half - std::sqrt(dx * dx + dy * dy);
        case Shape::Square:
            return std::min(half - std::fabs(dx), half - std::fabs(dy));
        case Shape::Triangle: {
            // Upright isosceles triangle: apex (0, -half), base corners (+-half, half).
            const float base = half - dy;
            // Side edges: the lines through the apex and a base corner, 2|dx| = dy + half.
            const float side = ((dy + half) - 2.0f * std::fabs(dx)) / std::sqrt(5.0f);
            return std::min(base, side);
        }
    }
    return -1e9f;
}

// Frame `index` of `frameCount` as a clip position: 0 at the first frame, 1 at the last.
float clipPosition(int index, int frameCount) {
    return frameCount > 1 ? float(index) / float(frameCount - 1) : 0.0f;
}

}  // namespace

media::Image renderFrame(const WorldScene& scene, int width, int height, int index, int frameCount) {
    return renderFrameAt(scene, width, height, clipPosition(index, frameCount));
}

media::Image renderFrameAt(const WorldScene& scene, int width, int height, float s) {
    const float drift = cameraDriftAt(scene.camera, s);
    const bool neon = scene.style == Style::Neon;
    const float lineWidth = height / 32.0f;
    const float glowRadius = 0.06f * height;
    std::vector<Float3> buffer(static_cast<std::size_t>(width) * height);
    auto at = [&](int x, int y) -> Float3& { return buffer[static_cast<std::size_t>(y) * width + x]; };

    // Background, row by row (it varies with height only), with an anti-aliased horizon.
    for (int y = 0; y < height; ++y) {
        Float3 row = baseBackground(scene.background, (y + 0.5f) / height);
        if (scene.background == Background::Meadow) {
            const float t = std::clamp(y + 1.0f - 2.0f / 3.0f * height, 0.0f, 1.0f);
            row = mix(Float3{135, 200, 235}, Float3{60, 150, 60}, t);
        }
        for (int x = 0; x < width; ++x) at(x, y) = row;
    }
    // Stars, splatted where they are (they drift with the camera and wrap around).
    if (scene.background == Background::NightSky) {
        for (const Star& star : starsOf(scene)) {
            float u = star.u + drift;
            u -= std::floor(u);
            const float sx = u * width;
            const float sy = star.v * height;
            const float r = std::max(0.6f, star.radius * height);
            for (int y = std::max(0, int(sy - r - 1)); y <= std::min(height - 1, int(sy + r + 1)); ++y) {
                for (int k = int(sx - r - 1); k <= int(sx + r + 1); ++k) {
                    const int x = ((k % width) + width) % width;
                    const float dx = (k + 0.5f) - sx;
                    const float dy = (y + 0.5f) - sy;
                    const float cover = std::clamp(r + 0.5f - std::sqrt(dx * dx + dy * dy), 0.0f, 1.0f);
                    if (cover > 0) at(x, y) = mix(at(x, y), {255, 255, 245}, cover);
                }
            }
        }
    }
    if (neon) {
        for (Float3& p : buffer) p = {p.r * 0.3f, p.g * 0.3f, p.b * 0.3f};
    }

    constexpr int kSub = 4;  // 4x4 supersampling on edges
    for (const WorldObject& object : scene.objects) {
        const ObjectState state = objectStateAt(object, s);
        Float3 color = toFloat(canonicalColor(object.color));
        if (neon) color = mix(color, {255, 255, 255}, 0.25f);
        const float cx = (state.x + drift) * width;
        const float cy = state.y * height;
        const float half = 0.5f * objectHeight(object.size) * state.scale * height;
        const float reach = half + (neon ? 3.0f * glowRadius : 2.0f);
        auto inside = [&](float sd) { return scene.style == Style::Outline ? (sd >= 0 && sd < lineWidth) : sd >= 0; };
        for (int y = std::max(0, int(cy - reach)); y <= std::min(height - 1, int(cy + reach)); ++y) {
            for (int x = std::max(0, int(cx - reach)); x <= std::min(width - 1, int(cx + reach)); ++x) {
                Float3& pixel = at(x, y);
                const float dx = x + 0.5f - cx;
                const float dy = y + 0.5f - cy;
                const float centre = signedDistance(object.shape, dx, dy, half);
                if (neon && centre < 0) {
                    // Soft glow outside the object, screened over the background.
                    const float glow = 0.75f * std::exp(-(centre * centre) / (glowRadius * glowRadius));
                    pixel = {pixel.r + (255 - pixel.r) * glow * color.r / 255,
                             pixel.g + (255 - pixel.g) * glow * color.g / 255,
                             pixel.b + (255 - pixel.b) * glow * color.b / 255};
                }
                const bool edge =
                    std::fabs(centre) < 1.5f || (scene.style == Style::Outline && std::fabs(centre - lineWidth) < 1.5f);
                float coverage = 0;
                if (!edge) {
                    coverage = inside(centre) ? 1.0f : 0.0f;
                } else {
                    int hits = 0;
                    for (int sy = 0; sy < kSub; ++sy)
                        for (int sx = 0; sx < kSub; ++sx) {
                            const float ox = (sx + 0.5f) / kSub - 0.5f;
                            const float oy = (sy + 0.5f) / kSub - 0.5f;
                            hits += inside(signedDistance(object.shape, dx + ox, dy + oy, half));
                        }
                    coverage = float(hits) / (kSub * kSub);
                }
                if (coverage > 0) pixel = mix(pixel, color, coverage);
            }
        }
    }

    media::Image image(width, height, 3, media::SampleType::UInt8, media::Image::Uninitialized{});
    std::uint8_t* out = image.data();
    for (const Float3& p : buffer) {
        *out++ = static_cast<std::uint8_t>(std::clamp(std::lround(p.r), 0L, 255L));
        *out++ = static_cast<std::uint8_t>(std::clamp(std::lround(p.g), 0L, 255L));
        *out++ = static_cast<std::uint8_t>(std::clamp(std::lround(p.b), 0L, 255L));
    }
    return image;
}

std::vector<media::Image> renderClip(const WorldScene& scene, int width, int height, int frameCount, float start) {
    std::vector<media::Image> frames;
    frames.reserve(frameCount);
    for (int i = 0; i < frameCount; ++i)
        frames.push_back(renderFrameAt(scene, width, height, start + clipPosition(i, frameCount)));
    return frames;
}

}  // namespace shotcraft::world
