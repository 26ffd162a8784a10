// A Shotcraft-like writer for the crash test: makes numbered edits to a project as fast
// as it can and prints each number once its edit is committed, until it is killed.

#include "timeline/Project.h"

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    using namespace shotcraft::timeline;
    auto project = Project::open(argv[1]);
    long long n = std::atoll(argv[2]);
    std::mt19937 rng(static_cast<unsigned>(n));
    for (;; ++n) {
        const auto& shots = project->shots();
        const std::string marker = std::to_string(n);
        switch (shots.empty() ? 0 : rng() % 3) {
            case 0: {
                ShotSpec spec;
                spec.prompt = "edit " + marker;
                project->insertShot(static_cast<int>(rng() % (shots.size() + 1)), spec);
                break;
            }
            case 1: {
                Take take;
                take.shot = shots[rng() % shots.size()].id;
                take.requestJson = "{}";
                take.modelId = "m";
                take.weightsHash = "h";
                take.seed = marker;
                std::string clip(50000 + rng() % 50000, char(n));
                std::size_t offset = 0;
                project->addTake(take, static_cast<std::int64_t>(clip.size()), [&](char* out, std::size_t max) {
                    const std::size_t k = std::min(max, clip.size() - offset);
                    clip.copy(out, k, offset);
                    offset += k;
                    return k;
                });
                break;
            }
            default: {
                // Rewrites a shot's prompt: its old marker moves into negative_prompt, so no
                // acknowledged marker disappears.
                const Shot& shot = shots[rng() % shots.size()];
                ShotSpec spec = shot.spec;
                spec.negativePrompt += " " + spec.prompt;
                spec.prompt = "edit " + marker;
                project->setShotSpec(shot.id, spec);
                break;
            }
        }
        std::printf("%lld\n", n);
        std::fflush(stdout);
    }
}
