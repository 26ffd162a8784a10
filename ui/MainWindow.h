#pragma once
// The studio window: menus and shortcuts, the viewer in the middle and dockable, restorable
// panels around it (Media bin, Timeline, Inspector, Queue, Takes), a message bar for
// errors, and the project and export flows. All work goes through app::Studio.

#include "app/core/SequenceExport.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QToolButton;

namespace shotcraft::app {
class Studio;
}

namespace shotcraft::ui {

class InspectorPanel;
class MediaBinPanel;
class QueuePanel;
class TakesPanel;
class TimelineView;
class ViewerPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(app::Studio& studio, QWidget* parent = nullptr);
    ~MainWindow() override;

    TimelineView* timeline() const { return timeline_; }
    InspectorPanel* inspector() const { return inspector_; }
    ViewerPanel* viewer() const { return viewer_; }
    MediaBinPanel* mediaBin() const { return mediaBin_; }
    QueuePanel* queue() const { return queue_; }
    TakesPanel* takes() const { return takes_; }
    QString lastMessage() const { return lastMessage_; }
    std::int64_t selectedShot() const { return selected_; }
    QAction* action(const QString& name) const;

public slots:
    void showMessage(const QString& message, bool error = true);
    void selectShot(std::int64_t shot);
    std::int64_t addShot();                     // after the selection (or at the end); returns the new shot
    void generateSelected(int variations = 0);  // 0: the inspector's choice
    void startExport(const app::ExportSettings& settings);
    bool openProjectFile(const QString& path);
    bool newProjectFile(const QString& path);

signals:
    void exportFinished(const QString& path);
    void exportFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createDocks();
    void refresh();
    void updateTitle();
    void updateRecentMenu();
    void showExportDialog();
    void showPreferences();
    QDockWidget* dock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area);

    app::Studio& studio_;
    ViewerPanel* viewer_;
    TimelineView* timeline_;
    InspectorPanel* inspector_;
    MediaBinPanel* mediaBin_;
    QueuePanel* queue_;
    TakesPanel* takes_;
    QWidget* messageBar_;
    QLabel* messageText_;
    QLabel* modelStatus_;
    QMenu* recentMenu_;
    QMenu* viewMenu_;
    QByteArray defaultState_;
    QString lastMessage_;
    std::int64_t selected_ = 0;
    std::unique_ptr<app::ExportJob> export_;
};

}  // namespace shotcraft::ui
