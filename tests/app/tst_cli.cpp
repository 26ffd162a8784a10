// shotcraft-cli info / convert (and shotcraft-train's refusals) as a user runs them: JSON
// output, conversions, and a one-line error with a non-zero exit for bad input.

#include "media/StillIO.h"
#include "media/VideoReader.h"
#include "tests/support/TestMedia.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace shotcraft;

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        clip_ = dir_.filePath("clip.mp4");
        QVERIFY(test::ffmpeg({"-f", "lavfi", "-i", "testsrc2=size=96x64:rate=12,trim=end_frame=18", "-c:v", "libx264",
                              "-pix_fmt", "yuv420p", "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc",
                              "bt709", clip_}));
    }

    void infoPrintsTheProbe() {
        const auto r = test::runCli({"info", clip_});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json["kind"].toString(), QString("video"));
        QCOMPARE(json["codec"].toString(), QString("h264"));
        QCOMPARE(json["frame_count"].toInt(), 18);
        QCOMPARE(json["width"].toInt(), 96);
        QCOMPARE(json["height"].toInt(), 64);
        QCOMPARE(json["fps_value"].toDouble(), 12.0);
        QCOMPARE(json["duration_seconds"].toDouble(), 1.5);
        QCOMPARE(json["color_primaries"].toString(), QString("bt709"));
        QCOMPARE(json["color_range"].toString(), QString("tv"));
        QCOMPARE(json["bit_depth"].toInt(), 8);
    }

    void convertVideoToEachCodec_data() {
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("codec");
        QTest::newRow("mov -> prores") << "c.mov"
                                       << "prores";
        QTest::newRow("mkv -> ffv1") << "c.mkv"
                                     << "ffv1";
        QTest::newRow("mp4 -> h264") << "c2.mp4"
                                     << "h264";
        QTest::newRow("png sequence") << "seq/%03d.png"
                                      << "png";
    }

    void convertVideoToEachCodec() {
        QFETCH(QString, out);
        QFETCH(QString, codec);
        const QString path = dir_.filePath(out);
        const auto r = test::runCli({"convert", clip_, path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        media::VideoReader reader(path.toStdString());
        QCOMPARE(reader.frameCount(), std::int64_t(18));
        QCOMPARE(QString::fromStdString(reader.info().codec), codec);
        media::VideoReader source(clip_.toStdString());
        QVERIFY(media::psnr(reader.readFrame(9), source.readFrame(9)) > 30.0);
    }

    void convertAppliesColorSpaces() {
        const QString linear = dir_.filePath("linear.exr");
        auto r = test::runCli({"convert", clip_, linear, "--frame", "4", "--colorspace", "sRGB:Linear Rec.709"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const media::Still still = media::readStill(linear.toStdString());
        QCOMPARE(still.info.colorSpace, std::string("Linear Rec.709"));
        const QString back = dir_.filePath("back.png");
        r = test::runCli({"convert", linear, back, "--colorspace", "Linear Rec.709:sRGB"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        media::VideoReader source(clip_.toStdString());
        const media::Image original = source.readFrame(4);
        const media::Image roundTrip =
            media::readStill(back.toStdString()).image.converted(media::SampleType::UInt8, 3);
        QVERIFY(media::psnr(original, roundTrip) > 45.0);
        // Linear values are darker than their sRGB codes in the mid tones.
        QVERIFY(still.image.sample(48, 40, 0) <= original.sample(48, 40, 0) + 1e-3);
    }

    void badInputGivesOneLineAndNonZeroExit_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("info missing") << QStringList{"info", dir_.filePath("missing.mp4")} << 1;
        QTest::newRow("info no args") << QStringList{"info"} << 2;
        QTest::newRow("convert bad colorspace")
            << QStringList{"convert", clip_, dir_.filePath("x.mkv"), "--colorspace", "Nope:sRGB"} << 1;
        QTest::newRow("convert colorspace syntax")
            << QStringList{"convert", clip_, dir_.filePath("x.mkv"), "--colorspace", "sRGB"} << 2;
        QTest::newRow("convert unknown option")
            << QStringList{"convert", clip_, dir_.filePath("x.mkv"), "--bogus"} << 2;
        QTest::newRow("convert unknown extension") << QStringList{"convert", clip_, dir_.filePath("x.flv")} << 1;
        QTest::newRow("convert text file")
            << QStringList{"convert", QString(SHOTCRAFT_CLI), dir_.filePath("x.mkv")} << 1;
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2;
        // Refused before the generation, not after it.
        QTest::newRow("generate into a missing folder")
            << QStringList{"generate", "--prompt", "a red circle", "--out", dir_.filePath("no/such/x.mkv")} << 2;
        for (const QString seed : {"-3", "12x", "", "18446744073709551616"}) {
            QTest::newRow(qPrintable("generate seed '" + seed + "'"))
                << QStringList{"generate", "--prompt", "a red circle", "--seed", seed, "--out", dir_.filePath("x.mkv")}
                << 2;
        }
    }

    void badInputGivesOneLineAndNonZeroExit() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const auto r = test::runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY(!err.isEmpty());
        QVERIFY2(!err.contains('\n'), qPrintable(err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(dir_.filePath("x.mkv")));
    }

    // shotcraft-train refuses a bad option before it makes the run's folder, naming the
    // option (usage errors, exit 2) or the missing piece (exit 1).
    void trainRefusesBadOptionsBeforeMakingItsFolder_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("text-only share 1") << QStringList{"--text-only-share", "1"} << 2
                                           << "--text-only-share is a share of the rows, at least 0 and below 1";
        QTest::newRow("continuation share 1.5")
            << QStringList{"--continuation-share", "1.5"} << 2
            << "--continuation-share is a share of the first-k and last-k rows, from 0 to 1";
        QTest::newRow("moved-start share -0.1")
            << QStringList{"--moved-start-share", "-0.1"} << 2
            << "--moved-start-share is a share of the first-frame rows, from 0 to 1";
        QTest::newRow("dit-latents 2") << QStringList{"--dit-latents", "2"} << 2
                                       << "--dit-latents is a share of the steps, from 0 to 1";
        QTest::newRow("share not a number")
            << QStringList{"--continuation-share", "half"} << 2 << "--continuation-share";
        QTest::newRow("unknown option") << QStringList{"--bogus"} << 2 << "--bogus";
        QTest::newRow("unknown stage") << QStringList{"--stage", "vae"} << 1 << "unknown stage 'vae'";
        QTest::newRow("missing model") << QStringList{"--init-from", dir_.filePath("missing.shotcraft-model")} << 1
                                       << "model file not found";
    }

    void trainRefusesBadOptionsBeforeMakingItsFolder() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString out = dir_.filePath("train-run");
        // The stage comes first so that a row's own --stage overrides it.
        const auto r = test::runProcess(
            SHOTCRAFT_TRAIN, QStringList{"--stage", "dit", "--preset", "test", "--steps", "1", "--out", out} + args);
        QCOMPARE(r.exitCode, exitCode);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith("shotcraft-train: "), qPrintable(err));
        QVERIFY2(err.section('\n', 0, 0).contains(message), qPrintable(err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
    }

private:
    QTemporaryDir dir_;
    QString clip_;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
