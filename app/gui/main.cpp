// shotcraft: the studio window. Builds the Studio (project, model, worker) and the main
// window, reopens the last project after a crash, and follows the language preference.

#include "app/core/Preferences.h"
#include "app/core/Studio.h"
#include "media/ResourcePaths.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("Shotcraft");
    QApplication::setOrganizationDomain("shotcraft.app");
    QApplication::setApplicationName("Shotcraft");
    QApplication::setApplicationVersion(SHOTCRAFT_VERSION);
    QApplication::setDesktopFileName("app.shotcraft.Shotcraft");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A local studio for authoring AI-generated video"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("project", QApplication::translate("main", "A .shotcraft project to open"));
    const QCommandLineOption quitAfter(
        "quit-after",
        QApplication::translate("main", "Quit after <ms> milliseconds, printing what started (a start-up check)"),
        "ms");
    parser.addOption(quitAfter);
    parser.process(app);

    QSettings settings;
    const shotcraft::app::Preferences preferences = shotcraft::app::Preferences::load(settings);
    const QLocale locale = preferences.language.isEmpty() ? QLocale::system() : QLocale(preferences.language);
    QTranslator translator;
    QTranslator qtTranslator;
    if (translator.load(locale, "shotcraft", "_",
                        QString::fromStdString(shotcraft::media::resourcePath("translations")))) {
        QApplication::installTranslator(&translator);
    }
    if (qtTranslator.load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }

    shotcraft::app::Studio studio(settings);
    const QString recover = shotcraft::app::projectToRecover(settings);
    shotcraft::ui::MainWindow window(studio);
    window.show();
    studio.loadModel();
    if (!parser.positionalArguments().isEmpty()) {
        window.openProjectFile(parser.positionalArguments().front());
    } else if (!recover.isEmpty() && window.openProjectFile(recover)) {
        window.showMessage(QApplication::translate("main",
                                                   "Shotcraft did not close cleanly last time; %1 was reopened. "
                                                   "Every edit was saved as it was made.")
                               .arg(recover),
                           false);
    }
    if (parser.isSet(quitAfter)) {
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, [&] {
            const auto& model = studio.modelSummary();
            std::printf(
                "shotcraft %s: window '%s' shown, model %s\n", SHOTCRAFT_VERSION, qPrintable(window.windowTitle()),
                model.loaded ? qPrintable(model.id + " on " + model.device) : qPrintable("not loaded: " + model.error));
            std::fflush(stdout);
            window.close();
            QApplication::exit(window.isVisible() || !model.loaded ? 1 : 0);
        });
    }
    return QApplication::exec();
}
