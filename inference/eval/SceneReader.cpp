#include "inference/eval/SceneReader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace shotcraft::eval {
namespace {

using namespace world;

struct Color3 {
    float r = 0, g = 0, b = 0;
};

float distance(Color3 a, Color3 b) {
    return std::sqrt((a.r - b.r) * (a.r - b.r) + (a.g - b.g) * (a.g - b.g) + (a.b - b.b) * (a.b - b.b));
}

Color3 pixel(const media::Image& image, int x, int y) {
    const std::uint8_t* p = image.row(y) + 3 * x;
    return {float(p[0]), float(p[1]), float(p[2])};
}

Color3 toColor3(Rgb c) {
    return {float(c.r), float(c.g), float(c.b)};
}

// The background colour WORLD.md gives at height fraction y (stars aside), flat or neon.
Color3 expectedBackground(Background b, float y, bool neon) {
    Color3 c;
    switch (b) {
        case Background::Black:
            c = {10, 10, 10};
            break;
        case Background::Gray:
            c = {128, 128, 128};
            break;
        case Background::White:
            c = {245, 245, 245};
            break;
        case Background::NightSky:
            c = {15, 20, 50};
            break;
        case Background::Sunset: {
            const float t = std::clamp(y, 0.0f, 1.0f);
            c = {250 + (90 - 250) * t, 150 + (40 - 150) * t, 60 + (120 - 60) * t};
            break;
        }
        case Background::Meadow:
            c = y < 2.0f / 3.0f ? Color3{135, 200, 235} : Color3{60, 150, 60};
            break;
    }
    if (neon) c = {c.r * 0.3f, c.g * 0.3f, c.b * 0.3f};
    return c;
}

// Object colours as drawn: canonical (flat, outline) and brightened (neon).
Color3 drawnColor(Color color, bool neon) {
    Color3 c = toColor3(canonicalColor(color));
    if (neon) c = {c.r + (255 - c.r) * 0.25f, c.g + (255 - c.g) * 0.25f, c.b + (255 - c.b) * 0.25f};
    return c;
}

template <class T>
T median(std::vector<T> v) {
    if (v.empty()) return T{};
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
}

// Background and neon flag from the left and right border columns of every frame: the
// median colour of each row against each background's expected row colour.
void classifyBackground(const std::vector<media::Image>& frames, ReadScene& scene, bool& neon) {
    const int h = frames.front().height();
    const int w = frames.front().width();
    std::vector<Color3> rows(h);
    for (int y = 0; y < h; ++y) {
        std::vector<float> r, g, b;
        for (const auto& f : frames) {
            for (int x : {0, 1, w - 2, w - 1}) {
                const Color3 c = pixel(f, x, y);
                r.push_back(c.r);
                g.push_back(c.g);
                b.push_back(c.b);
            }
        }
        rows[y] = {median(r), median(g), median(b)};
    }
    float best = 1e9f;
    for (Background bg : allBackgrounds()) {
        for (bool n : {false, true}) {
            std::vector<float> errors;
            for (int y = 0; y < h; ++y) errors.push_back(distance(rows[y], expectedBackground(bg, (y + 0.5f) / h, n)));
            // The median row error ignores rows an object crosses at the border.
            const float e = median(errors);
            if (e < best) {
                best = e;
                scene.background = bg;
                neon = n;
            }
        }
    }
    scene.backgroundError = best;
}

std::vector<int> largestComponent(const std::vector<int>& pixels, int w, int h) {
    std::vector<int> label(static_cast<std::size_t>(w) * h, -1);
    for (int p : pixels) label[p] = 0;  // 0: unvisited ink
    std::vector<int> best, current, stack;
    for (int start : pixels) {
        if (label[start] != 0) continue;
        current.clear();
        stack.assign(1, start);
        label[start] = 1;
        while (!stack.empty()) {
            const int q = stack.back();
            stack.pop_back();
            current.push_back(q);
            const int qx = q % w, qy = q / w;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = qx + dx, ny = qy + dy;
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                    const int n = ny * w + nx;
                    if (label[n] == 0) {
                        label[n] = 1;
                        stack.push_back(n);
                    }
                }
        }
        if (current.size() > best.size()) best = current;
    }
    return best;
}

// How much of a filled mask's corner boxes (a fifth of each side) is filled.
struct CornerFill {
    float top = 0, bottom = 0;
};

