#include "ui/ViewerPanel.h"

#include "app/core/Studio.h"
#include "app/core/StudioError.h"
#include "timeline/Commands.h"
#include "ui/FrameView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace shotcraft::ui {

namespace {

QToolButton* toolButton(QWidget* parent, const QString& text, const QString& tip,
                        QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
    auto* button = new QToolButton(parent);
    if (icon != QStyle::SP_CustomBase) button->setIcon(parent->style()->standardIcon(icon));
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setToolButtonStyle(icon != QStyle::SP_CustomBase ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextOnly);
    return button;
}

}  // namespace

ViewerPanel::ViewerPanel(app::Studio& studio, QWidget* parent)
    : QWidget(parent), studio_(studio), display_(studio.preferences().ocioConfig) {
    setObjectName("viewerPanel");
    view_ = new FrameView(this);
    view_->setObjectName("viewerFrame");
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName("viewerScrubber");
    timecodeLabel_ = new QLabel(this);
    timecodeLabel_->setObjectName("viewerTimecode");
    timecodeLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono("monospace");
    mono.setStyleHint(QFont::Monospace);
    timecodeLabel_->setFont(mono);
    shotLabel_ = new QLabel(this);

    auto* start = toolButton(this, tr("Start"), tr("Go to start (Home)"), QStyle::SP_MediaSkipBackward);
    auto* back = toolButton(this, tr("Back"), tr("Previous frame (Left)"), QStyle::SP_MediaSeekBackward);
    playButton_ = toolButton(this, tr("Play"), tr("Play / pause (Space)"), QStyle::SP_MediaPlay);
    playButton_->setObjectName("viewerPlay");
    auto* forward = toolButton(this, tr("Forward"), tr("Next frame (Right)"), QStyle::SP_MediaSeekForward);
    auto* end = toolButton(this, tr("End"), tr("Go to end (End)"), QStyle::SP_MediaSkipForward);
    auto* in = toolButton(this, tr("In"), tr("Set the loop start here (I)"));
    auto* out = toolButton(this, tr("Out"), tr("Set the loop end here (O)"));
    loopButton_ = toolButton(this, tr("Loop"), tr("Loop playback between in and out"));
    loopButton_->setCheckable(true);
    loopButton_->setChecked(true);
    fitButton_ = toolButton(this, tr("Fit"), tr("Fit the frame to the viewer, or show it at 100 %"));
    fitButton_->setCheckable(true);
    fitButton_->setChecked(true);
    viewCombo_ = new QComboBox(this);
    viewCombo_->setObjectName("viewerDisplayView");
    viewCombo_->setToolTip(tr("Display and view (OpenColorIO)"));
    viewCombo_->addItems(display_.views());
    viewCombo_->setCurrentText(display_.view());

    auto* transport = new QHBoxLayout;
    transport->setSpacing(2);
    for (QWidget* w : std::initializer_list<QWidget*>{start, back, playButton_, forward, end}) transport->addWidget(w);
    transport->addSpacing(8);
    transport->addWidget(timecodeLabel_);
    transport->addSpacing(8);
    transport->addWidget(shotLabel_, 1);
    for (QWidget* w : std::initializer_list<QWidget*>{in, out, loopButton_, fitButton_, viewCombo_})
        transport->addWidget(w);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(view_, 1);
    layout->addWidget(slider_);
    layout->addLayout(transport);

    connect(start, &QToolButton::clicked, this, [this] { setPlayhead(0); });
    connect(end, &QToolButton::clicked, this, [this] { setPlayhead(layout_.totalFrames - 1); });
    connect(back, &QToolButton::clicked, this, [this] { stepFrames(-1); });
    connect(forward, &QToolButton::clicked, this, [this] { stepFrames(1); });
    connect(playButton_, &QToolButton::clicked, this, &ViewerPanel::togglePlay);
    connect(in, &QToolButton::clicked, this, &ViewerPanel::markIn);
    connect(out, &QToolButton::clicked, this, &ViewerPanel::markOut);
    connect(fitButton_, &QToolButton::toggled, view_, &FrameView::setFit);
    connect(viewCombo_, &QComboBox::currentTextChanged, this, [this](const QString& v) {
        display_.setView(v);
        showFrame();
    });
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        if (v != playhead_) setPlayhead(v);
    });
    connect(&timer_, &QTimer::timeout, this, &ViewerPanel::advance);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&studio_, &app::Studio::takeDecoded, this, [this](std::int64_t take) {
        const app::ShotSpan* span = layout_.spanAt(playhead_);
        if (span && span->take == take) showFrame();
    });
    refresh();
}

void ViewerPanel::setColorConfig(const QString& path) {
    display_ = DisplayTransform(path);
    viewCombo_->clear();
    viewCombo_->addItems(display_.views());
    viewCombo_->setCurrentText(display_.view());
    showFrame();
}

int ViewerPanel::fps() const {
    const timeline::Project* project = studio_.project();
    if (!project) return 8;
    return project->settings().wholeFps();
}

