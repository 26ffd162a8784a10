#include "ui/TimelineView.h"

#include "app/core/Studio.h"
#include "timeline/Commands.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <cmath>

namespace shotcraft::ui {

namespace {
constexpr int kMargin = 12;
constexpr int kRulerHeight = 22;
constexpr int kCardTop = kRulerHeight + 8;
constexpr int kCardHeight = 104;
constexpr int kStripHeight = 58;
constexpr int kGap = 4;
constexpr int kEdge = 6;

std::unique_ptr<QMimeData> idMimeData(const char* type, std::int64_t id) {
    auto mime = std::make_unique<QMimeData>();
    mime->setData(type, QByteArray::number(static_cast<qlonglong>(id)));
    return mime;
}
}  // namespace

std::unique_ptr<QMimeData> assetMimeData(std::int64_t asset) {
    return idMimeData(kAssetMime, asset);
}

std::unique_ptr<QMimeData> shotMimeData(std::int64_t shot) {
    return idMimeData(kShotMime, shot);
}

std::int64_t mimeId(const QMimeData& mime, const char* type) {
    return QString::fromLatin1(mime.data(type)).toLongLong();
}

TimelineView::TimelineView(app::Studio& studio, QWidget* parent) : QWidget(parent), studio_(studio) {
    setObjectName("timelineView");
    setAcceptDrops(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setMinimumHeight(kCardTop + kCardHeight + 12);
    connect(&studio_, &app::Studio::takeDecoded, this, qOverload<>(&QWidget::update));
}

QSize TimelineView::sizeHint() const {
    const int width = kMargin * 2 + static_cast<int>(std::ceil((layout_.totalFrames + 24) * pixelsPerFrame_));
    return {std::max(width, 400), kCardTop + kCardHeight + 12};
}

void TimelineView::setPixelsPerFrame(double pixels) {
    pixels = std::clamp(pixels, 3.0, 40.0);
    if (pixels == pixelsPerFrame_) return;
    pixelsPerFrame_ = pixels;
    setMinimumWidth(sizeHint().width());
    updateGeometry();
    update();
    emit zoomChanged(pixels);
}

void TimelineView::refresh() {
    layout_ = studio_.project() ? app::SequenceLayout::of(*studio_.project()) : app::SequenceLayout{};
    if (selected_ && !layout_.spanOf(selected_)) selected_ = 0;
    std::vector<std::int64_t> takes;
    for (const auto& span : layout_.spans) {
        if (span.take) takes.push_back(span.take);
    }
    studio_.prefetchTakes(takes);  // for the thumbnail strips
    setMinimumWidth(sizeHint().width());
    updateGeometry();
    update();
}

void TimelineView::setSelectedShot(std::int64_t shot) {
    if (shot == selected_) return;
    selected_ = shot;
    update();
}

void TimelineView::setPlayhead(std::int64_t frame) {
    playhead_ = frame;
    update();
}

QRect TimelineView::cardRect(std::int64_t shot) const {
    const app::ShotSpan* span = layout_.spanOf(shot);
    if (!span) return {};
    const int frames = (shot == dragShot_ && trimFrames_) ? *trimFrames_ : span->frames;
    const int x = kMargin + static_cast<int>(std::lround(span->start * pixelsPerFrame_));
    const int w = std::max(24, static_cast<int>(std::lround(frames * pixelsPerFrame_)) - kGap);
    return {x, kCardTop, w, kCardHeight};
}

std::int64_t TimelineView::shotAt(const QPoint& point) const {
    for (const auto& span : layout_.spans) {
        if (cardRect(span.shot).adjusted(0, 0, kEdge / 2, 0).contains(point)) return span.shot;
    }
    return 0;
}

bool TimelineView::onTrimEdge(const QPoint& point, std::int64_t shot) const {
    const QRect r = cardRect(shot);
    return shot && point.x() >= r.right() - kEdge && point.x() <= r.right() + kEdge / 2;
}

int TimelineView::frameAt(int x) const {
    return static_cast<int>(std::floor((x - kMargin) / pixelsPerFrame_));
}

int TimelineView::dropIndex(int x) const {
    int index = 0;
    for (const auto& span : layout_.spans) {
        const QRect r = cardRect(span.shot);
        if (x > r.center().x()) ++index;
    }
    return index;
}

void TimelineView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    // Ruler: a tick per frame when there is room, a labelled one per second.
    const int fps = studio_.project() ? studio_.project()->settings().wholeFps() : 8;
    painter.fillRect(QRect(0, 0, width(), kRulerHeight), palette().window());
    painter.setPen(palette().color(QPalette::Mid));
    const int lastFrame = frameAt(width()) + 1;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    for (int f = 0; f <= lastFrame; ++f) {
        const int x = kMargin + static_cast<int>(std::lround(f * pixelsPerFrame_));
        if (f % fps == 0) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawLine(x, kRulerHeight - 10, x, kRulerHeight);
            painter.drawText(x + 3, kRulerHeight - 9, QString("%1s").arg(f / fps));
        } else if (pixelsPerFrame_ >= 6) {
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawLine(x, kRulerHeight - 4, x, kRulerHeight);
        }
    }
    painter.setFont(font());
    if (layout_.spans.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(
            QRect(kMargin, kCardTop, width() - 2 * kMargin, kCardHeight), Qt::AlignLeft | Qt::AlignVCenter,
            studio_.project()
                ? tr("No shots yet. Add one with Shot ▸ Add Shot (Ctrl+T) and describe it in the Inspector.")
                : tr("Create a project (Ctrl+N) or open one (Ctrl+O)."));
    }
    for (std::size_t i = 0; i < layout_.spans.size(); ++i) {
        const auto& span = layout_.spans[i];
        QRect r = cardRect(span.shot);
        if (drag_ == Drag::Reorder && span.shot == dragShot_) {
            painter.setOpacity(0.35);
            paintCard(painter, span, static_cast<int>(i), r);
            painter.setOpacity(1.0);
            continue;
        }
        paintCard(painter, span, static_cast<int>(i), r);
    }
    if (drag_ == Drag::Reorder && dragShot_) {
        // The card follows the mouse; a marker shows where it will land.
        const int index = dropIndex(dragX_);
        int markerX = kMargin;
        if (index > 0 && index <= static_cast<int>(layout_.spans.size()))
            markerX = cardRect(layout_.spans[index - 1].shot).right() + kGap / 2;
        painter.fillRect(QRect(markerX - 1, kCardTop - 4, 3, kCardHeight + 8), palette().highlight());
        const app::ShotSpan* span = layout_.spanOf(dragShot_);
        QRect r = cardRect(dragShot_);
        r.moveLeft(r.left() + dragX_ - pressPoint_.x());
        painter.setOpacity(0.8);
        paintCard(painter, *span, static_cast<int>(span - layout_.spans.data()), r.translated(0, -4));
        painter.setOpacity(1.0);
    }
    // Playhead.
    const int x = kMargin + static_cast<int>(std::lround(playhead_ * pixelsPerFrame_));
    painter.setPen(QPen(QColor(230, 60, 50), 2));
    painter.drawLine(x, 0, x, height());
    painter.setBrush(QColor(230, 60, 50));
    painter.drawPolygon(QPolygon({QPoint(x - 5, 0), QPoint(x + 5, 0), QPoint(x, 7)}));
}

