#include "app/cli/OutputFile.h"

#include "app/cli/Arguments.h"

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

void requireOutputFolder(const std::string& option, const std::string& path) {
    const QFileInfo folder(QFileInfo(QString::fromStdString(path)).absolutePath());
    const char* why = !folder.isDir() ? "does not exist" : !folder.isWritable() ? "is read-only" : nullptr;
    if (why) {
        throw UsageError(option + " cannot write '" + path + "': the folder '" + folder.filePath().toStdString() +
                         "' " + why);
    }
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
