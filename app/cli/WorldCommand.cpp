#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "inference/world/Captions.h"
#include "inference/world/SceneSampler.h"
#include "inference/world/WorldRenderer.h"
#include "media/VideoWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace shotcraft::cli {

// Renders one clip of the procedural world and prints its captions.
int runWorld(const std::vector<std::string>& args) {
    const Arguments parsed(args, {{"--seed", 1},
                                  {"--out", 1},
                                  {"--width", 1},
                                  {"--height", 1},
                                  {"--frames", 1},
                                  {"--fps", 1},
                                  {"--start", 1},
                                  {"--json", 0}});
    const auto out = parsed.value("--out");
    if (!out)
        throw UsageError(
            "usage: shotcraft-cli world --seed N --out CLIP [--width W] [--height H] [--frames N] [--fps N] "
            "[--start S] [--json]");
    const long long seed = parsed.integer("--seed").value_or(1);
    const int width = static_cast<int>(parsed.integer("--width").value_or(64));
    const int height = static_cast<int>(parsed.integer("--height").value_or(64));
    const int frames = static_cast<int>(parsed.integer("--frames").value_or(16));
    const int fps = static_cast<int>(parsed.integer("--fps").value_or(8));
    if (width < 16 || height < 16 || width > 4096 || height > 4096)
        throw UsageError("--width and --height must be 16..4096");
    if (frames < 1 || frames > 1000) throw UsageError("--frames must be 1..1000");
    if (fps < 1 || fps > 240) throw UsageError("--fps must be 1..240");
    // Where along the scene's path the clip begins, in clips (0: the world's own clip; 1:
    // its last frame, the motion going on from there at the clip's pace).
    const double start = parsed.number("--start").value_or(0.0);
    if (!(start >= -4 && start <= 4)) throw UsageError("--start must be -4..4 (clips along the path)");

    world::SceneSamplerOptions options;
    options.aspect = float(width) / height;
    options.excludeHeldOut = false;
    const world::WorldScene scene = world::sampleScene(static_cast<std::uint64_t>(seed), options);
    const auto captions = world::captions(scene, static_cast<std::uint64_t>(seed), 4);

    media::VideoWriterSettings settings;
    settings.width = width;
    settings.height = height;
    settings.fps = {fps, 1};
    settings.codec = media::codecForPath(*out);
    QJsonArray captionArray;
    for (const auto& c : captions) captionArray.append(QString::fromStdString(c));
    QJsonObject description{
        {"tool", "shotcraft-cli world"}, {"world", "v1"}, {"seed", seed}, {"captions", captionArray}};
    if (start != 0) description["start"] = start;
    settings.metadataJson = QJsonDocument(description).toJson(QJsonDocument::Compact).toStdString();
    media::VideoWriter writer(*out, settings);
    for (const auto& frame : world::renderClip(scene, width, height, frames, float(start))) {
        writer.write(frame);
    }
    writer.finish();

    if (parsed.has("--json")) {
        std::fputs(QJsonDocument(description).toJson().constData(), stdout);
    } else {
        for (const auto& c : captions) std::printf("%s\n", c.c_str());
    }
    return 0;
}

}  // namespace shotcraft::cli
