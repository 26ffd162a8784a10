#include "ui/InspectorPanel.h"

#include "app/core/Studio.h"
#include "timeline/Commands.h"
#include "ui/PromptEditor.h"
#include "ui/SourceField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace shotcraft::ui {

namespace {

struct ModeEntry {
    const char* name;
    const char* label;
    const char* tip;
};

const ModeEntry kModes[] = {
    {"text", QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel", "Text to video"),
     QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel", "A new clip from the prompt alone")},
    {"image", QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel", "From a still"),
     QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel", "The source still becomes the first frame")},
    {"extend-forward", QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel", "Continue previous shot"),
     QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel",
                       "New frames that carry on from the end of the previous shot (or the source)")},
    {"extend-backward", QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel", "Lead into next shot"),
     QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel",
                       "New frames that lead into the start of the next shot (or the source)")},
    {"connect", QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel", "Connect neighbours"),
     QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel",
                       "New frames from the end of the previous shot into the start of the next")},
    {"loop", QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel", "Loop"),
     QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel", "A clip whose end flows back into its start")},
    {"restyle", QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel", "Restyle a clip"),
     QT_TRANSLATE_NOOP("shotcraft::ui::InspectorPanel",
                       "The source clip redrawn under the prompt; strength sets how far it may change")},
};

QString aspectName(const QSize& size) {
    if (size.width() == size.height()) return QObject::tr("square");
    return size.width() > size.height() ? QObject::tr("landscape") : QObject::tr("portrait");
}

std::uint64_t randomSeed() {
    return QRandomGenerator::global()->generate64() & ((1ULL << 53) - 1);
}

}  // namespace

