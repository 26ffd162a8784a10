#pragma once
// Preferences: device (auto, CPU, CUDA), generation threads, model file, OCIO config,
// export defaults, language.

#include "app/core/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace shotcraft::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(const app::Preferences& preferences, QWidget* parent = nullptr);
    app::Preferences preferences() const;

private:
    app::Preferences initial_;
    QComboBox* device_;
    QSpinBox* threads_;
    QLineEdit* model_;
    QLineEdit* ocio_;
    QComboBox* format_;
    QCheckBox* label_;
    QComboBox* language_;
};

}  // namespace shotcraft::ui
