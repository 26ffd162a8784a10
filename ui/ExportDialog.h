#pragma once
// Asks where and how to export: the sequence or the selected shot, MP4 (H.264), MOV
// (ProRes 422 HQ) or a PNG sequence, an upscale factor and the "AI-generated" label; it
// asks before replacing what is already there.

#include "app/core/SequenceExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace shotcraft::ui {

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const QString& defaultFormat, bool label, bool hasSelection, const QString& projectPath,
                 QWidget* parent = nullptr);
    app::ExportSettings settings() const;
    bool selectedShotOnly() const;
    QString format() const;

public slots:
    // Asks before an export replaces a file or sequence already there.
    void accept() override;

private:
    void updatePath();
    QComboBox* format_;
    QComboBox* scope_;
    QComboBox* scale_;
    QCheckBox* label_;
    QCheckBox* otio_;
    QLineEdit* path_;
    QString replaceConfirmed_;
};

}  // namespace shotcraft::ui