InspectorPanel::InspectorPanel(app::Studio& studio, QWidget* parent) : QWidget(parent), studio_(studio) {
    setObjectName("inspectorPanel");
    title_ = new QLabel(this);
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title_->setFont(titleFont);

    form_ = new QWidget(this);
    prompt_ = new PromptEditor([this](const QString& text) { return studio_.unknownWords(text); }, form_);
    prompt_->setObjectName("promptEdit");
    prompt_->setPlaceholderText(tr("Describe the shot, e.g. “a red circle moving left on a night sky”"));
    unknown_ = new QLabel(form_);
    unknown_->setObjectName("unknownWords");
    unknown_->setWordWrap(true);
    unknown_->setStyleSheet("color: #c62828;");
    unknown_->hide();
    negative_ = new QLineEdit(form_);
    negative_->setObjectName("negativeEdit");
    negative_->setPlaceholderText(tr("What to avoid (optional)"));
    mode_ = new QComboBox(form_);
    mode_->setObjectName("modeCombo");
    for (const auto& mode : kModes) {
        mode_->addItem(tr(mode.label), QString::fromLatin1(mode.name));
        mode_->setItemData(mode_->count() - 1, tr(mode.tip), Qt::ToolTipRole);
    }
    seed_ = new QLineEdit(form_);
    seed_->setObjectName("seedEdit");
    seed_->setValidator(new QRegularExpressionValidator(QRegularExpression("[0-9]{1,20}"), seed_));
    seed_->setToolTip(tr("The random seed: the same seed and settings give the same take"));
    seedLock_ = new QCheckBox(tr("Lock"), form_);
    seedLock_->setObjectName("seedLock");
    seedLock_->setToolTip(
        tr("Locked: every generation uses this seed (variations use the next ones). Unlocked: a new seed each time."));
    newSeed_ = new QToolButton(form_);
    newSeed_->setText(tr("New"));
    newSeed_->setToolTip(tr("Draw a new seed"));
    frames_ = new QSpinBox(form_);
    frames_->setObjectName("framesSpin");
    frames_->setSuffix(tr(" frames"));
    duration_ = new QLabel(form_);
    fps_ = new QSpinBox(form_);
    fps_->setObjectName("fpsSpin");
    fps_->setRange(1, 60);
    fps_->setSuffix(tr(" fps"));
    size_ = new QComboBox(form_);
    size_->setObjectName("sizeCombo");
    steps_ = new QSpinBox(form_);
    steps_->setObjectName("stepsSpin");
    steps_->setRange(1, 200);
    steps_->setToolTip(tr("Denoising steps: more is slower and usually cleaner"));
    guidance_ = new QDoubleSpinBox(form_);
    guidance_->setObjectName("guidanceSpin");
    guidance_->setRange(1.0, 20.0);
    guidance_->setSingleStep(0.5);
    guidance_->setDecimals(1);
    guidance_->setToolTip(tr("How strongly the prompt steers the picture (1 = not at all)"));
    strength_ = new QDoubleSpinBox(form_);
    strength_->setObjectName("strengthSpin");
    strength_->setRange(0.05, 1.0);
    strength_->setSingleStep(0.05);
    strength_->setDecimals(2);
    strength_->setToolTip(tr("Restyle: how far the clip may move from its source (1 = a new clip)"));
    source_ = new SourceField(form_);

    auto* seedRow = new QHBoxLayout;
    seedRow->setContentsMargins(0, 0, 0, 0);
    seedRow->addWidget(seed_, 1);
    seedRow->addWidget(seedLock_);
    seedRow->addWidget(newSeed_);
    auto* framesRow = new QHBoxLayout;
    framesRow->setContentsMargins(0, 0, 0, 0);
    framesRow->addWidget(frames_, 1);
    framesRow->addWidget(duration_);
    framesRow->addWidget(fps_);

    auto* form = new QFormLayout(form_);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Prompt"), prompt_);
    form->addRow(QString(), unknown_);
    form->addRow(tr("Negative"), negative_);
    form->addRow(tr("Mode"), mode_);
    form->addRow(tr("Source"), source_);
    form->addRow(tr("Duration"), framesRow);
    form->addRow(tr("Size"), size_);
    form->addRow(tr("Seed"), seedRow);
    form->addRow(tr("Steps"), steps_);
    form->addRow(tr("Guidance"), guidance_);
    form->addRow(tr("Strength"), strength_);

    variations_ = new QComboBox(this);
    variations_->setObjectName("variationsCombo");
    variations_->addItem(tr("1 take"), 1);
    variations_->addItem(tr("2 variations"), 2);
    variations_->addItem(tr("4 variations"), 4);
    generate_ = new QPushButton(tr("Generate"), this);
    generate_->setObjectName("generateButton");
    generate_->setDefault(true);
    generate_->setToolTip(tr("Queue this shot for generation (Ctrl+Enter)"));
    auto* generateRow = new QHBoxLayout;
    generateRow->addWidget(variations_);
    generateRow->addWidget(generate_, 1);

    empty_ = new QLabel(tr("Select a shot on the timeline to edit it."), this);
    empty_->setWordWrap(true);
    empty_->setForegroundRole(QPalette::PlaceholderText);

    auto* scrolled = new QWidget(this);
    auto* scrolledLayout = new QVBoxLayout(scrolled);
    scrolledLayout->setContentsMargins(0, 0, 4, 0);
    scrolledLayout->addWidget(empty_);
    scrolledLayout->addWidget(form_);
    scrolledLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(scrolled);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(title_);
    layout->addWidget(scroll, 1);
    layout->addLayout(generateRow);

    connect(prompt_, &QPlainTextEdit::textChanged, this, [this] {
        timeline::ShotSpec spec = current();
        spec.prompt = prompt_->toPlainText().toStdString();
        apply(spec, true, tr("Edit prompt"));
    });
    connect(prompt_, &PromptEditor::unknownWordsChanged, this, [this](const QStringList& words) {
        unknown_->setVisible(!words.isEmpty());
        unknown_->setText(tr("Not known to the model (ignored): %1").arg(words.join(", ")));
    });
    connect(negative_, &QLineEdit::editingFinished, this, [this] {
        timeline::ShotSpec spec = current();
        spec.negativePrompt = negative_->text().toStdString();
        apply(spec);
    });
    connect(mode_, &QComboBox::currentIndexChanged, this, [this] {
        timeline::ShotSpec spec = current();
        spec.mode = mode_->currentData().toString().toStdString();
        apply(spec, false, tr("Change mode"));
    });
    connect(seed_, &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        const std::uint64_t seed = seed_->text().toULongLong(&ok);
        timeline::ShotSpec spec = current();
        if (!ok) {
            seed_->setText(QString::number(spec.seed));
            return;
        }
        spec.seed = seed;
        apply(spec, false, tr("Change seed"));
    });
    connect(seedLock_, &QCheckBox::toggled, this, [this](bool on) {
        timeline::ShotSpec spec = current();
        spec.seedLocked = on;
        apply(spec, false, on ? tr("Lock seed") : tr("Unlock seed"));
    });
    connect(newSeed_, &QToolButton::clicked, this, [this] {
        timeline::ShotSpec spec = current();
        spec.seed = randomSeed();
        apply(spec, false, tr("New seed"));
    });
    connect(frames_, &QSpinBox::valueChanged, this, [this](int value) {
        timeline::ShotSpec spec = current();
        spec.frames = value;
        apply(spec, false, tr("Change duration"));
    });
    connect(fps_, &QSpinBox::valueChanged, this, [this](int value) {
        timeline::ShotSpec spec = current();
        spec.fps = value;
        apply(spec, false, tr("Change frame rate"));
    });
    connect(size_, &QComboBox::currentIndexChanged, this, [this] {
        const QSize size = size_->currentData().toSize();
        if (!size.isValid()) return;
        timeline::ShotSpec spec = current();
        spec.width = size.width();
        spec.height = size.height();
        apply(spec, false, tr("Change size"));
    });
    connect(steps_, &QSpinBox::valueChanged, this, [this](int value) {
        timeline::ShotSpec spec = current();
        spec.steps = value;
        apply(spec, false, tr("Change steps"));
    });
    connect(guidance_, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        timeline::ShotSpec spec = current();
        spec.guidance = value;
        apply(spec, false, tr("Change guidance"));
    });
    connect(strength_, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        timeline::ShotSpec spec = current();
        spec.strength = value;
        apply(spec, false, tr("Change strength"));
    });
    connect(source_, &SourceField::assetDropped, this, &InspectorPanel::useAsset);
    connect(source_, &SourceField::shotDropped, this, &InspectorPanel::useShot);
    connect(source_->clearButton(), &QToolButton::clicked, this, [this] {
        timeline::ShotSpec spec = current();
        spec.stillAsset = spec.clipAsset = spec.sourceShot = 0;
        apply(spec, false, tr("Clear source"));
    });
    auto* chooseMenu = new QMenu(source_);
    source_->chooseButton()->setMenu(chooseMenu);
    connect(chooseMenu, &QMenu::aboutToShow, this, [this, chooseMenu] {
        chooseMenu->clear();
        timeline::Project* project = studio_.project();
        if (!project) return;
        for (const auto& asset : project->state().assets) {
            const QString name = QFileInfo(QString::fromStdString(asset.path)).fileName();
            chooseMenu->addAction(asset.kind == "still" ? tr("Still: %1").arg(name) : tr("Clip: %1").arg(name), this,
                                  [this, id = asset.id] { useAsset(id); });
        }
        chooseMenu->addSeparator();
        for (std::size_t i = 0; i < project->shots().size(); ++i) {
            const auto& shot = project->shots()[i];
            if (shot.id == shot_ || !shot.activeTake) continue;
            chooseMenu->addAction(tr("Shot %1's take").arg(i + 1), this, [this, id = shot.id] { useShot(id); });
        }
        if (chooseMenu->isEmpty())
            chooseMenu->addAction(tr("Import stills or clips in the Media bin first"))->setEnabled(false);
    });
    connect(generate_, &QPushButton::clicked, this, [this] {
        if (shot_) emit generateRequested(shot_, variations());
    });
    refresh();
}

