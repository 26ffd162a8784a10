#pragma once
// The studio: the open project with its undo stack, the generation worker and its model,
// decoded takes, imports, and the mapping from finished jobs to takes. The window and
// the tests drive the application through this object; it holds no widgets and no torch.

#include "app/core/Preferences.h"
#include "media/Image.h"
#include "timeline/Project.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace shotcraft::inference {
class GenerationWorker;
struct GenerationRequest;
struct GenerationResult;
}  // namespace shotcraft::inference

namespace shotcraft::app {

// What the UI needs to know of the loaded model.
struct ModelSummary {
    bool loaded = false;
    QString error;  // why no model is loaded
    QString id;
    QString hash;
    QString device;
    QList<QSize> buckets;
    int minFrames = 8;
    int maxFrames = 32;
    int frameMultiple = 2;
    int defaultFrames = 16;
    double defaultGuidance = 4.0;
};

enum class JobStatus { Queued = 1, Running, Completed, Failed, Cancelled };
QString jobStatusText(JobStatus status);

// One generation as the queue shows it.
struct JobInfo {
    int id = 0;
    std::int64_t shot = 0;
    QString title;
    std::uint64_t seed = 0;
    JobStatus status = JobStatus::Queued;
    int step = 0;
    int total = 0;
    double etaSeconds = -1;
    QImage preview;  // the latest estimate's middle frame
    QString error;
    std::int64_t take = 0;  // the take it became
};

using Frames = std::vector<media::Image>;

class Studio : public QObject {
    Q_OBJECT

public:
    // `settings` holds preferences and session state; it must outlive the studio.
    explicit Studio(QSettings& settings, QObject* parent = nullptr);
    ~Studio() override;

    // ---- model ----
    // (Re)loads the model named by the preferences; on failure the studio runs without
    // one and modelSummary().error says why.
    void loadModel();
    const ModelSummary& modelSummary() const { return model_; }
    QStringList unknownWords(const QString& text) const;
    QSettings& settings() { return settings_; }
    const Preferences& preferences() const { return preferences_; }
    void setPreferences(const Preferences& preferences);  // reloads the model when it changed

    // ---- project ----
    // Each throws timeline::StoreError with a readable message and leaves the studio as
    // it was.
    void newProject(const QString& path, const QString& name);
    void openProject(const QString& path, bool readOnly = false);
    void closeProject();
    void saveCopyAs(const QString& path);
    timeline::Project* project() { return project_.get(); }
    const timeline::Project* project() const { return project_.get(); }
    QUndoStack* undoStack() { return &undo_; }
    // A new shot's settings: the model's defaults, the project's fps, a fresh seed.
    timeline::ShotSpec defaultShotSpec() const;
    // Runs an undoable edit; a StoreError becomes errorOccurred and false.
    bool push(QUndoCommand* command);

    // ---- media ----
    // A file checked for import: probed, hashed and with a thumbnail. Safe on any thread
    // (no studio state); throws StudioError with a readable reason.
    struct ProbedMedia {
        timeline::Asset asset;
        QImage thumbnail;
    };
    static ProbedMedia probeMedia(const QString& path);
    // Adds a probed file to the project (an undoable step); returns the asset id.
    std::int64_t addMedia(const ProbedMedia& media);
    // Imports a still or clip by reference, here and now; returns the asset id.
    // Throws StudioError with a readable reason for files that cannot be used.
    std::int64_t importMedia(const QString& path);
    // The same on the thread pool (probing a long clip reads all of it): each file becomes
    // mediaImported or one line of an errorOccurred when all are done.
    void importMediaAsync(const QStringList& paths);
    int pendingImports() const { return pendingImports_; }
    // (The thumbnail is made on the thread pool when not yet known: null until
    // assetThumbnailReady.)
    // Points a missing asset at a new file (probed; an undoable step).
    void relinkMedia(std::int64_t asset, const QString& path);
    bool assetMissing(std::int64_t asset) const;
    QImage assetThumbnail(std::int64_t asset, int size = 96);

