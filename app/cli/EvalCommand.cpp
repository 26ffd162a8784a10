#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/cli/DeviceOptions.h"
#include "app/cli/OutputFile.h"
#include "app/cli/SamplerOption.h"
#include "inference/VideoModel.h"
#include "inference/eval/Evaluation.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>

#include <algorithm>
#include <cstdio>

namespace shotcraft::cli {
namespace {

// Rows of generated clips (frames side by side) with each prompt written under its row.
void writeContactSheet(inference::VideoModel& model, const std::vector<eval::EvalPrompt>& prompts,
                       const std::string& path, const eval::EvalSettings& settings) {
    // Text needs a GUI application; offscreen works without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "shotcraft-cli";
    char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);
    constexpr int kShown = 6;
    constexpr int kScale = 2;
    constexpr int kTextHeight = 22;
    const int cell = settings.width * kScale;
    const int rowHeight = settings.height * kScale + kTextHeight;
    QImage sheet(kShown * (cell + 4) + 4, static_cast<int>(prompts.size()) * (rowHeight + 6) + 6, QImage::Format_RGB32);
    sheet.fill(QColor(30, 30, 34));
    QPainter painter(&sheet);
    QFont font = painter.font();
    font.setPixelSize(12);
    painter.setFont(font);
    for (std::size_t i = 0; i < prompts.size(); ++i) {
        const auto r = eval::evalRequest(settings, model.info(), prompts[i].prompt, 1000 + i);
        const auto frames = model.generate(r, {}).frames;
        const int y = 6 + static_cast<int>(i) * (rowHeight + 6);
        for (int k = 0; k < kShown; ++k) {
            const auto& f = frames[static_cast<std::size_t>(k * (frames.size() - 1) / (kShown - 1))];
            const QImage image(f.data(), f.width(), f.height(), static_cast<int>(f.rowBytes()), QImage::Format_RGB888);
            painter.drawImage(QRect(4 + k * (cell + 4), y, cell, settings.height * kScale), image);
        }
        painter.setPen(QColor(230, 230, 230));
        painter.drawText(QRect(4, y + settings.height * kScale + 2, sheet.width() - 8, kTextHeight - 4),
                         Qt::AlignLeft | Qt::AlignVCenter, QString::fromStdString(prompts[i].prompt));
    }
    painter.end();
    writeOutputImage(QString::fromStdString(path), sheet);
}

// The command line that made a report, written into it. Files are named without their
// folders so that a report reads the same wherever it was made, and the line pastes back into
// a shell.
std::string commandLine(const std::vector<std::string>& args) {
    static const std::vector<std::string> kFileOptions = {"--model", "--out", "--json", "--sheet"};
    std::string line = "shotcraft-cli eval";
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        const bool isFile =
            i > 0 && std::find(kFileOptions.begin(), kFileOptions.end(), args[i - 1]) != kFileOptions.end();
        if (isFile) arg = QFileInfo(QString::fromStdString(arg)).fileName().toStdString();
        const bool plain = !arg.empty() && arg.find_first_not_of(
                                               "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                               "0123456789-_.,/=+:") == std::string::npos;
        line += ' ';
        if (plain) {
            line += arg;
            continue;
        }
        // Quoted for a POSIX shell: a quote inside closes the quoting, is escaped, reopens it.
        line += '\'';
        for (const char c : arg) line += c == '\'' ? std::string("'\\''") : std::string(1, c);
        line += '\'';
    }
    return line;
}

}  // namespace

