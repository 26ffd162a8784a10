#include "ui/QueuePanel.h"

#include "app/core/Studio.h"
#include "timeline/Project.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace shotcraft::ui {

namespace {
constexpr int kPreview = 56;

QToolButton* rowButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& tip, const QString& name) {
    auto* button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setObjectName(name);
    return button;
}

QString etaText(double seconds) {
    if (seconds < 0 || !std::isfinite(seconds)) return {};
    const int s = static_cast<int>(std::ceil(seconds));
    return s >= 60 ? QObject::tr("%1 min %2 s left").arg(s / 60).arg(s % 60) : QObject::tr("%1 s left").arg(s);
}
}  // namespace

JobRow::JobRow(app::Studio& studio, int job, QWidget* parent) : QWidget(parent), studio_(studio), job_(job) {
    setObjectName(QString("job%1").arg(job));
    preview_ = new QLabel(this);
    preview_->setFixedSize(kPreview, kPreview);
    preview_->setAlignment(Qt::AlignCenter);
    preview_->setStyleSheet("background: #1c1c1e; border-radius: 3px; color: #8e8e93;");
    preview_->setObjectName("jobPreview");
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::PlainText);
    // Long prompts are cut with an ellipsis rather than widening the panel.
    title_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    title_->setMinimumWidth(40);
    status_ = new QLabel(this);
    status_->setObjectName("jobStatus");
    status_->setForegroundRole(QPalette::PlaceholderText);
    status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    progress_ = new QProgressBar(this);
    progress_->setObjectName("jobProgress");
    progress_->setTextVisible(false);
    progress_->setMaximumHeight(8);
    cancel_ = rowButton(this, QStyle::SP_DialogCancelButton, tr("Cancel"), "jobCancel");
    retry_ = rowButton(this, QStyle::SP_BrowserReload, tr("Retry with the same settings"), "jobRetry");
    up_ = rowButton(this, QStyle::SP_ArrowUp, tr("Run earlier"), "jobUp");
    down_ = rowButton(this, QStyle::SP_ArrowDown, tr("Run later"), "jobDown");
    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(title_);
    text->addWidget(progress_);
    text->addWidget(status_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->addWidget(preview_);
    layout->addLayout(text, 1);
    for (QWidget* w : std::initializer_list<QWidget*>{up_, down_, retry_, cancel_}) layout->addWidget(w);
    connect(cancel_, &QToolButton::clicked, this, [this] { studio_.cancelJob(job_); });
    connect(retry_, &QToolButton::clicked, this, [this] { studio_.retryJob(job_); });
    auto move = [this](int delta) { studio_.moveJob(job_, std::max(0, queuePosition() + delta)); };
    connect(up_, &QToolButton::clicked, this, [move] { move(-1); });
    connect(down_, &QToolButton::clicked, this, [move] { move(1); });
    refresh();
}

int JobRow::queuePosition() const {
    int position = 0;
    for (int id : studio_.jobs()) {
        if (id == job_) break;
        if (const app::JobInfo* j = studio_.job(id); j && j->status == app::JobStatus::Queued) ++position;
    }
    return position;
}

