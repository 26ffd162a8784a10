#pragma once
// The inspector's Source: shows which still, clip or shot a shot starts from; accepts
// media bin items and timeline shots by drag and drop, offers them in a menu, and clears.

#include <QFrame>

#include <cstdint>

class QLabel;
class QToolButton;

namespace shotcraft::ui {

class SourceField : public QFrame {
    Q_OBJECT

public:
    explicit SourceField(QWidget* parent = nullptr);
    // A placeholder (nothing chosen) is drawn dimmed and leaves Clear disabled.
    void setText(const QString& text, bool placeholder);
    QToolButton* chooseButton() const { return choose_; }
    QToolButton* clearButton() const { return clear_; }

signals:
    void assetDropped(std::int64_t asset);
    void shotDropped(std::int64_t shot);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QLabel* label_;
    QToolButton* choose_;
    QToolButton* clear_;
};

}  // namespace shotcraft::ui
