#include "ui/MainWindow.h"

#include "app/core/ErrorText.h"
#include "app/core/Studio.h"
#include "app/core/StudioError.h"
#include "timeline/Commands.h"
#include "timeline/StoreError.h"
#include "ui/ExportDialog.h"
#include "ui/InspectorPanel.h"
#include "ui/MediaBinPanel.h"
#include "ui/PreferencesDialog.h"
#include "ui/PromptEditor.h"
#include "ui/QueuePanel.h"
#include "ui/TakesPanel.h"
#include "ui/TimelineView.h"
#include "ui/ViewerPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollArea>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace shotcraft::ui {

namespace {
constexpr const char* kProjectFilter =
    QT_TRANSLATE_NOOP("shotcraft::ui::MainWindow", "Shotcraft projects (*.shotcraft)");
}

MainWindow::MainWindow(app::Studio& studio, QWidget* parent) : QMainWindow(parent), studio_(studio) {
    setObjectName("mainWindow");
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    viewer_ = new ViewerPanel(studio_, this);
    timeline_ = new TimelineView(studio_);
    inspector_ = new InspectorPanel(studio_);
    mediaBin_ = new MediaBinPanel(studio_);
    queue_ = new QueuePanel(studio_);
    takes_ = new TakesPanel(studio_);

    // The message bar: errors stay in the window until dismissed.
    messageBar_ = new QWidget(this);
    messageBar_->setObjectName("messageBar");
    messageBar_->setAutoFillBackground(true);
    messageText_ = new QLabel(messageBar_);
    messageText_->setObjectName("messageText");
    messageText_->setWordWrap(true);
    messageText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* dismiss = new QToolButton(messageBar_);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    auto* barLayout = new QHBoxLayout(messageBar_);
    barLayout->setContentsMargins(10, 6, 6, 6);
    barLayout->addWidget(messageText_, 1);
    barLayout->addWidget(dismiss);
    messageBar_->hide();
    connect(dismiss, &QToolButton::clicked, messageBar_, &QWidget::hide);

    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(messageBar_);
    centralLayout->addWidget(viewer_, 1);
    setCentralWidget(central);

    createDocks();
    createActions();
    modelStatus_ = new QLabel(this);
    statusBar()->addPermanentWidget(modelStatus_);

    connect(&studio_, &app::Studio::errorOccurred, this, [this](const QString& m) { showMessage(m, true); });
    connect(&studio_, &app::Studio::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 5000); });
    connect(&studio_, &app::Studio::projectOpened, this, [this] {
        connect(studio_.project(), &timeline::Project::changed, this, &MainWindow::refresh);
        selected_ = 0;
        if (!studio_.project()->shots().empty()) selected_ = studio_.project()->shots().front().id;
        viewer_->setPlayhead(studio_.project()->sequence().playhead);
        refresh();
        updateRecentMenu();
    });
    connect(&studio_, &app::Studio::projectClosed, this, [this] {
        selected_ = 0;
        QMetaObject::invokeMethod(this, &MainWindow::refresh, Qt::QueuedConnection);
    });
    connect(&studio_, &app::Studio::modelChanged, this, &MainWindow::refresh);
    connect(queue_, &QueuePanel::takeWanted, this, [this](std::int64_t shot, std::int64_t take) {
        selectShot(shot);
        takes_->selectTake(take);
        findChild<QDockWidget*>("takesDock")->raise();
    });
    connect(&studio_, &app::Studio::takeAdded, this, [this](std::int64_t shot, std::int64_t) {
        takes_->refresh();  // now with the take's thumbnail
        statusBar()->showMessage(tr("Shot %1 has a new take").arg(studio_.project()->positionOf(shot) + 1), 4000);
    });
    connect(studio_.undoStack(), &QUndoStack::indexChanged, this, [this] {
        // Undo of an insert removes the selected shot; keep a valid selection.
        if (studio_.project() && !studio_.project()->shot(selected_)) {
            selected_ = studio_.project()->shots().empty() ? 0 : studio_.project()->shots().back().id;
            refresh();
        }
    });
    connect(timeline_, &TimelineView::shotSelected, this, &MainWindow::selectShot);
    connect(timeline_, &TimelineView::playheadRequested, viewer_, &ViewerPanel::setPlayhead);
    connect(timeline_, &TimelineView::assetDropped, this, [this](std::int64_t shot, std::int64_t asset) {
        selectShot(shot);
        inspector_->useAsset(asset);
    });
    connect(viewer_, &ViewerPanel::playheadChanged, timeline_, &TimelineView::setPlayhead);
    connect(inspector_, &InspectorPanel::generateRequested, this,
            [this](std::int64_t, int variations) { generateSelected(variations); });
    connect(mediaBin_, &MediaBinPanel::useAsSource, inspector_, &InspectorPanel::useAsset);

    resize(1360, 860);
    defaultState_ = saveState();
    QSettings& settings = studio_.settings();
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    refresh();
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::dock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area) {
    auto* d = new QDockWidget(title, this);
    d->setObjectName(name);
    d->setWidget(content);
    addDockWidget(area, d);
    return d;
}

