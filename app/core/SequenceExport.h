#pragma once
// Exporting shots (each shot's active take, in sequence order) to a delivery file: MP4
// (H.264), MOV (ProRes) or a PNG sequence, optionally scaled up, with the generation
// parameters in the file's metadata and an optional visible "AI-generated" label.

#include "media/Image.h"
#include "media/VideoWriter.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace shotcraft::app {

class Studio;

struct ExportSettings {
    QString path;  // .mp4, .mov, or a folder/name_%04d.png pattern
    media::VideoCodec codec = media::VideoCodec::H264;
    int scale = 1;                    // 1, 2, 4 ... (smooth upscale)
    bool label = true;                // the visible "AI-generated" label
    std::vector<std::int64_t> shots;  // empty: the whole sequence
    // Also an OpenTimelineIO timeline here, referencing one clip per shot written into
    // "<timeline name>-shots/" beside it (empty: none).
    QString otioPath;
};

// What gets written: the frames of each shot, in order, and the description.
struct ExportPlan {
    std::vector<std::shared_ptr<const std::vector<media::Image>>> clips;
    int fps = 8;
    int width = 0;  // output size (before scale): the largest shot
    int height = 0;
    std::string metadataJson;
    QString name;                  // the project's
    std::vector<int> shotNumbers;  // 1-based positions, per clip
    std::vector<QString> prompts;  // per clip
    int frameCount() const;
};

// Collects the active takes of the shots; throws StudioError naming a shot without a take.
ExportPlan planExport(Studio& studio, const ExportSettings& settings);

// Writes a plan (on any thread), and the OpenTimelineIO timeline when asked. `progress`
// gets (frames written, total); returns false when `cancel` became true (the partial
// file is removed). Throws media::MediaError or StudioError.
bool writeExport(const ExportPlan& plan, const ExportSettings& settings, const std::function<void(int, int)>& progress,
                 const std::atomic<bool>& cancel);

// Draws the "AI-generated" label into the bottom right corner of a frame.
media::Image withAiLabel(const media::Image& frame);

// One export running on a background thread, reporting through queued signals.
class ExportJob : public QObject {
    Q_OBJECT

public:
    ExportJob(ExportPlan plan, ExportSettings settings, QObject* parent = nullptr);
    ~ExportJob() override;  // cancels and waits
    void start();
    void cancel() { cancel_ = true; }
    const QString& otioPath() const { return settings_.otioPath; }

signals:
    void progress(int done, int total);
    void finished(const QString& path);
    void failed(const QString& message);
    void cancelled();

private:
    ExportPlan plan_;
    ExportSettings settings_;
    std::atomic<bool> cancel_{false};
    QFuture<void> future_;
};

}  // namespace shotcraft::app
