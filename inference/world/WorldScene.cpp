#include "inference/world/WorldScene.h"

#include <algorithm>
#include <cmath>

namespace shotcraft::world {

Rgb canonicalColor(Color color) {
    switch (color) {
        case Color::Red:
            return {220, 40, 40};
        case Color::Orange:
            return {240, 140, 30};
        case Color::Yellow:
            return {240, 220, 40};
        case Color::Green:
            return {40, 180, 60};
        case Color::Cyan:
            return {40, 200, 220};
        case Color::Blue:
            return {40, 80, 220};
        case Color::Purple:
            return {150, 60, 200};
        case Color::White:
            return {240, 240, 240};
    }
    return {};
}

float objectHeight(Size size) {
    switch (size) {
        case Size::Small:
            return 0.18f;
        case Size::Large:
            return 0.32f;
        case Size::Medium:
            return 0.25f;
    }
    return 0.25f;
}

float travel(Speed speed) {
    switch (speed) {
        case Speed::Slow:
            return 0.25f;
        case Speed::Quick:
            return 0.75f;
        case Speed::Normal:
            return 0.5f;
    }
    return 0.5f;
}

const std::vector<Shape>& allShapes() {
    static const std::vector<Shape> v{Shape::Circle, Shape::Square, Shape::Triangle};
    return v;
}
const std::vector<Color>& allColors() {
    static const std::vector<Color> v{Color::Red,  Color::Orange, Color::Yellow, Color::Green,
                                      Color::Cyan, Color::Blue,   Color::Purple, Color::White};
    return v;
}
const std::vector<Motion>& allMotions() {
    static const std::vector<Motion> v{Motion::Left,     Motion::Right,   Motion::Up,        Motion::Down,
                                       Motion::Bouncing, Motion::Growing, Motion::Shrinking, Motion::Still};
    return v;
}
const std::vector<Background>& allBackgrounds() {
    static const std::vector<Background> v{Background::Black,    Background::Gray,   Background::White,
                                           Background::NightSky, Background::Sunset, Background::Meadow};
    return v;
}
const std::vector<Style>& allStyles() {
    static const std::vector<Style> v{Style::Flat, Style::Outline, Style::Neon};
    return v;
}

std::string name(Shape shape) {
    switch (shape) {
        case Shape::Circle:
            return "circle";
        case Shape::Square:
            return "square";
        case Shape::Triangle:
            return "triangle";
    }
    return "?";
}
std::string name(Color color) {
    switch (color) {
        case Color::Red:
            return "red";
        case Color::Orange:
            return "orange";
        case Color::Yellow:
            return "yellow";
        case Color::Green:
            return "green";
        case Color::Cyan:
            return "cyan";
        case Color::Blue:
            return "blue";
        case Color::Purple:
            return "purple";
        case Color::White:
            return "white";
    }
    return "?";
}
std::string name(Size size) {
    switch (size) {
        case Size::Small:
            return "small";
        case Size::Medium:
            return "medium";
        case Size::Large:
            return "large";
    }
    return "?";
}
std::string name(Motion motion) {
    switch (motion) {
        case Motion::Left:
            return "left";
        case Motion::Right:
            return "right";
        case Motion::Up:
            return "up";
        case Motion::Down:
            return "down";
        case Motion::Bouncing:
            return "bouncing";
        case Motion::Growing:
            return "growing";
        case Motion::Shrinking:
            return "shrinking";
        case Motion::Still:
            return "still";
    }
    return "?";
}
std::string name(Background background) {
    switch (background) {
        case Background::Black:
            return "black";
        case Background::Gray:
            return "gray";
        case Background::White:
            return "white";
        case Background::NightSky:
            return "night sky";
        case Background::Sunset:
            return "sunset";
        case Background::Meadow:
            return "meadow";
    }
    return "?";
}
std::string name(Style style) {
    switch (style) {
        case Style::Flat:
            return "flat";
        case Style::Outline:
            return "outline";
        case Style::Neon:
            return "neon";
    }
    return "?";
}
std::string name(Camera camera) {
    switch (camera) {
        case Camera::Static:
            return "static";
        case Camera::PanLeft:
            return "pan left";
        case Camera::PanRight:
            return "pan right";
    }
    return "?";
}

bool clashes(Color color, Background background) {
    return (color == Color::White && background == Background::White) ||
           (color == Color::Green && background == Background::Meadow);
}

ObjectState objectStateAt(const WorldObject& object, float s) {
    ObjectState state{object.startX, object.startY, 1.0f};
    const float distance = travel(object.speed);
    switch (object.motion) {
        case Motion::Left:
            state.x -= distance * s;
            break;
        case Motion::Right:
            state.x += distance * s;
            break;
        case Motion::Up:
            state.y -= distance * s;
            break;
        case Motion::Down:
            state.y += distance * s;
            break;
        case Motion::Bouncing: {
            // Two bounces: the object rises from its resting height and lands twice.
            const float height = 0.35f * (0.5f + 0.5f * distance);
            state.y -= height * std::fabs(std::sin(2.0f * float(M_PI) * s));
            break;
        }
        case Motion::Growing:
            state.scale = 0.6f + 0.8f * s;
            break;
        case Motion::Shrinking:
            state.scale = 1.4f - 0.8f * s;
            break;
        case Motion::Still:
            break;
    }
    state.scale = std::max(0.1f, state.scale);
    return state;
}

float cameraDriftAt(Camera camera, float s) {
    switch (camera) {
        case Camera::PanLeft:
            return 0.3f * s;
        case Camera::PanRight:
            return -0.3f * s;
        case Camera::Static:
            return 0.0f;
    }
    return 0.0f;
}

}  // namespace shotcraft::world
