// The sampler's math on flows with known solutions, and the generation pipeline's
// mechanics with a transparent fake model: where known frames go, progress, previews,
// cancellation and determinism.

#include "inference/FlowMatchSampler.h"
#include "inference/InferenceError.h"
#include "inference/LatentVideoModel.h"

#include <QTest>

#include <cmath>

using namespace shotcraft;
using namespace shotcraft::inference;

namespace {

// Exact velocity when all data is the single point x0: v = (x - x0) / t.
torch::Tensor pointVelocity(const torch::Tensor& x, double t, const torch::Tensor& x0) {
    return (x - x0) / t;
}

// Exact velocity for Gaussian data N(mu, sigma^2) and unit noise:
// x_t ~ N((1-t) mu, s^2) with s^2 = (1-t)^2 sigma^2 + t^2; v = E[noise - x0 | x_t].
torch::Tensor gaussianVelocity(const torch::Tensor& x, double t, double mu, double sigma) {
    const double var = (1 - t) * (1 - t) * sigma * sigma + t * t;
    const auto centred = x - (1 - t) * mu;
    const auto noise = t / var * centred;
    const auto data = mu + (1 - t) * sigma * sigma / var * centred;
    return noise - data;
}

// A 16x16 request for "red circle" in `mode`, its sources still to be given.
GenerationRequest smallRequest(GenerationMode mode, int frames, int steps) {
    GenerationRequest r;
    r.mode = mode;
    r.prompt = "red circle";
    r.frames = frames;
    r.width = r.height = 16;
    r.steps = steps;
    return r;
}

// A model whose networks are plain functions: latents are 4x4 average-pooled frames,
// decoding repeats pixels, and the denoiser pulls towards the known latents. It records
// what the pipeline hands it.
class TransparentModel : public LatentVideoModel {
public:
    explicit TransparentModel(float noiseCorrelation = 0.0f)
        : LatentVideoModel(makeInfo(noiseCorrelation), {"red", "circle", "blue"}, 8, 3, 4, DeviceOptions{}) {}

    int calls = 0;
    std::vector<torch::Tensor> masks;
    std::vector<torch::Tensor> knowns;
    std::function<void()> onCall;
    double velocityScale = 1.0;  // below 1: an imperfect model, so the noise shows through

protected:
    static ModelInfo makeInfo(float noiseCorrelation) {
        ModelInfo info;
        info.id = "transparent";
        info.noiseCorrelation = noiseCorrelation;
        info.frameMultiple = 2;
        info.sizeMultiple = 8;
        return info;
    }
    torch::Tensor encodeFrames(const torch::Tensor& frames) override {
        return torch::nn::functional::avg_pool2d(frames, torch::nn::functional::AvgPool2dFuncOptions(4));
    }
    torch::Tensor decodeLatents(const torch::Tensor& latents) override {
        return latents.repeat_interleave(4, 2).repeat_interleave(4, 3);
    }
    torch::Tensor encodeText(const torch::Tensor& tokens) override {
        return tokens.to(torch::kFloat32).unsqueeze(-1).repeat({1, 1, 4});
    }
    torch::Tensor denoise(const torch::Tensor& x, const torch::Tensor& known, const torch::Tensor& mask,
                          const torch::Tensor& t, const torch::Tensor&, const torch::Tensor&) override {
        ++calls;
        masks.push_back(mask.clone());
        knowns.push_back(known.clone());
        if (onCall) onCall();
        // Data = 0.25 everywhere: the exact velocity of a point mass.
        const auto tB = t.view({-1, 1, 1, 1, 1}).clamp_min(1e-3);
        return velocityScale * (x - 0.25) / tB;
    }
};

media::Image flat(int w, int h, std::uint8_t value) {
    media::Image image(w, h, 3, media::SampleType::UInt8);
    std::fill(image.data(), image.data() + image.byteSize(), value);
    return image;
}

}  // namespace

