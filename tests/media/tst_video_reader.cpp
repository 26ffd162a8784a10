// VideoReader against an independent ffmpeg decode: every container/codec the issue
// names, odd sizes, 10-bit 4:2:2, 4:4:4, alpha, rotation and variable frame rate.

#include "media/VideoReader.h"
#include "tests/support/TestMedia.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

using namespace shotcraft;
using media::FrameFormat;
using media::SampleType;

class TestVideoReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void matchesFfmpeg_data();
    void matchesFfmpeg();
    void deepOutputMatchesFfmpeg();
    void rotationIsReported();
    void variableFrameRateIsDetected();
    void longGopSeeksAreExact();

private:
    QString make(const QString& name, const QString& source, const QStringList& encode) {
        const QString path = dir_.filePath(name);
        if (!test::ffmpeg(QStringList{"-f", "lavfi", "-i", source} + encode + QStringList{path})) {
            return {};
        }
        return path;
    }
    QTemporaryDir dir_;
};

namespace {
const QStringList kBt709{"-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709"};
// testsrc2 with the frame number drawn in as binary: bit i is the 4x4 cell at x = 4i
// in the top rows (white = 1).
QString testsrc(int w, int h, int frames = 48, int fps = 24) {
    return QString(
               "testsrc2=size=%1x%2:rate=%3,trim=end_frame=%4,format=yuv444p,"
               "geq=lum='if(lt(Y\\,4)\\,255*mod(floor(N/pow(2\\,floor(X/4)))\\,2)\\,lum(X\\,Y))':"
               "cb='if(lt(Y\\,4)\\,128\\,cb(X\\,Y))':cr='if(lt(Y\\,4)\\,128\\,cr(X\\,Y))'")
        .arg(w)
        .arg(h)
        .arg(fps)
        .arg(frames);
}

// The frame number drawn in by testsrc(), read back from a decoded frame.
std::int64_t readStamp(const media::Image& frame) {
    std::int64_t n = 0;
    for (int bit = 0; 4 * bit + 3 < frame.width() && bit < 20; ++bit) {
        const int x = 4 * bit + 1;
        float sum = 0;
        for (int c = 0; c < 3; ++c) sum += frame.sample(x, 1, c) + frame.sample(x + 1, 2, c);
        if (sum / 6 > 0.5f) n |= std::int64_t(1) << bit;
    }
    return n;
}
}  // namespace

