// VideoWriter: exact frame counts, the JSON metadata tag, color tags, codec settings,
// bit-exact FFV1 / 16-bit PNG round trips, and a write that fails part-way.

#include "media/MediaError.h"
#include "media/StillIO.h"
#include "media/VideoReader.h"
#include "media/VideoWriter.h"
#include "tests/support/TestMedia.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace shotcraft;
using media::SampleType;
using media::VideoCodec;

class TestVideoWriter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void encodesExactFrameCount_data();
    void encodesExactFrameCount();
    void ffv1RoundTripIsBitExact_data();
    void ffv1RoundTripIsBitExact();
    void pngSequenceRoundTripIsBitExact();
    void h264HasColorTags();
    void rejectsImpossibleSettings();
    void unfinishedWriterLeavesNoPartialFile();
    void failedWriteLeavesNothing_data();
    void failedWriteLeavesNothing();

private:
    // Writes `count` synthetic frames and returns them.
    std::vector<media::Image> writeFrames(const QString& path, media::VideoWriterSettings settings, int count,
                                          SampleType type, int channels) {
        std::vector<media::Image> frames;
        media::VideoWriter writer(path.toStdString(), settings);
        for (int i = 0; i < count; ++i) {
            frames.push_back(test::syntheticFrame(settings.width, settings.height, i, type, channels));
            writer.write(frames.back());
        }
        writer.finish();
        return frames;
    }
    QTemporaryDir dir_;
};

void TestVideoWriter::encodesExactFrameCount_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("codec");
    QTest::addColumn<bool>("alpha");
    QTest::addColumn<QString>("pixFmt");
    QTest::addColumn<double>("minPsnr");
    // Chroma subsampling of the saturated square's edges bounds 4:2:0 / 4:2:2 PSNR in RGB.
    // FFmpeg's ProRes decoder reports 4444 streams as 12-bit.
    QTest::newRow("h264 mp4") << "out.mp4" << int(VideoCodec::H264) << false << "yuv420p" << 32.0;
    QTest::newRow("h264 mkv") << "out_h264.mkv" << int(VideoCodec::H264) << false << "yuv420p" << 32.0;
    QTest::newRow("prores 422 hq") << "out_hq.mov" << int(VideoCodec::ProRes422HQ) << false << "yuv422p10le" << 35.0;
    QTest::newRow("prores 4444") << "out_4444.mov" << int(VideoCodec::ProRes4444) << false << "yuv444p12le" << 40.0;
    QTest::newRow("prores 4444 alpha") << "out_4444a.mov" << int(VideoCodec::ProRes4444) << true << "yuva444p12le"
                                       << 40.0;
    QTest::newRow("ffv1") << "out.mkv" << int(VideoCodec::FFV1) << false << "bgr0" << 99.0;
    QTest::newRow("vp9 webm") << "out.webm" << int(VideoCodec::VP9) << false << "yuv420p" << 30.0;
}

void TestVideoWriter::encodesExactFrameCount() {
    QFETCH(QString, file);
    QFETCH(int, codec);
    QFETCH(bool, alpha);
    QFETCH(QString, pixFmt);
    QFETCH(double, minPsnr);
    const QString path = dir_.filePath(file);
    media::VideoWriterSettings settings;
    settings.width = 96;
    settings.height = 64;
    settings.fps = {24, 1};
    settings.codec = static_cast<VideoCodec>(codec);
    settings.alpha = alpha;
    settings.metadataJson = R"({"prompt":"a red circle moving left","seed":7})";
    const int channels = alpha ? 4 : 3;
    const auto frames = writeFrames(path, settings, 37, SampleType::UInt8, channels);

    // ffprobe (independent of our reader) counts the frames and shows the tag.
    const QString counted = QString::fromUtf8(test::ffprobe({"-count_frames", "-select_streams", "v:0", "-show_entries",
                                                             "stream=nb_read_frames,pix_fmt", "-of", "csv=p=0", path}))
                                .trimmed();
    QCOMPARE(counted, pixFmt + ",37");
    const QJsonObject format =
        QJsonDocument::fromJson(test::ffprobe({"-show_entries", "format_tags", "-of", "json", path}))
            .object()["format"]
            .toObject();
    QString tag;
    for (const QString& key : format["tags"].toObject().keys()) {
        if (key.compare("shotcraft", Qt::CaseInsensitive) == 0) tag = format["tags"].toObject()[key].toString();
    }
    QCOMPARE(QJsonDocument::fromJson(tag.toUtf8()).object()["seed"].toInt(), 7);

    media::VideoReader reader(path.toStdString());
    QCOMPARE(reader.frameCount(), std::int64_t(37));
    QCOMPARE(reader.info().fps, (media::Rational{24, 1}));
    for (int i : {0, 17, 36}) {
        const double db = media::psnr(reader.readFrame(i, {SampleType::UInt8, alpha}), frames[i]);
        QVERIFY2(db >= minPsnr, qPrintable(QString("frame %1: %2 dB").arg(i).arg(db)));
    }
}

