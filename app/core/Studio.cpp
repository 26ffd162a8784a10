#include "app/core/Studio.h"

#include "app/core/ErrorText.h"
#include "app/core/ProbeJson.h"
#include "app/core/QtImages.h"
#include "app/core/StudioError.h"
#include "app/core/TakeMedia.h"
#include "inference/GenerationWorker.h"
#include "inference/InferenceError.h"
#include "inference/Tokenizer.h"
#include "media/MediaError.h"
#include "media/StillIO.h"
#include "media/VideoReader.h"
#include "timeline/Commands.h"
#include "timeline/StoreError.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QException>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <random>
#include <set>

namespace shotcraft::app {

using inference::GenerationMode;
using timeline::StoreError;

QString jobStatusText(JobStatus status) {
    switch (status) {
        case JobStatus::Queued:
            return QObject::tr("Queued");
        case JobStatus::Running:
            return QObject::tr("Generating");
        case JobStatus::Completed:
            return QObject::tr("Done");
        case JobStatus::Failed:
            return QObject::tr("Failed");
        case JobStatus::Cancelled:
            return QObject::tr("Cancelled");
    }
    return {};
}

namespace {

std::uint64_t freshSeed() {
    // Drawn seeds stay below 2^53 so that every JSON reader keeps them exact.
    std::random_device device;
    return ((std::uint64_t{device()} << 32) | device()) & ((1ULL << 53) - 1);
}

QString sha256Of(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StudioError(Studio::tr("cannot read '%1': %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// A failed probe carried across QFuture (which needs a QException).
class ImportFailure : public QException {
public:
    explicit ImportFailure(QString message) : message_(std::move(message)) {}
    void raise() const override { throw StudioError(message_); }
    ImportFailure* clone() const override { return new ImportFailure(*this); }

private:
    QString message_;
};

QString shotName(const timeline::Project& project, std::int64_t shot) {
    return QObject::tr("Shot %1").arg(project.positionOf(shot) + 1);
}

}  // namespace

Studio::Studio(QSettings& settings, QObject* parent)
    : QObject(parent), settings_(settings), preferences_(Preferences::load(settings)) {}

Studio::~Studio() {
    worker_.reset();  // cancels and joins before the project goes
    if (project_) markSessionEnded(settings_);
}

// ---- model ----

void Studio::loadModel() {
    if (worker_) {
        for (auto& [id, info] : jobs_) {
            if (info.status == JobStatus::Queued || info.status == JobStatus::Running)
                info.status = JobStatus::Cancelled;
        }
        worker_.reset();
        workerJobs_.clear();
        jobWorker_.clear();
    }
    model_ = {};
    vocabulary_.clear();
    try {
        inference::DeviceOptions device;
        device.device = preferences_.device == "cuda"  ? inference::DeviceKind::Cuda
                        : preferences_.device == "cpu" ? inference::DeviceKind::Cpu
                                                       : inference::DeviceKind::Auto;
        device.threads = preferences_.effectiveThreads();
        const std::string path =
            preferences_.modelPath.isEmpty() ? inference::defaultModelPath() : preferences_.modelPath.toStdString();
        auto model = inference::loadVideoModel(path, device);
        const inference::ModelInfo& info = model->info();
        model_.loaded = true;
        model_.id = QString::fromStdString(info.id);
        model_.hash = QString::fromStdString(info.hash);
        model_.device = QString::fromStdString(model->deviceName());
        for (const auto& [w, h] : info.buckets) model_.buckets.append(QSize(w, h));
        if (model_.buckets.isEmpty()) model_.buckets.append(QSize(info.defaultWidth, info.defaultHeight));
        model_.minFrames = info.minFrames;
        model_.maxFrames = info.maxFrames;
        model_.frameMultiple = info.frameMultiple;
        model_.defaultFrames = info.defaultFrames;
        model_.defaultGuidance = info.defaultGuidance;
        vocabulary_ = info.vocabulary;
        worker_ = std::make_unique<inference::GenerationWorker>(std::move(model));
    } catch (const std::exception& e) {
        model_.error = tr("The model could not be loaded: %1").arg(QString::fromUtf8(e.what()));
        emit errorOccurred(model_.error);
    }
    if (worker_) {
        using W = inference::GenerationWorker;
        connect(worker_.get(), &W::started, this, [this](int w) {
            if (JobInfo* j = jobOfWorker(w)) {
                j->status = JobStatus::Running;
                emit jobsChanged();
            }
        });
        connect(worker_.get(), &W::progress, this, [this](int w, int step, int total, double eta) {
            if (JobInfo* j = jobOfWorker(w)) {
                j->step = step;
                j->total = total;
                j->etaSeconds = eta;
                emit jobUpdated(j->id);
            }
        });
        connect(worker_.get(), &W::preview, this, [this](int w, const inference::FrameList& frames) {
            JobInfo* j = jobOfWorker(w);
            if (!j || frames.empty()) return;
            j->preview = toQImage(frames[frames.size() / 2]);
            emit jobUpdated(j->id);
        });
        connect(worker_.get(), &W::finished, this, [this](int w, const inference::GenerationResult& result) {
            if (JobInfo* j = jobOfWorker(w)) onFinished(j->id, result);
        });
        connect(worker_.get(), &W::failed, this, [this](int w, const QString& error) {
            JobInfo* j = jobOfWorker(w);
            if (!j) return;
            j->status = JobStatus::Failed;
            j->error = error;
            emit jobsChanged();
            emit errorOccurred(tr("%1 could not be generated: %2").arg(j->title, error));
        });
        connect(worker_.get(), &W::cancelled, this, [this](int w) {
            if (JobInfo* j = jobOfWorker(w)) {
                j->status = JobStatus::Cancelled;
                emit jobsChanged();
            }
        });
    }
    emit jobsChanged();
    emit modelChanged();
}

JobInfo* Studio::jobOfWorker(int workerJob) {
    auto it = workerJobs_.find(workerJob);
    if (it == workerJobs_.end()) return nullptr;
    auto job = jobs_.find(it->second);
    return job == jobs_.end() ? nullptr : &job->second;
}

QStringList Studio::unknownWords(const QString& text) const {
    if (!model_.loaded) return {};
    const std::set<std::string> known(vocabulary_.begin(), vocabulary_.end());
    QStringList unknown;
    for (const auto& word : inference::Tokenizer::words(text.toStdString())) {
        const QString w = QString::fromStdString(word);
        if (!known.count(word) && !unknown.contains(w)) unknown.append(w);
    }
    return unknown;
}

void Studio::setPreferences(const Preferences& preferences) {
    const bool reload = preferences.device != preferences_.device || preferences.threads != preferences_.threads ||
                        preferences.modelPath != preferences_.modelPath;
    preferences_ = preferences;
    preferences_.save(settings_);
    settings_.sync();  // now, so that a settings file that cannot be written is told now
    if (settings_.status() != QSettings::NoError) {
        emit errorOccurred(
            tr("The preferences apply now but could not be saved for the next start: '%1' cannot be written")
                .arg(settings_.fileName()));
    }
    if (reload) loadModel();
}

// ---- project ----

void Studio::newProject(const QString& path, const QString& name) {
    installProject(timeline::Project::create(path.toStdString(), name.toStdString()));
}

void Studio::openProject(const QString& path, bool readOnly) {
    installProject(timeline::Project::open(path.toStdString(), readOnly));
}

void Studio::installProject(std::unique_ptr<timeline::Project> project) {
    closeProject();
    project_ = std::move(project);
    const QString path = QString::fromStdString(project_->path());
    addRecentProject(settings_, path);
    markSessionRunning(settings_, path);
    emit projectOpened();
}

void Studio::closeProject() {
    if (!project_) return;
    cancelAll();
    undo_.clear();
    takeFrames_.clear();
    thumbnails_.clear();
    assetThumbnails_.clear();
    emit projectClosed();
    project_.reset();
    markSessionEnded(settings_);
}

void Studio::saveCopyAs(const QString& path) {
    if (!project_) throw StudioError(tr("no project is open"));
    project_->saveCopyAs(path.toStdString());
}

timeline::ShotSpec Studio::defaultShotSpec() const {
    timeline::ShotSpec spec;
    spec.seed = freshSeed();
    if (model_.loaded) {
        spec.frames = model_.defaultFrames;
        spec.guidance = model_.defaultGuidance;
        spec.width = model_.buckets.front().width();
        spec.height = model_.buckets.front().height();
    }
    if (project_) spec.fps = project_->settings().wholeFps();
    return spec;
}

bool Studio::push(QUndoCommand* raw) {
    std::unique_ptr<QUndoCommand> command(raw);
    try {
        undo_.push(command.get());  // runs redo() first: on a throw the stack has not taken it
        command.release();
        return true;
    } catch (const StoreError& e) {
        emit errorOccurred(tr("The change was not made: %1").arg(storeErrorText(e)));
        return false;
    }
}

// ---- media ----

Studio::ProbedMedia Studio::probeMedia(const QString& path) {
    const QFileInfo file(path);
    const QString name = file.fileName();
    if (!file.exists()) throw StudioError(tr("cannot import '%1': the file does not exist").arg(name));
    if (!file.isFile()) throw StudioError(tr("cannot import '%1': it is not a file").arg(name));
    ProbedMedia probed;
    timeline::Asset& asset = probed.asset;
    asset.path = file.absoluteFilePath().toStdString();
    try {
        if (media::isStillPath(asset.path)) {
            const media::Still still = media::readStill(asset.path);
            asset.kind = "still";
            asset.probeJson =
                QJsonDocument(stillInfoToJson(asset.path, still.info)).toJson(QJsonDocument::Compact).toStdString();
            probed.thumbnail = toQImage(still.image);
        } else {
            media::VideoReader reader(asset.path);
            asset.kind = "clip";
            asset.probeJson =
                QJsonDocument(videoInfoToJson(reader.info())).toJson(QJsonDocument::Compact).toStdString();
            probed.thumbnail = toQImage(reader.readFrame(0));
        }
    } catch (const media::MediaError& e) {
        throw StudioError(tr("cannot import '%1': %2").arg(name, mediaErrorText(e)));
    }
    asset.contentHash = sha256Of(file.absoluteFilePath()).toStdString();
    probed.thumbnail = probed.thumbnail.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return probed;
}

std::int64_t Studio::addMedia(const ProbedMedia& probed) {
    if (!project_) throw StudioError(tr("open or create a project first"));
    if (!push(new timeline::ImportAssetCommand(*project_, probed.asset))) {
        throw StudioError(tr("cannot import '%1': the project could not be written")
                              .arg(QFileInfo(QString::fromStdString(probed.asset.path)).fileName()));
    }
    const std::int64_t id = project_->state().assets.back().id;
    assetThumbnails_[id] = probed.thumbnail;
    emit mediaImported(id);
    return id;
}

std::int64_t Studio::importMedia(const QString& path) {
    if (!project_) throw StudioError(tr("open or create a project first"));
    return addMedia(probeMedia(path));
}

void Studio::importMediaAsync(const QStringList& paths) {
    if (!project_) {
        emit errorOccurred(tr("open or create a project first"));
        return;
    }
    const QObject* projectTag = project_.get();
    for (const QString& path : paths) {
        ++pendingImports_;
        auto* watcher = new QFutureWatcher<ProbedMedia>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, projectTag] {
            watcher->deleteLater();
            try {
                const ProbedMedia probed = watcher->result();  // rethrows the probe's error
                if (project_.get() == projectTag) addMedia(probed);
            } catch (const StudioError& e) {
                importErrors_.append(QString::fromUtf8(e.what()));
            } catch (const std::exception& e) {
                importErrors_.append(tr("cannot import a file: %1").arg(QString::fromUtf8(e.what())));
            }
            if (--pendingImports_ == 0 && !importErrors_.isEmpty()) {
                emit errorOccurred(importErrors_.join('\n'));
                importErrors_.clear();
            }
        });
        watcher->setFuture(QtConcurrent::run([path] {
            try {
                return probeMedia(path);
            } catch (const StudioError& e) {
                throw ImportFailure(QString::fromUtf8(e.what()));
            }
        }));
    }
}

void Studio::relinkMedia(std::int64_t assetId, const QString& path) {
    if (!project_ || !project_->asset(assetId)) throw StudioError(tr("no such media in the project"));
    const timeline::Asset& asset = *project_->asset(assetId);
    const QFileInfo file(path);
    try {
        if (asset.kind == "still")
            media::probeStill(path.toStdString());
        else
            media::VideoReader reader(path.toStdString());
    } catch (const media::MediaError& e) {
        throw StudioError(tr("cannot relink to '%1': %2").arg(file.fileName(), QString::fromUtf8(e.what())));
    }
    push(new timeline::RelinkAssetCommand(*project_, assetId, file.absoluteFilePath().toStdString(),
                                          sha256Of(file.absoluteFilePath()).toStdString()));
    assetThumbnails_.erase(assetId);
}

bool Studio::assetMissing(std::int64_t assetId) const {
    const timeline::Asset* asset = project_ ? project_->asset(assetId) : nullptr;
    return asset && !asset->embedded && !QFileInfo::exists(QString::fromStdString(asset->path));
}

QImage Studio::assetThumbnail(std::int64_t assetId, int size) {
    auto it = assetThumbnails_.find(assetId);
    if (it != assetThumbnails_.end()) return it->second;
    const timeline::Asset* asset = project_ ? project_->asset(assetId) : nullptr;
    if (!asset || assetMissing(assetId) || thumbnailing_.count(assetId)) return {};
    // Opening a clip indexes all of it: make the picture on the pool.
    thumbnailing_.insert(assetId);
    auto* watcher = new QFutureWatcher<QImage>(this);
    const QObject* projectTag = project_.get();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, assetId, projectTag] {
        watcher->deleteLater();
        thumbnailing_.erase(assetId);
        if (project_.get() != projectTag || watcher->result().isNull()) return;
        assetThumbnails_[assetId] = watcher->result();
        emit assetThumbnailReady(assetId);
    });
    watcher->setFuture(QtConcurrent::run([path = asset->path, still = asset->kind == "still", size]() -> QImage {
        try {
            const QImage image =
                still ? toQImage(media::readStill(path).image) : toQImage(media::VideoReader(path).readFrame(0));
            return image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        } catch (const std::exception&) {
            return {};  // the bin shows a plain tile; importing or relinking says why
        }
    }));
    return {};
}

