#pragma once
// What `shotcraft-cli bench` measures: ms per guided denoising step of the DiT at the
// model's default size, its achieved GFLOP/s, and a 2048x2048 matmul's GFLOP/s in the
// same run. Torch-free.

#include <string>

namespace shotcraft::inference {

struct BenchmarkReport {
    std::string model;  // model id, or "shotcraft-tiny (random weights)"
    int width = 0, height = 0, frames = 0, tokens = 0, threads = 0;
    double msPerStep = 0;     // one guided step: the DiT at batch 2
    double ditGflop = 0;      // per step
    double ditGflops = 0;     // achieved
    double matmulGflops = 0;  // torch::mm 2048 x 2048 x 2048
    double msPerClip = 0;     // a whole 20-step clip, text encoding and decoding included
};

// Uses the model file at `modelPath` when it exists, else the built-in architecture with
// random weights (the speed is the same).
BenchmarkReport runBenchmark(const std::string& modelPath, int threads, int repeats);

}  // namespace shotcraft::inference
