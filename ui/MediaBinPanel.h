#pragma once
// The media bin: stills and clips imported by reference (by dialog or drag and drop from
// the desktop), with thumbnails, their probed metadata as tooltip, a missing-file state
// with relink, and drag to the timeline or the inspector's source.

#include <QListWidget>
#include <QWidget>

namespace shotcraft::app {
class Studio;
}

namespace shotcraft::ui {

class MediaList : public QListWidget {
    Q_OBJECT

public:
    using QListWidget::QListWidget;

signals:
    void filesDropped(const QStringList& paths);

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

class MediaBinPanel : public QWidget {
    Q_OBJECT

public:
    explicit MediaBinPanel(app::Studio& studio, QWidget* parent = nullptr);
    MediaList* list() const { return list_; }

public slots:
    void refresh();
    void importFiles(const QStringList& paths);  // errors go to the studio's message bar
    void showImportDialog();

signals:
    void useAsSource(std::int64_t asset);

private:
    void relink(std::int64_t asset);
    app::Studio& studio_;
    MediaList* list_;
};

}  // namespace shotcraft::ui
