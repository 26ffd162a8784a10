#pragma once
// The user's preferences and the studio's remembered state (recent projects, the last
// project, whether the last session ended cleanly), kept in QSettings.

#include <QSettings>
#include <QString>
#include <QStringList>

namespace shotcraft::app {

struct Preferences {
    QString device = "auto";       // auto, cpu, cuda
    int threads = 0;               // 0: defaultThreads()
    QString modelPath;             // empty: the built-in model
    QString ocioConfig;            // empty: the shipped config
    QString exportFormat = "mp4";  // mp4, mov, png
    bool exportLabel = true;       // a visible "AI-generated" label on exported frames
    QString language;              // empty: the system locale

    // The thread count generation uses: the preference, or defaultThreads().
    int effectiveThreads() const;

    static Preferences load(QSettings& settings);
    void save(QSettings& settings) const;
};

// Generation's threads when the user sets none: all cores but one, so the GUI keeps a
// core, except on one or two cores, where giving one up would halve generation's speed
// for a GUI that is idle while it waits.
int defaultThreads(int cores = 0);  // cores <= 0: the machine's

// Recent projects, most recent first, at most `limit`.
QStringList recentProjects(QSettings& settings);
void addRecentProject(QSettings& settings, const QString& path, int limit = 8);

// Crash recovery: the studio marks a session as running while a project is open and
// clears the mark on a clean exit; a mark left behind means the last run crashed.
void markSessionRunning(QSettings& settings, const QString& projectPath);
void markSessionEnded(QSettings& settings);
// The project to reopen after a crash (empty after a clean exit).
QString projectToRecover(QSettings& settings);

}  // namespace shotcraft::app
