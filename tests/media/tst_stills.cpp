// Stills through OpenImageIO: round trips per format and depth, alpha, gray, and the
// color space the file states, and a full disk.

#include "media/MediaError.h"
#include "media/StillIO.h"
#include "tests/support/TestMedia.h"

#include <OpenImageIO/imageio.h>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace shotcraft;
using media::SampleType;
using media::StillStorage;

class TestStills : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void roundTrip_data();
    void roundTrip();
    void exrHalfKeepsHalfValues();
    void colorSpaceComesFromTheFile();
    void grayIsExpandedToRgb();
    void jpegCannotHoldAlpha();
    void exrAlphaIsAssociatedOnDisk();
    void aFullDiskIsAnErrorAndLeavesNothing_data();
    void aFullDiskIsAnErrorAndLeavesNothing();

private:
    QTemporaryDir dir_;
};

void TestStills::roundTrip_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("channels");
    QTest::addColumn<double>("minPsnr");  // infinity: bit-exact
    const double exact = std::numeric_limits<double>::infinity();
    QTest::newRow("png 8 rgb") << "a.png" << int(SampleType::UInt8) << 3 << exact;
    QTest::newRow("png 8 rgba") << "b.png" << int(SampleType::UInt8) << 4 << exact;
    QTest::newRow("png 16 rgb") << "c.png" << int(SampleType::UInt16) << 3 << exact;
    QTest::newRow("png 16 rgba") << "d.png" << int(SampleType::UInt16) << 4 << exact;
    QTest::newRow("jpeg") << "e.jpg" << int(SampleType::UInt8) << 3 << 30.0;
    QTest::newRow("tiff 8 rgba") << "f.tif" << int(SampleType::UInt8) << 4 << exact;
    QTest::newRow("tiff 16 rgb") << "g.tiff" << int(SampleType::UInt16) << 3 << exact;
    QTest::newRow("exr float rgb") << "h.exr" << int(SampleType::Float32) << 3 << exact;
    // Stored premultiplied: dividing back by alpha costs float rounding, no more.
    QTest::newRow("exr float rgba") << "i.exr" << int(SampleType::Float32) << 4 << 120.0;
}

void TestStills::roundTrip() {
    QFETCH(QString, file);
    QFETCH(int, type);
    QFETCH(int, channels);
    QFETCH(double, minPsnr);
    const auto sampleType = static_cast<SampleType>(type);
    const media::Image image = test::syntheticFrame(61, 37, 5, sampleType, channels);
    const std::string path = dir_.filePath(file).toStdString();
    media::writeStill(path, image);
    const media::Still still = media::readStill(path);
    QCOMPARE(still.image.sampleType(), sampleType);
    QCOMPARE(still.image.channels(), channels);
    QCOMPARE(still.info.hasAlpha, channels == 4);
    if (std::isinf(minPsnr)) {
        QVERIFY(still.image == image);
    } else {
        QVERIFY(media::psnr(still.image, image) >= minPsnr);
    }
}

void TestStills::exrHalfKeepsHalfValues() {
    media::Image image(8, 4, 3, SampleType::Float32);
    // Values exactly representable in half, HDR above 1 included.
    const float values[] = {0.0f, 0.25f, 0.5f, 1.0f, 2.0f, 16.0f, 0.125f, 1.5f};
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 8; ++x)
            for (int c = 0; c < 3; ++c) image.setSample(x, y, c, values[(x + y + c) % 8]);
    const std::string path = dir_.filePath("half.exr").toStdString();
    media::StillWriteOptions options;
    options.storage = StillStorage::Half;
    media::writeStill(path, image, options);
    const media::StillInfo info = media::probeStill(path);
    QCOMPARE(info.bitsPerSample, 16);
    QVERIFY(info.floatingPoint);
    QVERIFY(media::readStill(path).image == image);
}

void TestStills::colorSpaceComesFromTheFile() {
    const media::Image floats = test::syntheticFrame(16, 16, 1, SampleType::Float32, 3);
    const std::string acescg = dir_.filePath("acescg.exr").toStdString();
    media::writeStill(acescg, floats, {StillStorage::Auto, "ACEScg", {}, 95});
    media::StillInfo info = media::probeStill(acescg);
    QCOMPARE(info.colorSpace, std::string("ACEScg"));
    QVERIFY(info.colorSpaceFromFile);

    const std::string linear = dir_.filePath("linear.exr").toStdString();
    media::writeStill(linear, floats);
    info = media::probeStill(linear);
    QCOMPARE(info.colorSpace, std::string("Linear Rec.709"));

    const std::string png = dir_.filePath("plain.png").toStdString();
    media::writeStill(png, test::syntheticFrame(16, 16, 1, SampleType::UInt8, 3));
    QCOMPARE(media::probeStill(png).colorSpace, std::string("sRGB"));
}

