// A TorchScript model package exported with Debian's python3-torch (1.13, as libtorch)
// from a native model file loads through the same VideoModel interface and generates
// the same frames, its denoiser the same velocity (rotary blocks and per-frame modulation
// too). Skipped where
// python3-torch is absent.

#include "inference/InferenceError.h"
#include "inference/NativeModules.h"
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

        // A model with a rotary block, per-frame modulation, a layout prior and noise shared
        // between frames, its rotary attention, frame modulation, layout and silhouette
        // embeddings given weights (all start as no-ops, which would hide a wrong export).
        torch::manual_seed(22);
        inference::ModelConfig config = inference::loadModelFile(model_.toStdString()).config;
        config.rotaryBlocks = {0};
        config.frameModulation = true;
        config.layoutPrior = true;
        config.noiseCorrelation = 0.3f;
        inference::NativeModules modules(config);
        {
            torch::NoGradGuard noGrad;
            for (auto& [name, p] : modules.namedParameters()) {
                if (name.find("final_linear") != std::string::npos || name.find("modulation") != std::string::npos ||
                    name.find("rotary_attention.attention.out") != std::string::npos ||
                    name.find("layout_embed") != std::string::npos ||
                    name.find("layout_silhouette_embed") != std::string::npos) {
                    p.normal_(0.0, 0.05);
                }
            }
        }
        rotaryModel_ = dir_.filePath("rotary.shotcraft-model");
        rotaryPackage_ = dir_.filePath("rotary-package");
        inference::saveModelFile(rotaryModel_.toStdString(), config, modules, {}, false);
        const auto rotary = test::runProcess("/usr/bin/python3", {SHOTCRAFT_SOURCE_DIR "/scripts/export_torchscript.py",
                                                                  "--model", rotaryModel_, "--out", rotaryPackage_});
        QVERIFY2(rotary.exitCode == 0, rotary.err.constData());
    }

    void packageGeneratesLikeTheNativeModel_data() { addModelRows(); }

    void packageGeneratesLikeTheNativeModel() {
        QFETCH(bool, rotary);
        auto native = inference::loadVideoModel((rotary ? rotaryModel_ : model_).toStdString());
        auto scripted = inference::loadVideoModel((rotary ? rotaryPackage_ : package_).toStdString());
        QCOMPARE(scripted->info().noiseCorrelation, rotary ? 0.3f : 0.0f);
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

    // The frames above pass through an untrained decoder that flattens small differences;
    // the denoisers themselves must agree on the same inputs.
    void scriptedDenoiserComputesTheNativeVelocity_data() { addModelRows(); }

    void scriptedDenoiserComputesTheNativeVelocity() {
        QFETCH(bool, rotary);
        const auto native = inference::loadModelFile((rotary ? rotaryModel_ : model_).toStdString());
        auto scripted = torch::jit::load(((rotary ? rotaryPackage_ : package_) + "/denoiser.pt").toStdString());
        scripted.eval();
        torch::NoGradGuard noGrad;
        torch::manual_seed(5);
        const int c = native.config.latentChannels;
        const auto x = torch::randn({2, c, 4, 8, 12});
        const auto known = torch::randn({2, c, 4, 8, 12});
        const auto mask = torch::zeros({2, 1, 4, 8, 12});
        const auto t = torch::tensor({0.3f, 0.9f});
        const auto text = torch::randn({2, 5, native.config.textWidth});
        const auto textMask = torch::tensor({1, 1, 1, 0, 0, 1, 1, 1, 1, 1}, torch::kBool).view({2, 5});
        const auto expected = native.modules->dit->forward(x, known, mask, t, text, textMask);
        const auto got = scripted.forward({x, known, mask, t, text, textMask}).toTensor();
        QCOMPARE(got.sizes(), expected.sizes());
        const double scale = expected.abs().max().item<double>();
        const double error = (got - expected).abs().max().item<double>();
        QVERIFY2(scale > 1e-2, qPrintable(QString("velocity too small to compare: %1").arg(scale)));
        QVERIFY2(error < 1e-4 * scale, qPrintable(QString("max error %1 of %2").arg(error).arg(scale)));
        if (rotary) {
            // The rotary block changes the velocity (so this row tests the scripted one).
            auto plain = native.config;
            plain.rotaryBlocks.clear();
            inference::NativeModules without(plain);
            auto source = native.modules->namedParameters();
            for (auto& [name, p] : without.namedParameters()) {
                for (const auto& [sourceName, value] : source) {
                    if (sourceName == name) p.copy_(value);
                }
            }
            const auto noRotary = without.dit->forward(x, known, mask, t, text, textMask);
            QVERIFY((noRotary - expected).abs().max().item<double>() > 100 * error + 1e-3 * scale);
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
    // The two exported models: the plain test model and the one with a rotary block and
    // shared noise.
    static void addModelRows() {
        QTest::addColumn<bool>("rotary");
        QTest::newRow("plain DiT") << false;
        QTest::newRow("rotary block, frame modulation, layout prior, shared noise") << true;
    }

    QTemporaryDir dir_;
    QString model_, package_, rotaryModel_, rotaryPackage_;
};

QTEST_GUILESS_MAIN(TestTorchScript)
#include "tst_torchscript.moc"
