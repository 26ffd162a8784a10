#pragma once
// Reads a world clip back analytically (no learning): the background from border
// pixels, objects by segmenting against it, color from hue, shape from fill ratio,
// motion from the centroid track, style from outline/glow. The evaluation's judge of
// what a generated clip shows. Torch-free.

#include "inference/world/WorldScene.h"
#include "media/Image.h"

#include <optional>
#include <vector>

namespace shotcraft::eval {

struct TrackPoint {
    int frame = 0;
    float x = 0, y = 0;  // centroid, fractions of width / height
    float height = 0;    // bounding-box height, fraction of frame height
    int pixels = 0;
    bool touchesBorder = false;
};

struct ReadObject {
    world::Color color = world::Color::Red;
    world::Shape shape = world::Shape::Circle;
    world::Motion motion = world::Motion::Still;
    float fillRatio = 0;     // filled area / bounding box (circle .79, square 1, triangle .5)
    float outlineRatio = 1;  // drawn pixels / filled area (low for outlines)
    std::vector<TrackPoint> track;
    int totalPixels = 0;
};

struct ReadScene {
    world::Background background = world::Background::Black;
    world::Style style = world::Style::Flat;
    float backgroundError = 0;        // mean colour distance of the border to the chosen background
    std::vector<ReadObject> objects;  // largest first
};

struct ReaderOptions {
    // The camera's drift at the clip's end (fraction of width), when known from the
    // prompt: motion is judged relative to the scene, as WORLD.md defines it.
    float cameraDrift = 0;
    int maxObjects = 2;
};

ReadScene readScene(const std::vector<media::Image>& frames, const ReaderOptions& options = {});

// The largest object read in `color`, or null: how the evaluation finds the object a
// prompt asked for.
const ReadObject* findColor(const ReadScene& read, world::Color color);

// Classifies a centroid track (and size change) into a WORLD.md motion.
world::Motion classifyMotion(const std::vector<TrackPoint>& track, float cameraDrift);

}  // namespace shotcraft::eval