int InspectorPanel::variations() const {
    return variations_->currentData().toInt();
}

void InspectorPanel::setShot(std::int64_t shot) {
    if (shot == shot_) return;
    shot_ = shot;
    refresh();
}

timeline::ShotSpec InspectorPanel::current() const {
    const timeline::Project* project = std::as_const(studio_).project();
    const timeline::Shot* shot = project ? project->shot(shot_) : nullptr;
    return shot ? shot->spec : timeline::ShotSpec{};
}

void InspectorPanel::apply(const timeline::ShotSpec& spec, bool mergePrompt, const QString& text) {
    if (loading_ || !shot_ || !studio_.project()) return;
    const timeline::Shot* shot = studio_.project()->shot(shot_);
    if (!shot || shot->spec == spec) return;
    studio_.push(new timeline::EditShotCommand(*studio_.project(), shot_, spec, mergePrompt,
                                               text.isEmpty() ? tr("Edit shot") : text));
}

void InspectorPanel::useAsset(std::int64_t assetId) {
    timeline::Project* project = studio_.project();
    const timeline::Asset* asset = project ? project->asset(assetId) : nullptr;
    if (!asset || !shot_) return;
    timeline::ShotSpec spec = current();
    spec.sourceShot = 0;
    if (asset->kind == "still") {
        spec.stillAsset = assetId;
        spec.clipAsset = 0;
        spec.mode = "image";
    } else {
        spec.clipAsset = assetId;
        spec.stillAsset = 0;
        if (spec.mode != "extend-forward" && spec.mode != "extend-backward" && spec.mode != "restyle")
            spec.mode = "restyle";
    }
    apply(spec, false, tr("Set source"));
}

