// The studio window, driven like a user with a tiny test model: a new project, three
// shots with typed prompts, generation with progress into takes, undo/redo, reordering
// and trimming by mouse, a still and a shot dropped as sources, errors shown in the window, an
// export with the right frame count, crash recovery, and the GUI thread's latency while
// the worker generates.

#include "app/core/Preferences.h"
#include "app/core/Studio.h"
#include "app/core/StudioError.h"
#include "inference/Trainer.h"
#include "media/ResourcePaths.h"
#include "media/VideoReader.h"
#include "tests/ui/WindowDriver.h"
#include "timeline/Commands.h"
#include "timeline/Project.h"
#include "ui/ExportDialog.h"
#include "ui/InspectorPanel.h"
#include "ui/MediaBinPanel.h"
#include "ui/QueuePanel.h"
#include "ui/SourceField.h"
#include "ui/TakesPanel.h"
#include "ui/TimelineView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include <algorithm>
#include <optional>

using namespace shotcraft;
using testing::trigger;
using testing::waitFor;

// The German translation, installed while it lives.
class InGerman {
public:
    InGerman() {
        loaded_ = translator_.load(QLocale(QLocale::German), "shotcraft", "_",
                                   QString::fromStdString(media::resourcePath("translations")));
        if (loaded_) QCoreApplication::installTranslator(&translator_);
    }
    ~InGerman() { QCoreApplication::removeTranslator(&translator_); }
    InGerman(const InGerman&) = delete;
    InGerman& operator=(const InGerman&) = delete;
    bool loaded() const { return loaded_; }

private:
    QTranslator translator_;
    bool loaded_ = false;
};

class TestStudioWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString modelPath_;
    int settingsCount_ = 0;

    // Fresh settings per test: the test model, default threads.
    std::unique_ptr<QSettings> settings() {
        auto s = std::make_unique<QSettings>(dir_.filePath(QString("settings-%1.ini").arg(++settingsCount_)),
                                             QSettings::IniFormat);
        app::Preferences preferences;
        preferences.modelPath = modelPath_;
        preferences.save(*s);
        return s;
    }

    const timeline::Project& project(app::Studio& studio) { return *studio.project(); }

    std::int64_t shotAt(app::Studio& studio, int position) { return studio.project()->shots().at(position).id; }

    // Selects a shot, sets few steps, generates it, and waits for its take.
    std::int64_t generate(ui::MainWindow& window, app::Studio& studio, std::int64_t shot) {
        window.selectShot(shot);
        const std::int64_t before = studio.project()->shot(shot)->activeTake;
        trigger(window, "generate");
        if (!waitFor([&] { return studio.project()->shot(shot)->activeTake != before && !studio.busy(); }, 120000))
            return 0;
        return studio.project()->shot(shot)->activeTake;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        modelPath_ = dir_.filePath("test.shotcraft-model");
        inference::writeInitialModel(modelPath_.toStdString(), "test", 7);
    }

    // Generation keeps a core for the GUI only where that leaves it more than one: on a
    // two-core laptop it would run at half speed for a GUI that waits.
    void defaultThreadsKeepACoreOnlyWhereThereAreSpare() {
        QCOMPARE(app::defaultThreads(1), 1);
        QCOMPARE(app::defaultThreads(2), 2);
        QCOMPARE(app::defaultThreads(4), 3);
        QCOMPARE(app::defaultThreads(16), 15);
        app::Preferences preferences;
        QCOMPARE(preferences.effectiveThreads(), app::defaultThreads());
        preferences.threads = 5;
        QCOMPARE(preferences.effectiveThreads(), 5);
    }

    void storyboardFromEmptyProjectToExport() {
        auto s = settings();
        app::Studio studio(*s);
        studio.loadModel();
        QVERIFY2(studio.modelSummary().loaded, qPrintable(studio.modelSummary().error));
        ui::MainWindow window(studio);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.newProjectFile(dir_.filePath("story.shotcraft")));
        QVERIFY(window.windowTitle().contains("story"));
        QCOMPARE(project(studio).shots().size(), std::size_t(0));

        // Three shots, each with a typed prompt and few steps (a quick test).
        const QStringList prompts{"a red circle moving left on a night sky", "a blue square moving up on a beach",
                                  "a green triangle moving right in a forest"};
        for (const QString& prompt : prompts) {
            trigger(window, "addShot");
            testing::typePrompt(window, prompt);
            testing::setSpin(window, "stepsSpin", 3);
        }
        QCOMPARE(project(studio).shots().size(), std::size_t(3));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(QString::fromStdString(project(studio).shots()[i].spec.prompt), prompts[i]);
            QCOMPARE(project(studio).shots()[i].spec.steps, 3);
        }
        // Typing a prompt is one undo step, not one per key.
        const int undoSteps = studio.undoStack()->count();
        QVERIFY2(undoSteps <= 3 * 3, qPrintable(QString::number(undoSteps)));

        // Generate the first shot: progress and a preview-able queue row, then a take.
        const std::int64_t first = shotAt(studio, 0);
        QList<int> steps;
        connect(&studio, &app::Studio::jobUpdated, this, [&](int job) { steps.append(studio.job(job)->step); });
        const std::int64_t take = generate(window, studio, first);
        QVERIFY(take != 0);
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last(), 3);
        const int job = studio.jobs().last();
        QCOMPARE(studio.job(job)->status, app::JobStatus::Completed);
        QVERIFY(window.queue()->row(job) != nullptr);
        QCOMPARE(window.takes()->list()->count(), 1);
        QCOMPARE(studio.takeFrames(take)->size(), std::size_t(16));

        // Undo removes the take, redo brings the same take back.
        trigger(window, "undo");
        QCOMPARE(project(studio).shot(first)->activeTake, std::int64_t(0));
        QCOMPARE(window.takes()->list()->count(), 0);
        trigger(window, "redo");
        QCOMPARE(project(studio).shot(first)->activeTake, take);

        // Reorder by dragging the first card past the third.
        const QRect card0 = window.timeline()->cardRect(first);
        const QRect card2 = window.timeline()->cardRect(shotAt(studio, 2));
        testing::dragOnTimeline(window, card0.center(), QPoint(card2.right() - 4, card2.center().y()));
        QCOMPARE(project(studio).positionOf(first), 2);
        trigger(window, "undo");
        QCOMPARE(project(studio).positionOf(first), 0);
        trigger(window, "redo");
        QCOMPARE(project(studio).positionOf(first), 2);

        // Trim the (new) first shot to 8 frames by dragging its right edge.
        const std::int64_t trimmed = shotAt(studio, 0);
        const QRect edge = window.timeline()->cardRect(trimmed);
        const int to = edge.left() + static_cast<int>(8 * window.timeline()->pixelsPerFrame());
        testing::dragOnTimeline(window, QPoint(edge.right() - 1, edge.center().y()), QPoint(to, edge.center().y()));
        QCOMPARE(project(studio).shot(trimmed)->spec.frames, 8);

        // A still imported into the media bin and dropped on the second shot's card.
        QImage still(64, 64, QImage::Format_RGB888);
        still.fill(QColor(200, 40, 40));
        const QString stillPath = dir_.filePath("red.png");
        QVERIFY(still.save(stillPath));
        window.mediaBin()->importFiles({stillPath});
        QVERIFY(waitFor([&] { return studio.pendingImports() == 0; }, 30000));
        QCOMPARE(project(studio).state().assets.size(), std::size_t(1));
        QCOMPARE(window.mediaBin()->list()->count(), 1);
        const std::int64_t asset = project(studio).state().assets.front().id;
        const std::int64_t second = shotAt(studio, 1);
        testing::dropAssetOnShot(window, asset, second);
        QCOMPARE(project(studio).shot(second)->spec.stillAsset, asset);
        QCOMPARE(project(studio).shot(second)->spec.mode, std::string("image"));

        // Every shot gets a take (the still-seeded one included), then the sequence exports.
        for (int i = 0; i < 3; ++i) {
            const std::int64_t shot = shotAt(studio, i);
            if (!project(studio).shot(shot)->activeTake) QVERIFY(generate(window, studio, shot) != 0);
        }
        const timeline::Take* stillTake = project(studio).take(project(studio).shot(second)->activeTake);
        QVERIFY(QString::fromStdString(stillTake->requestJson).contains("\"mode\":\"image\""));
        int expectedFrames = 0;
        for (const auto& shot : project(studio).shots()) expectedFrames += studio.takeFrames(shot.activeTake)->size();
        QCOMPARE(expectedFrames, 8 + 16 + 16);

        app::ExportSettings exportSettings;
        exportSettings.path = dir_.filePath("story.mp4");
        exportSettings.codec = media::VideoCodec::H264;
        exportSettings.scale = 2;
        exportSettings.otioPath = dir_.filePath("story.otio");
        QSignalSpy exported(&window, &ui::MainWindow::exportFinished);
        window.startExport(exportSettings);
        QVERIFY(exported.wait(60000));
        media::VideoReader reader(exportSettings.path.toStdString());
        QCOMPARE(reader.frameCount(), std::int64_t(expectedFrames));
        QCOMPARE(reader.info().width, 128);
        QVERIFY(window.lastMessage().contains("story.mp4"));
        // The timeline for editors: one clip per shot, in order, with each shot's length.
        QVERIFY(window.lastMessage().contains("story.otio"));
        QFile otio(exportSettings.otioPath);
        QVERIFY(otio.open(QIODevice::ReadOnly));
        const QJsonArray clips = QJsonDocument::fromJson(otio.readAll())
                                     .object()
                                     .value("tracks")
                                     .toObject()
                                     .value("children")
                                     .toArray()[0]
                                     .toObject()
                                     .value("children")
                                     .toArray();
        QCOMPARE(clips.size(), 3);
        QCOMPARE(
            clips[0].toObject().value("source_range").toObject().value("duration").toObject().value("value").toDouble(),
            8.0);
        QCOMPARE(media::VideoReader(dir_.filePath("story-shots/shot-02.mp4").toStdString()).frameCount(),
                 std::int64_t(16));
        QVERIFY(studio.project()->checkConsistency().empty());
    }

    // A shot dragged out of the timeline onto the inspector's Source makes the selected
    // shot go on from it (one undo step); the Source takes no drop where the mode needs
    // none, and a shot dropped on its own Source changes nothing.
    void shotDroppedOnTheSourceIsContinued() {
        auto s = settings();
        app::Studio studio(*s);
        studio.loadModel();
        ui::MainWindow window(studio);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.newProjectFile(dir_.filePath("sources.shotcraft")));
        trigger(window, "addShot");
        trigger(window, "addShot");
        const std::int64_t first = shotAt(studio, 0), second = shotAt(studio, 1);
        QCOMPARE(window.selectedShot(), second);
        const auto* field = window.inspector()->findChild<ui::SourceField*>();
        const auto* label = field->findChild<QLabel*>();
        QCOMPARE(label->text(), QString("None needed"));
        QVERIFY(!field->clearButton()->isEnabled());

        // From text to video and from image to video alike, a dropped shot turns the shot into
        // its extension in one undo step; undo gives the mode back.
        for (const char* mode : {"text", "image"}) {
            testing::setCombo(window, "modeCombo", mode);
            const QString placeholder = label->text();
            const int undoSteps = studio.undoStack()->count();
            testing::dropShotOnSource(window, first);
            QCOMPARE(project(studio).shot(second)->spec.sourceShot, first);
            QCOMPARE(project(studio).shot(second)->spec.mode, std::string("extend-forward"));
            QCOMPARE(label->text(), QString("Shot 1's take"));
            QVERIFY(field->clearButton()->isEnabled());
            QCOMPARE(studio.undoStack()->count(), undoSteps + 1);
            trigger(window, "undo");
            QCOMPARE(project(studio).shot(second)->spec.sourceShot, std::int64_t(0));
            QCOMPARE(project(studio).shot(second)->spec.mode, std::string(mode));
            QCOMPARE(label->text(), placeholder);
            QVERIFY(!field->clearButton()->isEnabled());
        }
        QCOMPARE(label->text(), QString("Drop a still here"));

        window.selectShot(first);
        testing::setCombo(window, "modeCombo", "restyle");
        const int restyleSteps = studio.undoStack()->count();
        testing::dropShotOnSource(window, first);
        QCOMPARE(project(studio).shot(first)->spec.sourceShot, std::int64_t(0));
        QCOMPARE(project(studio).shot(first)->spec.mode, std::string("restyle"));
        QCOMPARE(studio.undoStack()->count(), restyleSteps);
    }

    void errorsAppearInTheWindow() {
        auto s = settings();
        app::Studio studio(*s);
        studio.loadModel();
        ui::MainWindow window(studio);
        window.show();
        QVERIFY(window.newProjectFile(dir_.filePath("errors.shotcraft")));
        trigger(window, "addShot");

        // Unknown words are marked under the prompt.
        testing::typePrompt(window, "a red zorblax moving left");
        auto* unknown = window.inspector()->findChild<QLabel*>("unknownWords");
        QVERIFY(unknown->isVisible());
        QVERIFY(unknown->text().contains("zorblax"));

        // A still-seeded shot without a still says what to do.
        testing::setCombo(window, "modeCombo", "image");
        trigger(window, "generate");
        QVERIFY2(window.lastMessage().contains("still"), qPrintable(window.lastMessage()));
        QVERIFY(!studio.busy());

        // Connecting needs neighbours with takes.
        testing::setCombo(window, "modeCombo", "connect");
        trigger(window, "generate");
        QVERIFY2(window.lastMessage().contains("previous"), qPrintable(window.lastMessage()));

        // A bad import is refused with its reason, and the project is unchanged.
        const QString bogus = dir_.filePath("broken.mp4");
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a video");
        file.close();
        window.mediaBin()->importFiles({bogus, dir_.filePath("does-not-exist.png")});
        QVERIFY(waitFor([&] { return studio.pendingImports() == 0; }, 30000));
        QVERIFY2(window.lastMessage().contains("broken.mp4"), qPrintable(window.lastMessage()));
        QVERIFY(window.lastMessage().contains("does-not-exist.png"));
        QCOMPARE(studio.project()->state().assets.size(), std::size_t(0));

        // Exporting a shot without a take names it.
        QSignalSpy failed(&window, &ui::MainWindow::exportFailed);
        app::ExportSettings exportSettings;
        exportSettings.path = dir_.filePath("never.mp4");
        window.startExport(exportSettings);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(window.lastMessage().contains("Shot 1"), qPrintable(window.lastMessage()));
        QVERIFY(!QFile::exists(exportSettings.path));

        // A file that is not a project does not open, and the open project stays.
        QVERIFY(!window.openProjectFile(bogus));
        QCOMPARE(window.lastMessage(), QString("broken.mp4 could not be opened: it is not a Shotcraft project"));
        QVERIFY(studio.project() != nullptr);
    }

    void missingMediaIsShownAndRelinked() {
        auto s = settings();
        app::Studio studio(*s);
        studio.loadModel();
        ui::MainWindow window(studio);
        QVERIFY(window.newProjectFile(dir_.filePath("relink.shotcraft")));
        QImage still(64, 64, QImage::Format_RGB888);
        still.fill(Qt::blue);
        const QString original = dir_.filePath("blue.png");
        QVERIFY(still.save(original));
        window.mediaBin()->importFiles({original});
        QVERIFY(waitFor([&] { return studio.pendingImports() == 0; }, 30000));
        const std::int64_t asset = studio.project()->state().assets.front().id;
        const QString moved = dir_.filePath("moved-blue.png");
        QVERIFY(QFile::rename(original, moved));
        window.mediaBin()->refresh();
        QVERIFY(studio.assetMissing(asset));
        QVERIFY(window.mediaBin()->list()->item(0)->text().contains("missing"));
        // A shot that uses it says so instead of generating.
        window.addShot();
        testing::typePrompt(window, "a red circle");
        window.inspector()->useAsset(asset);
        trigger(window, "generate");
        QVERIFY2(window.lastMessage().contains("missing"), qPrintable(window.lastMessage()));
        studio.relinkMedia(asset, moved);
        window.mediaBin()->refresh();
        QVERIFY(!studio.assetMissing(asset));
        QVERIFY(!window.mediaBin()->list()->item(0)->text().contains("missing"));
        trigger(window, "undo");  // relinking is an undo step
        QVERIFY(studio.assetMissing(asset));
    }

    void queueCancelsReordersAndRetries() {
        auto s = settings();
        app::Studio studio(*s);
        studio.loadModel();
        ui::MainWindow window(studio);
        QVERIFY(window.newProjectFile(dir_.filePath("queue.shotcraft")));
        const std::int64_t shot = window.addShot();
        testing::typePrompt(window, "a blue square moving up");
        testing::setSpin(window, "stepsSpin", 60);
        testing::setSpin(window, "framesSpin", 32);
        const QList<int> jobs = studio.generate(shot, 4);
        QCOMPARE(jobs.size(), 4);
        // Once the first runs, move the last job to the front of the queue, then cancel the
        // one after it.
        QTRY_COMPARE(studio.job(jobs[0])->status, app::JobStatus::Running);
        QVERIFY(studio.moveJob(jobs[3], 0));
        // A queued job's square shows its place until it has a preview (1 runs next).
        auto place = [&](int job) { return window.queue()->row(job)->findChild<QLabel*>("jobPreview")->text(); };
        QCOMPARE(place(jobs[3]), QString("#1"));
        QCOMPARE(place(jobs[1]), QString("#2"));
        QCOMPARE(place(jobs[2]), QString("#3"));
        auto* cancel = window.queue()->row(jobs[2])->findChild<QAbstractButton*>("jobCancel");
        QVERIFY(cancel);
        cancel->click();
        QTRY_COMPARE(studio.job(jobs[2])->status, app::JobStatus::Cancelled);
        QCOMPARE(place(jobs[2]), QString());
        auto* retry = window.queue()->row(jobs[2])->findChild<QAbstractButton*>("jobRetry");
        QVERIFY(retry->isVisibleTo(window.queue()->row(jobs[2])));
        retry->click();
        QCOMPARE(studio.jobs().size(), 5);
        QVERIFY(waitFor([&] { return !studio.busy(); }, 240000));
        QCOMPARE(studio.project()->takesOf(shot).size(), std::size_t(4));
        // The moved job ran before the one it jumped.
        const auto takes = studio.project()->takesOf(shot);
        QCOMPARE(studio.job(jobs[3])->take, takes[1]->id);
        // A finished job says which take it became, and a double-click shows that take.
        ui::JobRow* done = window.queue()->row(jobs[3]);
        QCOMPARE(done->findChild<QLabel*>("jobStatus")->text(), QString("Done: take 2 of shot 1"));
        window.addShot();  // another shot selected first
        QVERIFY(window.selectedShot() != shot);
        QMouseEvent doubleClick(QEvent::MouseButtonDblClick, QPointF(5, 5), done->mapToGlobal(QPointF(5, 5)),
                                Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(done, &doubleClick);
        QCOMPARE(window.selectedShot(), shot);
        const auto selected = window.takes()->list()->selectedItems();
        QCOMPARE(selected.size(), 1);
        QVERIFY2(selected.front()->text().startsWith("Take 2"), qPrintable(selected.front()->text()));
    }

    // The export asks before it replaces a file or a sequence; No keeps the dialog open.
    void exportAsksBeforeReplacing() {
        const QString project = dir_.filePath("replace.shotcraft");
        QString asked;
        auto tryExport = [&](const QString& format, std::optional<QMessageBox::StandardButton> answer) {
            ui::ExportDialog dialog(format, true, false, project);
            asked.clear();
            if (answer) testing::answerNextMessageBox(*answer, &asked);
            dialog.accept();
            return std::pair{dialog.settings().path, dialog.result() == QDialog::Accepted};
        };
        auto touch = [](const QString& path) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write("old") == 3;
        };
        QCOMPARE(tryExport("mp4", std::nullopt), std::pair(dir_.filePath("replace.mp4"), true));
        QVERIFY(asked.isEmpty());
        QVERIFY(touch(dir_.filePath("replace.mp4")));
        QCOMPARE(tryExport("mp4", QMessageBox::No).second, false);
        QVERIFY2(asked.contains("replace.mp4 already exists"), qPrintable(asked));
        QCOMPARE(tryExport("mp4", QMessageBox::Yes).second, true);
        // A sequence is there when its first frame is.
        QCOMPARE(tryExport("png", std::nullopt), std::pair(dir_.filePath("replace_%04d.png"), true));
        QVERIFY(touch(dir_.filePath("replace_0000.png")));
        QCOMPARE(tryExport("png", QMessageBox::No).second, false);
        QVERIFY2(asked.contains("replace_%04d.png already exists"), qPrintable(asked));
    }

    // Preferences that cannot be kept for the next start (the settings file's folder is a
    // file here) still apply, and the studio says they were not saved.
    void preferencesThatCannotBeSavedSaySo() {
        QFile blocker(dir_.filePath("not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSettings unwritable(dir_.filePath("not-a-folder/settings.ini"), QSettings::IniFormat);
        app::Studio studio(unwritable);
        QSignalSpy errors(&studio, &app::Studio::errorOccurred);
        app::Preferences preferences = studio.preferences();
        preferences.exportFormat = "mov";
        studio.setPreferences(preferences);
        QCOMPARE(studio.preferences().exportFormat, QString("mov"));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.front().front().toString().contains("could not be saved"),
                 qPrintable(errors.front().front().toString()));
        // Where the file can be written, nothing is said.
        auto writable = settings();
        app::Studio fine(*writable);
        QSignalSpy none(&fine, &app::Studio::errorOccurred);
        app::Preferences kept = fine.preferences();
        kept.exportFormat = "mov";
        fine.setPreferences(kept);
        QCOMPARE(none.size(), 0);
    }

    void reopensTheLastProjectAfterACrash() {
        auto s = settings();
        const QString path = dir_.filePath("recover.shotcraft");
        {
            app::Studio studio(*s);
            studio.newProject(path, "recover");
            studio.push(new timeline::InsertShotCommand(*studio.project(), 0, studio.defaultShotSpec()));
            // A crash: the studio is never closed, so the session mark stays.
            QCOMPARE(app::projectToRecover(*s), QFileInfo(path).absoluteFilePath());
        }
        s->setValue("session/running", true);  // what a killed process leaves behind
        QCOMPARE(app::projectToRecover(*s), QFileInfo(path).absoluteFilePath());
        app::Studio studio(*s);
        ui::MainWindow window(studio);
        QVERIFY(window.openProjectFile(app::projectToRecover(*s)));
        QCOMPARE(studio.project()->shots().size(), std::size_t(1));
        QVERIFY(app::recentProjects(*s).contains(QFileInfo(path).absoluteFilePath()));
        window.close();  // a clean exit clears the mark
        QVERIFY(app::projectToRecover(*s).isEmpty());
    }

    void windowStateIsRestored() {
        auto s = settings();
        {
            app::Studio studio(*s);
            ui::MainWindow window(studio);
            window.show();
            window.findChild<QDockWidget*>("mediaDock")->hide();
            window.close();
        }
        app::Studio studio(*s);
        ui::MainWindow window(studio);
        window.show();
        QVERIFY(window.findChild<QDockWidget*>("mediaDock")->isHidden());
        QVERIFY(!window.findChild<QDockWidget*>("timelineDock")->isHidden());
    }

    void menusFollowTheLanguage() {
        auto german = std::make_unique<InGerman>();
        QVERIFY(german->loaded());
        auto s = settings();
        app::Studio studio(*s);
        ui::MainWindow window(studio);
        QStringList titles;
        for (QAction* menu : window.menuBar()->actions()) titles.append(menu->text());
        german.reset();
        QVERIFY2(titles.contains("&Datei"), qPrintable(titles.join(", ")));
        QVERIFY(titles.contains("&Bearbeiten"));
        QVERIFY(titles.contains("&Wiedergabe"));
        QVERIFY(titles.contains("&Hilfe"));
        QCOMPARE(window.findChild<QDockWidget*>("timelineDock")->windowTitle(), QString("Zeitleiste"));
    }

    // The store's and the media engine's refusals reach the user in the user's language
    // (German here): a change that does not fit on the disk, files that cannot be imported.
    void refusalsAreToldInTheUsersLanguage() {
        auto german = std::make_unique<InGerman>();
        QVERIFY(german->loaded());
        auto s = settings();
        app::Studio studio(*s);
        studio.newProject(dir_.filePath("full.shotcraft"), "full");
        QVERIFY(studio.push(new timeline::InsertShotCommand(*studio.project(), 0, studio.defaultShotSpec())));
        studio.project()->setMaximumFileSize(200 * 1024);
        timeline::Take take;
        take.shot = studio.project()->shots().front().id;
        take.requestJson = "{}";
        take.seed = "1";
        QSignalSpy errors(&studio, &app::Studio::errorOccurred);
        const bool pushed =
            studio.push(new timeline::AddTakeCommand(*studio.project(), take, std::vector<char>(1024 * 1024, 'x')));
        auto importError = [&](const QString& name, const QByteArray& bytes) {
            QFile file(dir_.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) return QString("not written");
            file.close();
            try {
                app::Studio::probeMedia(file.fileName());
            } catch (const app::StudioError& e) {
                return QString::fromUtf8(e.what());
            }
            return QString("imported");
        };
        const QString empty = importError("leer.mp4", {});
        const QString note = importError("notiz.mp4", "not a video\n");
        german.reset();
        QCOMPARE(empty, QString("„leer.mp4“ kann nicht importiert werden: die Datei ist leer"));
        QCOMPARE(note, QString("„notiz.mp4“ kann nicht importiert werden: es ist kein lesbares Video oder Bild"));
        QVERIFY(!pushed);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.front().front().toString(),
                 QString("Die Änderung wurde nicht vorgenommen: der Datenträger ist voll"));
        QVERIFY(studio.project()->takesOf(take.shot).empty());
    }

    void guiStaysResponsiveWhileGenerating() {
        auto s = settings();
        app::Studio studio(*s);
        studio.loadModel();
        ui::MainWindow window(studio);
        window.show();
        QVERIFY(window.newProjectFile(dir_.filePath("latency.shotcraft")));
        const std::int64_t shot = window.addShot();
        testing::typePrompt(window, "a red circle moving left on a night sky");
        testing::setSpin(window, "framesSpin", 32);
        testing::setSpin(window, "stepsSpin", 40);
        // The worker runs on its own thread with the default threads (every core on a
        // two-core machine); the GUI thread keeps handling events. A 10 ms timer measures how late events are
        // delivered.
        QElapsedTimer clock;
        std::vector<double> lateness;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        qint64 last = 0;
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.nsecsElapsed();
            if (studio.busy() && last > 0) lateness.push_back((now - last) / 1e6 - 10.0);
            last = now;
        });
        window.selectShot(shot);
        studio.generate(shot, 4);
        clock.start();
        ticker.start(10);
        QVERIFY(waitFor([&] { return !studio.busy(); }, 240000));
        ticker.stop();
        QVERIFY2(lateness.size() > 100, qPrintable(QString::number(lateness.size())));
        std::sort(lateness.begin(), lateness.end());
        const double p99 = lateness[lateness.size() * 99 / 100];
        qInfo("GUI event lateness while generating: median %.2f ms, p99 %.2f ms, max %.2f ms over %zu ticks",
              lateness[lateness.size() / 2], p99, lateness.back(), lateness.size());
        QVERIFY2(p99 < 50.0, qPrintable(QString("p99 lateness %1 ms").arg(p99)));
        QCOMPARE(studio.project()->takesOf(shot).size(), std::size_t(4));
    }
};

QTEST_MAIN(TestStudioWindow)
#include "tst_studio_window.moc"
