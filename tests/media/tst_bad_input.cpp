// Bad input: every broken or unsupported file gives a clear MediaError, never a crash or
// a leak (ctest also runs this suite under ASan + UBSan, see .ci/run).

#include "media/MediaError.h"
#include "media/StillIO.h"
#include "media/VideoReader.h"
#include "tests/support/TestMedia.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace shotcraft;

class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void videoErrors_data();
    void videoErrors();
    void truncatedFastStartFileDecodesWhatIsThere();
    void truncatedIntraFileCountsWholeFramesOnly();
    void hugePngHeaderIsRefused();
    void corruptPngIsAnError();
    void randomBytesNeverCrash();

private:
    QString write(const QString& name, const QByteArray& bytes) {
        QFile file(dir_.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) return {};
        file.write(bytes);
        return file.fileName();
    }
    QByteArray read(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QTemporaryDir dir_;
    QString goodMp4_;
};

void TestBadInput::initTestCase() {
    QVERIFY(dir_.isValid());
    goodMp4_ = dir_.filePath("good.mp4");
    QVERIFY(test::ffmpeg({"-f", "lavfi", "-i", "testsrc2=size=64x48:rate=24,trim=end_frame=24", "-c:v", "libx264",
                          "-pix_fmt", "yuv420p", goodMp4_}));
    QVERIFY(test::ffmpeg({"-f", "lavfi", "-i", "color=red:size=16x16:rate=24,trim=end_frame=4,scale=1:1", "-c:v", "png",
                          dir_.filePath("one_pixel.mov")}));
}

void TestBadInput::videoErrors_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");  // a phrase the message must contain
    QTest::addColumn<int>("kind");          // what the studio translates it by
    using Kind = media::MediaError::Kind;

    QTest::newRow("missing file") << dir_.filePath("nope.mp4") << "not found" << int(Kind::Other);
    QTest::newRow("directory") << dir_.path() << "folder" << int(Kind::Other);
    QTest::newRow("zero bytes") << write("empty.mp4", {}) << "empty" << int(Kind::Empty);
    QTest::newRow("text renamed to mp4") << write("text.mp4", "This is not a video, it is a note.\n") << "cannot open"
                                         << int(Kind::NotMedia);
    const QByteArray good = read(goodMp4_);
    // The moov box is at the end: cutting the file in half loses it.
    QTest::newRow("truncated mp4") << write("truncated.mp4", good.left(good.size() / 2)) << "cannot open"
                                   << int(Kind::NotMedia);
    // An unknown sample entry fourcc: FFmpeg has no decoder for it.
    QByteArray unknownCodec = good;
    unknownCodec.replace("avc1", "zzz9");
    QTest::newRow("unsupported codec") << write("unknown_codec.mp4", unknownCodec) << "unsupported video codec 'zzz9'"
                                       << int(Kind::UnsupportedCodec);
    QTest::newRow("1x1 video") << dir_.filePath("one_pixel.mov") << "smallest supported size" << int(Kind::Other);
}

void TestBadInput::videoErrors() {
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFETCH(int, kind);
    try {
        media::VideoReader reader(path.toStdString());
        QFAIL("the reader accepted a bad file");
    } catch (const media::MediaError& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(!message.contains('\n'), "messages are one line");
        QCOMPARE(int(e.kind()), kind);
        if (e.kind() == media::MediaError::Kind::UnsupportedCodec) QCOMPARE(e.detail(), std::string("zzz9"));
    }
}

void TestBadInput::truncatedFastStartFileDecodesWhatIsThere() {
    const QString faststart = dir_.filePath("faststart.mp4");
    QVERIFY(test::ffmpeg({"-f", "lavfi", "-i", "testsrc2=size=64x48:rate=24,trim=end_frame=96", "-c:v", "libx264",
                          "-pix_fmt", "yuv420p", "-g", "24", "-movflags", "+faststart", faststart}));
    const QByteArray bytes = read(faststart);
    const QString cut = write("faststart_cut.mp4", bytes.left(bytes.size() * 2 / 3));
    // The index is intact but the media data ends early: opening works or fails
    // cleanly, and every frame either decodes or raises MediaError.
    try {
        media::VideoReader reader(cut.toStdString());
        QVERIFY(reader.frameCount() > 0);
        int decoded = 0;
        for (std::int64_t i = 0; i < reader.frameCount(); ++i) {
            try {
                reader.readFrame(i);
                ++decoded;
            } catch (const media::MediaError&) {
            }
        }
        QVERIFY(decoded > 0);
    } catch (const media::MediaError& e) {
        QVERIFY(!QString(e.what()).isEmpty());
    }
}

