#pragma once
// The viewer: plays the sequence (each shot's active take) at the project's frame rate,
// with scrubbing, frame steps, an in/out loop, fit/100 %, timecode, and the display
// through OpenColorIO. Takes are decoded ahead of the playhead on a background thread.

#include "app/core/SequenceLayout.h"
#include "ui/DisplayTransform.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace shotcraft::app {
class Studio;
}

namespace shotcraft::ui {

class FrameView;

class ViewerPanel : public QWidget {
    Q_OBJECT

public:
    explicit ViewerPanel(app::Studio& studio, QWidget* parent = nullptr);
    std::int64_t playhead() const { return playhead_; }
    bool playing() const { return timer_.isActive(); }
    FrameView* frameView() const { return view_; }
    void setColorConfig(const QString& path);

public slots:
    void setPlayhead(std::int64_t frame);
    void play(int direction = 1);  // 1 forward, -1 backward
    void stop();
    void togglePlay();
    void stepFrames(int delta);
    void markIn();
    void markOut();
    void clearInOut();
    void refresh();  // the project changed

signals:
    void playheadChanged(std::int64_t frame);

private:
    void advance();
    void showFrame();
    QString timecode(std::int64_t frame) const;
    int fps() const;

    app::Studio& studio_;
    app::SequenceLayout layout_;
    DisplayTransform display_;
    FrameView* view_;
    QSlider* slider_;
    QLabel* timecodeLabel_;
    QLabel* shotLabel_;
    QToolButton* playButton_;
    QToolButton* loopButton_;
    QToolButton* fitButton_;
    QComboBox* viewCombo_;
    QTimer timer_;
    int direction_ = 1;
    std::int64_t playhead_ = 0;
};

}  // namespace shotcraft::ui