    // ---- takes ----
    // The decoded frames of a take (decoded once, then cached). Throws StudioError.
    std::shared_ptr<const Frames> takeFrames(std::int64_t take);
    QImage takeThumbnail(std::int64_t take);
    // Decodes takes on a background thread ahead of use (playback look-ahead).
    void prefetchTakes(const std::vector<std::int64_t>& takes);
    bool takeCached(std::int64_t take) const;

    // ---- generation ----
    // Queues `variations` generations of a shot (seeds: the locked seed and the ones after
    // it, else fresh ones); returns the job ids. Throws StudioError when the shot cannot
    // be generated (no model, missing source, bad settings).
    QList<int> generate(std::int64_t shot, int variations = 1);
    void cancelJob(int job);
    void cancelAll();
    int retryJob(int job);                // a new job with the same request; returns its id
    bool moveJob(int job, int position);  // among the queued jobs
    QList<int> jobs() const;              // in queue order: finished, running, then queued
    const JobInfo* job(int id) const;
    bool busy() const;  // something queued or running

    // ---- headless rendering (shotcraft-cli project) ----
    // The complete request for a shot with `seed`: its settings plus the frames of its
    // sources. Throws StudioError naming what is missing.
    inference::GenerationRequest buildRequest(std::int64_t shot, std::uint64_t seed);
    // Stores a generated result as the shot's new active take (an undoable step); returns
    // the take id. Throws StudioError.
    std::int64_t storeTake(std::int64_t shot, const inference::GenerationRequest& request,
                           const inference::GenerationResult& result);
    // Stores an already encoded take (e.g. rendered by another process). Throws StudioError.
    std::int64_t storeEncodedTake(const timeline::Take& take, std::vector<char> clip,
                                  const std::vector<std::uint8_t>& thumbnail);

signals:
    void projectOpened();
    void projectClosed();
    void modelChanged();
    void jobsChanged();        // added, removed, reordered, or a state change
    void jobUpdated(int job);  // progress or preview
    void takeAdded(std::int64_t shot, std::int64_t take);
    void takeDecoded(std::int64_t take);
    void mediaImported(std::int64_t asset);
    void assetThumbnailReady(std::int64_t asset);
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

private:
    Frames sourceFrames(const timeline::Shot& shot, bool fromStart, int count);
    Frames neighbourTake(const timeline::Shot& shot, int offset);
    int enqueue(std::int64_t shot, inference::GenerationRequest request);
    void onFinished(int job, const inference::GenerationResult& result);
    void installProject(std::unique_ptr<timeline::Project> project);
    JobInfo* jobOfWorker(int workerJob);

    QSettings& settings_;
    Preferences preferences_;
    ModelSummary model_;
    std::unique_ptr<inference::GenerationWorker> worker_;
    std::vector<std::string> vocabulary_;
    std::unique_ptr<timeline::Project> project_;
    QUndoStack undo_;
    // Studio job ids stay unique across model reloads; the worker's restart at 1.
    int nextJob_ = 1;
    std::map<int, int> workerJobs_;  // worker job -> studio job
    std::map<int, int> jobWorker_;   // studio job -> worker job
    std::map<int, JobInfo> jobs_;
    std::map<int, std::shared_ptr<inference::GenerationRequest>> requests_;  // for retry
    std::vector<int> order_;                                                 // job ids as the queue lists them
    std::map<std::int64_t, std::shared_ptr<const Frames>> takeFrames_;
    std::map<std::int64_t, QImage> thumbnails_;
    std::map<std::int64_t, QImage> assetThumbnails_;
    std::set<std::int64_t> thumbnailing_;
    int pendingImports_ = 0;
    QStringList importErrors_;
    std::set<std::int64_t> decoding_;
};

}  // namespace shotcraft::app
