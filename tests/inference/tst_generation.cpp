// shotcraft-cli generate end to end with a tiny randomly initialised model: every mode
// writes the asked frames, results are reproducible, bad input and bad model files give
// one clear line; `world` renders a clip with captions and `eval` reports every measure.

#include "inference/InferenceError.h"
#include "inference/Trainer.h"
#include "inference/VideoModel.h"
#include "media/VideoReader.h"
#include "tests/support/TestMedia.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace shotcraft;

class TestGeneration : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        model_ = dir_.filePath("test.shotcraft-model");
        inference::writeInitialModel(model_.toStdString(), "test", 7);
        clip_ = dir_.filePath("source.mp4");
        still_ = dir_.filePath("still.png");
        QVERIFY(test::ffmpeg({"-f", "lavfi", "-i", "testsrc2=size=64x64:rate=8,trim=end_frame=12", "-c:v", "libx264",
                              "-pix_fmt", "yuv420p", clip_}));
        QVERIFY(test::ffmpeg({"-f", "lavfi", "-i", "testsrc2=size=96x80", "-frames:v", "1", still_}));
    }

    void everyModeWritesTheAskedFrames_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("frames");
        QTest::newRow("text mp4") << QStringList{"--prompt", "a red circle moving left on a black background"}
                                  << "text.mp4" << 16;
        QTest::newRow("text webm 8 frames")
            << QStringList{"--prompt", "a blue square", "--frames", "8"} << "text.webm" << 8;
        QTest::newRow("text png sequence")
            << QStringList{"--prompt", "a blue square", "--frames", "6"} << "seq/%04d.png" << 6;
        QTest::newRow("text 112x64 odd frames")
            << QStringList{"--prompt", "a green ball", "--width", "112", "--height", "64", "--frames", "9"}
            << "wide.mov" << 9;
        QTest::newRow("image") << QStringList{"--prompt", "", "--image", still_} << "image.mkv" << 16;
        QTest::newRow("extend forward") << QStringList{"--prompt", "", "--extend-forward", clip_, "--frames", "10"}
                                        << "fwd.mkv" << 10;
        QTest::newRow("extend backward") << QStringList{"--extend-backward", clip_, "--frames", "10"} << "bwd.mkv"
                                         << 10;
        QTest::newRow("connect") << QStringList{"--prompt", "a red ball", "--connect", clip_, clip_, "--frames", "8"}
                                 << "connect.mkv" << 8;
        QTest::newRow("loop") << QStringList{"--prompt", "a red ball bouncing", "--loop", "--frames", "12"}
                              << "loop.mkv" << 12;
        QTest::newRow("restyle") << QStringList{"--prompt",   "neon", "--restyle", clip_,
                                                "--strength", "0.6",  "--frames",  "12"}
                                 << "restyle.mkv" << 12;
        QTest::newRow("heun sampler") << QStringList{"--prompt", "a red ball", "--sampler", "heun", "--steps", "4"}
                                      << "heun.mkv" << 16;
    }

    void everyModeWritesTheAskedFrames() {
        QFETCH(QStringList, args);
        QFETCH(QString, out);
        QFETCH(int, frames);
        const QString path = dir_.filePath(out);
        const auto r = test::runCli(
            QStringList{"generate", "--model", model_, "--seed", "3", "--steps", "3", "--out", path, "--json"} + args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json["frames"].toInt(), frames);
        QCOMPARE(json["seed"].toInteger(), 3);
        QCOMPARE(json["model"].toString(), QString("shotcraft-test"));
        QVERIFY(json.contains("seconds"));
        QVERIFY(json["unknown_words"].isArray());
        media::VideoReader reader(path.toStdString());
        QCOMPARE(reader.frameCount(), std::int64_t(frames));
        // The request travels with the file.
        if (!out.contains('%')) {
            const auto& tags = reader.info().metadata;
            auto it = std::find_if(tags.begin(), tags.end(), [](const auto& kv) {
                return QString::fromStdString(kv.first).compare("shotcraft", Qt::CaseInsensitive) == 0;
            });
            QVERIFY(it != tags.end());
            QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(it->second)).object()["seed"].toInteger(), 3);
        }
    }

    void unknownWordsAreReported() {
        const auto r = test::runCli({"generate", "--model", model_, "--prompt", "a red dragon circle", "--steps", "1",
                                     "--out", dir_.filePath("u.mkv"), "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object()["unknown_words"].toArray().size(), 1);
        QVERIFY(r.err.contains("dragon"));
    }

    void sameRequestSameFrames() {
        inference::GenerationRequest request;
        request.prompt = "a yellow triangle moving up";
        request.seed = 99;
        request.steps = 4;
        auto model = inference::loadVideoModel(model_.toStdString());
        const auto a = model->generate(request, {});
        const auto b = inference::loadVideoModel(model_.toStdString())->generate(request, {});
        QCOMPARE(a.frames.size(), std::size_t(16));
        QVERIFY(a.frames == b.frames);
        QCOMPARE(a.modelHash.size(), std::size_t(64));
        request.seed = 100;
        QVERIFY(!(model->generate(request, {}).frames == a.frames));
    }

    void worldWritesAClipAndItsCaptions() {
        const QString path = dir_.filePath("world.mkv");
        const auto r = test::runCli(
            {"world", "--seed", "12", "--width", "112", "--height", "64", "--frames", "10", "--out", path, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json["captions"].toArray().size(), 4);
        for (const auto& caption : json["captions"].toArray()) QVERIFY(!caption.toString().isEmpty());
        media::VideoReader reader(path.toStdString());
        QCOMPARE(reader.frameCount(), std::int64_t(10));
        QCOMPARE(reader.info().width, 112);
        // The same seed renders the same clip.
        const QString again = dir_.filePath("world-again.mkv");
        QCOMPARE(test::runCli({"world", "--seed", "12", "--width", "112", "--height", "64", "--frames", "10", "--out",
                               again, "--json"})
                     .out,
                 r.out);
        QVERIFY(media::VideoReader(again.toStdString()).readFrame(9) == reader.readFrame(9));
        // --start 1 begins where the clip ends and goes on at its pace.
        const QString later = dir_.filePath("world-later.mkv");
        const auto started = test::runCli({"world", "--seed", "12", "--width", "112", "--height", "64", "--frames",
                                           "10", "--start", "1", "--out", later, "--json"});
        QCOMPARE(started.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(started.out).object()["start"].toDouble(), 1.0);
        media::VideoReader laterReader(later.toStdString());
        QVERIFY(laterReader.readFrame(0) == reader.readFrame(9));
        QVERIFY(!(laterReader.readFrame(9) == reader.readFrame(9)));
        const auto refused =
            test::runCli({"world", "--seed", "12", "--start", "9", "--out", dir_.filePath("never.mkv")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--start"), refused.err.constData());
        QVERIFY(!QFileInfo::exists(dir_.filePath("never.mkv")));
    }

    void evalReportsEveryMeasure() {
        const QString json = dir_.filePath("eval.json");
        const QString markdown = dir_.filePath("eval.md");
        const auto r =
            test::runCli({"eval", "--model",          model_, "--prompts",     "3",  "--pairs", "2",     "--cases",
                          "2",    "--bucket-prompts", "1",    "--timing-runs", "1",  "--steps", "2",     "--guidance",
                          "2.5",  "--shift",          "3",    "--json",        json, "--out",   markdown});
        QCOMPARE(r.exitCode, 0);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject settings = report["settings"].toObject();
        QCOMPARE(settings["guidance"].toDouble(), 2.5);
        QCOMPARE(settings["shift"].toDouble(), 3.0);
        QCOMPARE(settings["steps"].toInt(), 2);
        const QJsonObject heldOut = report["held_out"].toObject();
        QCOMPARE(heldOut["prompts"].toInt(), 5);
        QCOMPARE(heldOut["binding_prompts"].toInt(), 2);
        for (const char* key : {"color", "shape", "motion", "background", "style", "binding", "flicker"}) {
            const double v = heldOut[key].toDouble(-1);
            QVERIFY2(v >= 0 && v <= 1, key);
        }
        QVERIFY(report["image_first_frame_psnr_db"].toDouble() > 0);
        for (const char* key :
             {"extend_forward_seam_ratio", "extend_backward_seam_ratio", "connect_seam_ratio", "loop_seam_ratio"}) {
            QVERIFY2(report[key].toDouble() > 0, key);
        }
        // Two cases: one restyled to neon, one to outline; together they make the overall accuracy.
        const QJsonObject byTarget = report["restyle_style_accuracy_by_target"].toObject();
        const double neon = byTarget["neon"].toDouble(-1), outline = byTarget["outline"].toDouble(-1);
        QVERIFY(neon >= 0 && neon <= 1 && outline >= 0 && outline <= 1);
        QCOMPARE((neon + outline) / 2, report["restyle_style_accuracy"].toDouble());
        QCOMPARE(report["buckets"].toArray().size(), 4);
        QFile md(markdown);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY2(text.contains("guidance 2.5, timestep shift 3.0"), qPrintable(text));
        QVERIFY(text.contains("| two-object binding |"));
        QVERIFY(text.contains("| restyle at 0.6: to neon / to outline |"));
        QVERIFY(text.contains("| rendered, through the autoencoder (the ceiling) |"));
        // The reader is right on the renders themselves; the round trip is a fraction.
        const QJsonObject rendered = report["held_out_rendered"].toObject();
        for (const char* key : {"color", "shape", "motion", "background", "style", "binding"}) {
            QVERIFY2(rendered[key].toDouble() == 1.0, key);
            const double v = report["held_out_autoencoder_round_trip"].toObject()[key].toDouble(-1);
            QVERIFY2(v >= 0 && v <= 1, key);
        }
    }

    void givenFramesComeBackAtTheSeam() {
        // The still is frame 0 of an image-to-video take, pixel for pixel (seam matching
        // carries the autoencoder's error on it), and the request records the fade.
        media::Image still(64, 64, 3, media::SampleType::UInt8);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                for (int c = 0; c < 3; ++c) still.setSample(x, y, c, ((x * 7 + y * 3 + c * 50) % 256) / 255.0f);
        inference::GenerationRequest request;
        request.mode = inference::GenerationMode::Image;
        request.prompt = "a red circle";
        request.steps = 2;
        request.sourceA = {still};
        auto model = inference::loadVideoModel(model_.toStdString());
        const auto matched = model->generate(request, {});
        QVERIFY2(media::psnr(matched.frames.front(), still) > 48,
                 qPrintable(QString::number(media::psnr(matched.frames.front(), still))));
        request.seamFadeFrames = 0;
        const auto plain = model->generate(request, {});
        QVERIFY(media::psnr(plain.frames.front(), still) < 40);  // the untrained autoencoder's own drawing
        QVERIFY(plain.frames.back() == matched.frames.back());   // past the fade nothing changes
        // A known frame comes out as the autoencoder draws it: the model's round trip.
        QVERIFY(model->roundTrip({still}).front() == plain.frames.front());
        QVERIFY_THROWS_EXCEPTION(inference::InferenceError,
                                 model->roundTrip({still, media::Image(32, 64, 3, media::SampleType::UInt8)}));
        QCOMPARE(request.toJson()["seam_fade_frames"].toInt(), 0);
    }

    void guidanceRampChangesOnlyConditionedTakes() {
        // The ramp lowers the guidance next to given frames: an image-to-video take changes,
        // a text-to-video take (no given frame) stays bit for bit, and the request records it.
        media::Image still(64, 64, 3, media::SampleType::UInt8);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                for (int c = 0; c < 3; ++c) still.setSample(x, y, c, ((x * 5 + y * 9 + c * 70) % 256) / 255.0f);
        auto model = inference::loadVideoModel(model_.toStdString());
        inference::GenerationRequest request;
        request.prompt = "a red circle";
        request.steps = 2;
        request.frames = 8;
        const auto text = model->generate(request, {});
        request.guidanceRampFrames = 4;
        QVERIFY(model->generate(request, {}).frames == text.frames);
        request.mode = inference::GenerationMode::Image;
        request.sourceA = {still};
        const auto ramped = model->generate(request, {});
        request.guidanceRampFrames = 0;
        const auto flat = model->generate(request, {});
        QVERIFY(ramped.frames.front() == flat.frames.front());  // the still itself, both times
        QVERIFY(ramped.frames.back() != flat.frames.back());
        request.guidanceRampFrames = 4;
        QCOMPARE(request.toJson()["guidance_ramp_frames"].toInt(), 4);
    }

    void badRequestsAreOneLineErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("empty prompt") << QStringList{"--prompt", ""} << 1 << "prompt is empty";
        QTest::newRow("bad size") << QStringList{"--prompt", "red", "--width", "60"} << 1 << "multiples of";
        QTest::newRow("strength") << QStringList{"--prompt", "red", "--restyle", clip_, "--strength", "1.5"} << 2
                                  << "strength";
        QTest::newRow("missing clip") << QStringList{"--prompt", "red", "--extend-forward", dir_.filePath("none.mp4")}
                                      << 1 << "not found";
        QTest::newRow("missing still") << QStringList{"--prompt", "red", "--image", dir_.filePath("none.png")} << 1
                                       << "not found";
        QTest::newRow("two modes") << QStringList{"--prompt", "red", "--loop", "--image", still_} << 2 << "choose one";
        QTest::newRow("bad seed") << QStringList{"--prompt", "red", "--seed", "-4"} << 2 << "seed";
        QTest::newRow("seam fade") << QStringList{"--prompt", "red", "--image", still_, "--seam-fade", "100"} << 1
                                   << "seam fade";
        QTest::newRow("guidance ramp") << QStringList{"--prompt", "red", "--image", still_, "--guidance-ramp", "-2"}
                                       << 1 << "guidance ramp";
        QTest::newRow("bad out") << QStringList{"--prompt", "red", "--out", dir_.filePath("x.gif")} << 1
                                 << "cannot write video";
    }

    void badRequestsAreOneLineErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, phrase);
        QStringList all{"generate", "--model", model_, "--steps", "1"};
        all << args;
        if (!args.contains("--out")) all << "--out" << dir_.filePath("bad.mkv");
        const auto r = test::runCli(all);
        QCOMPARE(r.exitCode, exitCode);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(err.contains(phrase), qPrintable(err));
        QVERIFY2(!err.contains('\n'), qPrintable(err));
        QVERIFY(!QFile::exists(dir_.filePath("bad.mkv")));
    }

    void badModelFilesAreClearErrors_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("missing") << "missing"
                                 << "not found";
        QTest::newRow("not a model") << "text"
                                     << "not a Shotcraft model file";
        QTest::newRow("corrupt byte") << "flip"
                                      << "corrupt";
        QTest::newRow("truncated") << "truncate"
                                   << "truncated";
        QTest::newRow("mismatched config") << "mismatch"
                                           << "has shape";
        QTest::newRow("noise correlation of 1") << "correlation"
                                                << "noise correlation";
        QTest::newRow("newer format") << "newer"
                                      << "format version";
    }

    void badModelFilesAreClearErrors() {
        QFETCH(QString, kind);
        QFETCH(QString, phrase);
        QFile original(model_);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        const QString path = dir_.filePath("broken-" + kind + ".shotcraft-model");
        if (kind == "text") bytes = "this is a text file\n";
        if (kind == "flip") bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
        if (kind == "truncate") bytes = bytes.left(100);
        if (kind == "newer") bytes[16] = 9;
        if (kind == "mismatch" || kind == "correlation") {
            // A consistent file (valid checksum) whose config asks for a wider DiT, or for
            // noise every frame shares entirely.
            quint64 headerSize = 0;
            std::memcpy(&headerSize, bytes.constData() + 20, 8);
            QJsonObject header = QJsonDocument::fromJson(bytes.mid(28, qsizetype(headerSize))).object();
            QJsonObject config = header["config"].toObject();
            if (kind == "mismatch") config["width"] = 48;
            if (kind == "correlation") config["noise_correlation"] = 1.0;
            header["config"] = config;
            const QByteArray newHeader = QJsonDocument(header).toJson(QJsonDocument::Compact);
            const quint64 newSize = quint64(newHeader.size());
            QByteArray body = bytes.left(20);
            body.append(reinterpret_cast<const char*>(&newSize), 8);
            body.append(newHeader);
            body.append(bytes.mid(28 + qsizetype(headerSize), bytes.size() - 28 - qsizetype(headerSize) - 32));
            bytes = body + QCryptographicHash::hash(body, QCryptographicHash::Sha256);
        }
        if (kind != "missing") {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        try {
            inference::loadVideoModel(path.toStdString());
            QFAIL("a bad model file loaded");
        } catch (const inference::InferenceError& e) {
            QVERIFY2(QString(e.what()).contains(phrase), e.what());
        }
        const auto r = test::runCli({"generate", "--model", path, "--prompt", "red", "--out", dir_.filePath("m.mkv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(phrase.toUtf8()));
    }

private:
    QTemporaryDir dir_;
    QString model_, clip_, still_;
};

QTEST_GUILESS_MAIN(TestGeneration)
#include "tst_generation.moc"
