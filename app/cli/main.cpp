// shotcraft-cli: Shotcraft's command-line entry point.

#include "app/cli/Arguments.h"
#include "app/cli/Commands.h"

#include <cstdio>
#include <exception>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace {

const char* const kUsage =
    "usage: shotcraft-cli COMMAND [ARGS]\n"
    "\n"
    "commands:\n"
    "  info FILE                 probe a video or still; prints JSON\n"
    "  convert IN OUT [--colorspace IN:OUT] [--codec h264|prores-hq|prores-4444|ffv1|png]\n"
    "                            [--frames N] [--frame N] [--threads N]\n"
    "                            transcode a video or still, converting color through OCIO\n"
    "  demo [--out FILE]         render a short clip through the media engine and probe it\n"
    "  world --seed N --out CLIP [--width W] [--height H] [--frames N] [--fps N] [--json]\n"
    "                            render a clip of the procedural world; prints its captions\n"
    "  generate --prompt TEXT [--negative TEXT] [--seed N] [--frames N] [--fps N]\n"
    "           [--width W] [--height H] [--steps N] [--guidance G] [--model PATH]\n"
    "           [--image STILL | --extend-forward CLIP | --extend-backward CLIP |\n"
    "            --connect CLIP_A CLIP_B | --loop | --restyle CLIP --strength S]\n"
    "           [--sampler euler|heun|ancestral] [--shift X] [--context N] [--seam-fade N] [--threads N]\n"
    "           [--device auto|cpu|cuda] --out PATH [--json]\n"
    "                            generate a clip (only the new frames are written)\n"
    "  bench [--model PATH] [--threads N] [--repeats N] [--json]\n"
    "                            time a denoising step against the machine's matmul speed\n"
    "  eval [--model PATH] [--prompts N] [--pairs N] [--cases N] [--bucket-prompts N]\n"
    "       [--steps N] [--guidance X] [--shift X] [--sampler euler|heun|ancestral] [--seam-fade N]\n"
    "       [--context N] [--finish-prompts N] [--seen-prompts N] [--threads N]\n"
    "       [--device auto|cpu|cuda] [--out REPORT.md] [--json REPORT.json] [--sheet SHEET.png]\n"
    "                            measure a model on the held-out prompt set\n"
    "  project create|add-shot|list|generate|merge|export FILE ...\n"
    "                            make and render a project without a display (project --help)\n";

}  // namespace

int main(int argc, char** argv) {
    using namespace shotcraft::cli;
    const std::map<std::string, std::function<int(const std::vector<std::string>&)>> commands{
        {"info", runInfo},         {"convert", runConvert}, {"demo", runDemo}, {"world", runWorld},
        {"generate", runGenerate}, {"bench", runBench},     {"eval", runEval}, {"project", runProject},
    };
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const std::string name = argv[1];
    auto command = commands.find(name);
    if (command == commands.end()) {
        std::fprintf(stderr, "shotcraft-cli: unknown command '%s' (try --help)\n", name.c_str());
        return 2;
    }
    try {
        return command->second(std::vector<std::string>(argv + 2, argv + argc));
    } catch (const UsageError& e) {
        std::fprintf(stderr, "shotcraft-cli %s: %s\n", name.c_str(), e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "shotcraft-cli %s: error: %s\n", name.c_str(), e.what());
        return 1;
    }
}