// ---- takes ----

std::shared_ptr<const Frames> Studio::takeFrames(std::int64_t take) {
    auto it = takeFrames_.find(take);
    if (it != takeFrames_.end()) return it->second;
    if (!project_ || !project_->take(take)) throw StudioError(tr("the take no longer exists"));
    std::vector<char> bytes;
    project_->readClip(take, [&](const char* data, std::size_t size) { bytes.insert(bytes.end(), data, data + size); });
    try {
        auto frames = std::make_shared<const Frames>(decodeClipBytes(bytes));
        takeFrames_[take] = frames;
        return frames;
    } catch (const media::MediaError& e) {
        throw StudioError(tr("the take's clip cannot be decoded: %1").arg(QString::fromUtf8(e.what())));
    }
}

bool Studio::takeCached(std::int64_t take) const {
    return takeFrames_.count(take) > 0;
}

QImage Studio::takeThumbnail(std::int64_t take) {
    auto it = thumbnails_.find(take);
    if (it != thumbnails_.end()) return it->second;
    if (!project_ || !project_->take(take)) return {};
    const QImage image = fromPngBytes(project_->thumbnail(take));
    if (!image.isNull()) thumbnails_[take] = image;  // a take's thumbnail is written just after it
    return image;
}

void Studio::prefetchTakes(const std::vector<std::int64_t>& takes) {
    if (!project_) return;
    for (std::int64_t take : takes) {
        if (takeFrames_.count(take) || decoding_.count(take) || !project_->take(take)) continue;
        // Take clips are small (tens of KB), so reading the blob here is cheap; decoding
        // runs on the pool.
        std::vector<char> bytes;
        project_->readClip(take,
                           [&](const char* data, std::size_t size) { bytes.insert(bytes.end(), data, data + size); });
        decoding_.insert(take);
        auto* watcher = new QFutureWatcher<std::shared_ptr<const Frames>>(this);
        const QObject* projectTag = project_.get();
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, take, projectTag] {
            watcher->deleteLater();
            decoding_.erase(take);
            if (project_.get() != projectTag) return;  // another project opened meanwhile
            if (auto frames = watcher->result()) {
                takeFrames_[take] = frames;
                emit takeDecoded(take);
            }
        });
        watcher->setFuture(QtConcurrent::run([bytes = std::move(bytes)]() -> std::shared_ptr<const Frames> {
            try {
                return std::make_shared<const Frames>(decodeClipBytes(bytes));
            } catch (const std::exception&) {
                return nullptr;  // takeFrames() reports it when the take is shown
            }
        }));
    }
}

