#include "app/core/QtImages.h"

#include <QBuffer>

#include <cstring>

namespace shotcraft::app {

QImage toQImage(const media::Image& image) {
    if (image.isNull()) return {};
    const media::Image bytes = image.sampleType() == media::SampleType::UInt8
                                   ? image
                                   : image.converted(media::SampleType::UInt8, image.channels());
    const bool alpha = bytes.channels() == 4;
    QImage out(bytes.width(), bytes.height(), alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    for (int y = 0; y < bytes.height(); ++y) std::memcpy(out.scanLine(y), bytes.row(y), bytes.rowBytes());
    return out;
}

media::Image fromQImage(const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    media::Image out(rgb.width(), rgb.height(), 3, media::SampleType::UInt8, media::Image::Uninitialized{});
    for (int y = 0; y < rgb.height(); ++y) std::memcpy(out.row(y), rgb.constScanLine(y), out.rowBytes());
    return out;
}

std::vector<std::uint8_t> pngBytes(const QImage& image) {
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return {data.begin(), data.end()};
}

QImage fromPngBytes(const std::vector<std::uint8_t>& bytes) {
    QImage image;
    image.loadFromData(bytes.data(), static_cast<int>(bytes.size()), "PNG");
    return image;
}

}  // namespace shotcraft::app