void MainWindow::createDocks() {
    auto* timelineScroll = new QScrollArea;
    timelineScroll->setObjectName("timelineScroll");
    timelineScroll->setWidget(timeline_);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* timelinePanel = new QWidget;
    auto* zoom = new QSlider(Qt::Horizontal, timelinePanel);
    zoom->setObjectName("timelineZoom");
    zoom->setRange(3, 40);
    zoom->setValue(static_cast<int>(timeline_->pixelsPerFrame()));
    zoom->setMaximumWidth(160);
    zoom->setToolTip(tr("Zoom the timeline (Ctrl+wheel)"));
    auto* top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 4, 0);
    auto* hint = new QLabel(
        tr("Drag a card to reorder it, its right edge to change its length; drop media on a card to use it."),
        timelinePanel);
    hint->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(hint, 1);
    top->addWidget(new QLabel(tr("Zoom"), timelinePanel));
    top->addWidget(zoom);
    auto* timelineLayout = new QVBoxLayout(timelinePanel);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addLayout(top);
    timelineLayout->addWidget(timelineScroll, 1);
    connect(zoom, &QSlider::valueChanged, timeline_, [this](int v) { timeline_->setPixelsPerFrame(v); });
    connect(timeline_, &TimelineView::zoomChanged, zoom, [zoom](double v) {
        const QSignalBlocker blocker(zoom);
        zoom->setValue(static_cast<int>(v));
    });

    inspector_->setMinimumWidth(340);

    dock(tr("Media bin"), "mediaDock", mediaBin_, Qt::LeftDockWidgetArea)->setMinimumWidth(220);
    auto* inspectorDock = dock(tr("Inspector"), "inspectorDock", inspector_, Qt::RightDockWidgetArea);
    auto* queueDock = dock(tr("Queue"), "queueDock", queue_, Qt::RightDockWidgetArea);
    auto* takesDock = dock(tr("Takes"), "takesDock", takes_, Qt::RightDockWidgetArea);
    tabifyDockWidget(queueDock, takesDock);
    queueDock->raise();
    splitDockWidget(inspectorDock, queueDock, Qt::Vertical);
    tabifyDockWidget(queueDock, takesDock);
    queueDock->raise();
    auto* timelineDock = dock(tr("Timeline"), "timelineDock", timelinePanel, Qt::BottomDockWidgetArea);
    timelineDock->setMinimumHeight(190);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    resizeDocks({inspectorDock, queueDock}, {520, 300}, Qt::Vertical);
}

QAction* MainWindow::action(const QString& name) const {
    return findChild<QAction*>(name);
}