void TestVideoReader::matchesFfmpeg_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("encode");
    QTest::addColumn<bool>("alpha");
    QTest::addColumn<int>("rotation");

    const QString std160 = testsrc(160, 120);
    QTest::newRow("h264 mp4 long GOP")
        << "h264.mp4" << testsrc(160, 120, 72)
        << (QStringList{"-c:v", "libx264", "-g", "24", "-bf", "3", "-pix_fmt", "yuv420p"} + kBt709) << false << 0;
    QTest::newRow("h264 mkv open GOP") << "h264_open.mkv" << testsrc(160, 120, 72)
                                       << (QStringList{"-c:v", "libx264", "-x264-params",
                                                       "open-gop=1:keyint=20:bframes=3", "-pix_fmt", "yuv420p"} +
                                           kBt709)
                                       << false << 0;
    QTest::newRow("hevc mp4") << "hevc.mp4" << std160
                              << (QStringList{"-c:v", "libx265", "-x265-params", "log-level=error:keyint=16", "-tag:v",
                                              "hvc1", "-pix_fmt", "yuv420p"} +
                                  kBt709)
                              << false << 0;
    QTest::newRow("vp9 webm 97x55") << "vp9.webm" << testsrc(97, 55)
                                    << QStringList{"-c:v",      "libvpx-vp9", "-deadline", "realtime",
                                                   "-cpu-used", "8",          "-g",        "16",
                                                   "-b:v",      "2M",         "-pix_fmt",  "yuv420p"}
                                    << false << 0;
    QTest::newRow("prores hq mov 10-bit 4:2:2")
        << "prores.mov" << std160
        << (QStringList{"-c:v", "prores_ks", "-profile:v", "3", "-pix_fmt", "yuv422p10le"} + kBt709) << false << 0;
    QTest::newRow("h264 mov 10-bit 4:2:2")
        << "h264_422p10.mov" << std160
        << (QStringList{"-c:v", "libx264", "-pix_fmt", "yuv422p10le", "-g", "12"} + kBt709) << false << 0;
    QTest::newRow("mjpeg avi") << "mjpeg.avi" << std160
                               << QStringList{"-c:v", "mjpeg", "-q:v", "2", "-pix_fmt", "yuvj420p"} << false << 0;
    QTest::newRow("ffv1 mkv 4:4:4") << "ffv1.mkv" << std160 << QStringList{"-c:v", "ffv1", "-pix_fmt", "yuv444p"}
                                    << false << 0;
    QTest::newRow("h264 4:4:4 97x55") << "h264_444.mp4" << testsrc(97, 55)
                                      << (QStringList{"-c:v", "libx264", "-pix_fmt", "yuv444p", "-g", "12"} + kBt709)
                                      << false << 0;
    QTest::newRow("h264 SD untagged") << "h264_untagged.mp4" << std160
                                      << QStringList{"-c:v", "libx264", "-pix_fmt", "yuv420p"} << false << 0;
    QTest::newRow("png mov alpha")
        << "png_alpha.mov"
        << testsrc(160, 120) + ",format=rgba,geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':a='128+100*sin((X+N*4)/10)'"
        << QStringList{"-c:v", "png", "-pix_fmt", "rgba"} << true << 0;
    QTest::newRow("prores 4444 alpha")
        << "prores4444.mov"
        << testsrc(160, 120) + ",format=rgba,geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':a='128+100*sin((Y+N*4)/10)'"
        << (QStringList{"-c:v", "prores_ks", "-profile:v", "4", "-pix_fmt", "yuva444p10le"} + kBt709) << true << 0;
    QTest::newRow("h264 rotation 90") << "rotated.mp4" << std160
                                      << (QStringList{"-c:v", "libx264", "-pix_fmt", "yuv420p"} + kBt709) << false
                                      << 90;
    QTest::newRow("h264 variable frame rate")
        << "vfr.mp4" << testsrc(160, 120, 60)
        << (QStringList{"-vf", "select='lt(mod(n\\,5)\\,3)'", "-fps_mode", "vfr", "-c:v", "libx264", "-bf", "2", "-g",
                        "10", "-pix_fmt", "yuv420p"} +
            kBt709)
        << false << 0;
}

void TestVideoReader::matchesFfmpeg() {
    QFETCH(QString, file);
    QFETCH(QString, source);
    QFETCH(QStringList, encode);
    QFETCH(bool, alpha);
    QFETCH(int, rotation);
    const QString path = make(file, source, encode);
    QVERIFY2(!path.isEmpty(), "fixture could not be made");
    if (rotation) QVERIFY(test::setMp4Rotation(path, rotation));

    media::VideoReader reader(path.toStdString());
    const auto& info = reader.info();
    const auto reference = test::ffmpegDecodeAll(path, alpha ? "rgba" : "rgb24", info.width, info.height);
    QVERIFY(reference.size() > 10);
    QCOMPARE(reader.frameCount(), static_cast<std::int64_t>(reference.size()));
    QCOMPARE(info.hasAlpha, alpha);
    QCOMPARE(info.rotationDegrees, rotation);
    const FrameFormat format{SampleType::UInt8, alpha};

    // Sequential pass: every frame matches.
    for (std::int64_t i = 0; i < reader.frameCount(); ++i) {
        const media::Image frame = reader.readFrame(i, format);
        const double db = media::psnr(frame, reference[i]);
        if (db < 45.0) QFAIL(qPrintable(QString("frame %1: %2 dB").arg(i).arg(db)));
    }
    // Random access, backwards jumps included: frame N is exactly frame N (it matches
    // its own reference better than either neighbour's).
    std::vector<std::int64_t> order;
    const std::int64_t n = reader.frameCount();
    for (std::int64_t i : {n - 1, std::int64_t(0), n / 2, n / 2 - 1, n / 2 + 1, n - 2, std::int64_t(1)})
        order.push_back(i);
    std::mt19937 rng(42);
    for (int k = 0; k < 16; ++k) order.push_back(std::uniform_int_distribution<std::int64_t>(0, n - 1)(rng));
    for (std::int64_t i : order) {
        const media::Image frame = reader.readFrame(i, format);
        const double own = media::psnr(frame, reference[i]);
        QVERIFY2(own >= 45.0, qPrintable(QString("seek to %1: %2 dB").arg(i).arg(own)));
        if (info.rotationDegrees == 0 && !info.variableFrameRate) QCOMPARE(readStamp(frame), i);
        for (std::int64_t j : {i - 1, i + 1}) {
            if (j < 0 || j >= n) continue;
            QVERIFY2(media::psnr(frame, reference[j]) < own,
                     qPrintable(QString("seek to %1 looks like frame %2").arg(i).arg(j)));
        }
    }
}

