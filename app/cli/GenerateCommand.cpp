#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/DeviceOptions.h"
#include "app/cli/OutputFile.h"
#include "app/cli/SamplerOption.h"
#include "app/cli/SeedOption.h"
#include "app/core/TakeMedia.h"
#include "inference/GenerationRequest.h"
#include "inference/VideoModel.h"
#include "media/ColorManager.h"
#include "media/MediaError.h"
#include "media/StillIO.h"
#include "media/VideoReader.h"
#include "media/VideoWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <random>

namespace shotcraft::cli {
namespace {

using inference::GenerationMode;

std::uint64_t parseSeed(const Arguments& parsed) {
    const auto text = parsed.value("--seed");
    // Drawn seeds stay below 2^53 so that every JSON reader keeps them exact.
    if (!text) return ((std::uint64_t{std::random_device{}()} << 32) | std::random_device{}()) & ((1ULL << 53) - 1);
    return seedFromText(*text);
}

}  // namespace

int runGenerate(const std::vector<std::string>& args) {
    const Arguments parsed(args, {{"--prompt", 1},
                                  {"--negative", 1},
                                  {"--seed", 1},
                                  {"--frames", 1},
                                  {"--fps", 1},
                                  {"--width", 1},
                                  {"--height", 1},
                                  {"--steps", 1},
                                  {"--guidance", 1},
                                  {"--model", 1},
                                  {"--image", 1},
                                  {"--extend-forward", 1},
                                  {"--extend-backward", 1},
                                  {"--connect", 2},
                                  {"--loop", 0},
                                  {"--restyle", 1},
                                  {"--strength", 1},
                                  {"--out", 1},
                                  {"--json", 0},
                                  {"--sampler", 1},
                                  {"--shift", 1},
                                  {"--context", 1},
                                  {"--seam-fade", 1},
                                  {"--guidance-ramp", 1},
                                  {"--threads", 1},
                                  {"--device", 1}});
    if (!parsed.positionals().empty()) throw UsageError("unexpected argument '" + parsed.positionals().front() + "'");
    const auto out = parsed.value("--out");
    if (!out) throw UsageError("--out PATH is required (.mp4 .mov .mkv .webm or dir/%04d.png)");
    const media::VideoCodec codec = media::codecForPath(*out);
    // A sequence's folder is made when written; a file's must be there before the work.
    if (codec != media::VideoCodec::PngSequence) requireOutputFolder("--out", *out);

    int modes = 0;
    for (const char* option :
         {"--image", "--extend-forward", "--extend-backward", "--connect", "--loop", "--restyle"}) {
        modes += parsed.has(option);
    }
    if (modes > 1)
        throw UsageError("choose one of --image, --extend-forward, --extend-backward, --connect, --loop, --restyle");
    if (parsed.has("--strength") && !parsed.has("--restyle")) throw UsageError("--strength goes with --restyle");

    const inference::DeviceOptions device = deviceOptions(parsed);
    const std::string modelPath = parsed.valueOr("--model", inference::defaultModelPath());
    const auto model = inference::loadVideoModel(modelPath, device);
    const inference::ModelInfo& info = model->info();

    inference::GenerationRequest request;
    request.prompt = parsed.valueOr("--prompt", "");
    request.negativePrompt = parsed.valueOr("--negative", "");
    request.seed = parseSeed(parsed);
    request.frames = static_cast<int>(parsed.integer("--frames").value_or(info.defaultFrames));
    request.fps = static_cast<int>(parsed.integer("--fps").value_or(8));
    request.width = static_cast<int>(parsed.integer("--width").value_or(info.defaultWidth));
    request.height = static_cast<int>(parsed.integer("--height").value_or(info.defaultHeight));
    request.steps = static_cast<int>(parsed.integer("--steps").value_or(20));
    request.guidance = static_cast<float>(parsed.number("--guidance").value_or(info.defaultGuidance));
    request.shift = static_cast<float>(parsed.number("--shift").value_or(info.defaultShift));
    request.contextFrames = static_cast<int>(parsed.integer("--context").value_or(request.contextFrames));
    request.seamFadeFrames = static_cast<int>(parsed.integer("--seam-fade").value_or(request.seamFadeFrames));
    request.guidanceRampFrames =
        static_cast<int>(parsed.integer("--guidance-ramp").value_or(request.guidanceRampFrames));
    request.sampler = samplerOption(parsed);
    const int k = std::max(1, request.contextFrames);
    if (auto still = parsed.value("--image")) {
        request.mode = GenerationMode::Image;
        request.sourceA = {app::readStillForModel(*still)};
    } else if (auto before = parsed.value("--extend-forward")) {
        request.mode = GenerationMode::ExtendForward;
        request.sourceA = app::readClipFrames(*before, -k, k);
    } else if (auto after = parsed.value("--extend-backward")) {
        request.mode = GenerationMode::ExtendBackward;
        request.sourceA = app::readClipFrames(*after, 0, k);
    } else if (parsed.has("--connect")) {
        const auto clips = parsed.values("--connect");
        request.mode = GenerationMode::Connect;
        request.sourceA = app::readClipFrames(clips[0], -k, k);
        request.sourceB = app::readClipFrames(clips[1], 0, k);
    } else if (parsed.has("--loop")) {
        request.mode = GenerationMode::Loop;
    } else if (auto source = parsed.value("--restyle")) {
        request.mode = GenerationMode::Restyle;
        request.strength = static_cast<float>(parsed.number("--strength").value_or(0.6));
        if (!(request.strength > 0 && request.strength <= 1)) {
            throw UsageError("--strength must be in (0, 1], not " + *parsed.value("--strength"));
        }
        request.sourceA = app::readClipFrames(*source, 0, request.frames);
    }
    inference::validateRequest(request, info);
    const auto unknown = model->unknownWords(request.prompt + " " + request.negativePrompt);
    if (!unknown.empty()) {
        std::string list;
        for (const auto& w : unknown) list += (list.empty() ? "" : ", ") + w;
        std::fprintf(stderr, "shotcraft-cli generate: the model does not know these words (ignored): %s\n",
                     list.c_str());
    }

    const bool json = parsed.has("--json");
    inference::GenerationCallbacks callbacks;
    callbacks.progress = [json](int step, int total) {
        if (!json) std::fprintf(stderr, "\rstep %d/%d", step, total);
    };
    const inference::GenerationResult result = model->generate(request, callbacks);
    if (!json) std::fputc('\n', stderr);

    media::VideoWriterSettings settings;
    settings.width = request.width;
    settings.height = request.height;
    settings.fps = {request.fps, 1};
    settings.codec = codec;
    QJsonObject description = request.toJson();
    description.insert("model", QString::fromStdString(info.id));
    description.insert("model_hash", QString::fromStdString(info.hash));
    description.insert("ai_generated", true);
    settings.metadataJson = QJsonDocument(description).toJson(QJsonDocument::Compact).toStdString();
    media::VideoWriter writer(*out, settings);
    for (const auto& frame : result.frames) writer.write(frame);
    writer.finish();

    QJsonArray unknownArray;
    for (const auto& w : result.unknownWords) unknownArray.append(QString::fromStdString(w));
    const QJsonObject summary{{"frames", static_cast<int>(result.frames.size())},
                              {"fps", request.fps},
                              {"width", request.width},
                              {"height", request.height},
                              {"seed", inference::seedToJson(result.seed)},
                              {"model", QString::fromStdString(info.id)},
                              {"model_hash", QString::fromStdString(info.hash)},
                              {"device", QString::fromStdString(model->deviceName())},
                              {"mode", QString::fromStdString(inference::modeName(request.mode))},
                              {"seconds", result.seconds},
                              {"unknown_words", unknownArray},
                              {"out", QString::fromStdString(*out)}};
    if (json) {
        std::fputs(QJsonDocument(summary).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputc('\n', stdout);
    } else {
        std::printf("wrote %s: %d frames %dx%d at %d fps, seed %llu, %.1f s\n", out->c_str(),
                    static_cast<int>(result.frames.size()), request.width, request.height, request.fps,
                    static_cast<unsigned long long>(result.seed), result.seconds);
    }
    return 0;
}

}  // namespace shotcraft::cli