CornerFill cornerFill(const std::vector<std::uint8_t>& outside, int bw, int bh) {
    const int cw = std::max(1, (bw + 2) / 5), ch = std::max(1, (bh + 2) / 5);
    auto fill = [&](int x0, int y0) {
        int filled = 0;
        for (int y = y0; y < y0 + ch; ++y)
            for (int x = x0; x < x0 + cw; ++x) filled += outside[y * bw + x] == 0;
        return float(filled) / float(cw * ch);
    };
    return {0.5f * (fill(0, 0) + fill(bw - cw, 0)), 0.5f * (fill(0, bh - ch) + fill(bw - cw, bh - ch))};
}

}  // namespace

const ReadObject* findColor(const ReadScene& read, world::Color color) {
    for (const auto& o : read.objects) {
        if (o.color == color) return &o;  // largest first
    }
    return nullptr;
}

world::Motion classifyMotion(const std::vector<TrackPoint>& track, float cameraDrift) {
    if (track.size() < 2) return Motion::Still;
    // Prefer points where the whole object is in frame.
    std::vector<TrackPoint> inside;
    for (const auto& p : track) {
        if (!p.touchesBorder) inside.push_back(p);
    }
    const auto& t = inside.size() >= 2 ? inside : track;
    const TrackPoint& first = t.front();
    const TrackPoint& last = t.back();
    const float span = float(last.frame - first.frame);
    const float total = float(track.back().frame - track.front().frame);
    // Drift of the camera over the frames used.
    const float drift = total > 0 ? cameraDrift * span / std::max(1.0f, float(track.back().frame)) : 0.0f;
    const float dx = last.x - first.x - drift;
    const float dy = last.y - first.y;
    // Size changes only count between frames that show the whole object.
    const float size = inside.size() >= 2 ? last.height / std::max(1e-3f, first.height) : 1.0f;
    float minY = first.y;
    for (const auto& p : t) minY = std::min(minY, p.y);
    const float rise = std::min(first.y, last.y) - minY;  // how far it went up and came back
    if (size > 1.5f) return Motion::Growing;
    if (size < 1.0f / 1.5f) return Motion::Shrinking;
    if (rise > 0.08f && std::fabs(dy) < 0.08f && std::fabs(dx) < 0.15f) return Motion::Bouncing;
    const float moved = std::max(std::fabs(dx), std::fabs(dy));
    if (moved < 0.06f) return Motion::Still;
    if (std::fabs(dx) >= std::fabs(dy)) return dx < 0 ? Motion::Left : Motion::Right;
    return dy < 0 ? Motion::Up : Motion::Down;
}

