#pragma once
// The generation queue: every job with its live preview, a progress bar and ETA, and
// cancel, retry and move up/down; finished jobs say which take they became, and a
// double-click on one shows that take.

#include <QWidget>

#include <cstdint>
#include <map>

class QLabel;
class QProgressBar;
class QToolButton;
class QVBoxLayout;

namespace shotcraft::app {
class Studio;
struct JobInfo;
}  // namespace shotcraft::app

namespace shotcraft::ui {

// One job's row.
class JobRow : public QWidget {
    Q_OBJECT

public:
    JobRow(app::Studio& studio, int job, QWidget* parent = nullptr);
    void refresh();
    int job() const { return job_; }

signals:
    void activated(int job);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    int queuePosition() const;  // queued jobs ahead of this one
    void showPreview(const app::JobInfo& job);

    app::Studio& studio_;
    int job_;
    QLabel* preview_;
    QLabel* title_;
    QLabel* status_;
    QProgressBar* progress_;
    QToolButton* cancel_;
    QToolButton* retry_;
    QToolButton* up_;
    QToolButton* down_;
};

class QueuePanel : public QWidget {
    Q_OBJECT

public:
    explicit QueuePanel(app::Studio& studio, QWidget* parent = nullptr);
    JobRow* row(int job) const;

signals:
    // A finished job was double-clicked: show the take it became.
    void takeWanted(std::int64_t shot, std::int64_t take);

public slots:
    void rebuild();

private:
    app::Studio& studio_;
    QVBoxLayout* rows_;
    QLabel* empty_;
    QToolButton* clear_;
    std::map<int, JobRow*> rowOf_;
    std::vector<int> hidden_;  // finished jobs cleared from the list
};

}  // namespace shotcraft::ui
