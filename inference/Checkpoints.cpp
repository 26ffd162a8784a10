#include "inference/Checkpoints.h"

#include "inference/InferenceError.h"

namespace shotcraft::inference {

void saveArchive(const std::filesystem::path& path, const std::function<void(torch::serialize::OutputArchive&)>& fill) {
    torch::serialize::OutputArchive archive;
    fill(archive);
    const std::filesystem::path temporary = path.string() + ".tmp";
    archive.save_to(temporary.string());
    std::filesystem::rename(temporary, path);
}

void writeParameters(torch::serialize::OutputArchive& archive, const std::string& prefix,
                     const NamedTensors& parameters) {
    for (const auto& [name, tensor] : parameters) archive.write(prefix + name, tensor.detach());
}

namespace {

// Reads each parameter the archive has; a missing one throws when `required`, else counts.
int readInto(torch::serialize::InputArchive& archive, const std::string& prefix, const NamedTensors& parameters,
             bool required) {
    torch::NoGradGuard noGrad;
    int missing = 0;
    for (const auto& [name, tensor] : parameters) {
        torch::Tensor stored;
        if (archive.try_read(prefix + name, stored)) {
            tensor.copy_(stored);
        } else if (required) {
            throw InferenceError("checkpoint lacks '" + prefix + name + "'");
        } else {
            ++missing;
        }
    }
    return missing;
}

}  // namespace

void readParameters(torch::serialize::InputArchive& archive, const std::string& prefix,
                    const NamedTensors& parameters) {
    readInto(archive, prefix, parameters, true);
}

int readPresentParameters(torch::serialize::InputArchive& archive, const std::string& prefix,
                          const NamedTensors& parameters) {
    return readInto(archive, prefix, parameters, false);
}

void writeRecordedSetup(torch::serialize::OutputArchive& archive, const ModelConfig& config) {
    const auto& blocks = config.rotaryBlocks;
    auto tensor = torch::empty({static_cast<int64_t>(blocks.size())}, torch::kInt64);
    for (std::size_t i = 0; i < blocks.size(); ++i) tensor[static_cast<int64_t>(i)] = blocks[i];
    archive.write("rotary_blocks", tensor);
    archive.write("frame_modulation", torch::tensor(int64_t{config.frameModulation ? 1 : 0}));
    archive.write("layout_prior", torch::tensor(int64_t{config.layoutPrior ? 1 : 0}));
    archive.write("noise_correlation", torch::tensor(double(config.noiseCorrelation), torch::kFloat64));
}

RecordedSetup readRecordedSetup(const std::filesystem::path& archivePath) {
    torch::serialize::InputArchive archive;
    archive.load_from(archivePath.string());
    RecordedSetup setup;
    // A fresh tensor for each read: reading into a defined tensor keeps its type.
    torch::Tensor blocks, frameModulation, layoutPrior, correlation;
    if (archive.try_read("rotary_blocks", blocks)) {
        setup.rotaryBlocks.emplace();
        for (int64_t i = 0; i < blocks.numel(); ++i) {
            setup.rotaryBlocks->push_back(static_cast<int>(blocks[i].item<int64_t>()));
        }
    }
    if (archive.try_read("frame_modulation", frameModulation)) {
        setup.frameModulation = frameModulation.item<int64_t>() != 0;
    }
    if (archive.try_read("layout_prior", layoutPrior)) setup.layoutPrior = layoutPrior.item<int64_t>() != 0;
    if (archive.try_read("noise_correlation", correlation)) setup.noiseCorrelation = correlation.item<double>();
    return setup;
}

NamedTensors filtered(const NativeModules& m, const std::string& prefix) {
    NamedTensors out;
    for (auto& p : m.namedParameters()) {
        if (p.first.rfind(prefix, 0) == 0) out.push_back(p);
    }
    return out;
}

void writeTrainingState(torch::serialize::OutputArchive& archive, torch::optim::Optimizer& optimizer,
                        std::int64_t step) {
    torch::serialize::OutputArchive state;
    optimizer.save(state);
    archive.write("optimizer", state);
    archive.write("step", torch::tensor(step));
}

std::int64_t readTrainingState(torch::serialize::InputArchive& archive, torch::optim::Optimizer& optimizer) {
    torch::serialize::InputArchive state;
    archive.read("optimizer", state);
    optimizer.load(state);
    torch::Tensor step;
    archive.read("step", step);
    return step.item<int64_t>();
}

void copyParameters(const NativeModules& from, NativeModules& to) {
    torch::NoGradGuard noGrad;
    const auto source = from.namedParameters();
    auto target = to.namedParameters();
    for (std::size_t i = 0; i < target.size(); ++i) target[i].second.copy_(source[i].second);
}

std::int64_t readEmaDiT(const std::filesystem::path& checkpoint, NativeModules& modules) {
    torch::serialize::InputArchive archive;
    archive.load_from(checkpoint.string());
    readParameters(archive, "ema.", filtered(modules, "text."));
    readParameters(archive, "ema.", filtered(modules, "dit."));
    torch::Tensor step;
    archive.read("step", step);
    return step.item<std::int64_t>();
}

}  // namespace shotcraft::inference
