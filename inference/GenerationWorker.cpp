#include "inference/GenerationWorker.h"

#include "inference/InferenceError.h"

#include <algorithm>
#include <chrono>

namespace shotcraft::inference {

QString jobStateName(JobState state) {
    switch (state) {
        case JobState::Queued:
            return "queued";
        case JobState::Running:
            return "running";
        case JobState::Completed:
            return "completed";
        case JobState::Failed:
            return "failed";
        case JobState::Cancelled:
            return "cancelled";
    }
    return "unknown";
}

GenerationWorker::GenerationWorker(std::unique_ptr<VideoModel> model, QObject* parent)
    : QObject(parent), model_(std::move(model)), info_(model_->info()) {
    qRegisterMetaType<FrameList>();
    qRegisterMetaType<GenerationResult>();
    thread_ = std::thread([this] { run(); });
}

GenerationWorker::~GenerationWorker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        if (runningCancel_) *runningCancel_ = true;
        queue_.clear();
    }
    wake_.notify_all();
    thread_.join();
}

int GenerationWorker::enqueue(GenerationRequest request) {
    int id = 0;
    {
        std::lock_guard lock(mutex_);
        id = nextId_++;
        queue_.push_back(Job{id, std::move(request)});
        states_[id] = JobState::Queued;
    }
    wake_.notify_one();
    return id;
}

void GenerationWorker::cancel(int job) {
    bool removed = false;
    {
        std::lock_guard lock(mutex_);
        auto it = std::find_if(queue_.begin(), queue_.end(), [job](const Job& j) { return j.id == job; });
        if (it != queue_.end()) {
            queue_.erase(it);
            states_[job] = JobState::Cancelled;
            removed = true;
        } else if (states_.count(job) && states_[job] == JobState::Running && runningCancel_) {
            *runningCancel_ = true;
        }
    }
    if (removed) {
        emit cancelled(job);
        idle_.notify_all();
    }
}

void GenerationWorker::cancelAll() {
    for (int job : queuedJobs()) cancel(job);
    std::lock_guard lock(mutex_);
    if (runningCancel_) *runningCancel_ = true;
}

bool GenerationWorker::reorder(int job, int position) {
    std::lock_guard lock(mutex_);
    auto it = std::find_if(queue_.begin(), queue_.end(), [job](const Job& j) { return j.id == job; });
    if (it == queue_.end()) return false;
    Job moved = std::move(*it);
    queue_.erase(it);
    position = std::clamp(position, 0, static_cast<int>(queue_.size()));
    queue_.insert(queue_.begin() + position, std::move(moved));
    return true;
}

JobState GenerationWorker::state(int job) const {
    std::lock_guard lock(mutex_);
    auto it = states_.find(job);
    if (it == states_.end()) throw InferenceError("no job " + std::to_string(job));
    return it->second;
}

std::vector<int> GenerationWorker::queuedJobs() const {
    std::lock_guard lock(mutex_);
    std::vector<int> ids;
    for (const Job& j : queue_) ids.push_back(j.id);
    return ids;
}

void GenerationWorker::waitUntilIdle() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [this] { return queue_.empty() && !running_; });
}

void GenerationWorker::run() {
    for (;;) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
            if (stopping_) return;
            job = std::move(queue_.front());
            queue_.pop_front();
            states_[job.id] = JobState::Running;
            runningCancel_ = job.cancel;
            running_ = true;
        }
        execute(job);
        {
            std::lock_guard lock(mutex_);
            running_ = false;
            runningCancel_.reset();
        }
        idle_.notify_all();
    }
}

void GenerationWorker::execute(const Job& job) {
    emit started(job.id);
    using Clock = std::chrono::steady_clock;
    const auto began = Clock::now();
    GenerationCallbacks callbacks;
    callbacks.isCancelled = [&] { return job.cancel->load(); };
    callbacks.progress = [&](int step, int total) {
        // The ETA assumes the remaining steps cost what the finished ones did.
        const double elapsed = std::chrono::duration<double>(Clock::now() - began).count();
        const double eta = step > 0 ? elapsed / step * (total - step) : 0.0;
        emit progress(job.id, step, total, eta);
    };
    callbacks.preview = [&](const FrameList& frames) { emit preview(job.id, frames); };
    JobState final = JobState::Completed;
    try {
        GenerationResult result = model_->generate(job.request, callbacks);
        {
            std::lock_guard lock(mutex_);
            states_[job.id] = JobState::Completed;
        }
        emit finished(job.id, result);
        return;
    } catch (const GenerationCancelled&) {
        final = JobState::Cancelled;
    } catch (const std::exception& e) {
        final = JobState::Failed;
        {
            std::lock_guard lock(mutex_);
            states_[job.id] = final;
        }
        emit failed(job.id, QString::fromUtf8(e.what()));
        return;
    }
    {
        std::lock_guard lock(mutex_);
        states_[job.id] = final;
    }
    emit cancelled(job.id);
}

}  // namespace shotcraft::inference