void TestStills::grayIsExpandedToRgb() {
    const QString path = dir_.filePath("gray.png");
    QVERIFY(test::ffmpeg({"-f", "lavfi", "-i", "testsrc2=size=32x24,format=gray", "-frames:v", "1", path}));
    const media::Still still = media::readStill(path.toStdString());
    QCOMPARE(still.image.channels(), 3);
    QCOMPARE(still.image.sample(5, 5, 0), still.image.sample(5, 5, 2));
}

void TestStills::jpegCannotHoldAlpha() {
    const auto rgba = test::syntheticFrame(16, 16, 1, SampleType::UInt8, 4);
    QVERIFY_THROWS_EXCEPTION(media::MediaError, media::writeStill(dir_.filePath("a.jpg").toStdString(), rgba));
    QVERIFY(!QFile::exists(dir_.filePath("a.jpg")));
}

void TestStills::aFullDiskIsAnErrorAndLeavesNothing_data() {
    QTest::addColumn<QString>("name");
    for (const char* name : {"full.png", "full.jpg", "full.tif", "full.exr"}) QTest::newRow(name) << name;
}

// Every format's write is checked: OpenImageIO's writers do not check theirs, and a
// truncated still would pass for a written one.
void TestStills::aFullDiskIsAnErrorAndLeavesNothing() {
    QFETCH(QString, name);
    const QString folder = dir_.filePath("full-" + name);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + "/" + name;
    const auto image = test::syntheticFrame(256, 256, 2, SampleType::UInt16, 3);
    QString error;
    {
        const test::FileSizeLimit limit(4 * 1024);
        try {
            media::writeStill(path.toStdString(), image);
        } catch (const media::MediaError& e) {
            error = QString::fromUtf8(e.what());
        }
    }
    QVERIFY2(error.contains(path) && error.contains("File too large"), qPrintable(error));
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
}

void TestStills::exrAlphaIsAssociatedOnDisk() {
    // OpenEXR stores color premultiplied by alpha; images here hold straight color.
    const std::string path = dir_.filePath("premultiplied.exr").toStdString();
    {
        auto out = OIIO::ImageOutput::create(path);
        QVERIFY(out);
        OIIO::ImageSpec spec(2, 1, 4, OIIO::TypeDesc::FLOAT);
        spec.alpha_channel = 3;
        QVERIFY(out->open(path, spec));
        const float pixels[] = {0.25f, 0.1f, 0.4f, 0.5f, 0.0f, 0.0f, 0.0f, 0.0f};  // half-covered, then empty
        QVERIFY(out->write_image(OIIO::TypeDesc::FLOAT, pixels));
        QVERIFY(out->close());
    }
    const media::Image read = media::readStill(path).image;
    QCOMPARE(read.channels(), 4);
    QCOMPARE(read.sample(0, 0, 0), 0.5f);
    QCOMPARE(read.sample(0, 0, 1), 0.2f);
    QCOMPARE(read.sample(0, 0, 2), 0.8f);
    QCOMPARE(read.sample(0, 0, 3), 0.5f);
    QCOMPARE(read.sample(1, 0, 0), 0.0f);  // zero alpha stays zero, not a division by zero
    QCOMPARE(read.sample(1, 0, 3), 0.0f);

    // Writing a straight image stores it premultiplied, as other EXR readers expect.
    const std::string written = dir_.filePath("written.exr").toStdString();
    media::writeStill(written, read);
    auto in = OIIO::ImageInput::open(written);
    QVERIFY(in);
    float stored[8] = {};
    QVERIFY(in->read_image(0, 0, 0, 4, OIIO::TypeDesc::FLOAT, stored));
    QCOMPARE(stored[0], 0.25f);
    QCOMPARE(stored[2], 0.4f);
    QCOMPARE(stored[3], 0.5f);
}

QTEST_GUILESS_MAIN(TestStills)
#include "tst_stills.moc"
