#include "ui/PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QThread>
#include <QToolButton>

namespace shotcraft::ui {

namespace {
QWidget* withBrowse(QLineEdit* edit, QWidget* parent, const QString& title, const QString& filter) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QToolButton(row);
    browse->setText(QObject::tr("Browse…"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QToolButton::clicked, row, [edit, row, title, filter] {
        const QString path = QFileDialog::getOpenFileName(row, title, edit->text(), filter);
        if (!path.isEmpty()) edit->setText(path);
    });
    return row;
}
}  // namespace

PreferencesDialog::PreferencesDialog(const app::Preferences& preferences, QWidget* parent)
    : QDialog(parent), initial_(preferences) {
    setObjectName("preferencesDialog");
    setWindowTitle(tr("Preferences"));
    device_ = new QComboBox(this);
    device_->addItem(tr("Automatic (CUDA when available)"), "auto");
    device_->addItem(tr("CPU"), "cpu");
    device_->addItem(tr("CUDA GPU"), "cuda");
    device_->setCurrentIndex(std::max(0, device_->findData(preferences.device)));
    threads_ = new QSpinBox(this);
    threads_->setRange(0, QThread::idealThreadCount());
    threads_->setSpecialValueText(
        tr("Automatic (%1 of %2 cores)").arg(app::defaultThreads()).arg(QThread::idealThreadCount()));
    threads_->setValue(preferences.threads);
    model_ = new QLineEdit(preferences.modelPath, this);
    model_->setPlaceholderText(tr("The built-in model"));
    ocio_ = new QLineEdit(preferences.ocioConfig, this);
    ocio_->setPlaceholderText(tr("The shipped configuration"));
    format_ = new QComboBox(this);
    format_->addItem(tr("MP4 (H.264)"), "mp4");
    format_->addItem(tr("MOV (ProRes)"), "mov");
    format_->addItem(tr("PNG sequence"), "png");
    format_->setCurrentIndex(std::max(0, format_->findData(preferences.exportFormat)));
    label_ = new QCheckBox(tr("Label exported frames “AI-generated”"), this);
    label_->setChecked(preferences.exportLabel);
    language_ = new QComboBox(this);
    language_->addItem(tr("System language"), "");
    language_->addItem("English", "en");
    language_->addItem("Deutsch", "de");
    language_->addItem("Français", "fr");
    language_->addItem("Español", "es");
    language_->addItem("日本語", "ja");
    language_->setCurrentIndex(std::max(0, language_->findData(preferences.language)));
    auto* note = new QLabel(tr("A new language applies at the next start."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Device"), device_);
    form->addRow(tr("Generation threads"), threads_);
    form->addRow(tr("Model"),
                 withBrowse(model_, this, tr("Model file"), tr("Shotcraft models (*.shotcraft-model manifest.json)")));
    form->addRow(tr("OCIO config"), withBrowse(ocio_, this, tr("OpenColorIO config"), tr("OCIO configs (*.ocio)")));
    form->addRow(tr("Export format"), format_);
    form->addRow(QString(), label_);
    form->addRow(tr("Language"), language_);
    form->addRow(QString(), note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

app::Preferences PreferencesDialog::preferences() const {
    app::Preferences p = initial_;
    p.device = device_->currentData().toString();
    p.threads = threads_->value();
    p.modelPath = model_->text().trimmed();
    p.ocioConfig = ocio_->text().trimmed();
    p.exportFormat = format_->currentData().toString();
    p.exportLabel = label_->isChecked();
    p.language = language_->currentData().toString();
    return p;
}

}  // namespace shotcraft::ui