class TestSamplerPipeline : public QObject {
    Q_OBJECT

private slots:
    void scheduleRunsFromStartToZero() {
        for (double shift : {1.0, 3.0}) {
            const auto times = timeSchedule(10, shift, 1.0);
            QCOMPARE(times.size(), std::size_t(11));
            QCOMPARE(times.front(), 1.0);
            QCOMPARE(times.back(), 0.0);
            for (std::size_t i = 1; i < times.size(); ++i) QVERIFY(times[i] < times[i - 1]);
        }
        // A shift above 1 keeps more steps at high noise.
        QVERIFY(timeSchedule(10, 3.0)[5] > timeSchedule(10, 1.0)[5]);
        QCOMPARE(timeSchedule(4, 1.0, 0.6).front(), 0.6);
        QCOMPARE(timeSchedule(4, 1.0, 0.6)[2], 0.3);
        QVERIFY_THROWS_EXCEPTION(InferenceError, timeSchedule(0, 1.0));
        QVERIFY_THROWS_EXCEPTION(InferenceError, timeSchedule(4, 1.0, 1.5));
    }

    void eulerIntegratesStraightFlowsExactly() {
        // Rectified flow's paths to a single point are straight lines: Euler lands on the
        // point for any number of steps.
        torch::manual_seed(3);
        const auto x0 = torch::randn({2, 3, 4}, torch::kFloat64);
        for (int steps : {1, 3, 20}) {
            const auto noise = torch::randn({2, 3, 4}, torch::kFloat64);
            const auto out = integrateFlow(
                noise, timeSchedule(steps, 2.0),
                [&](const torch::Tensor& x, double t) { return pointVelocity(x, t, x0); }, SamplerKind::Euler);
            QVERIFY((out - x0).abs().max().item<double>() < 1e-12);
        }
    }

    void heunConvergesAtSecondOrderOnGaussians() {
        // For Gaussian data the flow maps noise e to mu + sigma e exactly.
        const double mu = 0.7, sigma = 0.3;
        torch::manual_seed(4);
        const auto noise = torch::randn({1000}, torch::kFloat64);
        const auto exact = mu + sigma * noise;
        auto error = [&](SamplerKind kind, int steps) {
            // (The last step, into t = 0, is an Euler step for both samplers.)
            const auto out = integrateFlow(
                noise, timeSchedule(steps, 1.0),
                [&](const torch::Tensor& x, double t) { return gaussianVelocity(x, t, mu, sigma); }, kind);
            return (out - exact).abs().max().item<double>();
        };
        const double euler10 = error(SamplerKind::Euler, 10), euler20 = error(SamplerKind::Euler, 20);
        const double heun10 = error(SamplerKind::Heun, 10), heun20 = error(SamplerKind::Heun, 20);
        QVERIFY2(euler20 < 0.6 * euler10, qPrintable(QString("euler %1 -> %2").arg(euler10).arg(euler20)));
        QVERIFY2(heun20 < 0.35 * heun10, qPrintable(QString("heun %1 -> %2").arg(heun10).arg(heun20)));
        QVERIFY(heun20 < euler20 / 5);
    }

    void ancestralStepsKeepTheDataDistribution() {
        // Exact velocities: a point mass is reached whatever noise the steps draw, and
        // Gaussian data comes out with its mean and spread, though not the ODE's mapping.
        torch::manual_seed(5);
        const auto x0 = torch::randn({2, 3, 4}, torch::kFloat64);
        int draws = 0;
        const NoiseSource fresh = [&] {
            ++draws;
            return torch::randn({2, 3, 4}, torch::kFloat64);
        };
        const auto point = integrateFlow(
            torch::randn({2, 3, 4}, torch::kFloat64), timeSchedule(8, 3.0),
            [&](const torch::Tensor& x, double t) { return pointVelocity(x, t, x0); }, SamplerKind::Ancestral, {},
            fresh);
        QVERIFY((point - x0).abs().max().item<double>() < 1e-12);
        QCOMPARE(draws, 7);  // every step but the last, into t = 0

        const double mu = 0.7, sigma = 0.3;
        const auto noise = torch::randn({20000}, torch::kFloat64);
        const auto gaussian = [&](const torch::Tensor& x, double t) { return gaussianVelocity(x, t, mu, sigma); };
        const NoiseSource freshGaussian = [] { return torch::randn({20000}, torch::kFloat64); };
        // Coarse steps lose some spread (Euler too); fine ones keep it.
        const auto out =
            integrateFlow(noise, timeSchedule(200, 3.0), gaussian, SamplerKind::Ancestral, {}, freshGaussian);
        const double mean = out.mean().item<double>(), spread = out.std().item<double>();
        QVERIFY2(std::abs(mean - mu) < 0.01 && std::abs(spread - sigma) < 0.02,
                 qPrintable(QString("mean %1, std %2").arg(mean).arg(spread)));
        const auto ode = integrateFlow(noise, timeSchedule(200, 3.0), gaussian, SamplerKind::Euler);
        QVERIFY((out - ode).abs().mean().item<double>() > 0.05);
        QVERIFY_THROWS_EXCEPTION(InferenceError, integrateFlow(noise, timeSchedule(4, 1.0), gaussian,
                                                               SamplerKind::Ancestral));  // no noise source
    }