void MainWindow::createActions() {
    auto add = [this](QMenu* menu, const QString& text, const QString& name, const QKeySequence& key, auto slot) {
        auto* a = menu->addAction(text);
        a->setObjectName(name);
        if (!key.isEmpty()) a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName("fileMenu");
    add(file, tr("&New Project…"), "newProject", QKeySequence::New, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New project"), {}, tr(kProjectFilter));
        if (!path.isEmpty()) newProjectFile(path.endsWith(".shotcraft") ? path : path + ".shotcraft");
    });
    add(file, tr("&Open Project…"), "openProject", QKeySequence::Open, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), {}, tr(kProjectFilter));
        if (!path.isEmpty()) openProjectFile(path);
    });
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    add(file, tr("Save &As…"), "saveAs", QKeySequence::SaveAs, [this] {
        if (!studio_.project()) return;
        QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), {}, tr(kProjectFilter));
        if (path.isEmpty()) return;
        if (!path.endsWith(".shotcraft")) path += ".shotcraft";
        try {
            studio_.saveCopyAs(path);
            openProjectFile(path);  // continue in the copy, as Save As does everywhere
        } catch (const std::exception& e) {
            showMessage(tr("The project could not be saved as %1: %2").arg(path, app::failureText(e)));
        }
    });
    file->addSeparator();
    add(file, tr("&Import Media…"), "importMedia", QKeySequence(tr("Ctrl+I")),
        [this] { mediaBin_->showImportDialog(); });
    add(file, tr("&Export…"), "export", QKeySequence(tr("Ctrl+E")), [this] { showExportDialog(); });
    file->addSeparator();
    add(file, tr("&Preferences…"), "preferences", QKeySequence::Preferences, [this] { showPreferences(); });
    file->addSeparator();
    add(file, tr("&Quit"), "quit", QKeySequence::Quit, [this] { close(); });

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = studio_.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName("undo");
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = studio_.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName("redo");
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* shot = menuBar()->addMenu(tr("&Shot"));
    add(shot, tr("&Add Shot"), "addShot", QKeySequence(tr("Ctrl+T")), [this] { addShot(); });
    add(shot, tr("&Duplicate Shot"), "duplicateShot", QKeySequence(tr("Ctrl+D")), [this] {
        if (studio_.project() && selected_) {
            auto* command = timeline::duplicateShotCommand(*studio_.project(), selected_);
            if (studio_.push(command)) selectShot(command->shotId());
        }
    });
    add(shot, tr("De&lete Shot"), "deleteShot", QKeySequence::Delete, [this] {
        if (studio_.project() && selected_)
            studio_.push(new timeline::RemoveShotCommand(*studio_.project(), selected_));
    });
    shot->addSeparator();
    add(shot, tr("&Generate"), "generate", QKeySequence(tr("Ctrl+Return")), [this] {
        generateSelected();
    })->setShortcuts({QKeySequence(tr("Ctrl+Return")), QKeySequence(tr("Ctrl+Enter"))});
    add(shot, tr("Generate 4 &Variations"), "generate4", QKeySequence(tr("Ctrl+Shift+Return")),
        [this] { generateSelected(4); });
    add(shot, tr("&Cancel All Generations"), "cancelAll", QKeySequence(), [this] { studio_.cancelAll(); });

    QMenu* play = menuBar()->addMenu(tr("&Playback"));
    add(play, tr("&Play / Pause"), "playPause", QKeySequence(Qt::Key_Space), [this] { viewer_->togglePlay(); });
    add(play, tr("Play &Backward"), "playBackward", QKeySequence(Qt::Key_J), [this] { viewer_->play(-1); });
    add(play, tr("&Stop"), "stop", QKeySequence(Qt::Key_K), [this] { viewer_->stop(); });
    add(play, tr("Play &Forward"), "playForward", QKeySequence(Qt::Key_L), [this] { viewer_->play(1); });
    add(play, tr("Previous Frame"), "previousFrame", QKeySequence(Qt::Key_Left), [this] { viewer_->stepFrames(-1); });
    add(play, tr("Next Frame"), "nextFrame", QKeySequence(Qt::Key_Right), [this] { viewer_->stepFrames(1); });
    add(play, tr("Go to Start"), "goStart", QKeySequence(Qt::Key_Home), [this] { viewer_->setPlayhead(0); });
    add(play, tr("Go to End"), "goEnd", QKeySequence(Qt::Key_End), [this] { viewer_->setPlayhead(1 << 30); });
    play->addSeparator();
    add(play, tr("Set &In"), "markIn", QKeySequence(Qt::Key_I), [this] { viewer_->markIn(); });
    add(play, tr("Set &Out"), "markOut", QKeySequence(Qt::Key_O), [this] { viewer_->markOut(); });
    add(play, tr("Clear In and Out"), "clearInOut", QKeySequence(tr("Alt+X")), [this] { viewer_->clearInOut(); });

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : findChildren<QDockWidget*>()) viewMenu_->addAction(d->toggleViewAction());
    viewMenu_->addSeparator();
    add(viewMenu_, tr("Zoom Timeline &In"), "zoomIn", QKeySequence::ZoomIn,
        [this] { timeline_->setPixelsPerFrame(timeline_->pixelsPerFrame() * 1.25); });
    add(viewMenu_, tr("Zoom Timeline &Out"), "zoomOut", QKeySequence::ZoomOut,
        [this] { timeline_->setPixelsPerFrame(timeline_->pixelsPerFrame() * 0.8); });
    add(viewMenu_, tr("&Reset Layout"), "resetLayout", QKeySequence(), [this] { restoreState(defaultState_); });

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName("mainToolbar");
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const std::pair<const char*, QStyle::StandardPixmap> toolbarActions[] = {
        {"newProject", QStyle::SP_FileIcon},     {"openProject", QStyle::SP_DialogOpenButton},
        {"importMedia", QStyle::SP_DirOpenIcon}, {"addShot", QStyle::SP_FileDialogNewFolder},
        {"generate", QStyle::SP_MediaPlay},      {"export", QStyle::SP_DialogSaveButton}};
    for (const auto& [name, icon] : toolbarActions) {
        QAction* a = action(name);
        a->setIcon(style()->standardIcon(icon));
        toolbar->addAction(a);
        if (QString(name) == "openProject" || QString(name) == "generate") toolbar->addSeparator();
    }
    action("newProject")->setIconText(tr("New"));
    action("openProject")->setIconText(tr("Open"));
    action("importMedia")->setIconText(tr("Import"));
    action("addShot")->setIconText(tr("Add Shot"));
    action("generate")->setIconText(tr("Generate"));
    action("export")->setIconText(tr("Export"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&About Shotcraft"), "about", QKeySequence(), [this] {
        const app::ModelSummary& model = studio_.modelSummary();
        QMessageBox::about(
            this, tr("About Shotcraft"),
            tr("<b>Shotcraft %1</b><p>A local studio for authoring AI-generated video, shot by shot.</p>"
               "<p>Model: %2 on %3</p>")
                .arg(QApplication::applicationVersion(), model.loaded ? model.id : tr("none"), model.device));
    });
}

