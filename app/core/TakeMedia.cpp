#include "app/core/TakeMedia.h"

#include "app/core/QtImages.h"
#include "app/core/StudioError.h"
#include "media/ColorManager.h"
#include "media/StillIO.h"
#include "media/VideoReader.h"
#include "media/VideoWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

namespace shotcraft::app {

std::vector<char> encodeTakeClip(const std::vector<media::Image>& frames, int fps, const std::string& metadataJson) {
    if (frames.empty()) throw StudioError(QCoreApplication::translate("TakeMedia", "a take needs at least one frame"));
    QTemporaryDir dir;
    if (!dir.isValid())
        throw StudioError(
            QCoreApplication::translate("TakeMedia", "cannot create a temporary folder: %1").arg(dir.errorString()));
    const std::string path = dir.filePath("take.mkv").toStdString();
    media::VideoWriterSettings settings;
    settings.width = frames.front().width();
    settings.height = frames.front().height();
    settings.fps = {fps, 1};
    settings.codec = media::VideoCodec::FFV1;
    settings.metadataJson = metadataJson;
    {
        media::VideoWriter writer(path, settings);
        for (const auto& frame : frames) writer.write(frame);
        writer.finish();
    }
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        throw StudioError(
            QCoreApplication::translate("TakeMedia", "cannot read the encoded take back: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    return {bytes.begin(), bytes.end()};
}

std::vector<media::Image> decodeClipBytes(const std::vector<char>& bytes) {
    QTemporaryDir dir;
    if (!dir.isValid())
        throw StudioError(
            QCoreApplication::translate("TakeMedia", "cannot create a temporary folder: %1").arg(dir.errorString()));
    const QString path = dir.filePath("clip.mkv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()) ||
        !file.flush()) {  // a full disk shows at the flush, not the buffered write
        throw StudioError(
            QCoreApplication::translate("TakeMedia", "cannot write a temporary clip: %1").arg(file.errorString()));
    }
    file.close();
    return readClipFrames(path.toStdString(), 0, -1);
}

std::vector<media::Image> readClipFrames(const std::string& path, long long first, long long count) {
    media::VideoReader reader(path);
    const long long n = reader.frameCount();
    if (first < 0) first = std::max(0LL, n + first);
    const long long end = count < 0 ? n : std::min(n, first + count);
    std::vector<media::Image> frames;
    for (long long i = first; i < end; ++i) frames.push_back(reader.readFrame(i));  // 8-bit RGB
    return frames;
}

media::Image readStillForModel(const std::string& path) {
    media::Still still = media::readStill(path);
    media::Image image = still.image.converted(media::SampleType::Float32, 3);
    if (still.info.colorSpace != media::ColorManager::kModelSpace) {
        const media::ColorManager colors(media::ColorManager::defaultConfigPath());
        image = colors.toModelSpace(image, still.info.colorSpace);
    }
    return image.converted(media::SampleType::UInt8, 3);
}

std::vector<std::uint8_t> thumbnailPng(const media::Image& frame, int size) {
    const QImage image = toQImage(frame);
    const QImage small = std::max(image.width(), image.height()) > size
                             ? image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             : image;
    return pngBytes(small);
}

}  // namespace shotcraft::app
