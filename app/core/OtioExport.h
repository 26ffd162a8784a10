#pragma once
// Writes a sequence as an OpenTimelineIO timeline (.otio, JSON): one video track whose
// clips reference exported shot files, so editors can take the storyboard into their
// editing software.

#include <QString>

#include <vector>

namespace shotcraft::app {

struct OtioClip {
    QString name;    // e.g. "Shot 1"
    QString target;  // the clip file, as written into the .otio (relative or absolute URL)
    int frames = 0;
    QString prompt;  // kept in the clip's metadata
};

// Throws StudioError when the file cannot be written.
void writeOtio(const QString& path, const QString& timelineName, int fps, const std::vector<OtioClip>& clips);

}  // namespace shotcraft::app