void MainWindow::showMessage(const QString& message, bool error) {
    lastMessage_ = message;
    messageText_->setText(message);
    QPalette palette = messageBar_->palette();
    palette.setColor(QPalette::Window, error ? QColor(253, 236, 234) : QColor(232, 244, 253));
    palette.setColor(QPalette::WindowText, error ? QColor(120, 20, 20) : QColor(20, 60, 110));
    messageBar_->setPalette(palette);
    messageText_->setPalette(palette);
    messageBar_->show();
    statusBar()->showMessage(message.section('\n', 0, 0), 8000);
}

void MainWindow::selectShot(std::int64_t shot) {
    selected_ = shot;
    timeline_->setSelectedShot(shot);
    inspector_->setShot(shot);
    takes_->setShot(shot);
}

std::int64_t MainWindow::addShot() {
    timeline::Project* project = studio_.project();
    if (!project) {
        showMessage(tr("Create or open a project first (File ▸ New Project)."));
        return 0;
    }
    const int position = selected_ ? project->positionOf(selected_) + 1 : static_cast<int>(project->shots().size());
    auto* command = new timeline::InsertShotCommand(*project, position, studio_.defaultShotSpec());
    if (!studio_.push(command)) return 0;
    selectShot(command->shotId());
    inspector_->promptEditor()->setFocus();
    return command->shotId();
}

void MainWindow::generateSelected(int variations) {
    if (!selected_) {
        showMessage(tr("Select a shot to generate."));
        return;
    }
    try {
        const QList<int> jobs = studio_.generate(selected_, variations > 0 ? variations : inspector_->variations());
        const QStringList unknown =
            studio_.unknownWords(QString::fromStdString(studio_.project()->shot(selected_)->spec.prompt));
        if (!unknown.isEmpty()) {
            showMessage(tr("Queued. The model does not know these words and ignores them: %1").arg(unknown.join(", ")),
                        false);
        } else {
            statusBar()->showMessage(tr("Queued %n generation(s)", nullptr, static_cast<int>(jobs.size())), 4000);
        }
    } catch (const app::StudioError& e) {
        showMessage(tr("Shot %1 cannot be generated: %2")
                        .arg(studio_.project()->positionOf(selected_) + 1)
                        .arg(QString::fromUtf8(e.what())));
    }
}

bool MainWindow::openProjectFile(const QString& path) {
    try {
        studio_.openProject(path);
        messageBar_->hide();
        return true;
    } catch (const std::exception& e) {
        showMessage(tr("%1 could not be opened: %2").arg(QFileInfo(path).fileName(), app::failureText(e)));
        return false;
    }
}

bool MainWindow::newProjectFile(const QString& path) {
    try {
        studio_.newProject(path, QFileInfo(path).completeBaseName());
        messageBar_->hide();
        return true;
    } catch (const std::exception& e) {
        showMessage(tr("The project could not be created: %1").arg(app::failureText(e)));
        return false;
    }
}

