#include "ui/TakesPanel.h"

#include "app/core/Studio.h"
#include "app/core/StudioError.h"
#include "timeline/Commands.h"
#include "ui/DisplayTransform.h"
#include "ui/FrameView.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace shotcraft::ui {

namespace {
constexpr int kTakeRole = Qt::UserRole + 1;

QJsonObject requestOf(const timeline::Take& take) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(take.requestJson)).object();
}

QString describe(const timeline::Take& take) {
    const QJsonObject r = requestOf(take);
    return QObject::tr("Seed %1 · %2 steps · guidance %3 · %4 frames · %5×%6\nPrompt: %7\nModel: %8 · %9 s")
        .arg(QString::fromStdString(take.seed))
        .arg(r.value("steps").toInt())
        .arg(r.value("guidance").toDouble())
        .arg(r.value("frames").toInt())
        .arg(r.value("width").toInt())
        .arg(r.value("height").toInt())
        .arg(r.value("prompt").toString())
        .arg(QString::fromStdString(take.modelId))
        .arg(take.seconds, 0, 'f', 1);
}
}  // namespace

CompareDialog::CompareDialog(app::Studio& studio, std::int64_t left, std::int64_t right, QWidget* parent)
    : QDialog(parent), studio_(studio), takes_{left, right} {
    setObjectName("compareDialog");
    setWindowTitle(tr("Compare takes"));
    auto* grid = new QGridLayout;
    const timeline::Project* project = studio_.project();
    for (int side = 0; side < 2; ++side) {
        views_[side] = new FrameView(this);
        views_[side]->setMinimumSize(256, 256);
        const timeline::Take* take = project ? project->take(takes_[side]) : nullptr;
        QString heading;
        if (take) {
            heading = tr("<b>Take %1</b> of shot %2<br>")
                          .arg(project->numberOf(take->id))
                          .arg(project->positionOf(take->shot) + 1);
        }
        auto* label =
            new QLabel(take ? heading + describe(*take).toHtmlEscaped().replace("\n", "<br>") : QString(), this);
        label->setWordWrap(true);
        grid->addWidget(views_[side], 0, side);
        grid->addWidget(label, 1, side);
        try {
            length_ = std::max<int>(length_, static_cast<int>(studio_.takeFrames(takes_[side])->size()));
        } catch (const app::StudioError& e) {
            views_[side]->setCaption(QString::fromUtf8(e.what()));
        }
    }
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setRange(0, std::max(0, length_ - 1));
    auto* play = new QToolButton(this);
    play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    play->setToolTip(tr("Play both"));
    play->setCheckable(true);
    auto* transport = new QHBoxLayout;
    transport->addWidget(play);
    transport->addWidget(slider_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addLayout(transport);
    const int fps = project ? project->settings().wholeFps() : 8;
    timer_.setInterval(1000 / fps);
    connect(&timer_, &QTimer::timeout, this,
            [this] { slider_->setValue((slider_->value() + 1) % std::max(1, length_)); });
    connect(play, &QToolButton::toggled, this, [this, play](bool on) {
        play->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        if (on)
            timer_.start();
        else
            timer_.stop();
    });
    connect(slider_, &QSlider::valueChanged, this, &CompareDialog::setFrame);
    setFrame(0);
    resize(640, 460);
}

void CompareDialog::setFrame(int frame) {
    const DisplayTransform display(studio_.preferences().ocioConfig);
    for (int side = 0; side < 2; ++side) {
        try {
            const auto frames = studio_.takeFrames(takes_[side]);
            views_[side]->setImage(display.toDisplay((*frames)[std::min<std::size_t>(frame, frames->size() - 1)]));
        } catch (const app::StudioError&) {
            // The caption set at construction says why.
        }
    }
}

TakesPanel::TakesPanel(app::Studio& studio, QWidget* parent) : QWidget(parent), studio_(studio) {
    setObjectName("takesPanel");
    list_ = new QListWidget(this);
    list_->setObjectName("takesList");
    list_->setViewMode(QListView::IconMode);
    list_->setIconSize(QSize(72, 72));
    list_->setGridSize(QSize(96, 104));
    list_->setResizeMode(QListView::Adjust);
    list_->setMovement(QListView::Static);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    empty_ = new QLabel(this);
    empty_->setWordWrap(true);
    empty_->setForegroundRole(QPalette::PlaceholderText);
    setActive_ = new QPushButton(tr("Use take"), this);
    setActive_->setObjectName("setActiveTake");
    setActive_->setToolTip(tr("Make the selected take the one the sequence plays and exports"));
    remove_ = new QPushButton(tr("Delete"), this);
    remove_->setObjectName("deleteTake");
    reuse_ = new QPushButton(tr("Use settings"), this);
    reuse_->setObjectName("reuseTakeSettings");
    reuse_->setToolTip(tr("Copy the take's prompt, seed (locked) and settings to the shot"));
    compare_ = new QPushButton(tr("Compare"), this);
    compare_->setObjectName("compareTakes");
    compare_->setToolTip(tr("Compare two selected takes (or the selected and the active one) side by side"));
    auto* buttons = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{setActive_, reuse_, compare_, remove_}) buttons->addWidget(w);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(empty_);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);
    connect(list_, &QListWidget::itemSelectionChanged, this, [this] {
        const auto takes = selectedTakes();
        setActive_->setEnabled(takes.size() == 1);
        reuse_->setEnabled(takes.size() == 1);
        remove_->setEnabled(!takes.empty());
        compare_->setEnabled(takes.size() == 2 || (takes.size() == 1 && list_->count() > 1));
    });
    connect(list_, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        const std::int64_t take = item->data(kTakeRole).toLongLong();
        if (studio_.project()) studio_.push(new timeline::SetActiveTakeCommand(*studio_.project(), shot_, take));
    });
    connect(setActive_, &QPushButton::clicked, this, [this] {
        const auto takes = selectedTakes();
        if (takes.size() == 1 && studio_.project())
            studio_.push(new timeline::SetActiveTakeCommand(*studio_.project(), shot_, takes[0]));
    });
    connect(remove_, &QPushButton::clicked, this, [this] {
        if (!studio_.project()) return;
        const auto takes = selectedTakes();
        studio_.undoStack()->beginMacro(takes.size() == 1 ? tr("Delete take") : tr("Delete takes"));
        for (std::int64_t take : takes) studio_.push(new timeline::RemoveTakeCommand(*studio_.project(), take));
        studio_.undoStack()->endMacro();
    });
    connect(reuse_, &QPushButton::clicked, this, [this] {
        const auto takes = selectedTakes();
        if (takes.size() == 1) useSettings(takes[0]);
    });
    connect(compare_, &QPushButton::clicked, this, [this] {
        if (CompareDialog* dialog = compare()) dialog->show();
    });
    refresh();
}