void JobRow::showPreview(const app::JobInfo& job) {
    if (!job.preview.isNull()) {
        preview_->setPixmap(
            QPixmap::fromImage(job.preview.scaled(kPreview, kPreview, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        preview_->setToolTip({});
        return;
    }
    // Until the first estimate arrives the square says where the job stands instead of
    // staying blank: its place in the queue, or that it is starting.
    preview_->setPixmap({});
    if (job.status == app::JobStatus::Queued) {
        preview_->setText(tr("#%1").arg(queuePosition() + 1));
        preview_->setToolTip(tr("Place in the queue (1 runs next)"));
    } else if (job.status == app::JobStatus::Running) {
        preview_->setText(QStringLiteral("…"));
        preview_->setToolTip(tr("Starting"));
    } else {
        preview_->setText({});
        preview_->setToolTip({});
    }
}

void JobRow::refresh() {
    const app::JobInfo* job = studio_.job(job_);
    if (!job) return;
    title_->setText(title_->fontMetrics().elidedText(job->title, Qt::ElideRight, std::max(40, title_->width())));
    title_->setToolTip(tr("Seed %1").arg(job->seed));
    progress_->setRange(0, std::max(1, job->total));
    progress_->setValue(job->step);
    QString status = app::jobStatusText(job->status);
    if (job->status == app::JobStatus::Running) {
        status = tr("Step %1 of %2").arg(job->step).arg(job->total);
        if (const QString eta = etaText(job->etaSeconds); !eta.isEmpty()) status += " · " + eta;
    } else if (job->status == app::JobStatus::Failed || !job->error.isEmpty()) {
        status += ": " + job->error;
    } else if (job->status == app::JobStatus::Completed) {
        status = tr("Done: a new take");
        if (const timeline::Project* project = studio_.project(); project && project->take(job->take)) {
            status = tr("Done: take %1 of shot %2")
                         .arg(project->numberOf(job->take))
                         .arg(project->positionOf(job->shot) + 1);
        }
    }
    status_->setText(status);
    status_->setToolTip(job->error);
    setToolTip(job->status == app::JobStatus::Completed ? tr("Double-click to show this take") : QString());
    showPreview(*job);
    const bool active = job->status == app::JobStatus::Queued || job->status == app::JobStatus::Running;
    cancel_->setVisible(active);
    retry_->setVisible(job->status == app::JobStatus::Failed || job->status == app::JobStatus::Cancelled);
    up_->setVisible(job->status == app::JobStatus::Queued);
    down_->setVisible(job->status == app::JobStatus::Queued);
    progress_->setVisible(job->status != app::JobStatus::Failed && job->status != app::JobStatus::Cancelled);
}

void JobRow::mouseDoubleClickEvent(QMouseEvent* event) {
    QWidget::mouseDoubleClickEvent(event);
    emit activated(job_);
}

void JobRow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    refresh();  // re-elide the title for the new width
}

QueuePanel::QueuePanel(app::Studio& studio, QWidget* parent) : QWidget(parent), studio_(studio) {
    setObjectName("queuePanel");
    auto* content = new QWidget;
    rows_ = new QVBoxLayout(content);
    rows_->setContentsMargins(0, 0, 0, 0);
    rows_->setSpacing(1);
    rows_->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    empty_ = new QLabel(tr("Nothing queued. Select a shot and press Generate (Ctrl+Enter)."), this);
    empty_->setWordWrap(true);
    empty_->setForegroundRole(QPalette::PlaceholderText);
    clear_ = new QToolButton(this);
    clear_->setText(tr("Clear finished"));
    auto* top = new QHBoxLayout;
    top->addWidget(empty_, 1);
    top->addWidget(clear_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    connect(&studio_, &app::Studio::jobsChanged, this, &QueuePanel::rebuild);
    connect(&studio_, &app::Studio::jobUpdated, this, [this](int job) {
        if (JobRow* r = row(job)) r->refresh();
    });
    connect(clear_, &QToolButton::clicked, this, [this] {
        for (int id : studio_.jobs()) {
            const app::JobInfo* j = studio_.job(id);
            if (j && j->status != app::JobStatus::Queued && j->status != app::JobStatus::Running) hidden_.push_back(id);
        }
        rebuild();
    });
    rebuild();
}

JobRow* QueuePanel::row(int job) const {
    auto it = rowOf_.find(job);
    return it == rowOf_.end() ? nullptr : it->second;
}

void QueuePanel::rebuild() {
    // What matters now comes first: the running job, the queue in run order, then
    // finished jobs, the latest first.
    std::vector<int> shown;
    std::vector<int> finished;
    for (int id : studio_.jobs()) {
        if (std::find(hidden_.begin(), hidden_.end(), id) != hidden_.end()) continue;
        const app::JobInfo* j = studio_.job(id);
        if (j->status == app::JobStatus::Running)
            shown.insert(shown.begin(), id);
        else if (j->status == app::JobStatus::Queued)
            shown.push_back(id);
        else
            finished.insert(finished.begin(), id);
    }
    shown.insert(shown.end(), finished.begin(), finished.end());
    // Keep rows that still exist (their previews stay), drop the others, then order.
    for (auto it = rowOf_.begin(); it != rowOf_.end();) {
        if (std::find(shown.begin(), shown.end(), it->first) == shown.end()) {
            it->second->deleteLater();
            it = rowOf_.erase(it);
        } else {
            ++it;
        }
    }
    for (std::size_t i = 0; i < shown.size(); ++i) {
        JobRow*& r = rowOf_[shown[i]];
        if (!r) {
            r = new JobRow(studio_, shown[i]);
            connect(r, &JobRow::activated, this, [this](int id) {
                const app::JobInfo* j = studio_.job(id);
                if (j && j->status == app::JobStatus::Completed && studio_.project() &&
                    studio_.project()->take(j->take))
                    emit takeWanted(j->shot, j->take);
            });
        }
        rows_->removeWidget(r);
        rows_->insertWidget(static_cast<int>(i), r);
        r->refresh();
    }
    empty_->setVisible(shown.empty());
    clear_->setVisible(!shown.empty());
}

}  // namespace shotcraft::ui
