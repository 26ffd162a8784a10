#pragma once
// JSON forms of the media probes, as `shotcraft-cli info` prints them.

#include "media/StillIO.h"
#include "media/VideoInfo.h"

#include <QJsonObject>

namespace shotcraft::app {

QJsonObject videoInfoToJson(const media::VideoInfo& info);
QJsonObject stillInfoToJson(const std::string& path, const media::StillInfo& info);

}  // namespace shotcraft::app
