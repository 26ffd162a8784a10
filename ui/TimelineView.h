#pragma once
// The storyboard timeline: shots as cards whose width follows their duration, each with a
// strip of its active take's frames and its prompt; a ruler and a playhead. Click to
// select, drag a card to reorder, drag its right edge to trim, Ctrl+wheel to zoom, drop
// media on a card to make it the shot's source.

#include "app/core/SequenceLayout.h"

#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

class QMimeData;

namespace shotcraft::app {
class Studio;
}

namespace shotcraft::ui {

// The drag-and-drop type of a media bin item (its asset id as text).
inline constexpr const char* kAssetMime = "application/x-shotcraft-asset";
// ... and of a timeline shot (its shot id as text), e.g. dropped on the inspector's source.
inline constexpr const char* kShotMime = "application/x-shotcraft-shot";

// What a media bin item and a shot dragged out of the timeline carry, and the id a drop
// reads back from data of `type` (kAssetMime or kShotMime).
std::unique_ptr<QMimeData> assetMimeData(std::int64_t asset);
std::unique_ptr<QMimeData> shotMimeData(std::int64_t shot);
std::int64_t mimeId(const QMimeData& mime, const char* type);

class TimelineView : public QWidget {
    Q_OBJECT

public:
    explicit TimelineView(app::Studio& studio, QWidget* parent = nullptr);
    std::int64_t selectedShot() const { return selected_; }
    double pixelsPerFrame() const { return pixelsPerFrame_; }
    void setPixelsPerFrame(double pixels);
    QRect cardRect(std::int64_t shot) const;  // in widget coordinates
    QSize sizeHint() const override;

public slots:
    void setSelectedShot(std::int64_t shot);
    void setPlayhead(std::int64_t frame);
    void refresh();

signals:
    void shotSelected(std::int64_t shot);
    void playheadRequested(std::int64_t frame);
    void assetDropped(std::int64_t shot, std::int64_t asset);
    void zoomChanged(double pixelsPerFrame);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    enum class Drag { None, Reorder, Trim, Scrub };
    std::int64_t shotAt(const QPoint& point) const;
    bool onTrimEdge(const QPoint& point, std::int64_t shot) const;
    int dropIndex(int x) const;
    int frameAt(int x) const;
    void paintCard(QPainter& painter, const app::ShotSpan& span, int index, const QRect& rect);

    app::Studio& studio_;
    app::SequenceLayout layout_;
    std::int64_t selected_ = 0;
    std::int64_t playhead_ = 0;
    double pixelsPerFrame_ = 10.0;
    Drag drag_ = Drag::None;
    std::int64_t dragShot_ = 0;
    QPoint pressPoint_;
    int dragX_ = 0;
    std::optional<int> trimFrames_;  // the trimmed length while dragging an edge
    std::int64_t dropTarget_ = 0;
};

}  // namespace shotcraft::ui