ReadScene readScene(const std::vector<media::Image>& frames, const ReaderOptions& options) {
    ReadScene scene;
    if (frames.empty()) return scene;
    const int w = frames.front().width();
    const int h = frames.front().height();
    bool neon = false;
    classifyBackground(frames, scene, neon);

    // Per frame: foreground pixels, each given the nearest object colour when it is close
    // to one (glow blends and stars are not).
    std::map<Color, ReadObject> objects;
    struct Measures {
        std::vector<float> fill, outline, top, bottom;
    };
    std::map<Color, Measures> whole, clipped;  // frames with the object wholly in view, or not
    for (std::size_t f = 0; f < frames.size(); ++f) {
        const media::Image& image = frames[f];
        std::map<Color, std::vector<int>> byColor;
        for (int y = 0; y < h; ++y) {
            const Color3 bg = expectedBackground(scene.background, (y + 0.5f) / h, neon);
            for (int x = 0; x < w; ++x) {
                const Color3 c = pixel(image, x, y);
                if (distance(c, bg) < 40.0f) continue;
                Color nearest = Color::Red;
                float nearestDistance = 1e9f;
                for (Color color : allColors()) {
                    const float d = distance(c, drawnColor(color, neon));
                    if (d < nearestDistance) {
                        nearestDistance = d;
                        nearest = color;
                    }
                }
                if (nearestDistance < 60.0f) byColor[nearest].push_back(y * w + x);
            }
        }
        for (auto& [color, all] : byColor) {
            // The largest 8-connected component is the object: stars, glow specks and
            // stray pixels of the same colour are not.
            const std::vector<int> pixels = largestComponent(all, w, h);
            const int minPixels = std::max(6, w * h / 400);
            if (static_cast<int>(pixels.size()) < minPixels) continue;
            int x0 = w, x1 = -1, y0 = h, y1 = -1;
            double sx = 0, sy = 0;
            for (int p : pixels) {
                const int x = p % w, y = p / w;
                x0 = std::min(x0, x);
                x1 = std::max(x1, x);
                y0 = std::min(y0, y);
                y1 = std::max(y1, y);
                sx += x + 0.5;
                sy += y + 0.5;
            }
            // Fill the drawn shape's holes (outlines) to measure the shape itself: a pixel
            // of the box is outside when the box border reaches it without crossing ink.
            const int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
            std::vector<std::uint8_t> ink(static_cast<std::size_t>(bw) * bh, 0), outside(ink.size(), 0);
            for (int p : pixels) ink[static_cast<std::size_t>(p / w - y0) * bw + (p % w - x0)] = 1;
            std::vector<int> stack;
            for (int y = 0; y < bh; ++y)
                for (int x = 0; x < bw; ++x)
                    if ((x == 0 || y == 0 || x == bw - 1 || y == bh - 1) && !ink[y * bw + x]) {
                        outside[y * bw + x] = 1;
                        stack.push_back(y * bw + x);
                    }
            while (!stack.empty()) {
                const int q = stack.back();
                stack.pop_back();
                const int qx = q % bw, qy = q / bw;
                const int nx[4] = {qx - 1, qx + 1, qx, qx};
                const int ny[4] = {qy, qy, qy - 1, qy + 1};
                for (int k = 0; k < 4; ++k) {
                    if (nx[k] < 0 || ny[k] < 0 || nx[k] >= bw || ny[k] >= bh) continue;
                    const int n = ny[k] * bw + nx[k];
                    if (!ink[n] && !outside[n]) {
                        outside[n] = 1;
                        stack.push_back(n);
                    }
                }
            }
            const int filled = static_cast<int>(std::count(outside.begin(), outside.end(), 0));
            const bool border = x0 == 0 || y0 == 0 || x1 == w - 1 || y1 == h - 1;
            ReadObject& o = objects[color];
            o.color = color;
            o.totalPixels += static_cast<int>(pixels.size());
            o.track.push_back({static_cast<int>(f), float(sx / pixels.size() / w), float(sy / pixels.size() / h),
                               float(bh) / h, static_cast<int>(pixels.size()), border});
            const CornerFill corners = cornerFill(outside, bw, bh);
            Measures& m = border ? clipped[color] : whole[color];
            m.fill.push_back(float(filled) / float(bw * bh));
            m.outline.push_back(float(pixels.size()) / float(std::max(1, filled)));
            m.top.push_back(corners.top);
            m.bottom.push_back(corners.bottom);
        }
    }

    for (auto& [color, o] : objects) {
        // Shape from frames with the object wholly in view (clipped ones when there are
        // none): squares fill their box's corners, triangles only the bottom ones,
        // circles none.
        const Measures& m = whole[color].fill.empty() ? clipped[color] : whole[color];
        o.fillRatio = median(m.fill);
        o.outlineRatio = median(m.outline);
        const float top = median(m.top), bottom = median(m.bottom);
        o.shape = top > 0.6f && bottom > 0.6f ? Shape::Square : bottom - top > 0.3f ? Shape::Triangle : Shape::Circle;
        o.motion = classifyMotion(o.track, options.cameraDrift);
        scene.objects.push_back(o);
    }
    std::sort(scene.objects.begin(), scene.objects.end(),
              [](const ReadObject& a, const ReadObject& b) { return a.totalPixels > b.totalPixels; });
    // Objects seen in too few frames are noise.
    const int minFrames = std::max(2, static_cast<int>(frames.size()) / 3);
    scene.objects.erase(
        std::remove_if(scene.objects.begin(), scene.objects.end(),
                       [&](const ReadObject& o) { return static_cast<int>(o.track.size()) < minFrames; }),
        scene.objects.end());
    if (static_cast<int>(scene.objects.size()) > options.maxObjects) scene.objects.resize(options.maxObjects);

    if (neon) {
        scene.style = Style::Neon;
    } else if (!scene.objects.empty() && scene.objects.front().outlineRatio < 0.85f) {
        scene.style = Style::Outline;
    }
    return scene;
}

}  // namespace shotcraft::eval
