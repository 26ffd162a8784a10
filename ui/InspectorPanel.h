#pragma once
// The shot inspector: everything a shot asks the generator for (prompt with unknown
// words marked, negative prompt, mode, seed with lock, duration, fps, size among the
// model's buckets, steps, guidance, restyle strength, source), edited as undoable steps,
// and the Generate button with 1, 2 or 4 variations.

#include <QWidget>

#include <cstdint>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace shotcraft::app {
class Studio;
}
namespace shotcraft::timeline {
struct ShotSpec;
}

namespace shotcraft::ui {

class PromptEditor;
class SourceField;

class InspectorPanel : public QWidget {
    Q_OBJECT

public:
    explicit InspectorPanel(app::Studio& studio, QWidget* parent = nullptr);
    std::int64_t shot() const { return shot_; }
    PromptEditor* promptEditor() const { return prompt_; }
    int variations() const;

public slots:
    void setShot(std::int64_t shot);
    void refresh();  // the project or the model changed
    // Makes an asset (dropped on a card or the source field) the shot's source, choosing
    // the mode that fits it when the current one does not use it.
    void useAsset(std::int64_t asset);
    void useShot(std::int64_t sourceShot);

signals:
    void generateRequested(std::int64_t shot, int variations);

private:
    void apply(const timeline::ShotSpec& spec, bool mergePrompt = false, const QString& text = {});
    timeline::ShotSpec current() const;
    void updateEnabled();

    app::Studio& studio_;
    std::int64_t shot_ = 0;
    bool loading_ = false;
    QLabel* title_;
    PromptEditor* prompt_;
    QLabel* unknown_;
    QLineEdit* negative_;
    QComboBox* mode_;
    QLineEdit* seed_;
    QCheckBox* seedLock_;
    QToolButton* newSeed_;
    QSpinBox* frames_;
    QLabel* duration_;
    QSpinBox* fps_;
    QComboBox* size_;
    QSpinBox* steps_;
    QDoubleSpinBox* guidance_;
    QDoubleSpinBox* strength_;
    SourceField* source_;
    QComboBox* variations_;
    QPushButton* generate_;
    QWidget* form_;
    QLabel* empty_;
};

}  // namespace shotcraft::ui
