#include "ui/FrameView.h"

#include <QPainter>

namespace shotcraft::ui {

FrameView::FrameView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(160, 120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FrameView::setImage(const QImage& image) {
    image_ = image;
    update();
}

void FrameView::setCaption(const QString& caption) {
    caption_ = caption;
    update();
}

void FrameView::setFit(bool fit) {
    fit_ = fit;
    update();
}

void FrameView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 24, 26));
    if (image_.isNull()) {
        painter.setPen(QColor(150, 150, 155));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, caption_);
        return;
    }
    QSize size = image_.size();
    if (fit_) size.scale(rect().size() - QSize(8, 8), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, image_);
}

}  // namespace shotcraft::ui
