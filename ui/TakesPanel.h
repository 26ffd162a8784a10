#pragma once
// The selected shot's takes: thumbnails with their seed and settings; set the active
// take, delete a take, reuse a take's settings, and compare two takes side by side.

#include <QDialog>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QSlider;

namespace shotcraft::app {
class Studio;
}

namespace shotcraft::ui {

class DisplayTransform;
class FrameView;

// Two takes playing in sync, frame for frame.
class CompareDialog : public QDialog {
    Q_OBJECT

public:
    CompareDialog(app::Studio& studio, std::int64_t left, std::int64_t right, QWidget* parent = nullptr);
    void setFrame(int frame);
    FrameView* view(int side) const { return views_[side]; }

private:
    app::Studio& studio_;
    std::int64_t takes_[2];
    FrameView* views_[2];
    QSlider* slider_;
    QTimer timer_;
    int length_ = 0;
};

class TakesPanel : public QWidget {
    Q_OBJECT

public:
    explicit TakesPanel(app::Studio& studio, QWidget* parent = nullptr);
    QListWidget* list() const { return list_; }
    // Opens the compare view of the two selected takes (or the selected and the active).
    CompareDialog* compare();

public slots:
    void setShot(std::int64_t shot);
    void refresh();
    // Selects one take of the shot shown (and scrolls to it).
    void selectTake(std::int64_t take);

private:
    std::vector<std::int64_t> selectedTakes() const;
    void useSettings(std::int64_t take);

    app::Studio& studio_;
    std::int64_t shot_ = 0;
    QListWidget* list_;
    QLabel* empty_;
    QPushButton* setActive_;
    QPushButton* remove_;
    QPushButton* reuse_;
    QPushButton* compare_;
};

}  // namespace shotcraft::ui
