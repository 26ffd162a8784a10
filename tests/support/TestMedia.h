#pragma once
// Test helpers: make fixtures with the ffmpeg tool, decode them independently with
// ffmpeg to raw frames, run the CLI, and draw synthetic frames.

#include "media/Image.h"

#include <QString>
#include <QStringList>

#include <sys/resource.h>

#include <vector>

namespace shotcraft::test {

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion (fails the test on a start failure or a 120 s timeout).
ProcessResult runProcess(const QString& program, const QStringList& args);
// Runs `ffmpeg -y -v error ARGS`; returns true on success, printing stderr otherwise.
bool ffmpeg(const QStringList& args);
// ffprobe -v error ARGS; returns stdout.
QByteArray ffprobe(const QStringList& args);
ProcessResult runCli(const QStringList& args);

// Every frame of `path` decoded by the ffmpeg tool (autorotated, passthrough timing) as
// `pixFmt` ("rgb24", "rgba", "rgb48le", "rgba64le") through swscale with the flags the
// reader uses.
std::vector<media::Image> ffmpegDecodeAll(const QString& path, const QString& pixFmt, int width, int height);

// Writes a clockwise rotation of 90, 180 or 270 degrees into an MP4/MOV's track header
// matrix, as phones do (this FFmpeg cannot set it when encoding).
bool setMp4Rotation(const QString& path, int clockwiseDegrees);

// A deterministic test picture: gradients, a moving square and noise, different for every
// `index` (alpha, when asked, varies too).
media::Image syntheticFrame(int width, int height, int index, media::SampleType type, int channels);

// Stands in for a full disk while it lives: writing a file past `bytes` fails with EFBIG
// (the signal the kernel would send instead is ignored).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit previous_{};
    void (*previousHandler_)(int);
};

}  // namespace shotcraft::test