    void guidanceExtrapolates() {
        const auto pos = torch::full({3}, 2.0), neg = torch::full({3}, 1.0);
        QVERIFY(torch::allclose(guide(pos, neg, 1.0), pos));
        QVERIFY(torch::allclose(guide(pos, neg, 0.0), neg));
        QVERIFY(torch::allclose(guide(pos, neg, 3.0), torch::full({3}, 4.0)));
    }

    void knownFramesGoWhereTheMaskSays() {
        TransparentModel model;
        GenerationRequest r = smallRequest(GenerationMode::Connect, 8, 3);
        r.guidance = 1.0f;
        for (int i = 0; i < 6; ++i) r.sourceA.push_back(flat(16, 16, static_cast<std::uint8_t>(10 * i)));
        for (int i = 0; i < 6; ++i) r.sourceB.push_back(flat(16, 16, static_cast<std::uint8_t>(200 + 5 * i)));
        const auto result = model.generate(r, {});
        QCOMPARE(result.frames.size(), std::size_t(8));
        QCOMPARE(model.calls, 3);
        const auto plan = planConditioning(r, 2);
        const auto& mask = model.masks.front();
        const auto& known = model.knowns.front();
        QCOMPARE(mask.size(2), int64_t(plan.totalFrames));
        for (int f = 0; f < plan.totalFrames; ++f) {
            const auto it =
                std::find_if(plan.known.begin(), plan.known.end(), [f](const KnownFrame& k) { return k.index == f; });
            const double m = mask[0][0][f].mean().item<double>();
            QCOMPARE(m, it != plan.known.end() ? 1.0 : 0.0);
            if (it != plan.known.end()) {
                // The latent of the right source frame: a flat frame of value v is v/127.5 - 1.
                const int value = it->source == 0 ? 10 * it->frame : 200 + 5 * it->frame;
                const double expected = value / 127.5 - 1.0;
                QVERIFY(std::abs(known[0][0][f].mean().item<double>() - expected) < 1e-5);
            } else {
                QCOMPARE(known[0][0][f].abs().max().item<double>(), 0.0);
            }
        }
    }

    // Every other denoiser call gets the clip with its edge frames repeated once more at each
    // end (half a temporal patch of 2), so the patch grid moves by one frame; the velocity
    // comes back for the clip's own frames.
    void everyOtherCallMovesThePatchGridByHalfAPatch() {
        TransparentModel model;
        GenerationRequest r = smallRequest(GenerationMode::ExtendForward, 6, 4);
        for (int i = 0; i < 4; ++i) r.sourceA.push_back(flat(16, 16, static_cast<std::uint8_t>(30 * i)));
        const auto result = model.generate(r, {});
        QCOMPARE(result.frames.size(), std::size_t(6));
        QCOMPARE(model.calls, 4);
        const int64_t frames = planConditioning(r, 2).totalFrames;
        for (int call = 0; call < 4; ++call) {
            const auto& mask = model.masks[call];
            const auto& known = model.knowns[call];
            if (call % 2 == 0) {
                QCOMPARE(mask.size(2), frames);
                QVERIFY(mask.equal(model.masks[0]) && known.equal(model.knowns[0]));
                continue;
            }
            QCOMPARE(mask.size(2), frames + 2);
            QVERIFY(mask.narrow(2, 1, frames).equal(model.masks[0]));
            QVERIFY(known.narrow(2, 1, frames).equal(model.knowns[0]));
            QVERIFY(mask.select(2, 0).equal(mask.select(2, 1)) && known.select(2, 0).equal(known.select(2, 1)));
            QVERIFY(mask.select(2, frames + 1).equal(mask.select(2, frames)));
        }
        // Unknown frames still reach the fake data value 0.25 -> (0.25 + 1) * 127.5 = 159.4.
        QCOMPARE(int(result.frames.back().data()[0]), 159);
    }

