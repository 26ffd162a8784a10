#include "app/core/OtioExport.h"

#include "app/core/StudioError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace shotcraft::app {

namespace {

QJsonObject rationalTime(double value, int rate) {
    return {{"OTIO_SCHEMA", "RationalTime.1"}, {"rate", double(rate)}, {"value", value}};
}

QJsonObject timeRange(int start, int duration, int rate) {
    return {{"OTIO_SCHEMA", "TimeRange.1"},
            {"start_time", rationalTime(start, rate)},
            {"duration", rationalTime(duration, rate)}};
}

}  // namespace

void writeOtio(const QString& path, const QString& timelineName, int fps, const std::vector<OtioClip>& clips) {
    QJsonArray children;
    for (const OtioClip& clip : clips) {
        const QJsonObject reference{{"OTIO_SCHEMA", "ExternalReference.1"},
                                    {"metadata", QJsonObject{}},
                                    {"name", clip.name},
                                    {"available_range", timeRange(0, clip.frames, fps)},
                                    {"target_url", clip.target}};
        children.append(QJsonObject{{"OTIO_SCHEMA", "Clip.2"},
                                    {"metadata", QJsonObject{{"shotcraft", QJsonObject{{"prompt", clip.prompt}}}}},
                                    {"name", clip.name},
                                    {"source_range", timeRange(0, clip.frames, fps)},
                                    {"effects", QJsonArray{}},
                                    {"markers", QJsonArray{}},
                                    {"enabled", true},
                                    {"media_references", QJsonObject{{"DEFAULT_MEDIA", reference}}},
                                    {"active_media_reference_key", "DEFAULT_MEDIA"}});
    }
    const QJsonObject track{{"OTIO_SCHEMA", "Track.1"}, {"metadata", QJsonObject{}},
                            {"name", "Video 1"},        {"source_range", QJsonValue::Null},
                            {"effects", QJsonArray{}},  {"markers", QJsonArray{}},
                            {"enabled", true},          {"children", children},
                            {"kind", "Video"}};
    const QJsonObject stack{
        {"OTIO_SCHEMA", "Stack.1"}, {"metadata", QJsonObject{}}, {"name", "tracks"}, {"source_range", QJsonValue::Null},
        {"effects", QJsonArray{}},  {"markers", QJsonArray{}},   {"enabled", true},  {"children", QJsonArray{track}}};
    const QJsonObject timeline{{"OTIO_SCHEMA", "Timeline.1"},
                               {"metadata", QJsonObject{{"shotcraft", QJsonObject{{"ai_generated", true}}}}},
                               {"name", timelineName},
                               {"global_start_time", rationalTime(0, fps)},
                               {"tracks", stack}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(timeline).toJson()) < 0 || !file.commit()) {
        throw StudioError(
            QCoreApplication::translate("OtioExport", "cannot write '%1': %2").arg(path, file.errorString()));
    }
}

}  // namespace shotcraft::app
