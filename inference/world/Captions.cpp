#include "inference/world/Captions.h"

#include <algorithm>
#include <random>
#include <set>
#include <sstream>

namespace shotcraft::world {
namespace {

using Rng = std::mt19937_64;

template <class T>
const T& pick(Rng& rng, const std::vector<T>& options) {
    return options[std::uniform_int_distribution<std::size_t>(0, options.size() - 1)(rng)];
}

std::string shapeWord(Shape shape, Rng* rng) {
    static const std::vector<std::string> circle{"circle", "ball", "disc"};
    static const std::vector<std::string> square{"square", "box", "block"};
    static const std::vector<std::string> triangle{"triangle", "pyramid"};
    const auto& words = shape == Shape::Circle ? circle : shape == Shape::Square ? square : triangle;
    return rng ? pick(*rng, words) : words.front();
}

std::string verb(Rng* rng) {
    static const std::vector<std::string> verbs{"moving", "drifting", "sliding", "going"};
    return rng ? pick(*rng, verbs) : verbs.front();
}

std::string speedWord(Speed speed) {
    return speed == Speed::Slow ? "slowly " : speed == Speed::Quick ? "quickly " : "";
}

// "moving left", "slowly drifting to the left", "bouncing", ...
std::string motionPhrase(const WorldObject& o, Rng* rng, bool terse) {
    switch (o.motion) {
        case Motion::Left:
        case Motion::Right:
        case Motion::Up:
        case Motion::Down: {
            const std::string dir = name(o.motion);
            if (terse) return speedWord(o.speed) + dir;
            const bool withThe = rng && (dir == "left" || dir == "right") && (*rng)() % 2;
            return speedWord(o.speed) + verb(rng) + (withThe ? " to the " : " ") + dir;
        }
        case Motion::Bouncing:
            return speedWord(o.speed) + "bouncing";
        case Motion::Growing:
            return "growing";
        case Motion::Shrinking:
            return "shrinking";
        case Motion::Still:
            return terse ? "still" : "standing still";
    }
    return {};
}

std::string colorWord(Color c) {
    return name(c);
}

std::string sizeWord(Size s) {
    return s == Size::Medium ? "" : name(s) + " ";
}

std::string styleAdjective(Style style, Rng* rng) {
    if (style == Style::Outline) return rng && (*rng)() % 2 ? "outlined " : "outline ";
    if (style == Style::Neon) return rng && (*rng)() % 2 ? "glowing " : "neon ";
    return "";
}

std::string styleSuffix(Style style, Rng& rng) {
    if (style == Style::Outline) return pick(rng, std::vector<std::string>{", line drawing", ", sketch", ", outline"});
    if (style == Style::Neon) return pick(rng, std::vector<std::string>{", neon", ", glowing"});
    return "";
}

std::string backgroundPhrase(Background b, Rng* rng) {
    switch (b) {
        case Background::Black:
            return rng && (*rng)() % 2 ? "on a dark background" : "on a black background";
        case Background::Gray:
            return rng && (*rng)() % 2 ? "on a grey background" : "on a gray background";
        case Background::White:
            return "on a white background";
        case Background::NightSky:
            return rng && (*rng)() % 2 ? "under a night sky" : "on a night sky";
        case Background::Sunset:
            return rng && (*rng)() % 2 ? "against a sunset" : "on a sunset";
        case Background::Meadow:
            return rng && (*rng)() % 2 ? "over a meadow" : "in a meadow";
    }
    return {};
}

std::string backgroundShort(Background b, Rng& rng) {
    // Black and gray have synonyms; every other background is called by its name.
    if (b == Background::Black) return pick(rng, std::vector<std::string>{"black", "dark"});
    if (b == Background::Gray) return pick(rng, std::vector<std::string>{"gray", "grey"});
    return name(b);
}

std::string cameraPhrase(Camera c) {
    if (c == Camera::PanLeft) return ", the camera pans left";
    if (c == Camera::PanRight) return ", the camera pans right";
    return "";
}

// "a" or "an" by the next word's first letter (orange, outline, ...).
std::string withArticle(const std::string& rest) {
    const char c = rest.empty() ? 'x' : rest.front();
    return (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ? "an " : "a ") + rest;
}

std::string objectPhrase(const WorldObject& o, Style style, Rng* rng) {
    return withArticle(sizeWord(o.size) + styleAdjective(style, rng) + colorWord(o.color) + " " +
                       shapeWord(o.shape, rng) + " " + motionPhrase(o, rng, false));
}

std::string longForm(const WorldScene& scene, Rng* rng) {
    std::string text;
    for (std::size_t i = 0; i < scene.objects.size(); ++i) {
        if (i > 0) text += " and ";
        text += objectPhrase(scene.objects[i], scene.style, rng);
    }
    return text + " " + backgroundPhrase(scene.background, rng) + cameraPhrase(scene.camera);
}

std::string sentenceForm(const WorldScene& scene, Rng& rng) {
    std::string text;
    for (std::size_t i = 0; i < scene.objects.size(); ++i) {
        const WorldObject& o = scene.objects[i];
        if (i > 0) text += " and ";
        std::string phrase = withArticle(sizeWord(o.size) + colorWord(o.color) + " " + shapeWord(o.shape, &rng) + " " +
                                         motionPhrase(o, &rng, false));
        if (i == 0) phrase[0] = 'A';
        text += phrase;
    }
    text += " against " + backgroundShort(scene.background, rng) + styleSuffix(scene.style, rng) +
            cameraPhrase(scene.camera) + ".";
    return text;
}

std::string terseForm(const WorldScene& scene, Rng& rng) {
    std::string text;
    for (std::size_t i = 0; i < scene.objects.size(); ++i) {
        const WorldObject& o = scene.objects[i];
        if (i > 0) text += ", ";
        text +=
            sizeWord(o.size) + colorWord(o.color) + " " + shapeWord(o.shape, &rng) + ", " + motionPhrase(o, &rng, true);
    }
    text += ", " + backgroundShort(scene.background, rng);
    if (scene.style != Style::Flat) text += ", " + name(scene.style);
    if (scene.camera == Camera::PanLeft) text += ", pan left";
    if (scene.camera == Camera::PanRight) text += ", pan right";
    return text;
}

}  // namespace

std::string canonicalCaption(const WorldScene& scene) {
    return longForm(scene, nullptr);
}

std::vector<std::string> captions(const WorldScene& scene, std::uint64_t seed, int count) {
    Rng rng(seed * 0x9e3779b97f4a7c15ULL + 17);
    std::vector<std::string> out{canonicalCaption(scene)};
    while (static_cast<int>(out.size()) < count) {
        const int form = static_cast<int>(rng() % 3);
        out.push_back(form == 0 ? longForm(scene, &rng) : form == 1 ? sentenceForm(scene, rng) : terseForm(scene, rng));
    }
    return out;
}

std::vector<std::string> worldVocabulary() {
    // Every word the caption forms above can produce, plus the small words a user may add
    // around them.
    static const char* const kWords[] = {
        "a",       "an",        "the",      "and",        "on",       "in",     "under",   "over",    "against",
        "to",      "of",        "with",     "background", "camera",   "pans",   "pan",     "left",    "right",
        "up",      "down",      "moving",   "drifting",   "sliding",  "going",  "slowly",  "quickly", "bouncing",
        "growing", "shrinking", "standing", "still",      "circle",   "ball",   "disc",    "square",  "box",
        "block",   "triangle",  "pyramid",  "red",        "orange",   "yellow", "green",   "cyan",    "blue",
        "purple",  "white",     "small",    "large",      "black",    "dark",   "gray",    "grey",    "night",
        "sky",     "sunset",    "meadow",   "outline",    "outlined", "line",   "drawing", "sketch",  "neon",
        "glowing", "flat"};
    std::set<std::string> words(std::begin(kWords), std::end(kWords));
    return {words.begin(), words.end()};
}

}  // namespace shotcraft::world