    // A loop samples the clip once, then again with that clip's first frame given at the
    // start and its second at the end: training's loop clips go out and back, so their
    // last frame is the one after the first.
    void loopEndsOnTheFrameAfterItsFirst() {
        TransparentModel textModel;
        textModel.velocityScale = 0.5;  // the noise shows through, so every frame differs
        GenerationRequest r = smallRequest(GenerationMode::Text, 6, 3);
        r.guidance = 1.0f;
        const auto once = textModel.generate(r, {}).frames;

        TransparentModel loopModel;
        loopModel.velocityScale = 0.5;
        r.mode = GenerationMode::Loop;
        const auto looped = loopModel.generate(r, {}).frames;
        QCOMPARE(looped.size(), std::size_t(6));
        QCOMPARE(loopModel.calls, 6);
        QCOMPARE(loopModel.masks[0].sum().item<double>(), 0.0);  // the first pass is text to video
        const auto& mask = loopModel.masks[3];
        for (int f = 0; f < 6; ++f) QCOMPARE(mask[0][0][f].mean().item<double>(), f == 0 || f == 5 ? 1.0 : 0.0);
        const auto bytes = [](const media::Image& image) {
            return std::vector<std::uint8_t>(image.data(), image.data() + image.byteSize());
        };
        QVERIFY(bytes(once[0]) != bytes(once[1]));
        QCOMPARE(bytes(looped.front()), bytes(once[0]));
        QCOMPARE(bytes(looped.back()), bytes(once[1]));
    }

    void imageModeKeepsTheStillAsFirstFrame() {
        TransparentModel model;
        GenerationRequest r;
        r.mode = GenerationMode::Image;
        r.frames = 4;
        r.width = r.height = 16;
        r.steps = 2;
        r.sourceA = {flat(16, 16, 40)};
        const auto result = model.generate(r, {});
        QCOMPARE(result.frames.size(), std::size_t(4));
        QCOMPARE(int(result.frames[0].data()[0]), 40);
        // Unknown frames go to the fake data value 0.25 -> (0.25 + 1) * 127.5 = 159.4.
        QCOMPARE(int(result.frames[3].data()[0]), 159);
    }