void TestVideoWriter::ffv1RoundTripIsBitExact_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("channels");
    QTest::newRow("8-bit RGB") << int(SampleType::UInt8) << 3;
    QTest::newRow("8-bit RGBA") << int(SampleType::UInt8) << 4;
    QTest::newRow("16-bit RGB") << int(SampleType::UInt16) << 3;
    QTest::newRow("16-bit RGBA") << int(SampleType::UInt16) << 4;
}

void TestVideoWriter::ffv1RoundTripIsBitExact() {
    QFETCH(int, type);
    QFETCH(int, channels);
    const auto sampleType = static_cast<SampleType>(type);
    const QString path = dir_.filePath(QString("exact_%1_%2.mkv").arg(type).arg(channels));
    media::VideoWriterSettings settings;
    settings.width = 97;  // odd sizes are fine for lossless RGB
    settings.height = 55;
    settings.codec = VideoCodec::FFV1;
    settings.alpha = channels == 4;
    settings.deep = sampleType == SampleType::UInt16;
    const auto frames = writeFrames(path, settings, 12, sampleType, channels);
    media::VideoReader reader(path.toStdString());
    QCOMPARE(reader.frameCount(), std::int64_t(12));
    for (int i = 0; i < 12; ++i) {
        QVERIFY2(reader.readFrame(i, {sampleType, channels == 4}) == frames[i],
                 qPrintable(QString("frame %1 differs").arg(i)));
    }
}

void TestVideoWriter::pngSequenceRoundTripIsBitExact() {
    const QString pattern = dir_.filePath("seq/%04d.png");
    media::VideoWriterSettings settings;
    settings.width = 64;
    settings.height = 48;
    settings.codec = VideoCodec::PngSequence;
    settings.deep = true;
    settings.metadataJson = R"({"seed":3})";
    const auto frames = writeFrames(pattern, settings, 10, SampleType::UInt16, 3);
    QVERIFY(QFile::exists(dir_.filePath("seq/0000.png")));
    QVERIFY(QFile::exists(dir_.filePath("seq/0009.png")));
    QVERIFY(!QFile::exists(dir_.filePath("seq/0010.png")));
    const media::Still still = media::readStill(dir_.filePath("seq/0004.png").toStdString());
    QCOMPARE(still.info.bitsPerSample, 16);
    QVERIFY(still.image == frames[4]);
    media::VideoReader reader(pattern.toStdString());
    QCOMPARE(reader.frameCount(), std::int64_t(10));
    QVERIFY(reader.readFrame(7, {SampleType::UInt16, false}) == frames[7]);
    QVERIFY(
        test::ffprobe({"-show_entries", "frame_tags", "-of", "json", dir_.filePath("seq/0004.png")}).contains("seed"));
    // A shorter sequence written over it replaces it: the old frames past its end go.
    writeFrames(pattern, settings, 4, SampleType::UInt16, 3);
    QVERIFY(QFile::exists(dir_.filePath("seq/0003.png")));
    QVERIFY(!QFile::exists(dir_.filePath("seq/0004.png")));
    QVERIFY(!QFile::exists(dir_.filePath("seq/0009.png")));
    QCOMPARE(media::VideoReader(pattern.toStdString()).frameCount(), std::int64_t(4));
}

void TestVideoWriter::h264HasColorTags() {
    const QString path = dir_.filePath("tags.mp4");
    media::VideoWriterSettings settings;
    settings.width = 64;
    settings.height = 48;
    writeFrames(path, settings, 3, SampleType::UInt8, 3);
    const QString probe =
        QString::fromUtf8(
            test::ffprobe({"-show_entries", "stream=codec_name,color_primaries,color_transfer,color_space,color_range",
                           "-of", "csv=p=0", path}))
            .trimmed();
    QCOMPARE(probe, QString("h264,tv,bt709,bt709,bt709"));
}

