#pragma once
// The procedural world of WORLD.md (v1): the values a scene is made of, as data.
// Everything is in fractions of the frame so that a scene renders at any size.

#include <cstdint>
#include <string>
#include <vector>

namespace shotcraft::world {

enum class Shape { Circle = 1, Square, Triangle };
enum class Color { Red = 1, Orange, Yellow, Green, Cyan, Blue, Purple, White };
enum class Size { Small = 1, Medium, Large };
enum class Motion { Left = 1, Right, Up, Down, Bouncing, Growing, Shrinking, Still };
enum class Speed { Slow = 1, Normal, Quick };
enum class Background { Black = 1, Gray, White, NightSky, Sunset, Meadow };
enum class Camera { Static = 1, PanLeft, PanRight };
enum class Style { Flat = 1, Outline, Neon };

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
};

struct WorldObject {
    Shape shape = Shape::Circle;
    Color color = Color::Red;
    Size size = Size::Medium;
    Motion motion = Motion::Still;
    Speed speed = Speed::Normal;
    float startX = 0.5f;  // centre at the first frame, fraction of width
    float startY = 0.5f;  // fraction of height
};

struct WorldScene {
    Background background = Background::Black;
    Camera camera = Camera::Static;
    Style style = Style::Flat;
    std::vector<WorldObject> objects;  // one or two
    std::uint64_t seed = 0;            // texture (stars) and caption choice
};

// Canonical values (sRGB, 8-bit) and the words WORLD.md uses for each value.
Rgb canonicalColor(Color color);
float objectHeight(Size size);  // fraction of frame height
float travel(Speed speed);      // fraction of the frame travelled by directional motions
const std::vector<Shape>& allShapes();
const std::vector<Color>& allColors();
const std::vector<Motion>& allMotions();
const std::vector<Background>& allBackgrounds();
const std::vector<Style>& allStyles();
std::string name(Shape shape);
std::string name(Color color);
std::string name(Size size);
std::string name(Motion motion);
std::string name(Background background);
std::string name(Style style);
std::string name(Camera camera);

// True for solid backgrounds an object of `color` must not appear on.
bool clashes(Color color, Background background);

// An object's centre (fractions) and scale factor at clip position s in [0, 1]; outside
// it the motion goes on (the scale never below 0.1: a shrinking object before its clip
// began, growing, went on from a speck).
struct ObjectState {
    float x = 0.5f;
    float y = 0.5f;
    float scale = 1.0f;  // multiplies the object height
};
ObjectState objectStateAt(const WorldObject& object, float s);
// The horizontal scene drift from the camera at s (fraction of width; content moves
// right when the camera pans left).
float cameraDriftAt(Camera camera, float s);

}  // namespace shotcraft::world
