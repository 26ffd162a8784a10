// Project store speed: opening a project of 1,000 shots and 5,000 takes (200 KB clips)
// and committing single edits. Usage: bench_project [dir]

#include "timeline/Project.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

using namespace shotcraft::timeline;
using Clock = std::chrono::steady_clock;

namespace {
double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
}  // namespace

int main(int argc, char** argv) {
    const std::filesystem::path dir =
        argc > 1 ? argv[1] : std::filesystem::temp_directory_path() / "shotcraft-bench-project";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "big.shotcraft").string();
    std::filesystem::remove(path);
    constexpr int kShots = 1000, kTakesPerShot = 5, kClipBytes = 200 * 1024;
    const auto built = Clock::now();
    {
        auto project = Project::create(path, "bench");
        const std::vector<char> clip(kClipBytes, 'c');
        for (int s = 0; s < kShots; ++s) {
            ShotSpec spec;
            spec.prompt = "a red circle moving left on a black background, shot " + std::to_string(s);
            const auto shot = project->insertShot(s, spec);
            for (int t = 0; t < kTakesPerShot; ++t) {
                Take take;
                take.shot = shot;
                take.requestJson = R"({"mode":"text","prompt":"a red circle","steps":20})";
                take.modelId = "shotcraft-tiny";
                take.weightsHash = std::string(64, 'f');
                take.seed = std::to_string(s * 10 + t);
                std::size_t offset = 0;
                project->addTake(take, kClipBytes, [&](char* out, std::size_t max) {
                    const std::size_t n = std::min(max, clip.size() - offset);
                    std::copy_n(clip.data() + offset, n, out);
                    offset += n;
                    return n;
                });
            }
        }
    }
    std::printf("built %d shots, %d takes of %d KB (%.0f MB) in %.1f s\n", kShots, kShots * kTakesPerShot,
                kClipBytes / 1024, std::filesystem::file_size(path) / 1e6, msSince(built) / 1000);
    std::vector<double> opens;
    for (int i = 0; i < 5; ++i) {
        const auto start = Clock::now();
        auto project = Project::open(path);
        opens.push_back(msSince(start));
        if (project->shots().size() != kShots || project->state().takes.size() != kShots * kTakesPerShot) return 1;
    }
    auto project = Project::open(path);
    std::vector<double> commits;
    for (int i = 0; i < 200; ++i) {
        const Shot& shot = project->shots()[static_cast<std::size_t>(i * 37 % kShots)];
        ShotSpec spec = shot.spec;
        spec.steps = 1 + i % 50;
        spec.prompt += "!";
        const auto start = Clock::now();
        project->setShotSpec(shot.id, spec);
        commits.push_back(msSince(start));
    }
    std::printf("open (load all shots and takes): median %.1f ms of 5 (target < 300 ms)\n", median(opens));
    std::printf("commit one edit: median %.2f ms of 200 (target < 5 ms)\n", median(commits));
    project.reset();
    std::filesystem::remove_all(dir);
    return 0;
}
