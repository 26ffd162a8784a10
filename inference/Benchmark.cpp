#include "inference/Benchmark.h"

#include "inference/NativeModules.h"
#include "inference/NativeVideoModel.h"
#include "inference/world/Captions.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace shotcraft::inference {
namespace {

using Clock = std::chrono::steady_clock;

double medianMs(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template <class F>
double timeMs(F&& f) {
    const auto start = Clock::now();
    f();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Multiply-adds of one DiT forward, counted from the layer shapes (2 FLOP each).
double ditFlops(const ModelConfig& c, int64_t tokens, int64_t textTokens, int64_t batch) {
    const double n = double(tokens), w = c.width, l = double(textTokens), wt = c.textWidth;
    const double patch = c.patchT * c.patchH * c.patchW;
    double f = n * (2 * c.latentChannels + 1) * patch * w;                         // patch embedding
    const double block = n * w * 3 * w + 2 * n * n * w + n * w * w                 // self-attention
                         + n * w * w + l * wt * 2 * w + 2 * n * l * w + n * w * w  // cross-attention
                         + 2 * n * w * 4 * w;                                      // MLP
    f += c.depth * block + n * w * patch * c.latentChannels;
    return 2.0 * f * double(batch);
}

}  // namespace

BenchmarkReport runBenchmark(const std::string& modelPath, int threads, int repeats) {
    if (threads > 0) at::set_num_threads(threads);
    torch::NoGradGuard noGrad;
    BenchmarkReport report;
    report.threads = at::get_num_threads();
    LoadedModel model;
    if (std::filesystem::exists(modelPath)) {
        model = loadModelFile(modelPath);
        report.model = model.config.name;
    } else {
        model.config.vocabulary = world::worldVocabulary();
        model.modules = std::make_unique<NativeModules>(model.config);
        model.modules->eval();
        report.model = model.config.name + " (random weights)";
    }
    const ModelConfig& c = model.config;
    report.width = c.defaultWidth;
    report.height = c.defaultHeight;
    report.frames = c.defaultFrames;
    const int64_t h = c.defaultHeight / c.downsample, w = c.defaultWidth / c.downsample;
    const int64_t frames = c.defaultFrames;
    report.tokens = static_cast<int>((frames / c.patchT) * (h / c.patchH) * (w / c.patchW));
    const int64_t textTokens = 12;

    auto x = torch::randn({2, c.latentChannels, frames, h, w});
    auto known = torch::zeros_like(x);
    auto mask = torch::zeros({2, 1, frames, h, w});
    auto tokens = torch::randint(2, static_cast<int64_t>(c.vocabulary.size()) + 2, {2, textTokens});
    auto text = model.modules->textEncoder->forward(tokens);
    auto textMask = tokens.ne(0);
    auto t = torch::full({2}, 0.5);
    auto step = [&] { model.modules->dit->forward(x, known, mask, t, text, textMask); };
    step();  // warm-up
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) times.push_back(timeMs(step));
    report.msPerStep = medianMs(times);
    report.ditGflop = ditFlops(c, report.tokens, textTokens, 2) / 1e9;
    report.ditGflops = report.ditGflop / (report.msPerStep / 1000.0);

    auto a = torch::randn({2048, 2048});
    auto b = torch::randn({2048, 2048});
    torch::mm(a, b);
    std::vector<double> mm;
    for (int i = 0; i < 5; ++i) mm.push_back(timeMs([&] { torch::mm(a, b); }));
    report.matmulGflops = 2.0 * 2048.0 * 2048.0 * 2048.0 / 1e9 / (medianMs(mm) / 1000.0);

    NativeVideoModel video(std::move(model), modelPath, {});
    GenerationRequest request;
    request.prompt = "a red circle moving left on a black background";
    request.frames = report.frames;
    request.width = report.width;
    request.height = report.height;
    request.steps = 20;
    std::vector<double> clips;
    for (int i = 0; i < 3; ++i) clips.push_back(timeMs([&] { video.generate(request, {}); }));
    report.msPerClip = medianMs(clips);
    return report;
}

}  // namespace shotcraft::inference
