#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "app/core/ProbeJson.h"
#include "media/StillIO.h"
#include "media/VideoReader.h"

#include <QJsonDocument>

#include <cstdio>

namespace shotcraft::cli {

int runInfo(const std::vector<std::string>& args) {
    const Arguments parsed(args, {});
    if (parsed.positionals().size() != 1) throw UsageError("usage: shotcraft-cli info FILE");
    const std::string& path = parsed.positionals().front();
    QJsonObject json;
    if (media::isStillPath(path)) {
        json = app::stillInfoToJson(path, media::probeStill(path));
    } else {
        const media::VideoReader reader(path);
        json = app::videoInfoToJson(reader.info());
    }
    std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}

}  // namespace shotcraft::cli