std::vector<std::int64_t> TakesPanel::selectedTakes() const {
    std::vector<std::int64_t> takes;
    for (QListWidgetItem* item : list_->selectedItems()) takes.push_back(item->data(kTakeRole).toLongLong());
    return takes;
}

CompareDialog* TakesPanel::compare() {
    auto takes = selectedTakes();
    const timeline::Shot* shot = studio_.project() ? studio_.project()->shot(shot_) : nullptr;
    if (takes.size() == 1 && shot && shot->activeTake && shot->activeTake != takes[0])
        takes.push_back(shot->activeTake);
    if (takes.size() != 2) return nullptr;
    auto* dialog = new CompareDialog(studio_, takes[0], takes[1], window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void TakesPanel::useSettings(std::int64_t takeId) {
    timeline::Project* project = studio_.project();
    const timeline::Take* take = project ? project->take(takeId) : nullptr;
    const timeline::Shot* shot = project ? project->shot(shot_) : nullptr;
    if (!take || !shot) return;
    const QJsonObject r = requestOf(*take);
    timeline::ShotSpec spec = shot->spec;
    spec.prompt = r.value("prompt").toString().toStdString();
    spec.negativePrompt =
        r.value("negative_prompt").toString(QString::fromStdString(spec.negativePrompt)).toStdString();
    spec.mode = r.value("mode").toString(QString::fromStdString(spec.mode)).toStdString();
    spec.seed = QString::fromStdString(take->seed).toULongLong();
    spec.seedLocked = true;
    spec.frames = r.value("frames").toInt(spec.frames);
    spec.fps = r.value("fps").toInt(spec.fps);
    spec.width = r.value("width").toInt(spec.width);
    spec.height = r.value("height").toInt(spec.height);
    spec.steps = r.value("steps").toInt(spec.steps);
    spec.guidance = r.value("guidance").toDouble(spec.guidance);
    spec.strength = r.value("strength").toDouble(spec.strength);
    studio_.push(new timeline::EditShotCommand(*project, shot_, spec, false, tr("Use take settings")));
}

void TakesPanel::setShot(std::int64_t shot) {
    if (shot == shot_) return;
    shot_ = shot;
    refresh();
}

void TakesPanel::selectTake(std::int64_t take) {
    for (int i = 0; i < list_->count(); ++i) {
        QListWidgetItem* item = list_->item(i);
        if (item->data(kTakeRole).toLongLong() != take) continue;
        list_->setCurrentItem(item, QItemSelectionModel::ClearAndSelect);
        list_->scrollToItem(item);
        return;
    }
}

void TakesPanel::refresh() {
    list_->clear();
    timeline::Project* project = studio_.project();
    const timeline::Shot* shot = project ? project->shot(shot_) : nullptr;
    const auto takes = shot ? project->takesOf(shot_) : std::vector<const timeline::Take*>{};
    empty_->setText(!shot ? tr("Select a shot to see its takes.") : tr("No takes yet: generate this shot."));
    empty_->setVisible(takes.empty());
    int number = 0;
    for (const timeline::Take* take : takes) {
        ++number;
        const bool active = take->id == shot->activeTake;
        auto* item = new QListWidgetItem(active ? tr("Take %1 ★").arg(number) : tr("Take %1").arg(number), list_);
        item->setData(kTakeRole, QVariant::fromValue<qlonglong>(take->id));
        const QImage thumbnail = studio_.takeThumbnail(take->id);
        if (!thumbnail.isNull())
            item->setIcon(
                QIcon(QPixmap::fromImage(thumbnail.scaled(72, 72, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
        item->setToolTip(describe(*take) + (active ? tr("\n(the active take)") : QString()));
        if (active) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    emit list_->itemSelectionChanged();
}

}  // namespace shotcraft::ui