void TestBadInput::truncatedIntraFileCountsWholeFramesOnly() {
    // Every frame stands alone (MJPEG), so the frames before the cut are whole and the one
    // the cut runs through is not: the count holds only frames that decode.
    const QString full = dir_.filePath("intra.mp4");
    QVERIFY(test::ffmpeg({"-f", "lavfi", "-i", "testsrc2=size=64x48:rate=24,trim=end_frame=48", "-c:v", "mjpeg", "-q:v",
                          "3", "-movflags", "+faststart", full}));
    const QByteArray bytes = read(full);
    const QString cut = write("intra_cut.mp4", bytes.left(bytes.size() / 2));
    media::VideoReader reader(cut.toStdString());
    QVERIFY2(reader.frameCount() > 5 && reader.frameCount() < 48, qPrintable(QString::number(reader.frameCount())));
    for (std::int64_t i = 0; i < reader.frameCount(); ++i) {
        try {
            reader.readFrame(i);
        } catch (const media::MediaError& e) {
            QFAIL(qPrintable(QString("frame %1 of %2 is counted but does not decode: %3")
                                 .arg(i)
                                 .arg(reader.frameCount())
                                 .arg(e.what())));
        }
    }
}

void TestBadInput::hugePngHeaderIsRefused() {
    // A valid PNG signature and IHDR claiming 16384 x 16384 RGBA, and no pixel data.
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr("IHDR");
    char size[4];
    qToBigEndian<quint32>(16384, size);
    ihdr.append(size, 4).append(size, 4).append("\x08\x06\x00\x00\x00", 5);
    char length[4];
    qToBigEndian<quint32>(13, length);
    // CRC-32 over type + data (the PNG polynomial).
    quint32 crc = 0xffffffffu;
    for (char ch : ihdr) {
        crc ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    char crcBytes[4];
    qToBigEndian<quint32>(crc ^ 0xffffffffu, crcBytes);
    png.append(length, 4).append(ihdr).append(crcBytes, 4);
    png.append(QByteArray("\0\0\0\0IDAT\x35\xaf\x06\x1e", 12));  // empty IDAT: no pixels
    png.append(QByteArray("\0\0\0\0IEND\xae\x42\x60\x82", 12));
    const QString path = write("huge.png", png);
    try {
        media::readStill(path.toStdString());
        QFAIL("a 16k x 16k still was accepted");
    } catch (const media::MediaError& e) {
        QVERIFY2(QString(e.what()).contains("megapixels"), e.what());
    }
}

void TestBadInput::corruptPngIsAnError() {
    const QString good = dir_.filePath("small.png");
    QVERIFY(test::ffmpeg({"-f", "lavfi", "-i", "testsrc2=size=64x48", "-frames:v", "1", good}));
    QByteArray png = read(good);
    for (int i = 60; i < png.size(); i += 7) png[i] = char(png[i] ^ 0x5a);
    const QString path = write("corrupt.png", png);
    auto kindOf = [](const QString& file) {
        try {
            media::readStill(file.toStdString());
        } catch (const media::MediaError& e) {
            return int(e.kind());
        }
        return -1;  // read: not an error
    };
    // Its chunks fail their checksums: OpenImageIO does not open it.
    QCOMPARE(kindOf(path), int(media::MediaError::Kind::NotMedia));
    QCOMPARE(kindOf(write("empty.png", {})), int(media::MediaError::Kind::Empty));
    QCOMPARE(kindOf(write("note.png", "not an image\n")), int(media::MediaError::Kind::NotMedia));
    QVERIFY_THROWS_EXCEPTION(media::MediaError, media::readStill(dir_.filePath("none.png").toStdString()));
}

void TestBadInput::randomBytesNeverCrash() {
    // Flip bytes all over a good file: each open either fails with MediaError or gives a
    // reader whose frames decode or fail with MediaError.
    const QByteArray good = read(goodMp4_);
    std::uint32_t state = 12345;
    for (int round = 0; round < 20; ++round) {
        QByteArray bytes = good;
        for (int k = 0; k < 40; ++k) {
            state = state * 1664525u + 1013904223u;
            bytes[int(state % bytes.size())] = char(state >> 24);
        }
        const QString path = write(QString("mangled_%1.mp4").arg(round), bytes);
        try {
            media::VideoReader reader(path.toStdString());
            for (std::int64_t i = reader.frameCount() - 1; i >= 0; i -= 5) {
                try {
                    reader.readFrame(i);
                } catch (const media::MediaError&) {
                }
            }
        } catch (const media::MediaError&) {
        }
    }
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