void InspectorPanel::useShot(std::int64_t sourceShot) {
    if (!shot_ || sourceShot == shot_) return;
    timeline::ShotSpec spec = current();
    spec.sourceShot = sourceShot;
    spec.stillAsset = spec.clipAsset = 0;
    if (spec.mode != "extend-forward" && spec.mode != "extend-backward" && spec.mode != "restyle")
        spec.mode = "extend-forward";
    apply(spec, false, tr("Set source"));
}

void InspectorPanel::refresh() {
    timeline::Project* project = studio_.project();
    const timeline::Shot* shot = project ? project->shot(shot_) : nullptr;
    if (!shot) shot_ = 0;
    form_->setVisible(shot != nullptr);
    empty_->setVisible(shot == nullptr);
    generate_->setEnabled(shot != nullptr && studio_.modelSummary().loaded);
    variations_->setEnabled(shot != nullptr);
    generate_->setToolTip(studio_.modelSummary().loaded ? tr("Queue this shot for generation (Ctrl+Enter)")
                                                        : studio_.modelSummary().error);
    if (!shot) {
        title_->setText(tr("Inspector"));
        return;
    }
    loading_ = true;
    const timeline::ShotSpec& spec = shot->spec;
    const app::ModelSummary& model = studio_.modelSummary();
    title_->setText(tr("Shot %1").arg(project->positionOf(shot_) + 1));
    prompt_->setPrompt(QString::fromStdString(spec.prompt));
    prompt_->recheck();  // the model may have changed
    if (negative_->text() != QString::fromStdString(spec.negativePrompt))
        negative_->setText(QString::fromStdString(spec.negativePrompt));
    mode_->setCurrentIndex(std::max(0, mode_->findData(QString::fromStdString(spec.mode))));
    seed_->setText(QString::number(spec.seed));
    seedLock_->setChecked(spec.seedLocked);
    frames_->setRange(model.minFrames, model.maxFrames);
    frames_->setSingleStep(model.frameMultiple);
    frames_->setValue(spec.frames);
    fps_->setValue(spec.fps);
    duration_->setText(tr("= %1 s").arg(double(spec.frames) / std::max(1, spec.fps), 0, 'f', 1));
    size_->clear();
    QList<QSize> sizes = model.buckets;
    if (!sizes.contains(QSize(spec.width, spec.height))) sizes.append(QSize(spec.width, spec.height));
    for (const QSize& s : sizes)
        size_->addItem(QString("%1 × %2 (%3)").arg(s.width()).arg(s.height()).arg(aspectName(s)), s);
    size_->setCurrentIndex(sizes.indexOf(QSize(spec.width, spec.height)));
    steps_->setValue(spec.steps);
    guidance_->setValue(spec.guidance);
    strength_->setValue(spec.strength);
    // Source: what this mode starts from.
    QString sourceText;
    bool placeholder = false;
    if (spec.stillAsset || spec.clipAsset) {
        const timeline::Asset* asset = project->asset(spec.stillAsset ? spec.stillAsset : spec.clipAsset);
        sourceText = asset ? QFileInfo(QString::fromStdString(asset->path)).fileName() : tr("(removed media)");
        if (asset && studio_.assetMissing(asset->id)) sourceText += tr(" — missing, relink it in the Media bin");
    } else if (spec.sourceShot) {
        const int position = project->positionOf(spec.sourceShot);
        sourceText = position >= 0 ? tr("Shot %1's take").arg(position + 1) : tr("(deleted shot)");
    } else {
        placeholder = true;
        if (spec.mode == "image")
            sourceText = tr("Drop a still here");
        else if (spec.mode == "restyle")
            sourceText = tr("Drop a clip or a shot here");
        else if (spec.mode == "extend-forward")
            sourceText = tr("The previous shot");
        else if (spec.mode == "extend-backward")
            sourceText = tr("The next shot");
        else if (spec.mode == "connect")
            sourceText = tr("The previous and next shots");
        else
            sourceText = tr("None needed");
    }
    source_->setText(sourceText, placeholder);
    loading_ = false;
    updateEnabled();
}

void InspectorPanel::updateEnabled() {
    const QString mode = mode_->currentData().toString();
    strength_->setEnabled(mode == "restyle");
    // The Source stays enabled in every mode: a dropped still, clip or shot picks the mode that
    // uses it.
}

}  // namespace shotcraft::ui