void TestVideoReader::deepOutputMatchesFfmpeg() {
    const QString path = make("prores_deep.mov", testsrc(128, 96, 24),
                              QStringList{"-c:v", "prores_ks", "-profile:v", "3", "-pix_fmt", "yuv422p10le"} + kBt709);
    QVERIFY(!path.isEmpty());
    media::VideoReader reader(path.toStdString());
    QCOMPARE(reader.info().bitDepth, 10);
    QCOMPARE(reader.info().pixelFormat, std::string("yuv422p10le"));
    const auto reference = test::ffmpegDecodeAll(path, "rgb48le", 128, 96);
    QCOMPARE(std::int64_t(reference.size()), reader.frameCount());
    for (std::int64_t i : {std::int64_t(5), std::int64_t(0), std::int64_t(23)}) {
        const media::Image deep = reader.readFrame(i, {SampleType::UInt16, false});
        QCOMPARE(deep.sampleType(), SampleType::UInt16);
        QVERIFY(media::psnr(deep, reference[i]) >= 60.0);
        const media::Image floats = reader.readFrame(i, {SampleType::Float32, false});
        QVERIFY(floats == deep.converted(SampleType::Float32, 3));
    }
}

void TestVideoReader::rotationIsReported() {
    const QString path = make("rot.mp4", testsrc(160, 120, 12), {"-c:v", "libx264", "-pix_fmt", "yuv420p"});
    QVERIFY(!path.isEmpty());
    QVERIFY(test::setMp4Rotation(path, 90));
    media::VideoReader reader(path.toStdString());
    QCOMPARE(reader.info().rotationDegrees, 90);
    QCOMPARE(reader.info().width, 120);
    QCOMPARE(reader.info().height, 160);
    const media::Image frame = reader.readFrame(3);
    QCOMPARE(frame.width(), 120);
    QCOMPARE(frame.height(), 160);
}

void TestVideoReader::variableFrameRateIsDetected() {
    const QString path =
        make("vfr2.mp4", testsrc(64, 48, 40),
             {"-vf", "select='lt(mod(n\\,4)\\,2)'", "-fps_mode", "vfr", "-c:v", "libx264", "-pix_fmt", "yuv420p"});
    QVERIFY(!path.isEmpty());
    media::VideoReader reader(path.toStdString());
    QVERIFY(reader.info().variableFrameRate);
    QCOMPARE(reader.frameCount(), std::int64_t(20));
    // Kept frames 0,1,4,5,8,...: timestamps jump by 3 frame periods every other frame.
    QCOMPARE(reader.frameTimeSeconds(1), 1.0 / 24);
    QCOMPARE(reader.frameTimeSeconds(2), 4.0 / 24);
    const auto probe = QString::fromUtf8(test::ffprobe({"-count_packets", "-select_streams", "v:0", "-show_entries",
                                                        "stream=nb_read_packets", "-of", "csv=p=0", path}))
                           .trimmed();
    QCOMPARE(probe.toLongLong(), reader.frameCount());
}

void TestVideoReader::longGopSeeksAreExact() {
    // 300 frames, one keyframe every 100 and B-frames: every seek lands exactly.
    const QString path = make("longgop.mp4", testsrc(64, 48, 300),
                              QStringList{"-c:v", "libx264", "-g", "100", "-keyint_min", "100", "-sc_threshold", "0",
                                          "-bf", "3", "-pix_fmt", "yuv420p"} +
                                  kBt709);
    QVERIFY(!path.isEmpty());
    media::VideoReader reader(path.toStdString());
    const auto reference = test::ffmpegDecodeAll(path, "rgb24", 64, 48);
    QCOMPARE(reader.frameCount(), std::int64_t(300));
    for (std::int64_t i : {299, 99, 100, 101, 0, 250, 199, 200, 150, 1, 298}) {
        const media::Image frame = reader.readFrame(i);
        const double db = media::psnr(frame, reference[i]);
        QVERIFY2(db >= 45.0, qPrintable(QString("frame %1: %2 dB").arg(i).arg(db)));
        QCOMPARE(readStamp(frame), std::int64_t(i));
    }
}

QTEST_GUILESS_MAIN(TestVideoReader)
#include "tst_video_reader.moc"
