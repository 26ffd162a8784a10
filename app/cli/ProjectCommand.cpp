// shotcraft-cli project: make, fill, render and export a project without a display, and
// render it in shards (e.g. a Slurm job array) whose takes merge back without conflicts.

#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/DeviceOptions.h"
#include "app/cli/OutputFile.h"
#include "app/cli/SeedOption.h"
#include "app/core/SequenceExport.h"
#include "app/core/Studio.h"
#include "app/core/StudioError.h"
#include "app/core/TakeMedia.h"
#include "inference/GenerationRequest.h"
#include "inference/InferenceError.h"
#include "inference/VideoModel.h"
#include "media/VideoWriter.h"
#include "timeline/Commands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <set>

#include <unistd.h>

namespace shotcraft::cli {
namespace {

const char* const kProjectUsage =
    "usage: shotcraft-cli project SUBCOMMAND FILE [options]\n"
    "  create FILE [--name NAME] [--fps N]\n"
    "  add-shot FILE [--prompt TEXT] [--negative TEXT] [--mode MODE] [--seed N] [--lock-seed]\n"
    "           [--frames N] [--fps N] [--width W] [--height H] [--steps N] [--guidance G]\n"
    "           [--strength S] [--still PATH] [--clip PATH] [--source-shot N] [--position N]\n"
    "           modes: text image extend-forward extend-backward connect loop restyle\n"
    "  list FILE [--json]\n"
    "  generate FILE [--shots N,M,...] [--shard I/N --takes-out DIR] [--model PATH]\n"
    "           [--threads N] [--device auto|cpu|cuda] [--json]\n"
    "           renders the named shots, or every shot without a take, with each shot's seed\n"
    "  merge FILE DIR...    adds the takes that shards wrote to DIR to the project\n"
    "  export FILE --out PATH [--shots N,M,...] [--scale N] [--no-label] [--otio TIMELINE.otio]\n";

// The studio without a window: settings in a temporary file (never the user's).
struct Headless {
    QTemporaryDir dir;
    QSettings settings{dir.filePath("settings.ini"), QSettings::IniFormat};
    app::Studio studio{settings};
};

// A GUI application for text drawing (the export label), offscreen without a display.
std::unique_ptr<QGuiApplication> guiApplication() {
    if (QGuiApplication::instance()) return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "shotcraft-cli";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QGuiApplication>(argc, argv);
}

// 1-based shot positions from "1,3,4"; UsageError for anything else.
std::vector<std::int64_t> shotIds(const timeline::Project& project, const std::string& list) {
    std::vector<std::int64_t> ids;
    for (const QString& part : QString::fromStdString(list).split(',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int position = part.trimmed().toInt(&ok);
        if (!ok || position < 1 || position > static_cast<int>(project.shots().size())) {
            throw UsageError("--shots: '" + part.toStdString() + "' is not a shot number from 1 to " +
                             std::to_string(project.shots().size()));
        }
        ids.push_back(project.shots()[position - 1].id);
    }
    return ids;
}

std::pair<int, int> parseShard(const std::string& text) {
    const QStringList parts = QString::fromStdString(text).split('/');
    bool okIndex = false;
    bool okCount = false;
    const int index = parts.size() == 2 ? parts[0].toInt(&okIndex) : 0;
    const int count = parts.size() == 2 ? parts[1].toInt(&okCount) : 0;
    if (!okIndex || !okCount || count < 1 || index < 1 || index > count) {
        throw UsageError("--shard expects I/N with 1 <= I <= N (e.g. 2/4), not '" + text + "'");
    }
    return {index, count};
}

void printJson(const QJsonObject& json) {
    std::fputs(QJsonDocument(json).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

int create(const std::vector<std::string>& args) {
    const Arguments parsed(args, {{"--name", 1}, {"--fps", 1}});
    if (parsed.positionals().size() != 1) throw UsageError("create takes one FILE");
    const std::string path = parsed.positionals()[0];
    if (QFileInfo::exists(QString::fromStdString(path))) throw UsageError("'" + path + "' already exists");
    Headless h;
    h.studio.newProject(QString::fromStdString(path),
                        QString::fromStdString(parsed.valueOr(
                            "--name", QFileInfo(QString::fromStdString(path)).completeBaseName().toStdString())));
    if (auto fps = parsed.integer("--fps")) {
        if (*fps < 1 || *fps > 120) throw UsageError("--fps must be from 1 to 120");
        timeline::ProjectSettings settings = h.studio.project()->settings();
        settings.fpsNum = static_cast<int>(*fps);
        settings.fpsDen = 1;
        h.studio.project()->setSettings(settings);
    }
    std::printf("created %s\n", path.c_str());
    return 0;
}

int addShot(const std::vector<std::string>& args) {
    const Arguments parsed(args, {{"--prompt", 1},
                                  {"--negative", 1},
                                  {"--mode", 1},
                                  {"--seed", 1},
                                  {"--lock-seed", 0},
                                  {"--frames", 1},
                                  {"--fps", 1},
                                  {"--width", 1},
                                  {"--height", 1},
                                  {"--steps", 1},
                                  {"--guidance", 1},
                                  {"--strength", 1},
                                  {"--still", 1},
                                  {"--clip", 1},
                                  {"--source-shot", 1},
                                  {"--position", 1}});
    if (parsed.positionals().size() != 1) throw UsageError("add-shot takes one FILE");
    Headless h;
    h.studio.openProject(QString::fromStdString(parsed.positionals()[0]));
    timeline::Project& project = *h.studio.project();
    timeline::ShotSpec spec;
    spec.seed = h.studio.defaultShotSpec().seed;
    spec.fps = h.studio.defaultShotSpec().fps;
    spec.prompt = parsed.valueOr("--prompt", "");
    spec.negativePrompt = parsed.valueOr("--negative", "");
    spec.mode = parsed.valueOr("--mode", "text");
    try {
        inference::modeFromName(spec.mode);
    } catch (const inference::InferenceError& e) {
        throw UsageError(std::string("--mode: ") + e.what());
    }
    if (auto seed = parsed.value("--seed")) spec.seed = seedFromText(*seed);
    spec.seedLocked = parsed.has("--lock-seed");
    spec.frames = static_cast<int>(parsed.integer("--frames").value_or(spec.frames));
    spec.fps = static_cast<int>(parsed.integer("--fps").value_or(spec.fps));
    spec.width = static_cast<int>(parsed.integer("--width").value_or(spec.width));
    spec.height = static_cast<int>(parsed.integer("--height").value_or(spec.height));
    spec.steps = static_cast<int>(parsed.integer("--steps").value_or(spec.steps));
    spec.guidance = parsed.number("--guidance").value_or(spec.guidance);
    spec.strength = parsed.number("--strength").value_or(spec.strength);
    if (spec.frames < 1 || spec.fps < 1 || spec.width < 8 || spec.height < 8 || spec.steps < 1) {
        throw UsageError("frames, fps, steps must be positive and sizes at least 8");
    }
    if (!(spec.strength > 0 && spec.strength <= 1)) throw UsageError("--strength must be in (0, 1]");
    for (const char* option : {"--still", "--clip"}) {
        if (auto path = parsed.value(option)) {
            try {
                const std::int64_t asset = h.studio.importMedia(QString::fromStdString(*path));
                (std::string(option) == "--still" ? spec.stillAsset : spec.clipAsset) = asset;
            } catch (const app::StudioError& e) {
                throw UsageError(std::string(option) + ": " + e.what());
            }
        }
    }
    if (auto source = parsed.integer("--source-shot")) {
        if (*source < 1 || *source > static_cast<long long>(project.shots().size()))
            throw UsageError("--source-shot: no such shot");
        spec.sourceShot = project.shots()[*source - 1].id;
    }
    const int count = static_cast<int>(project.shots().size());
    const int position = static_cast<int>(parsed.integer("--position").value_or(count + 1)) - 1;
    if (position < 0 || position > count) throw UsageError("--position must be from 1 to " + std::to_string(count + 1));
    project.insertShot(position, spec);
    std::printf("added shot %d\n", position + 1);
    return 0;
}

int list(const std::vector<std::string>& args) {
    const Arguments parsed(args, {{"--json", 0}});
    if (parsed.positionals().size() != 1) throw UsageError("list takes one FILE");
    Headless h;
    h.studio.openProject(QString::fromStdString(parsed.positionals()[0]), true);
    const timeline::Project& project = *h.studio.project();
    QJsonArray shots;
    int number = 0;
    for (const auto& shot : project.shots()) {
        ++number;
        QJsonObject entry = shot.spec.toJson();
        entry.insert("number", number);
        entry.insert("id", static_cast<qint64>(shot.id));
        entry.insert("takes", static_cast<int>(project.takesOf(shot.id).size()));
        entry.insert("active_take", static_cast<qint64>(shot.activeTake));
        shots.append(entry);
        if (!parsed.has("--json")) {
            std::printf("%3d  %-15s %2d frames  %zu take(s)%s  %s\n", number, shot.spec.mode.c_str(), shot.spec.frames,
                        project.takesOf(shot.id).size(), shot.activeTake ? "" : " (pending)", shot.spec.prompt.c_str());
        }
    }
    if (parsed.has("--json")) printJson({{"name", QString::fromStdString(project.settings().name)}, {"shots", shots}});
    return 0;
}

// A take rendered by a shard, written as DIR/shot-<id>-seed-<seed>.{mkv,json}.
void writeBundle(const QString& dir, std::int64_t shot, const inference::GenerationRequest& request,
                 const inference::GenerationResult& result) {
    QDir().mkpath(dir);
    QJsonObject description = request.toJson();
    description.insert("model", QString::fromStdString(result.modelId));
    description.insert("model_hash", QString::fromStdString(result.modelHash));
    description.insert("ai_generated", true);
    const std::string json = QJsonDocument(description).toJson(QJsonDocument::Compact).toStdString();
    const QString stem = QString("%1/shot-%2-seed-%3").arg(dir).arg(shot).arg(result.seed);
    const std::vector<char> clip = app::encodeTakeClip(result.frames, request.fps, json);
    const std::vector<std::uint8_t> thumbnail = app::thumbnailPng(result.frames[result.frames.size() / 2]);
    const QJsonObject bundle{
        {"shot_id", static_cast<qint64>(shot)},
        {"request", QString::fromStdString(json)},
        {"model", QString::fromStdString(result.modelId)},
        {"model_hash", QString::fromStdString(result.modelHash)},
        {"seed", QString::number(result.seed)},
        {"seconds", result.seconds},
        {"thumbnail_png", QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(thumbnail.data()),
                                                         static_cast<qsizetype>(thumbnail.size()))
                                                  .toBase64())}};
    // The clip first, the JSON last: merge only takes bundles whose JSON exists.
    for (const auto& [suffix, bytes] :
         {std::pair{QString(".mkv"), QByteArray(clip.data(), static_cast<qsizetype>(clip.size()))},
          std::pair{QString(".json"), QJsonDocument(bundle).toJson()}}) {
        writeOutputFile(stem + suffix, bytes);
    }
}

int generate(const std::vector<std::string>& args) {
    const Arguments parsed(args, {{"--shots", 1},
                                  {"--shard", 1},
                                  {"--takes-out", 1},
                                  {"--model", 1},
                                  {"--threads", 1},
                                  {"--device", 1},
                                  {"--json", 0}});
    if (parsed.positionals().size() != 1) throw UsageError("generate takes one FILE");
    const bool sharded = parsed.has("--shard");
    const auto takesOut = parsed.value("--takes-out");
    if (sharded && !takesOut) {
        throw UsageError(
            "--shard needs --takes-out DIR: shards run at the same time, so each writes its takes to a "
            "folder and `project merge` adds them to the project");
    }
    const std::string path = parsed.positionals()[0];
    Headless h;
    // Shards only read the project; a single process writes its takes straight in.
    h.studio.openProject(QString::fromStdString(path), takesOut.has_value());
    timeline::Project& project = *h.studio.project();

    std::vector<std::int64_t> targets;
    if (auto shots = parsed.value("--shots")) {
        targets = shotIds(project, *shots);
    } else {
        for (const auto& shot : project.shots()) {
            if (!shot.activeTake) targets.push_back(shot.id);
        }
    }
    if (sharded) {
        // A deterministic share: the targets by shot id, every N-th from the I-th.
        const auto [index, count] = parseShard(*parsed.value("--shard"));
        std::sort(targets.begin(), targets.end());
        std::vector<std::int64_t> share;
        for (std::size_t i = 0; i < targets.size(); ++i) {
            if (static_cast<int>(i % count) == index - 1) share.push_back(targets[i]);
        }
        targets = share;
        std::sort(targets.begin(), targets.end(),
                  [&](auto a, auto b) { return project.positionOf(a) < project.positionOf(b); });
    }

    const inference::DeviceOptions device = deviceOptions(parsed);
    const auto model = inference::loadVideoModel(parsed.valueOr("--model", inference::defaultModelPath()), device);

    // Shots whose sources are other pending shots wait for them: passes until no progress.
    QJsonArray done;
    std::vector<std::pair<std::int64_t, std::string>> failures;
    std::vector<std::int64_t> pending = targets;
    bool progress = true;
    while (!pending.empty() && progress) {
        progress = false;
        failures.clear();
        std::vector<std::int64_t> later;
        for (std::int64_t shot : pending) {
            const int number = project.positionOf(shot) + 1;
            inference::GenerationRequest request;
            try {
                request = h.studio.buildRequest(shot, project.shot(shot)->spec.seed);
                inference::validateRequest(request, model->info());
            } catch (const std::exception& e) {
                failures.emplace_back(shot, e.what());
                later.push_back(shot);
                continue;
            }
            inference::GenerationCallbacks callbacks;
            const bool json = parsed.has("--json");
            // A live step counter on a terminal; logs (e.g. a cluster job's) get the summary line only.
            const bool live = !json && isatty(STDERR_FILENO);
            callbacks.progress = [live, number](int step, int total) {
                if (live) std::fprintf(stderr, "\rshot %d: step %d/%d", number, step, total);
            };
            const inference::GenerationResult result = model->generate(request, callbacks);
            if (live) std::fputc('\n', stderr);
            std::int64_t take = 0;
            if (takesOut)
                writeBundle(QString::fromStdString(*takesOut), shot, request, result);
            else
                take = h.studio.storeTake(shot, request, result);
            done.append(QJsonObject{{"shot", number},
                                    {"shot_id", static_cast<qint64>(shot)},
                                    {"take", static_cast<qint64>(take)},
                                    {"seed", QString::number(result.seed)},
                                    {"seconds", result.seconds}});
            if (!json)
                std::printf("shot %d: %zu frames, seed %llu, %.1f s\n", number, result.frames.size(),
                            static_cast<unsigned long long>(result.seed), result.seconds);
            progress = true;
        }
        pending = later;
    }
    QJsonArray failed;
    for (const auto& [shot, message] : failures) {
        failed.append(QJsonObject{{"shot", project.positionOf(shot) + 1}, {"error", QString::fromStdString(message)}});
        std::fprintf(
            stderr, "shot %d was not generated: %s%s\n", project.positionOf(shot) + 1, message.c_str(),
            sharded ? " (when its source is rendered by another shard, run generate again after merging)" : "");
    }
    if (parsed.has("--json")) printJson({{"generated", done}, {"failed", failed}});
    return failures.empty() ? 0 : 1;
}

int merge(const std::vector<std::string>& args) {
    const Arguments parsed(args, {});
    if (parsed.positionals().size() < 2) throw UsageError("merge takes FILE and at least one DIR");
    Headless h;
    h.studio.openProject(QString::fromStdString(parsed.positionals()[0]));
    timeline::Project& project = *h.studio.project();
    int added = 0;
    int skipped = 0;
    for (std::size_t d = 1; d < parsed.positionals().size(); ++d) {
        const QDir dir(QString::fromStdString(parsed.positionals()[d]));
        if (!dir.exists()) throw UsageError("'" + parsed.positionals()[d] + "' is not a folder");
        for (const QString& name : dir.entryList({"shot-*-seed-*.json"}, QDir::Files, QDir::Name)) {
            QFile jsonFile(dir.filePath(name));
            if (!jsonFile.open(QIODevice::ReadOnly)) throw app::StudioError("cannot read " + name.toStdString());
            const QJsonObject bundle = QJsonDocument::fromJson(jsonFile.readAll()).object();
            QFile clipFile(dir.filePath(QString(name).replace(".json", ".mkv")));
            if (bundle.isEmpty() || !clipFile.open(QIODevice::ReadOnly)) {
                throw app::StudioError("'" + name.toStdString() + "' is not a complete take bundle");
            }
            timeline::Take take;
            take.shot = bundle.value("shot_id").toInteger();
            take.requestJson = bundle.value("request").toString().toStdString();
            take.modelId = bundle.value("model").toString().toStdString();
            take.weightsHash = bundle.value("model_hash").toString().toStdString();
            take.seed = bundle.value("seed").toString().toStdString();
            take.seconds = bundle.value("seconds").toDouble();
            if (!project.shot(take.shot)) {
                std::fprintf(stderr, "%s: its shot is no longer in the project; skipped\n", qPrintable(name));
                ++skipped;
                continue;
            }
            // Merging twice (or a shard run twice) adds nothing twice.
            const auto existing = project.takesOf(take.shot);
            if (std::any_of(existing.begin(), existing.end(), [&](const timeline::Take* t) {
                    return t->requestJson == take.requestJson && t->weightsHash == take.weightsHash;
                })) {
                ++skipped;
                continue;
            }
            const QByteArray clip = clipFile.readAll();
            const QByteArray png = QByteArray::fromBase64(bundle.value("thumbnail_png").toString().toLatin1());
            h.studio.storeEncodedTake(take, std::vector<char>(clip.begin(), clip.end()),
                                      std::vector<std::uint8_t>(png.begin(), png.end()));
            ++added;
        }
    }
    std::printf("merged %d take(s), %d already present or skipped\n", added, skipped);
    return 0;
}

int exportProject(const std::vector<std::string>& args) {
    const Arguments parsed(args, {{"--out", 1}, {"--shots", 1}, {"--scale", 1}, {"--no-label", 0}, {"--otio", 1}});
    if (parsed.positionals().size() != 1) throw UsageError("export takes one FILE");
    const auto out = parsed.value("--out");
    if (!out) throw UsageError("--out PATH is required (.mp4, .mov or dir/name_%04d.png)");
    const auto gui = guiApplication();
    Headless h;
    h.studio.openProject(QString::fromStdString(parsed.positionals()[0]), true);
    app::ExportSettings settings;
    settings.path = QString::fromStdString(*out);
    settings.codec = media::codecForPath(*out);
    settings.scale = static_cast<int>(parsed.integer("--scale").value_or(1));
    if (settings.scale < 1 || settings.scale > 16) throw UsageError("--scale must be from 1 to 16");
    settings.label = !parsed.has("--no-label");
    if (auto shots = parsed.value("--shots")) settings.shots = shotIds(*h.studio.project(), *shots);
    if (auto otio = parsed.value("--otio")) settings.otioPath = QString::fromStdString(*otio);
    const std::atomic<bool> never{false};
    const app::ExportPlan plan = app::planExport(h.studio, settings);
    app::writeExport(plan, settings, {}, never);
    std::printf("wrote %s: %d frames\n", out->c_str(), plan.frameCount());
    if (!settings.otioPath.isEmpty()) {
        std::printf("wrote %s with %zu clips\n", qPrintable(settings.otioPath), plan.clips.size());
    }

    return 0;
}

}  // namespace

int runProject(const std::vector<std::string>& args) {
    if (args.empty() || args[0] == "--help") {
        std::fputs(kProjectUsage, args.empty() ? stderr : stdout);
        return args.empty() ? 2 : 0;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
        if (args[0] == "create") return create(rest);
        if (args[0] == "add-shot") return addShot(rest);
        if (args[0] == "list") return list(rest);
        if (args[0] == "generate") return generate(rest);
        if (args[0] == "merge") return merge(rest);
        if (args[0] == "export") return exportProject(rest);
    } catch (const app::StudioError& e) {
        throw std::runtime_error(e.what());
    }
    throw UsageError("unknown project subcommand '" + args[0] + "' (create, add-shot, list, generate, merge, export)");
}

}  // namespace shotcraft::cli
