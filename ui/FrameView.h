#pragma once
// Paints one picture, fitted to the widget or at 100 %, on the viewer's dark surround,
// with an optional caption (e.g. "no take yet") when there is nothing to show.

#include <QImage>
#include <QWidget>

namespace shotcraft::ui {

class FrameView : public QWidget {
    Q_OBJECT

public:
    explicit FrameView(QWidget* parent = nullptr);
    void setImage(const QImage& image);
    const QImage& image() const { return image_; }
    void setCaption(const QString& caption);
    void setFit(bool fit);
    bool fit() const { return fit_; }
    QSize sizeHint() const override { return {320, 240}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage image_;
    QString caption_;
    bool fit_ = true;
};

}  // namespace shotcraft::ui
