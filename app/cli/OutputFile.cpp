#include "app/cli/OutputFile.h"

#include <QFileInfo>
#include <QImage>
#include <QSaveFile>

#include <stdexcept>

namespace shotcraft::cli {
namespace {

[[noreturn]] void fail(const QString& path, const QString& why) {
    throw std::runtime_error(QString("cannot write '%1': %2").arg(path, why).toStdString());
}

}  // namespace

QString outputFolderProblem(const QString& path) {
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return QString("cannot write '%1': the folder '%2' does not exist").arg(path, folder.filePath());
    if (!folder.isWritable())
        return QString("cannot write '%1': the folder '%2' is read-only").arg(path, folder.filePath());
    return {};
}

void writeOutputFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(path, file.errorString());
}

void writeOutputImage(const QString& path, const QImage& image) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) fail(path, file.errorString());
    const QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
    if (!image.save(&file, format.isEmpty() ? "PNG" : format.constData())) {
        file.cancelWriting();
        fail(path, file.error() != QFileDevice::NoError ? file.errorString() : QString("cannot encode the image"));
    }
    if (!file.commit()) fail(path, file.errorString());
}

}  // namespace shotcraft::cli
