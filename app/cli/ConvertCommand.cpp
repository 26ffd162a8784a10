#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "media/ColorManager.h"
#include "media/MediaError.h"
#include "media/StillIO.h"
#include "media/VideoReader.h"
#include "media/VideoWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>
#include <optional>

namespace shotcraft::cli {
namespace {

struct ColorConversion {
    std::string from;
    std::string to;
};

std::optional<ColorConversion> parseColorSpaces(const Arguments& parsed) {
    auto text = parsed.value("--colorspace");
    if (!text) return std::nullopt;
    const auto colon = text->find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text->size()) {
        throw UsageError("--colorspace expects IN:OUT, e.g. \"Linear Rec.709:sRGB\"");
    }
    return ColorConversion{text->substr(0, colon), text->substr(colon + 1)};
}

std::string describe(const std::string& source, const std::optional<ColorConversion>& color) {
    QJsonObject json{{"tool", "shotcraft-cli convert"}, {"source", QString::fromStdString(source)}};
    if (color) {
        json.insert("colorspace_in", QString::fromStdString(color->from));
        json.insert("colorspace_out", QString::fromStdString(color->to));
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();
}

void convertStill(const std::string& in, const std::string& out, const std::optional<ColorConversion>& color,
                  const media::ColorManager* colors) {
    media::Still still = media::readStill(in);
    media::StillWriteOptions options;
    options.colorSpace = still.info.colorSpace;
    if (color) {
        // convert() works in float and returns the image's own sample type.
        still.image = colors->convert(still.image, color->from, color->to);
        options.colorSpace = color->to;
    }
    options.metadata["ImageDescription"] = describe(in, color);
    media::writeStill(out, still.image, options);
    std::printf("wrote %s (%dx%d still)\n", out.c_str(), still.image.width(), still.image.height());
}

void convertVideo(const std::string& in, const std::string& out, const Arguments& parsed,
                  const std::optional<ColorConversion>& color, const media::ColorManager* colors) {
    const int threads = static_cast<int>(parsed.integer("--threads").value_or(0));
    media::VideoReader reader(in, {threads});
    const media::VideoInfo& info = reader.info();

    if (media::isStillPath(out)) {  // one frame of a video to a still
        const long long frame = parsed.integer("--frame").value_or(0);
        media::Image image = reader.readFrame(frame, {media::SampleType::UInt16, info.hasAlpha});
        media::StillWriteOptions options;
        options.colorSpace = "sRGB";
        if (color) {
            image = colors->convert(image, color->from, color->to);
            options.colorSpace = color->to;
        }
        options.metadata["ImageDescription"] = describe(in, color);
        media::writeStill(out, image, options);
        std::printf("wrote %s (frame %lld)\n", out.c_str(), frame);
        return;
    }

    media::VideoWriterSettings settings;
    settings.width = info.width;
    settings.height = info.height;
    settings.fps = info.fps;
    settings.codec =
        parsed.value("--codec") ? media::codecFromName(*parsed.value("--codec")) : media::codecForPath(out);
    if (settings.codec == media::VideoCodec::ProRes422HQ && info.hasAlpha) {
        settings.codec = media::VideoCodec::ProRes4444;  // keep the alpha the source has
    }
    settings.alpha =
        info.hasAlpha && settings.codec != media::VideoCodec::H264 && settings.codec != media::VideoCodec::ProRes422HQ;
    settings.deep = info.bitDepth > 8;
    settings.threads = threads;
    settings.metadataJson = describe(in, color);
    const long long limit = parsed.integer("--frames").value_or(info.frameCount);
    const long long frames = std::min<long long>(limit, info.frameCount);
    if (frames <= 0) throw UsageError("--frames must be at least 1");

    media::VideoWriter writer(out, settings);
    const media::FrameFormat format{settings.deep || color ? media::SampleType::UInt16 : media::SampleType::UInt8,
                                    settings.alpha};
    for (long long i = 0; i < frames; ++i) {
        media::Image image = reader.readFrame(i, format);
        if (color) image = colors->convert(image, color->from, color->to);
        writer.write(image);
    }
    writer.finish();
    std::printf("wrote %s (%lld frames, %s)\n", out.c_str(), frames, media::codecName(settings.codec).c_str());
}

}  // namespace

int runConvert(const std::vector<std::string>& args) {
    const Arguments parsed(
        args, {{"--colorspace", 1}, {"--codec", 1}, {"--frames", 1}, {"--frame", 1}, {"--threads", 1}, {"--ocio", 1}});
    if (parsed.positionals().size() != 2) {
        throw UsageError(
            "usage: shotcraft-cli convert IN OUT [--colorspace IN:OUT] [--codec NAME] "
            "[--frames N] [--frame N] [--threads N] [--ocio CONFIG]");
    }
    const std::string& in = parsed.positionals()[0];
    const std::string& out = parsed.positionals()[1];
    if (in == out) throw UsageError("IN and OUT are the same file");
    const auto color = parseColorSpaces(parsed);
    std::unique_ptr<media::ColorManager> colors;
    if (color) {
        colors =
            std::make_unique<media::ColorManager>(parsed.valueOr("--ocio", media::ColorManager::defaultConfigPath()));
        for (const std::string& name : {color->from, color->to}) {
            if (!colors->hasColorSpace(name)) {
                std::string known;
                for (const auto& space : colors->colorSpaces()) known += (known.empty() ? "" : ", ") + space;
                throw media::MediaError("unknown color space '" + name + "' (known: " + known + ")");
            }
        }
    }
    if (media::isStillPath(in)) {
        if (!media::isStillPath(out)) {
            throw UsageError("cannot convert a still into a video; give OUT an image extension");
        }
        convertStill(in, out, color, colors.get());
    } else {
        convertVideo(in, out, parsed, color, colors.get());
    }
    return 0;
}

}  // namespace shotcraft::cli
