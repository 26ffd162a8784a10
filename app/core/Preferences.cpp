#include "app/core/Preferences.h"

#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace shotcraft::app {

int defaultThreads(int cores) {
    if (cores <= 0) cores = QThread::idealThreadCount();
    return cores <= 2 ? std::max(1, cores) : cores - 1;
}

int Preferences::effectiveThreads() const {
    return threads > 0 ? threads : defaultThreads();
}

Preferences Preferences::load(QSettings& s) {
    Preferences p;
    p.device = s.value("preferences/device", p.device).toString();
    p.threads = s.value("preferences/threads", p.threads).toInt();
    p.modelPath = s.value("preferences/modelPath").toString();
    p.ocioConfig = s.value("preferences/ocioConfig").toString();
    p.exportFormat = s.value("preferences/exportFormat", p.exportFormat).toString();
    p.exportLabel = s.value("preferences/exportLabel", p.exportLabel).toBool();
    p.language = s.value("preferences/language").toString();
    return p;
}

void Preferences::save(QSettings& s) const {
    s.setValue("preferences/device", device);
    s.setValue("preferences/threads", threads);
    s.setValue("preferences/modelPath", modelPath);
    s.setValue("preferences/ocioConfig", ocioConfig);
    s.setValue("preferences/exportFormat", exportFormat);
    s.setValue("preferences/exportLabel", exportLabel);
    s.setValue("preferences/language", language);
}

QStringList recentProjects(QSettings& settings) {
    QStringList list = settings.value("recent/projects").toStringList();
    list.erase(std::remove_if(list.begin(), list.end(), [](const QString& p) { return !QFileInfo::exists(p); }),
               list.end());
    return list;
}

void addRecentProject(QSettings& settings, const QString& path, int limit) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = settings.value("recent/projects").toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > limit) list.removeLast();
    settings.setValue("recent/projects", list);
}

void markSessionRunning(QSettings& settings, const QString& projectPath) {
    settings.setValue("session/running", true);
    settings.setValue("session/project", QFileInfo(projectPath).absoluteFilePath());
    settings.sync();
}

void markSessionEnded(QSettings& settings) {
    settings.setValue("session/running", false);
    settings.sync();
}

QString projectToRecover(QSettings& settings) {
    if (!settings.value("session/running", false).toBool()) return {};
    const QString path = settings.value("session/project").toString();
    return QFileInfo::exists(path) ? path : QString();
}

}  // namespace shotcraft::app