// ---- generation ----

Frames Studio::neighbourTake(const timeline::Shot& shot, int offset) {
    const int position = project_->positionOf(shot.id) + offset;
    const auto& shots = project_->shots();
    if (position < 0 || position >= static_cast<int>(shots.size())) {
        throw StudioError(offset < 0 ? tr("this mode needs a previous shot on the timeline")
                                     : tr("this mode needs a next shot on the timeline"));
    }
    const timeline::Shot& neighbour = shots[position];
    if (!neighbour.activeTake) {
        throw StudioError(offset < 0
                              ? tr("Shot %1 (the previous shot) has no take yet: generate it first").arg(position + 1)
                              : tr("Shot %1 (the next shot) has no take yet: generate it first").arg(position + 1));
    }
    return *takeFrames(neighbour.activeTake);
}

Frames Studio::sourceFrames(const timeline::Shot& shot, bool fromStart, int count) {
    const timeline::ShotSpec& spec = shot.spec;
    Frames frames;
    if (spec.clipAsset) {
        const timeline::Asset* asset = project_->asset(spec.clipAsset);
        if (!asset) throw StudioError(tr("the source clip was removed from the project"));
        if (assetMissing(spec.clipAsset)) {
            throw StudioError(tr("the source clip '%1' is missing: relink it in the Media bin")
                                  .arg(QFileInfo(QString::fromStdString(asset->path)).fileName()));
        }
        try {
            return readClipFrames(asset->path, fromStart ? 0 : -count, count);
        } catch (const media::MediaError& e) {
            throw StudioError(tr("the source clip cannot be read: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    if (spec.sourceShot) {
        const timeline::Shot* source = project_->shot(spec.sourceShot);
        if (!source) throw StudioError(tr("the source shot was deleted"));
        if (!source->activeTake) throw StudioError(tr("the source shot has no take yet: generate it first"));
        frames = *takeFrames(source->activeTake);
    } else {
        frames = neighbourTake(shot, fromStart ? 1 : -1);
    }
    const int n = static_cast<int>(frames.size());
    const int begin = fromStart ? 0 : std::max(0, n - count);
    const int end = fromStart ? std::min(n, count) : n;
    return Frames(frames.begin() + begin, frames.begin() + end);
}

inference::GenerationRequest Studio::buildRequest(std::int64_t shotId, std::uint64_t seed) {
    if (!project_) throw StudioError(tr("open or create a project first"));
    const timeline::Shot* found = project_->shot(shotId);
    if (!found) throw StudioError(tr("the shot no longer exists"));
    const timeline::Shot shot = *found;  // a copy: decoding sources may touch the project
    const timeline::ShotSpec& spec = shot.spec;
    inference::GenerationRequest r;
    try {
        r.mode = inference::modeFromName(spec.mode);
    } catch (const inference::InferenceError& e) {
        throw StudioError(e.what());
    }
    r.prompt = spec.prompt;
    r.negativePrompt = spec.negativePrompt;
    r.seed = seed;
    r.frames = spec.frames;
    r.fps = spec.fps;
    r.width = spec.width;
    r.height = spec.height;
    r.steps = spec.steps;
    r.guidance = static_cast<float>(spec.guidance);
    r.strength = static_cast<float>(spec.strength);
    if (worker_) r.shift = worker_->modelInfo().defaultShift;  // the model samples best with its own
    const int k = r.contextFrames;
    switch (r.mode) {
        case GenerationMode::Text:
        case GenerationMode::Loop:
            break;
        case GenerationMode::Image: {
            const timeline::Asset* still = spec.stillAsset ? project_->asset(spec.stillAsset) : nullptr;
            if (!still)
                throw StudioError(
                    tr("choose a still for this shot: drop one from the Media bin on the shot or on Source"));
            if (assetMissing(still->id)) {
                throw StudioError(tr("the still '%1' is missing: relink it in the Media bin")
                                      .arg(QFileInfo(QString::fromStdString(still->path)).fileName()));
            }
            try {
                r.sourceA = {readStillForModel(still->path)};
            } catch (const media::MediaError& e) {
                throw StudioError(tr("the still cannot be read: %1").arg(QString::fromUtf8(e.what())));
            }
            break;
        }
        case GenerationMode::ExtendForward:
            r.sourceA = sourceFrames(shot, false, k);
            break;
        case GenerationMode::ExtendBackward:
            r.sourceA = sourceFrames(shot, true, k);
            break;
        case GenerationMode::Connect: {
            const Frames before = neighbourTake(shot, -1);
            const Frames after = neighbourTake(shot, 1);
            r.sourceA.assign(before.end() - std::min<std::size_t>(k, before.size()), before.end());
            r.sourceB.assign(after.begin(), after.begin() + std::min<std::size_t>(k, after.size()));
            break;
        }
        case GenerationMode::Restyle: {
            if (!spec.clipAsset && !spec.sourceShot) {
                throw StudioError(
                    tr("choose a clip to restyle: drop one from the Media bin or a shot from the timeline on Source"));
            }
            r.sourceA = sourceFrames(shot, true, r.frames);
            break;
        }
    }
    return r;
}

QList<int> Studio::generate(std::int64_t shotId, int variations) {
    if (!project_) throw StudioError(tr("open or create a project first"));
    if (!worker_) throw StudioError(model_.error.isEmpty() ? tr("no model is loaded") : model_.error);
    const timeline::Shot* shot = project_->shot(shotId);
    if (!shot) throw StudioError(tr("the shot no longer exists"));
    std::vector<inference::GenerationRequest> requests;
    for (int i = 0; i < std::max(1, variations); ++i) {
        const std::uint64_t seed =
            shot->spec.seedLocked ? shot->spec.seed + static_cast<std::uint64_t>(i) : freshSeed();
        inference::GenerationRequest request = buildRequest(shotId, seed);
        try {
            inference::validateRequest(request, worker_->modelInfo());
        } catch (const inference::InferenceError& e) {
            throw StudioError(e.what());
        }
        requests.push_back(std::move(request));
    }
    QList<int> ids;
    for (auto& request : requests) ids.append(enqueue(shotId, std::move(request)));
    return ids;
}

int Studio::enqueue(std::int64_t shot, inference::GenerationRequest request) {
    JobInfo info;
    info.id = nextJob_++;
    info.shot = shot;
    info.seed = request.seed;
    info.total = request.steps;
    QString prompt = QString::fromStdString(request.prompt);
    if (prompt.size() > 48) prompt = prompt.left(47) + QChar(0x2026);
    info.title = tr("%1: %2").arg(shotName(*project_, shot), prompt.isEmpty() ? tr("(no prompt)") : prompt);
    auto kept = std::make_shared<inference::GenerationRequest>(request);
    const int workerJob = worker_->enqueue(std::move(request));
    workerJobs_[workerJob] = info.id;
    jobWorker_[info.id] = workerJob;
    requests_[info.id] = std::move(kept);
    jobs_[info.id] = info;
    order_.push_back(info.id);
    emit jobsChanged();
    return info.id;
}

void Studio::onFinished(int id, const inference::GenerationResult& result) {
    JobInfo& job = jobs_[id];
    job.status = JobStatus::Completed;
    job.step = job.total;
    job.etaSeconds = 0;
    if (!project_ || !project_->shot(job.shot)) {
        job.error = tr("The shot was deleted before its take finished; the take was not kept.");
        emit jobsChanged();
        return;
    }
    try {
        job.take = storeTake(job.shot, *requests_[id], result);
        emit jobsChanged();
        emit takeAdded(job.shot, job.take);
    } catch (const std::exception& e) {
        job.status = JobStatus::Failed;
        job.error = QString::fromUtf8(e.what());
        emit jobsChanged();
        emit errorOccurred(tr("The take of %1 could not be saved: %2").arg(job.title, job.error));
    }
}

std::int64_t Studio::storeTake(std::int64_t shot, const inference::GenerationRequest& request,
                               const inference::GenerationResult& result) {
    if (result.frames.empty()) throw StudioError(tr("the generation returned no frames"));
    QJsonObject description = request.toJson();
    description.insert("model", QString::fromStdString(result.modelId));
    description.insert("model_hash", QString::fromStdString(result.modelHash));
    description.insert("ai_generated", true);
    const std::string json = QJsonDocument(description).toJson(QJsonDocument::Compact).toStdString();
    timeline::Take take;
    take.shot = shot;
    take.requestJson = json;
    take.modelId = result.modelId;
    take.weightsHash = result.modelHash;
    take.seed = std::to_string(result.seed);
    take.seconds = result.seconds;
    take.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    const std::int64_t takeId = storeEncodedTake(take, encodeTakeClip(result.frames, request.fps, json),
                                                 thumbnailPng(result.frames[result.frames.size() / 2]));
    takeFrames_[takeId] = std::make_shared<const Frames>(result.frames);
    return takeId;
}

std::int64_t Studio::storeEncodedTake(const timeline::Take& take, std::vector<char> clip,
                                      const std::vector<std::uint8_t>& thumbnail) {
    if (!project_ || !project_->shot(take.shot)) throw StudioError(tr("the take's shot is not in the project"));
    auto* command = new timeline::AddTakeCommand(*project_, take, std::move(clip));
    command->setText(tr("Generate %1").arg(shotName(*project_, take.shot)));
    if (!push(command)) throw StudioError(tr("the take could not be saved in the project"));
    const std::int64_t takeId = command->takeId();
    project_->setThumbnail(takeId, thumbnail);
    thumbnails_.erase(takeId);
    return takeId;
}

void Studio::cancelJob(int id) {
    auto it = jobWorker_.find(id);
    if (it != jobWorker_.end() && worker_) worker_->cancel(it->second);
}

void Studio::cancelAll() {
    for (int id : order_) {
        const JobStatus s = jobs_[id].status;
        if (s == JobStatus::Queued || s == JobStatus::Running) cancelJob(id);
    }
}

int Studio::retryJob(int id) {
    auto it = requests_.find(id);
    if (it == requests_.end() || !worker_ || !project_ || !project_->shot(jobs_[id].shot)) return 0;
    return enqueue(jobs_[id].shot, *it->second);
}

bool Studio::moveJob(int id, int position) {
    auto it = jobWorker_.find(id);
    if (it == jobWorker_.end() || !worker_ || !worker_->reorder(it->second, position)) return false;
    std::vector<int> queued;
    for (int j : order_) {
        if (jobs_[j].status == JobStatus::Queued && j != id) queued.push_back(j);
    }
    order_.erase(std::remove(order_.begin(), order_.end(), id), order_.end());
    auto before = position < static_cast<int>(queued.size())
                      ? std::find(order_.begin(), order_.end(), queued[std::max(0, position)])
                      : order_.end();
    order_.insert(before, id);
    emit jobsChanged();
    return true;
}

QList<int> Studio::jobs() const {
    return QList<int>(order_.begin(), order_.end());
}

const JobInfo* Studio::job(int id) const {
    auto it = jobs_.find(id);
    return it == jobs_.end() ? nullptr : &it->second;
}

bool Studio::busy() const {
    return std::any_of(jobs_.begin(), jobs_.end(), [](const auto& j) {
        return j.second.status == JobStatus::Queued || j.second.status == JobStatus::Running;
    });
}

}  // namespace shotcraft::app
