// A TorchScript model package exported with Debian's python3-torch (1.13, as libtorch)
// from a native model file loads through the same VideoModel interface and generates
// the same frames. Skipped where python3-torch is absent.

#include "inference/InferenceError.h"
#include "inference/Trainer.h"
#include "inference/VideoModel.h"
#include "tests/support/TestMedia.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace shotcraft;

class TestTorchScript : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (test::runProcess("/usr/bin/python3", {"-c", "import torch"}).exitCode != 0) {
            QSKIP("python3-torch is not installed (apt-get install python3-torch): TorchScript export not tested");
        }
        QVERIFY(dir_.isValid());
        model_ = dir_.filePath("native.shotcraft-model");
        package_ = dir_.filePath("package");
        inference::writeInitialModel(model_.toStdString(), "test", 21);
        const auto r = test::runProcess("/usr/bin/python3", {SHOTCRAFT_SOURCE_DIR "/scripts/export_torchscript.py",
                                                             "--model", model_, "--out", package_});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(package_ + "/manifest.json"));
    }

    void packageGeneratesLikeTheNativeModel() {
        auto native = inference::loadVideoModel(model_.toStdString());
        auto scripted = inference::loadVideoModel(package_.toStdString());
        QCOMPARE(scripted->info().kind, std::string("torchscript"));
        QCOMPARE(scripted->info().vocabulary, native->info().vocabulary);
        QCOMPARE(scripted->info().hash.size(), std::size_t(64));
        for (auto mode : {inference::GenerationMode::Text, inference::GenerationMode::ExtendForward}) {
            inference::GenerationRequest r;
            r.mode = mode;
            r.prompt = "a green square moving down on a sunset";
            r.seed = 17;
            r.steps = 4;
            r.frames = 8;
            if (mode == inference::GenerationMode::ExtendForward) {
                r.sourceA = {test::syntheticFrame(64, 64, 1, media::SampleType::UInt8, 3),
                             test::syntheticFrame(64, 64, 2, media::SampleType::UInt8, 3)};
            }
            const auto a = native->generate(r, {});
            const auto b = scripted->generate(r, {});
            QCOMPARE(b.frames.size(), std::size_t(8));
            for (std::size_t i = 0; i < a.frames.size(); ++i) {
                QVERIFY2(media::psnr(a.frames[i], b.frames[i]) > 50.0, "TorchScript frames differ from native ones");
            }
        }
    }

    void brokenPackagesAreClearErrors() {
        QTemporaryDir empty;
        try {
            inference::loadVideoModel(empty.path().toStdString());
            QFAIL("an empty folder loaded as a model");
        } catch (const inference::InferenceError& e) {
            QVERIFY2(QString(e.what()).contains("manifest.json"), e.what());
        }
        QVERIFY(QFile::remove(package_ + "/denoiser.pt"));
        try {
            inference::loadVideoModel(package_.toStdString());
            QFAIL("a package without its denoiser loaded");
        } catch (const inference::InferenceError& e) {
            QVERIFY2(QString(e.what()).contains("denoiser"), e.what());
        }
    }

private:
    QTemporaryDir dir_;
    QString model_, package_;
};

QTEST_GUILESS_MAIN(TestTorchScript)
#include "tst_torchscript.moc"