void ViewerPanel::refresh() {
    layout_ = studio_.project() ? app::SequenceLayout::of(*studio_.project()) : app::SequenceLayout{};
    slider_->blockSignals(true);
    slider_->setRange(0, static_cast<int>(std::max<std::int64_t>(0, layout_.totalFrames - 1)));
    slider_->blockSignals(false);
    if (playhead_ >= layout_.totalFrames) playhead_ = std::max<std::int64_t>(0, layout_.totalFrames - 1);
    showFrame();
}

void ViewerPanel::setPlayhead(std::int64_t frame) {
    frame = std::clamp<std::int64_t>(frame, 0, std::max<std::int64_t>(0, layout_.totalFrames - 1));
    playhead_ = frame;
    slider_->blockSignals(true);
    slider_->setValue(static_cast<int>(frame));
    slider_->blockSignals(false);
    showFrame();
    emit playheadChanged(frame);
}

void ViewerPanel::play(int direction) {
    if (layout_.totalFrames == 0) return;
    direction_ = direction;
    timer_.start(1000 / fps());
    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
}

void ViewerPanel::stop() {
    if (!timer_.isActive()) return;
    timer_.stop();
    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    // Remember where the user stopped (one write, not one per frame).
    if (timeline::Project* project = studio_.project(); project && !project->readOnly()) {
        timeline::SequenceState state = project->sequence();
        state.playhead = playhead_;
        try {
            project->setSequence(state);
        } catch (const std::exception&) {
            // The playhead is a convenience; a failed write changes nothing that matters.
        }
    }
}

void ViewerPanel::togglePlay() {
    if (timer_.isActive())
        stop();
    else
        play(1);
}

void ViewerPanel::stepFrames(int delta) {
    stop();
    setPlayhead(playhead_ + delta);
}

void ViewerPanel::advance() {
    const timeline::SequenceState& seq = studio_.project() ? studio_.project()->sequence() : timeline::SequenceState{};
    const bool loop = loopButton_->isChecked();
    std::int64_t first = 0;
    std::int64_t last = layout_.totalFrames - 1;
    if (loop && seq.inPoint >= 0) first = seq.inPoint;
    if (loop && seq.outPoint >= 0) last = std::min(last, seq.outPoint);
    std::int64_t next = playhead_ + direction_;
    if (next > last || next < first) {
        if (!loop) {
            stop();
            return;
        }
        next = direction_ > 0 ? first : last;
    }
    setPlayhead(next);
}

void ViewerPanel::markIn() {
    if (timeline::Project* p = studio_.project())
        studio_.push(new timeline::SetInOutCommand(*p, playhead_, p->sequence().outPoint));
}

void ViewerPanel::markOut() {
    if (timeline::Project* p = studio_.project())
        studio_.push(new timeline::SetInOutCommand(*p, p->sequence().inPoint, playhead_));
}

void ViewerPanel::clearInOut() {
    if (timeline::Project* p = studio_.project()) studio_.push(new timeline::SetInOutCommand(*p, -1, -1));
}

QString ViewerPanel::timecode(std::int64_t frame) const {
    const int rate = fps();
    const std::int64_t seconds = frame / rate;
    return QString("%1:%2:%3:%4")
        .arg(seconds / 3600, 2, 10, QChar('0'))
        .arg((seconds / 60) % 60, 2, 10, QChar('0'))
        .arg(seconds % 60, 2, 10, QChar('0'))
        .arg(frame % rate, 2, 10, QChar('0'));
}

void ViewerPanel::showFrame() {
    timecodeLabel_->setText(tr("%1  frame %2 / %3").arg(timecode(playhead_)).arg(playhead_).arg(layout_.totalFrames));
    const app::ShotSpan* span = layout_.spanAt(playhead_);
    if (!span) {
        view_->setImage({});
        view_->setCaption(studio_.project() ? tr("The sequence is empty: add a shot on the timeline.")
                                            : tr("Create or open a project to begin."));
        shotLabel_->clear();
        return;
    }
    const int index = static_cast<int>(&*span - layout_.spans.data());
    shotLabel_->setText(tr("Shot %1").arg(index + 1));
    // Look ahead: this shot's take and the next two shots' takes decode in the background.
    std::vector<std::int64_t> ahead;
    for (std::size_t i = index; i < layout_.spans.size() && i < static_cast<std::size_t>(index) + 3; ++i) {
        if (layout_.spans[i].take) ahead.push_back(layout_.spans[i].take);
    }
    studio_.prefetchTakes(ahead);
    if (!span->take) {
        view_->setImage({});
        view_->setCaption(tr("Shot %1 has no take yet: select it and press Generate.").arg(index + 1));
        return;
    }
    if (!studio_.takeCached(span->take)) {
        view_->setCaption(tr("Loading…"));
        return;  // takeDecoded shows it
    }
    try {
        const auto frames = studio_.takeFrames(span->take);
        const std::size_t local = std::min<std::size_t>(playhead_ - span->start, frames->size() - 1);
        view_->setImage(display_.toDisplay((*frames)[local]));
    } catch (const app::StudioError& e) {
        view_->setImage({});
        view_->setCaption(QString::fromUtf8(e.what()));
    }
}

}  // namespace shotcraft::ui
