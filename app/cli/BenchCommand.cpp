#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"
#include "inference/Benchmark.h"
#include "inference/VideoModel.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace shotcraft::cli {

// Prints the speed of one denoising step next to the machine's matmul speed.
int runBench(const std::vector<std::string>& args) {
    const Arguments parsed(args, {{"--model", 1}, {"--threads", 1}, {"--repeats", 1}, {"--json", 0}});
    const auto r = inference::runBenchmark(parsed.valueOr("--model", inference::defaultModelPath()),
                                           static_cast<int>(parsed.integer("--threads").value_or(0)),
                                           static_cast<int>(parsed.integer("--repeats").value_or(10)));
    if (parsed.has("--json")) {
        const QJsonObject json{{"model", QString::fromStdString(r.model)},
                               {"width", r.width},
                               {"height", r.height},
                               {"frames", r.frames},
                               {"tokens", r.tokens},
                               {"threads", r.threads},
                               {"ms_per_step", r.msPerStep},
                               {"dit_gflop_per_step", r.ditGflop},
                               {"dit_gflops", r.ditGflops},
                               {"matmul_gflops", r.matmulGflops},
                               {"dit_to_matmul", r.ditGflops / r.matmulGflops},
                               {"ms_per_clip_20_steps", r.msPerClip}};
        std::fputs(QJsonDocument(json).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputc('\n', stdout);
        return 0;
    }
    std::printf("model               %s\n", r.model.c_str());
    std::printf("clip                %d frames %dx%d (%d tokens), %d threads\n", r.frames, r.width, r.height, r.tokens,
                r.threads);
    std::printf("denoising step      %.1f ms (guided: batch 2)\n", r.msPerStep);
    std::printf("DiT                 %.2f GFLOP per step, %.1f GFLOP/s\n", r.ditGflop, r.ditGflops);
    std::printf("torch::mm 2048^3    %.1f GFLOP/s\n", r.matmulGflops);
    std::printf("DiT / matmul        %.2f\n", r.ditGflops / r.matmulGflops);
    std::printf("20-step clip        %.0f ms (text, sampling, decoding)\n", r.msPerClip);
    return 0;
}

}  // namespace shotcraft::cli
