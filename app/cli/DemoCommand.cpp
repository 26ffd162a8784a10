#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/core/ProbeJson.h"
#include "media/VideoReader.h"
#include "media/VideoWriter.h"

#include <QJsonDocument>

#include <cmath>
#include <cstdio>

namespace shotcraft::cli {

// Renders a short animated clip through the media engine and probes it back: a first
// look at what the build can do without any input file.
int runDemo(const std::vector<std::string>& args) {
    const Arguments parsed(args, {{"--out", 1}});
    const std::string out = parsed.valueOr("--out", "shotcraft-demo.mp4");
    media::VideoWriterSettings settings;
    settings.width = 320;
    settings.height = 180;
    settings.fps = {24, 1};
    settings.codec = media::codecForPath(out);
    settings.metadataJson = R"({"tool":"shotcraft-cli demo"})";
    media::VideoWriter writer(out, settings);
    constexpr int kFrames = 72;
    for (int i = 0; i < kFrames; ++i) {
        // A sunset gradient with a red disc moving left to right.
        media::Image frame(settings.width, settings.height, 3, media::SampleType::UInt8);
        const float cx = 0.15f + 0.7f * i / (kFrames - 1);
        for (int y = 0; y < settings.height; ++y) {
            const float t = float(y) / (settings.height - 1);
            for (int x = 0; x < settings.width; ++x) {
                const float dx = float(x) / settings.height - cx * settings.width / settings.height;
                const float dy = t - 0.5f;
                const bool disc = dx * dx + dy * dy < 0.16f * 0.16f;
                frame.setSample(x, y, 0, disc ? 0.86f : (250 - 160 * t) / 255.0f);
                frame.setSample(x, y, 1, disc ? 0.16f : (150 - 110 * t) / 255.0f);
                frame.setSample(x, y, 2, disc ? 0.16f : (60 + 60 * t) / 255.0f);
            }
        }
        writer.write(frame);
    }
    writer.finish();
    const media::VideoReader reader(out);
    std::fputs(QJsonDocument(app::videoInfoToJson(reader.info())).toJson().constData(), stdout);
    std::fprintf(stderr, "wrote %s (%d frames): open it in any player\n", out.c_str(), kFrames);
    return 0;
}

}  // namespace shotcraft::cli