void TimelineView::paintCard(QPainter& painter, const app::ShotSpan& span, int index, const QRect& r) {
    const timeline::Shot* shot = studio_.project()->shot(span.shot);
    if (!shot) return;
    const bool selected = span.shot == selected_;
    const bool dropping = span.shot == dropTarget_;
    QPainterPath path;
    path.addRoundedRect(r, 6, 6);
    painter.fillPath(path, selected ? palette().color(QPalette::AlternateBase).darker(104)
                                    : palette().color(QPalette::AlternateBase));
    painter.save();
    painter.setClipPath(path);
    // The strip: frames of the active take spread over the card, or a placeholder.
    const QRect strip(r.left(), r.top(), r.width(), kStripHeight);
    if (span.take && studio_.takeCached(span.take)) {
        const auto frames = studio_.takeFrames(span.take);
        const double aspect = double(frames->front().width()) / frames->front().height();
        const int tileW = std::max(8, static_cast<int>(kStripHeight * aspect));
        const int tiles = std::max(1, (r.width() + tileW - 1) / tileW);
        for (int t = 0; t < tiles; ++t) {
            const std::size_t f = std::min(frames->size() - 1, frames->size() * t / tiles);
            const media::Image& frame = (*frames)[f];
            QImage tile(frame.data(), frame.width(), frame.height(), static_cast<qsizetype>(frame.rowBytes()),
                        QImage::Format_RGB888);
            painter.drawImage(QRect(r.left() + t * tileW, r.top(), tileW, kStripHeight), tile);
        }
    } else if (span.take) {
        const QImage thumbnail = studio_.takeThumbnail(span.take);
        if (!thumbnail.isNull()) painter.drawImage(QRect(r.left(), r.top(), kStripHeight, kStripHeight), thumbnail);
    } else {
        QLinearGradient gradient(strip.topLeft(), strip.bottomRight());
        gradient.setColorAt(0, QColor(70, 80, 100));
        gradient.setColorAt(1, QColor(45, 50, 62));
        painter.fillRect(strip, gradient);
        painter.setPen(QColor(200, 205, 215));
        painter.drawText(strip.adjusted(6, 0, -6, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         r.width() > 90 ? tr("No take yet") : QString());
    }
    painter.restore();
    // Label and prompt.
    painter.setPen(palette().color(QPalette::Text));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const int fps = std::max(1, shot->spec.fps);
    const QString title = tr("Shot %1").arg(index + 1);
    const QString duration = QString::number(double(span.frames) / fps, 'f', 1) + "s";
    const QRect textArea = r.adjusted(6, kStripHeight + 3, -8, -3);
    painter.drawText(textArea, Qt::AlignLeft | Qt::AlignTop,
                     painter.fontMetrics().elidedText(title, Qt::ElideRight, textArea.width() - 30));
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(textArea, Qt::AlignRight | Qt::AlignTop, duration);
    painter.setPen(palette().color(QPalette::Text));
    const QString prompt = shot->spec.prompt.empty() ? tr("(no prompt)") : QString::fromStdString(shot->spec.prompt);
    const QRect promptArea = textArea.adjusted(0, painter.fontMetrics().height() + 1, 0, 0);
    painter.drawText(promptArea, Qt::AlignLeft | Qt::AlignTop,
                     painter.fontMetrics().elidedText(prompt, Qt::ElideRight, promptArea.width()));
    // Outline: selection, drop target.
    painter.setBrush(Qt::NoBrush);
    if (selected || dropping) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), dropping ? 3 : 2));
        painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 6, 6);
    } else {
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRoundedRect(r, 6, 6);
    }
    // The trim handle.
    painter.fillRect(QRect(r.right() - 3, r.top() + 20, 3, r.height() - 40), palette().color(QPalette::Mid));
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    pressPoint_ = event->position().toPoint();
    dragX_ = pressPoint_.x();
    if (pressPoint_.y() < kRulerHeight) {
        drag_ = Drag::Scrub;
        emit playheadRequested(std::max(0, frameAt(pressPoint_.x())));
        return;
    }
    const std::int64_t shot = shotAt(pressPoint_);
    if (!shot) return;
    setSelectedShot(shot);
    emit shotSelected(shot);
    dragShot_ = shot;
    drag_ = onTrimEdge(pressPoint_, shot) ? Drag::Trim : Drag::None;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint point = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton)) {
        setCursor(onTrimEdge(point, shotAt(point)) ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    dragX_ = point.x();
    if (drag_ == Drag::Scrub) {
        emit playheadRequested(std::max(0, frameAt(point.x())));
    } else if (drag_ == Drag::Trim) {
        const app::ModelSummary& model = studio_.modelSummary();
        const QRect r = cardRect(dragShot_);
        const int multiple = std::max(1, model.frameMultiple);
        int frames = static_cast<int>(std::lround((point.x() - r.left()) / pixelsPerFrame_ / multiple)) * multiple;
        trimFrames_ = std::clamp(frames, model.minFrames, model.maxFrames);
        update();
    } else if (drag_ == Drag::Reorder && (point.y() < 0 || point.y() > height())) {
        // Leaving the timeline turns the reorder into a drag of the shot, e.g. onto the
        // inspector's Source.
        const std::int64_t shot = dragShot_;
        drag_ = Drag::None;
        dragShot_ = 0;
        update();
        auto* drag = new QDrag(this);                     // Qt owns it while it runs
        drag->setMimeData(shotMimeData(shot).release());  // the drag owns its data
        drag->exec(Qt::LinkAction | Qt::CopyAction);
    } else if (dragShot_ && (point - pressPoint_).manhattanLength() > 8) {
        drag_ = Drag::Reorder;
        update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    timeline::Project* project = studio_.project();
    if (project && drag_ == Drag::Trim && trimFrames_) {
        const timeline::Shot* shot = project->shot(dragShot_);
        if (shot && shot->spec.frames != *trimFrames_) {
            timeline::ShotSpec spec = shot->spec;
            spec.frames = *trimFrames_;
            studio_.push(new timeline::EditShotCommand(*project, dragShot_, spec, false, tr("Trim shot")));
        }
    } else if (project && drag_ == Drag::Reorder) {
        int to = dropIndex(dragX_);
        const int from = project->positionOf(dragShot_);
        if (to > from) --to;  // the card leaves its own place first
        if (to != from && from >= 0) studio_.push(new timeline::MoveShotCommand(*project, dragShot_, to));
    }
    drag_ = Drag::None;
    dragShot_ = 0;
    trimFrames_.reset();
    update();
}

void TimelineView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        event->ignore();  // the scroll area scrolls
        return;
    }
    setPixelsPerFrame(pixelsPerFrame_ * (event->angleDelta().y() > 0 ? 1.25 : 0.8));
    event->accept();
}

void TimelineView::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(kAssetMime)) event->acceptProposedAction();
}

void TimelineView::dragMoveEvent(QDragMoveEvent* event) {
    dropTarget_ = shotAt(event->position().toPoint());
    if (dropTarget_)
        event->acceptProposedAction();
    else
        event->ignore();
    update();
}

void TimelineView::dragLeaveEvent(QDragLeaveEvent*) {
    dropTarget_ = 0;
    update();
}

void TimelineView::dropEvent(QDropEvent* event) {
    const std::int64_t shot = shotAt(event->position().toPoint());
    dropTarget_ = 0;
    update();
    if (!shot) return;
    const std::int64_t asset = mimeId(*event->mimeData(), kAssetMime);
    event->acceptProposedAction();
    emit assetDropped(shot, asset);
}

}  // namespace shotcraft::ui