void MainWindow::showExportDialog() {
    if (!studio_.project()) return;
    ExportDialog dialog(studio_.preferences().exportFormat, studio_.preferences().exportLabel, selected_ != 0,
                        QString::fromStdString(studio_.project()->path()), this);
    if (dialog.exec() != QDialog::Accepted) return;
    app::ExportSettings settings = dialog.settings();
    if (dialog.selectedShotOnly()) settings.shots = {selected_};
    startExport(settings);
}

void MainWindow::startExport(const app::ExportSettings& settings) {
    if (export_) {
        showMessage(tr("An export is already running."));
        return;
    }
    app::ExportPlan plan;
    try {
        plan = app::planExport(studio_, settings);
    } catch (const std::exception& e) {
        showMessage(tr("Nothing was exported: %1").arg(QString::fromUtf8(e.what())));
        emit exportFailed(lastMessage_);
        return;
    }
    const int total = plan.frameCount();
    export_ = std::make_unique<app::ExportJob>(std::move(plan), settings);
    auto* progress =
        new QProgressDialog(tr("Exporting %1…").arg(QFileInfo(settings.path).fileName()), tr("Cancel"), 0, total, this);
    progress->setObjectName("exportProgress");
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    progress->setWindowModality(Qt::WindowModal);
    app::ExportJob* job = export_.get();
    auto done = [this, progress] {
        progress->close();
        // Drop the job after its thread has returned from the signal.
        QMetaObject::invokeMethod(
            this, [this] { export_.reset(); }, Qt::QueuedConnection);
    };
    connect(progress, &QProgressDialog::canceled, job, &app::ExportJob::cancel);
    connect(job, &app::ExportJob::progress, progress, &QProgressDialog::setValue);
    connect(job, &app::ExportJob::finished, this, [this, done](const QString& path) {
        done();
        showMessage(export_ && !export_->otioPath().isEmpty() ? tr("Exported %1 and %2").arg(path, export_->otioPath())
                                                              : tr("Exported %1").arg(path),
                    false);
        emit exportFinished(path);
    });
    connect(job, &app::ExportJob::failed, this, [this, done](const QString& message) {
        done();
        showMessage(message);
        emit exportFailed(message);
    });
    connect(job, &app::ExportJob::cancelled, this, [this, done] {
        done();
        statusBar()->showMessage(tr("Export cancelled"), 4000);
        emit exportFailed(tr("Export cancelled"));
    });
    job->start();
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(studio_.preferences(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString ocio = studio_.preferences().ocioConfig;
    studio_.setPreferences(dialog.preferences());
    if (studio_.preferences().ocioConfig != ocio) viewer_->setColorConfig(studio_.preferences().ocioConfig);
}

void MainWindow::refresh() {
    timeline::Project* project = studio_.project();
    if (project && selected_ && !project->shot(selected_)) selected_ = 0;
    timeline_->refresh();
    timeline_->setSelectedShot(selected_);
    inspector_->setShot(selected_);
    inspector_->refresh();
    takes_->setShot(selected_);
    takes_->refresh();
    mediaBin_->refresh();
    viewer_->refresh();
    const bool open = project != nullptr;
    for (const char* name : {"saveAs", "importMedia", "export", "addShot"}) action(name)->setEnabled(open);
    for (const char* name : {"duplicateShot", "deleteShot", "generate", "generate4"})
        action(name)->setEnabled(open && selected_);
    const app::ModelSummary& model = studio_.modelSummary();
    modelStatus_->setText(model.loaded ? tr("Model: %1 (%2)").arg(model.id, model.device.toUpper())
                                       : tr("No model loaded"));
    modelStatus_->setToolTip(model.loaded ? model.hash : model.error);
    updateTitle();
}

void MainWindow::updateTitle() {
    const timeline::Project* project = studio_.project();
    setWindowTitle(project ? tr("%1 — Shotcraft").arg(QString::fromStdString(project->settings().name))
                           : tr("Shotcraft"));
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = app::recentProjects(studio_.settings());
    for (const QString& path : recent) {
        recentMenu_->addAction(QFileInfo(path).fileName(), this, [this, path] { openProjectFile(path); })
            ->setToolTip(path);
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (studio_.busy()) {
        const auto answer =
            QMessageBox::question(this, tr("Generations are running"),
                                  tr("Quit and cancel the queued generations? Finished takes are already saved."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QSettings& settings = studio_.settings();
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    studio_.closeProject();  // a clean exit: nothing to recover next time
    event->accept();
}

}  // namespace shotcraft::ui
