#include "app/core/ProbeJson.h"

#include <QJsonArray>
#include <QString>

namespace shotcraft::app {
namespace {
QString q(const std::string& s) {
    return QString::fromStdString(s);
}
}  // namespace

QJsonObject videoInfoToJson(const media::VideoInfo& info) {
    QJsonObject tags;
    for (const auto& [key, value] : info.metadata) tags.insert(q(key), q(value));
    return QJsonObject{
        {"kind", "video"},
        {"path", q(info.path)},
        {"container", q(info.container)},
        {"codec", q(info.codec)},
        {"pixel_format", q(info.pixelFormat)},
        {"bit_depth", info.bitDepth},
        {"width", info.width},
        {"height", info.height},
        {"coded_width", info.codedWidth},
        {"coded_height", info.codedHeight},
        {"fps", QJsonArray{info.fps.num, info.fps.den}},
        {"fps_value", info.fps.toDouble()},
        {"variable_frame_rate", info.variableFrameRate},
        {"frame_count", static_cast<qint64>(info.frameCount)},
        {"duration_seconds", info.durationSeconds},
        {"rotation", info.rotationDegrees},
        {"alpha", info.hasAlpha},
        {"color_primaries", q(info.colorPrimaries)},
        {"color_transfer", q(info.colorTransfer)},
        {"color_matrix", q(info.colorMatrix)},
        {"color_range", q(info.colorRange)},
        {"metadata", tags},
    };
}

QJsonObject stillInfoToJson(const std::string& path, const media::StillInfo& info) {
    return QJsonObject{
        {"kind", "still"},
        {"path", q(path)},
        {"format", q(info.format)},
        {"width", info.width},
        {"height", info.height},
        {"channels", info.channels},
        {"bit_depth", info.bitsPerSample},
        {"float", info.floatingPoint},
        {"alpha", info.hasAlpha},
        {"color_space", q(info.colorSpace)},
        {"color_space_from_file", info.colorSpaceFromFile},
    };
}

}  // namespace shotcraft::app