// Measures a model on the held-out prompt set and writes the report.
int runEval(const std::vector<std::string>& args) {
    const Arguments parsed(args,
                           {{"--model", 1},          {"--prompts", 1},        {"--pairs", 1},        {"--cases", 1},
                            {"--bucket-prompts", 1}, {"--timing-runs", 1},    {"--steps", 1},        {"--out", 1},
                            {"--json", 1},           {"--sheet", 1},          {"--sheet-rows", 1},   {"--threads", 1},
                            {"--guidance", 1},       {"--shift", 1},          {"--seam-fade", 1},    {"--context", 1},
                            {"--guidance-ramp", 1},  {"--finish-prompts", 1}, {"--seen-prompts", 1}, {"--sampler", 1},
                            {"--device", 1}});
    const inference::DeviceOptions device = deviceOptions(parsed);
    const auto model = inference::loadVideoModel(parsed.valueOr("--model", inference::defaultModelPath()), device);
    eval::EvalSettings settings;
    settings.singles = static_cast<int>(parsed.integer("--prompts").value_or(settings.singles));
    settings.pairs = static_cast<int>(parsed.integer("--pairs").value_or(settings.pairs));
    settings.conditioningCases = static_cast<int>(parsed.integer("--cases").value_or(settings.conditioningCases));
    settings.bucketPrompts = static_cast<int>(parsed.integer("--bucket-prompts").value_or(settings.bucketPrompts));
    settings.timingRuns = static_cast<int>(parsed.integer("--timing-runs").value_or(settings.timingRuns));
    settings.steps = static_cast<int>(parsed.integer("--steps").value_or(settings.steps));
    settings.guidance = static_cast<float>(parsed.number("--guidance").value_or(settings.guidance));
    settings.shift = static_cast<float>(parsed.number("--shift").value_or(settings.shift));
    settings.seamFadeFrames = static_cast<int>(parsed.integer("--seam-fade").value_or(settings.seamFadeFrames));
    settings.guidanceRampFrames =
        static_cast<int>(parsed.integer("--guidance-ramp").value_or(settings.guidanceRampFrames));
    settings.contextFrames = static_cast<int>(parsed.integer("--context").value_or(settings.contextFrames));
    settings.finishPrompts = static_cast<int>(parsed.integer("--finish-prompts").value_or(0));
    settings.seenPrompts = static_cast<int>(parsed.integer("--seen-prompts").value_or(0));
    settings.sampler = samplerOption(parsed);
    if (settings.finishPrompts < 0) throw UsageError("--finish-prompts must be 0 or more");
    if (settings.seenPrompts < 0) throw UsageError("--seen-prompts must be 0 or more");
    if (parsed.value("--context") && settings.contextFrames < 1) throw UsageError("--context must be at least 1");
    if (settings.singles < 1 || settings.pairs < 0 || settings.conditioningCases < 1 || settings.bucketPrompts < 1) {
        throw UsageError("--prompts, --cases and --bucket-prompts must be at least 1");
    }
    for (const char* option : {"--out", "--json", "--sheet"}) {
        if (const auto path = parsed.value(option)) requireOutputFolder(option, *path);
    }
    const auto report =
        eval::evaluate(*model, settings, [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); });
    const std::string command = commandLine(args);
    const std::string markdown = "Made by `" + command + "`\n\n" + report.toMarkdown();
    std::fputs(markdown.c_str(), stdout);
    if (auto out = parsed.value("--out")) {
        writeOutputFile(QString::fromStdString(*out), QByteArray::fromStdString(markdown));
    }
    if (auto json = parsed.value("--json")) {
        QJsonObject object = report.toJson();
        object.insert("model", QString::fromStdString(model->info().id));
        object.insert("model_hash", QString::fromStdString(model->info().hash));
        object.insert("command", QString::fromStdString(command));
        writeOutputFile(QString::fromStdString(*json), QJsonDocument(object).toJson());
    }
    if (auto sheet = parsed.value("--sheet")) {
        const int rows = static_cast<int>(parsed.integer("--sheet-rows").value_or(12));
        auto prompts = eval::heldOutPrompts(settings.singles, settings.pairs);
        // A spread over the set: singles and pairs.
        std::vector<eval::EvalPrompt> shown;
        for (int i = 0; i < rows; ++i) shown.push_back(prompts[static_cast<std::size_t>(i) * prompts.size() / rows]);
        writeContactSheet(*model, shown, *sheet, settings);
    }
    return 0;
}

}  // namespace shotcraft::cli
