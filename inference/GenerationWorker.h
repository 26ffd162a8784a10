#pragma once
// The inference thread: owns the model, runs a queue of immutable requests one at a
// time, and reports through signals (queued to receivers on other threads): progress
// with an ETA, previews, results, errors as values, cancellation within one step.
// Torch-free.

#include "inference/GenerationRequest.h"
#include "inference/VideoModel.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace shotcraft::inference {

enum class JobState { Queued = 1, Running, Completed, Failed, Cancelled };
QString jobStateName(JobState state);

using FrameList = std::vector<media::Image>;

class GenerationWorker : public QObject {
    Q_OBJECT

public:
    // Takes ownership of `model`; it is used only on the worker thread from now on.
    explicit GenerationWorker(std::unique_ptr<VideoModel> model, QObject* parent = nullptr);
    ~GenerationWorker() override;  // cancels everything and joins the thread

    const ModelInfo& modelInfo() const { return info_; }
    // Queues a request; returns its job id (ids start at 1 and only grow).
    int enqueue(GenerationRequest request);
    // Queued: removed at once. Running: stops within one denoising step.
    void cancel(int job);
    void cancelAll();
    // Moves a queued job to `position` among the queued jobs (0 = next).
    bool reorder(int job, int position);
    JobState state(int job) const;
    std::vector<int> queuedJobs() const;
    // Blocks until the queue is empty and nothing runs (for tools and tests).
    void waitUntilIdle();

signals:
    void started(int job);
    void progress(int job, int step, int total, double etaSeconds);
    void preview(int job, const shotcraft::inference::FrameList& frames);
    void finished(int job, const shotcraft::inference::GenerationResult& result);
    void failed(int job, const QString& error);
    void cancelled(int job);

private:
    struct Job {
        int id = 0;
        GenerationRequest request;
        std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
    };
    void run();
    void execute(const Job& job);

    std::unique_ptr<VideoModel> model_;
    ModelInfo info_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable idle_;
    std::deque<Job> queue_;
    std::map<int, JobState> states_;
    std::shared_ptr<std::atomic<bool>> runningCancel_;
    int nextId_ = 1;
    bool running_ = false;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace shotcraft::inference

Q_DECLARE_METATYPE(shotcraft::inference::FrameList)
Q_DECLARE_METATYPE(shotcraft::inference::GenerationResult)
