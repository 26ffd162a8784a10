#include "tests/support/TestMedia.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <cmath>
#include <csignal>
#include <cstring>

namespace shotcraft::test {

ProcessResult runProcess(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        qWarning("cannot start %s", qPrintable(program));
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        qWarning("%s timed out", qPrintable(program));
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    // A crash prints nothing of its own: say so, or a failing check shows an empty message.
    if (process.exitStatus() == QProcess::CrashExit) {
        qWarning("%s %s crashed", qPrintable(program), qPrintable(args.join(' ')));
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool ffmpeg(const QStringList& args) {
    const ProcessResult r = runProcess(SHOTCRAFT_FFMPEG, QStringList{"-y", "-v", "error"} + args);
    if (r.exitCode != 0) qWarning("ffmpeg %s failed: %s", qPrintable(args.join(' ')), r.err.constData());
    return r.exitCode == 0;
}

QByteArray ffprobe(const QStringList& args) {
    return runProcess(SHOTCRAFT_FFPROBE, QStringList{"-v", "error"} + args).out;
}

ProcessResult runCli(const QStringList& args) {
    return runProcess(SHOTCRAFT_CLI, args);
}

std::vector<media::Image> ffmpegDecodeAll(const QString& path, const QString& pixFmt, int width, int height) {
    const ProcessResult r =
        runProcess(SHOTCRAFT_FFMPEG,
                   {"-v", "error", "-i", path, "-map", "0:v:0", "-fps_mode", "passthrough", "-sws_flags",
                    "bicubic+accurate_rnd+full_chroma_int+full_chroma_inp", "-f", "rawvideo", "-pix_fmt", pixFmt, "-"});
    std::vector<media::Image> frames;
    if (r.exitCode != 0) {
        qWarning("reference decode of %s failed: %s", qPrintable(path), r.err.constData());
        return frames;
    }
    const bool deep = pixFmt.contains("48") || pixFmt.contains("64");
    const int channels = pixFmt.startsWith("rgba") ? 4 : 3;
    const media::SampleType type = deep ? media::SampleType::UInt16 : media::SampleType::UInt8;
    const std::size_t frameBytes = std::size_t(width) * height * channels * (deep ? 2 : 1);
    for (std::size_t offset = 0; offset + frameBytes <= std::size_t(r.out.size()); offset += frameBytes) {
        media::Image image(width, height, channels, type);
        std::memcpy(image.data(), r.out.constData() + offset, frameBytes);
        frames.push_back(std::move(image));
    }
    return frames;
}

bool setMp4Rotation(const QString& path, int clockwiseDegrees) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) return false;
    QByteArray bytes = file.readAll();
    const qsizetype tkhd = bytes.indexOf("tkhd");
    if (tkhd < 0) return false;
    const int version = static_cast<unsigned char>(bytes[tkhd + 4]);
    const qsizetype matrix = tkhd + (version == 1 ? 56 : 44);
    // a b u / c d v / tx ty w in 16.16 (u, v, w in 2.30), as FFmpeg's mov muxer writes them.
    const int a = clockwiseDegrees == 180 ? -1 : 0;
    const int b = clockwiseDegrees == 90 ? 1 : clockwiseDegrees == 270 ? -1 : 0;
    const int c = -b;
    const int d = a;
    const qint32 values[9] = {a * 65536, b * 65536, 0, c * 65536, d * 65536, 0, 0, 0, 1 << 30};
    for (int i = 0; i < 9; ++i) {
        const quint32 v = static_cast<quint32>(values[i]);
        for (int k = 0; k < 4; ++k) bytes[matrix + 4 * i + k] = char((v >> (24 - 8 * k)) & 0xff);
    }
    file.seek(0);
    return file.write(bytes) == bytes.size();
}

media::Image syntheticFrame(int width, int height, int index, media::SampleType type, int channels) {
    media::Image image(width, height, channels, type);
    std::uint32_t noise = 0x9e3779b9u * (index + 1);
    const int square = std::max(4, height / 4);
    const int sx = (index * 3) % std::max(1, width - square);
    const int sy = (index * 2) % std::max(1, height - square);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            noise = noise * 1664525u + 1013904223u;
            const float n = ((noise >> 24) & 0xff) / 255.0f * 0.02f;
            const bool inSquare = x >= sx && x < sx + square && y >= sy && y < sy + square;
            const float r = inSquare ? 0.9f : float(x) / width;
            const float g = inSquare ? 0.2f : float(y) / height;
            const float b = 0.5f + 0.4f * std::sin(0.3f * index + 0.05f * (x + y));
            image.setSample(x, y, 0, std::min(1.0f, r + n));
            image.setSample(x, y, 1, std::min(1.0f, g + n));
            image.setSample(x, y, 2, std::min(1.0f, b));
            if (channels == 4) image.setSample(x, y, 3, inSquare ? 1.0f : 0.25f + 0.5f * x / width);
        }
    }
    return image;
}

FileSizeLimit::FileSizeLimit(rlim_t bytes) : previousHandler_(std::signal(SIGXFSZ, SIG_IGN)) {
    getrlimit(RLIMIT_FSIZE, &previous_);
    rlimit limited = previous_;
    limited.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &limited);
}

FileSizeLimit::~FileSizeLimit() {
    setrlimit(RLIMIT_FSIZE, &previous_);
    std::signal(SIGXFSZ, previousHandler_);
}

}  // namespace shotcraft::test
