#include "ui/ExportDialog.h"

#include "media/VideoWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

namespace shotcraft::ui {

ExportDialog::ExportDialog(const QString& defaultFormat, bool label, bool hasSelection, const QString& projectPath,
                           QWidget* parent)
    : QDialog(parent) {
    setObjectName("exportDialog");
    setWindowTitle(tr("Export"));
    format_ = new QComboBox(this);
    format_->addItem(tr("MP4 (H.264) — for delivery"), "mp4");
    format_->addItem(tr("MOV (ProRes 422 HQ) — for editing"), "mov");
    format_->addItem(tr("PNG sequence — for compositing"), "png");
    format_->setCurrentIndex(std::max(0, format_->findData(defaultFormat)));
    scope_ = new QComboBox(this);
    scope_->addItem(tr("The whole sequence"));
    scope_->addItem(tr("The selected shot"));
    scope_->setEnabled(hasSelection);
    scale_ = new QComboBox(this);
    for (int s : {1, 2, 4, 8}) scale_->addItem(s == 1 ? tr("Original size") : tr("%1× larger").arg(s), s);
    scale_->setCurrentIndex(2);
    label_ = new QCheckBox(tr("Show an “AI-generated” label in the picture"), this);
    label_->setChecked(label);
    otio_ = new QCheckBox(tr("Also write an OpenTimelineIO timeline (.otio) with one clip per shot"), this);
    otio_->setObjectName("exportOtio");
    path_ = new QLineEdit(this);
    path_->setMinimumWidth(320);
    const QFileInfo project(projectPath);
    path_->setText(project.absolutePath() + "/" +
                   (project.completeBaseName().isEmpty() ? QString("export") : project.completeBaseName()));
    auto* browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Export"), scope_);
    form->addRow(tr("Format"), format_);
    form->addRow(tr("Size"), scale_);
    form->addRow(QString(), label_);
    form->addRow(QString(), otio_);
    form->addRow(tr("File"), pathRow);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePath);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), path_->text());
        if (!chosen.isEmpty()) {
            path_->setText(chosen);
            updatePath();
            // The file dialog has asked already about replacing the name it returned.
            replaceConfirmed_ = path_->text() == chosen ? chosen : QString();
        }
    });
    updatePath();
}

void ExportDialog::updatePath() {
    // Keep the name, give it the format's extension (a numbered pattern for PNG frames).
    QString path = path_->text();
    for (const QString& suffix : {QString("_%04d.png"), QString(".mp4"), QString(".mov"), QString(".png")}) {
        if (path.endsWith(suffix)) path.chop(suffix.size());
    }
    const QString f = format();
    path += f == "png" ? "_%04d.png" : "." + f;
    path_->setText(path);
}

void ExportDialog::accept() {
    const app::ExportSettings s = settings();
    const bool sequence = s.codec == media::VideoCodec::PngSequence;
    // A sequence is there when its first frame is.
    const QString first =
        sequence ? QString::fromStdString(media::expandFramePattern(s.path.toStdString(), 0)) : s.path;
    QStringList there;
    if (QFileInfo::exists(first) && s.path != replaceConfirmed_)
        there << QFileInfo(s.path).fileName();  // a sequence by its pattern
    if (!s.otioPath.isEmpty() && QFileInfo::exists(s.otioPath)) there << QFileInfo(s.otioPath).fileName();
    if (!there.isEmpty() &&
        QMessageBox::question(
            this, tr("Replace?"),
            tr("%1 already exists in %2. Replace it?").arg(there.join(tr(" and ")), QFileInfo(s.path).absolutePath()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        return;  // the dialog stays open for another name
    }
    QDialog::accept();
}

QString ExportDialog::format() const {
    return format_->currentData().toString();
}

bool ExportDialog::selectedShotOnly() const {
    return scope_->currentIndex() == 1;
}

app::ExportSettings ExportDialog::settings() const {
    app::ExportSettings s;
    s.path = path_->text();
    const QString f = format();
    s.codec = f == "mov"   ? media::VideoCodec::ProRes422HQ
              : f == "png" ? media::VideoCodec::PngSequence
                           : media::VideoCodec::H264;
    s.scale = scale_->currentData().toInt();
    s.label = label_->isChecked();
    if (otio_->isChecked()) {
        // Beside the export, named after it (without a frame number pattern).
        QString base = s.path;
        base.remove(QRegularExpression("(_%0?\\d*d)?\\.(mp4|mov|png)$"));
        s.otioPath = base + ".otio";
    }
    return s;
}

}  // namespace shotcraft::ui
