#include "app/core/SequenceExport.h"

#include "app/core/OtioExport.h"
#include "app/core/QtImages.h"
#include "app/core/Studio.h"
#include "app/core/StudioError.h"
#include "media/MediaError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace shotcraft::app {

int ExportPlan::frameCount() const {
    int n = 0;
    for (const auto& clip : clips) n += static_cast<int>(clip->size());
    return n;
}

ExportPlan planExport(Studio& studio, const ExportSettings& settings) {
    timeline::Project* project = studio.project();
    if (!project) throw StudioError(ExportJob::tr("open a project first"));
    std::vector<std::int64_t> shots = settings.shots;
    if (shots.empty()) {
        for (const auto& shot : project->shots()) shots.push_back(shot.id);
    }
    if (shots.empty()) throw StudioError(ExportJob::tr("the sequence has no shots to export"));
    ExportPlan plan;
    plan.fps = project->settings().wholeFps();
    QJsonArray described;
    for (std::int64_t id : shots) {
        const timeline::Shot* shot = project->shot(id);
        if (!shot) throw StudioError(ExportJob::tr("a shot to export was deleted"));
        const int number = project->positionOf(id) + 1;
        if (!shot->activeTake)
            throw StudioError(ExportJob::tr("Shot %1 has no take yet: generate it or leave it out").arg(number));
        auto frames = studio.takeFrames(shot->activeTake);
        plan.width = std::max(plan.width, frames->front().width());
        plan.height = std::max(plan.height, frames->front().height());
        plan.clips.push_back(frames);
        plan.shotNumbers.push_back(number);
        plan.prompts.push_back(QString::fromStdString(shot->spec.prompt));
        const timeline::Take* take = project->take(shot->activeTake);
        QJsonObject entry{{"shot", number}, {"frames", static_cast<int>(frames->size())}};
        entry.insert("request", QJsonDocument::fromJson(QByteArray::fromStdString(take->requestJson)).object());
        described.append(entry);
    }
    const QJsonObject description{{"project", QString::fromStdString(project->settings().name)},
                                  {"fps", plan.fps},
                                  {"ai_generated", true},
                                  {"shots", described}};
    plan.metadataJson = QJsonDocument(description).toJson(QJsonDocument::Compact).toStdString();
    plan.name = QString::fromStdString(project->settings().name);
    return plan;
}

media::Image withAiLabel(const media::Image& frame) {
    QImage image = toQImage(frame).convertToFormat(QImage::Format_RGB888);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font;
    font.setPixelSize(std::max(7, image.height() / 14));
    font.setBold(true);
    painter.setFont(font);
    const QString text = QObject::tr("AI-generated");
    const QRect bounds = painter.fontMetrics().boundingRect(text).adjusted(-3, -1, 3, 1);
    const QRect box(image.width() - bounds.width() - 2, image.height() - bounds.height() - 2, bounds.width(),
                    bounds.height());
    painter.fillRect(box, QColor(0, 0, 0, 150));
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.end();
    return fromQImage(image);
}

namespace {

// Places a frame centred on a black canvas of the output size, scaled up by `scale`.
media::Image fitted(const media::Image& frame, int width, int height, int scale) {
    QImage source = toQImage(frame);
    if (source.width() == width && source.height() == height && scale == 1) return frame;
    QImage canvas(width * scale, height * scale, QImage::Format_RGB888);
    canvas.fill(Qt::black);
    const QImage scaled =
        source.scaled(source.width() * scale, source.height() * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&canvas);
    painter.drawImage((canvas.width() - scaled.width()) / 2, (canvas.height() - scaled.height()) / 2, scaled);
    painter.end();
    return fromQImage(canvas);
}

}  // namespace

namespace {

// One file per shot beside the timeline (H.264, or ProRes when the export is ProRes),
// then the .otio referencing them by relative paths.
bool writeOtioExport(const ExportPlan& plan, const ExportSettings& settings, const std::atomic<bool>& cancel) {
    const QFileInfo timelineFile(settings.otioPath);
    const QString folderName = timelineFile.completeBaseName() + "-shots";
    const QDir folder(timelineFile.absoluteDir().filePath(folderName));
    if (!QDir().mkpath(folder.path())) {
        throw StudioError(ExportJob::tr("cannot create the folder '%1'").arg(folder.path()));
    }
    const bool prores = settings.codec == media::VideoCodec::ProRes422HQ;
    std::vector<OtioClip> clips;
    for (std::size_t i = 0; i < plan.clips.size(); ++i) {
        ExportPlan one = plan;
        one.clips = {plan.clips[i]};
        ExportSettings oneSettings = settings;
        oneSettings.otioPath.clear();
        oneSettings.codec = prores ? media::VideoCodec::ProRes422HQ : media::VideoCodec::H264;
        const QString name =
            QString("shot-%1.%2").arg(plan.shotNumbers[i], 2, 10, QChar('0')).arg(prores ? "mov" : "mp4");
        oneSettings.path = folder.filePath(name);
        if (!writeExport(one, oneSettings, {}, cancel)) return false;
        clips.push_back({ExportJob::tr("Shot %1").arg(plan.shotNumbers[i]), folderName + "/" + name, one.frameCount(),
                         plan.prompts[i]});
    }
    writeOtio(timelineFile.absoluteFilePath(), plan.name, plan.fps, clips);
    return true;
}

}  // namespace

bool writeExport(const ExportPlan& plan, const ExportSettings& settings, const std::function<void(int, int)>& progress,
                 const std::atomic<bool>& cancel) {
    const int scale = std::max(1, settings.scale);
    media::VideoWriterSettings writerSettings;
    writerSettings.width = plan.width * scale;
    writerSettings.height = plan.height * scale;
    writerSettings.fps = {plan.fps, 1};
    writerSettings.codec = settings.codec;
    writerSettings.metadataJson = plan.metadataJson;
    const std::string path = settings.path.toStdString();
    QDir().mkpath(QFileInfo(settings.path).absolutePath());  // a folder named in the path is made
    media::VideoWriter writer(path, writerSettings);
    const int total = plan.frameCount();
    int done = 0;
    for (const auto& clip : plan.clips) {
        for (const auto& frame : *clip) {
            if (cancel) {
                writer.abandon();
                return false;
            }
            media::Image out = fitted(frame, plan.width, plan.height, scale);
            if (settings.label) out = withAiLabel(out);
            writer.write(out);
            if (progress) progress(++done, total);
        }
    }
    writer.finish();
    return settings.otioPath.isEmpty() || writeOtioExport(plan, settings, cancel);
}

ExportJob::ExportJob(ExportPlan plan, ExportSettings settings, QObject* parent)
    : QObject(parent), plan_(std::move(plan)), settings_(std::move(settings)) {}

ExportJob::~ExportJob() {
    cancel_ = true;
    future_.waitForFinished();
}

void ExportJob::start() {
    future_ = QtConcurrent::run([this] {
        try {
            const bool complete = writeExport(
                plan_, settings_, [this](int done, int total) { emit progress(done, total); }, cancel_);
            if (complete)
                emit finished(settings_.path);
            else
                emit cancelled();
        } catch (const std::exception& e) {
            emit failed(tr("The export failed: %1").arg(QString::fromUtf8(e.what())));
        }
    });
}

}  // namespace shotcraft::app
