#include "ui/SourceField.h"

#include "ui/TimelineView.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QToolButton>

namespace shotcraft::ui {

SourceField::SourceField(QWidget* parent) : QFrame(parent) {
    setObjectName("sourceField");
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    setToolTip(tr("Drop a still, a clip or a shot here, or Choose one: the mode changes to the one that uses it."));
    label_ = new QLabel(this);
    label_->setWordWrap(true);
    choose_ = new QToolButton(this);
    choose_->setText(tr("Choose"));
    choose_->setPopupMode(QToolButton::InstantPopup);
    clear_ = new QToolButton(this);
    clear_->setText(tr("Clear"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 3, 3);
    layout->addWidget(label_, 1);
    layout->addWidget(choose_);
    layout->addWidget(clear_);
}

void SourceField::setText(const QString& text, bool placeholder) {
    label_->setText(text);
    label_->setForegroundRole(placeholder ? QPalette::PlaceholderText : QPalette::WindowText);
    clear_->setEnabled(!placeholder);  // a placeholder means nothing is chosen to clear
}

void SourceField::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(kAssetMime) || event->mimeData()->hasFormat(kShotMime))
        event->acceptProposedAction();
}

void SourceField::dropEvent(QDropEvent* event) {
    const QMimeData* mime = event->mimeData();
    if (mime->hasFormat(kAssetMime))
        emit assetDropped(mimeId(*mime, kAssetMime));
    else if (mime->hasFormat(kShotMime))
        emit shotDropped(mimeId(*mime, kShotMime));
    event->acceptProposedAction();
}

}  // namespace shotcraft::ui