void TestVideoWriter::rejectsImpossibleSettings() {
    media::VideoWriterSettings settings;
    settings.width = 97;
    settings.height = 55;
    QVERIFY_THROWS_EXCEPTION(media::MediaError, media::VideoWriter(dir_.filePath("odd.mp4").toStdString(), settings));
    settings.width = 96;
    settings.height = 54;
    settings.codec = VideoCodec::ProRes422HQ;
    try {
        media::VideoWriter writer(dir_.filePath("prores.mp4").toStdString(), settings);
        QFAIL("ProRes in MP4 was accepted");
    } catch (const media::MediaError& e) {
        QVERIFY2(QString(e.what()).contains("cannot hold"), e.what());
    }
    settings.codec = VideoCodec::H264;
    media::VideoWriter writer(dir_.filePath("size.mp4").toStdString(), settings);
    QVERIFY_THROWS_EXCEPTION(media::MediaError, writer.write(media::Image(64, 48, 3, SampleType::UInt8)));
    QVERIFY_THROWS_EXCEPTION(media::MediaError, media::codecForPath("x.flv"));
    QVERIFY_THROWS_EXCEPTION(media::MediaError,
                             media::VideoWriter(dir_.filePath("no/such/dir/x.mp4").toStdString(), settings));
    // A sequence's name must number its frames, or each frame would overwrite the last.
    settings.codec = VideoCodec::PngSequence;
    QVERIFY_THROWS_EXCEPTION(media::MediaError, media::VideoWriter(dir_.filePath("x%.png").toStdString(), settings));
    QVERIFY_THROWS_EXCEPTION(media::MediaError, media::VideoWriter(dir_.filePath("x%s.png").toStdString(), settings));
}

void TestVideoWriter::unfinishedWriterLeavesNoPartialFile() {
    const QString path = dir_.filePath("finished_by_destructor.mp4");
    {
        media::VideoWriterSettings settings;
        settings.width = 64;
        settings.height = 48;
        media::VideoWriter writer(path.toStdString(), settings);
        for (int i = 0; i < 5; ++i) writer.write(test::syntheticFrame(64, 48, i, SampleType::UInt8, 3));
        QVERIFY(!QFile::exists(path));  // written under a temporary name until finished
    }
    media::VideoReader reader(path.toStdString());
    QCOMPARE(reader.frameCount(), std::int64_t(5));
    QCOMPARE(QDir(dir_.path()).entryList({"*.partial*"}, QDir::Hidden | QDir::Files).size(), 0);
}

void TestVideoWriter::failedWriteLeavesNothing_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("codec");
    QTest::newRow("h264") << "full.mp4" << int(VideoCodec::H264);
    QTest::newRow("ffv1") << "full.mkv" << int(VideoCodec::FFV1);
    QTest::newRow("png sequence") << "full/%04d.png" << int(VideoCodec::PngSequence);
}

void TestVideoWriter::failedWriteLeavesNothing() {
    QFETCH(QString, name);
    QFETCH(int, codec);
    const QString folder = dir_.filePath(QString("fails_%1").arg(codec));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + "/" + name;
    media::VideoWriterSettings settings;
    settings.width = 128;
    settings.height = 128;
    settings.codec = static_cast<VideoCodec>(codec);
    // Flat frames fit (a PNG each, the container's start), then noisy ones fill the "disk".
    media::Image flat(settings.width, settings.height, 3, SampleType::UInt8);
    QString error;
    {
        const test::FileSizeLimit limit(16 * 1024);
        try {
            media::VideoWriter writer(path.toStdString(), settings);
            for (int i = 0; i < 3; ++i) writer.write(flat);
            for (int i = 0; i < 60; ++i) writer.write(test::syntheticFrame(128, 128, i, SampleType::UInt8, 3));
            writer.finish();
        } catch (const media::MediaError& e) {
            error = QString::fromUtf8(e.what());
        }
    }
    QVERIFY2(!error.isEmpty(), "writing past the limit did not fail");
    // It names the file and the system's reason (here EFBIG; ENOSPC on a real full disk).
    QVERIFY2(error.startsWith("cannot ") && error.contains(folder) && error.contains("File too large"),
             qPrintable(error));
    // Nothing that could pass for the whole video stays: no file, no partial, no frames.
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    const QStringList leftInSequence = QDir(folder + "/full").entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty() && leftInSequence.isEmpty(), qPrintable((left + leftInSequence).join(", ")));
}

QTEST_GUILESS_MAIN(TestVideoWriter)
#include "tst_video_writer.moc"
