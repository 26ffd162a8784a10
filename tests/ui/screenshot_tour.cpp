// Takes the screenshots in docs/screenshots: the real studio window with the built-in
// model (an empty project, a storyboard of four generated shots, a generation in progress
// with its live preview, the takes compare view). Run under Xvfb:
//   xvfb-run -s "-screen 0 1600x1000x24" build/bin/screenshot_tour docs/screenshots [MODEL] [LANGUAGE]

#include "app/core/Preferences.h"
#include "app/core/Studio.h"
#include "media/ResourcePaths.h"
#include "tests/ui/WindowDriver.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/QueuePanel.h"
#include "ui/TakesPanel.h"
#include "ui/ViewerPanel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QListWidget>
#include <QPainter>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>

using namespace shotcraft;

namespace {

void save(QWidget& window, const QString& path, QWidget* dialog = nullptr) {
    QApplication::processEvents();
    QPixmap shot = window.grab();
    if (dialog) {
        // Dialogs are separate windows: draw it over the main window where it sits.
        const QPixmap over = dialog->grab();
        QPainter painter(&shot);
        const QPoint at((shot.width() - over.width()) / 2, (shot.height() - over.height()) / 2);
        painter.fillRect(QRect(at + QPoint(6, 6), over.size()), QColor(0, 0, 0, 70));
        painter.drawPixmap(at, over);
    }
    if (!shot.save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("wrote %s\n", qPrintable(path));
}

}  // namespace

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: screenshot_tour OUTDIR [MODEL]\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    app::Preferences preferences;
    if (argc > 2 && *argv[2]) preferences.modelPath = QString::fromLocal8Bit(argv[2]);
    QTranslator translator;
    if (argc > 3 && translator.load(QLocale(QString::fromLocal8Bit(argv[3])), "shotcraft", "_",
                                    QString::fromStdString(media::resourcePath("translations")))) {
        QApplication::installTranslator(&translator);
    }
    preferences.save(settings);

    app::Studio studio(settings);
    studio.loadModel();
    if (!studio.modelSummary().loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(studio.modelSummary().error));
        return 1;
    }
    ui::MainWindow window(studio);
    window.resize(1440, 900);
    window.show();
    window.newProjectFile(dir.filePath("Storyboard.shotcraft"));
    testing::waitFor([] { return false; }, 300);
    save(window, out + "/01-empty-project.png");

    const char* prompts[] = {"a red circle moving right on a night sky", "a yellow square moving left on a sunset",
                             "a blue triangle moving up on a meadow", "a green circle bouncing on a gray background"};
    for (const char* prompt : prompts) {
        window.addShot();
        testing::typePrompt(window, prompt);
    }
    for (const auto& shot : studio.project()->shots()) {
        window.selectShot(shot.id);
        testing::trigger(window, "generate");
        testing::waitFor([&] { return !studio.busy(); }, 120000);
    }
    const std::int64_t second = studio.project()->shots()[1].id;
    window.selectShot(second);
    window.viewer()->setPlayhead(16 + 6);
    testing::waitFor([] { return false; }, 300);
    save(window, out + "/02-storyboard.png");

    // Four variations of the third shot; capture while one is sampling with a preview.
    const std::int64_t third = studio.project()->shots()[2].id;
    window.selectShot(third);
    window.findChild<QDockWidget*>("queueDock")->raise();
    testing::trigger(window, "generate4");
    testing::waitFor(
        [&] {
            for (int id : studio.jobs()) {
                const app::JobInfo* job = studio.job(id);
                if (job->status == app::JobStatus::Running && !job->preview.isNull() && job->step >= 12 &&
                    job->shot == third)
                    return true;
            }
            return false;
        },
        120000);
    save(window, out + "/03-generating.png");
    testing::waitFor([&] { return !studio.busy(); }, 120000);

    // Compare two takes of the third shot.
    window.findChild<QDockWidget*>("takesDock")->raise();
    QListWidget* takes = window.takes()->list();
    takes->clearSelection();
    takes->item(1)->setSelected(true);
    takes->item(2)->setSelected(true);
    ui::CompareDialog* compare = window.takes()->compare();
    compare->show();
    compare->setFrame(8);
    testing::waitFor([] { return false; }, 300);
    save(window, out + "/04-compare-takes.png", compare);
    compare->close();

    ui::PreferencesDialog dialog(preferences, &window);
    dialog.show();
    save(window, out + "/05-preferences.png", &dialog);
    dialog.close();
    window.close();
    return 0;
}