    void progressPreviewsAndCancel() {
        TransparentModel model;
        GenerationRequest r;
        r.prompt = "blue";
        r.frames = 4;
        r.width = r.height = 16;
        r.steps = 10;
        std::vector<int> steps;
        int previews = 0;
        GenerationCallbacks callbacks;
        callbacks.progress = [&](int step, int total) {
            QCOMPARE(total, 10);
            steps.push_back(step);
        };
        callbacks.preview = [&](const std::vector<media::Image>& frames) {
            QCOMPARE(frames.size(), std::size_t(4));
            ++previews;
        };
        callbacks.previewEvery = 3;
        model.generate(r, callbacks);
        QCOMPARE(steps, (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        QCOMPARE(previews, 3);

        // Cancel during step 4: no further network call happens.
        bool cancel = false;
        model.calls = 0;
        model.onCall = [&] {
            if (model.calls == 4) cancel = true;
        };
        callbacks.isCancelled = [&] { return cancel; };
        QVERIFY_THROWS_EXCEPTION(GenerationCancelled, model.generate(r, callbacks));
        QCOMPARE(model.calls, 4);
    }

    void sameSeedSameFramesOtherSeedOtherNoise() {
        TransparentModel model;
        model.velocityScale = 0.5;
        GenerationRequest r;
        r.prompt = "red";
        r.frames = 2;
        r.width = r.height = 16;
        r.steps = 1;  // one step from noise: the output shows the noise
        r.seed = 11;
        auto a = model.generate(r, {});
        auto b = model.generate(r, {});
        QVERIFY(a.frames == b.frames);
        r.seed = 12;
        QVERIFY(!(model.generate(r, {}).frames == a.frames));
        // The ancestral sampler's fresh noise comes from the seed too.
        r.sampler = SamplerKind::Ancestral;
        r.steps = 3;
        const auto c = model.generate(r, {});
        QVERIFY(c.frames == model.generate(r, {}).frames);
        r.seed = 13;
        QVERIFY(!(model.generate(r, {}).frames == c.frames));
    }

    void videoNoiseSharesTheAskedPartAcrossFrames() {
        // Correlation 0 is plain randn: older models keep their seeds' clips.
        auto g1 = at::make_generator<at::CPUGeneratorImpl>(3);
        auto g2 = at::make_generator<at::CPUGeneratorImpl>(3);
        QVERIFY(videoNoise({1, 2, 4, 8, 8}, 0.0, g1).equal(torch::randn({1, 2, 4, 8, 8}, g2, torch::TensorOptions())));
        // Its own generator: the measurement does not depend on what other tests drew.
        auto generator = at::make_generator<at::CPUGeneratorImpl>(7);
        for (double c : {0.0, 0.5, 0.8}) {
            const auto noise = videoNoise({2, 4, 12, 32, 32}, c, generator);
            QVERIFY2(std::abs(noise.std().item<double>() - 1.0) < 0.02, qPrintable(QString::number(c)));
            const auto a = noise.select(2, 0).flatten(), b = noise.select(2, 7).flatten();
            const double measured = (a * b).mean().item<double>();
            QVERIFY2(std::abs(measured - c) < 0.04, qPrintable(QString("%1 vs %2").arg(measured).arg(c)));
        }
    }

    void samplingDrawsTheModelsCorrelatedNoise() {
        // One step from noise with an imperfect model: the frames show their noise, which a
        // model trained with shared noise gets shared.
        const auto frameGap = [](float correlation) {
            TransparentModel model(correlation);
            model.velocityScale = 0.5;
            GenerationRequest r;
            r.prompt = "red";
            r.frames = 4;
            r.width = r.height = 32;
            r.steps = 1;
            r.seed = 11;
            const auto frames = model.generate(r, {}).frames;
            double gap = 0;
            for (std::size_t f = 1; f < frames.size(); ++f) {
                for (std::size_t i = 0; i < frames[f].byteSize(); ++i) {
                    gap += std::abs(int(frames[f].data()[i]) - int(frames[f - 1].data()[i]));
                }
            }
            return gap;
        };
        const double independent = frameGap(0.0f), shared = frameGap(0.9f);
        QVERIFY2(shared < 0.5 * independent, qPrintable(QString("%1 vs %2").arg(shared).arg(independent)));
    }

    void badRequestsAreErrors() {
        TransparentModel model;
        GenerationRequest r;
        r.width = r.height = 16;
        r.prompt = "";
        QVERIFY_THROWS_EXCEPTION(InferenceError, model.generate(r, {}));  // empty prompt
        r.prompt = "red";
        r.width = 20;
        QVERIFY_THROWS_EXCEPTION(InferenceError, model.generate(r, {}));  // not a multiple of 8
        r.width = 16;
        r.mode = GenerationMode::Restyle;
        r.sourceA = {flat(16, 16, 1)};
        r.strength = 1.5f;
        QVERIFY_THROWS_EXCEPTION(InferenceError, model.generate(r, {}));
        r.mode = GenerationMode::Connect;
        r.sourceB.clear();
        QVERIFY_THROWS_EXCEPTION(InferenceError, model.generate(r, {}));
    }
};

QTEST_GUILESS_MAIN(TestSamplerPipeline)
#include "tst_sampler_pipeline.moc"
