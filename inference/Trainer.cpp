#include "inference/Trainer.h"

#include "inference/Checkpoints.h"
#include "inference/DrawnLatents.h"
#include "inference/FlowLoss.h"
#include "inference/FlowMatchSampler.h"
#include "inference/InferenceError.h"
#include "inference/NativeModules.h"
#include "inference/TrainingData.h"
#include "inference/world/Captions.h"

#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <memory>
#include <numeric>
#include <random>

namespace shotcraft::inference {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

ModelConfig presetConfig(const std::string& preset) {
    ModelConfig c;
    c.vocabulary = world::worldVocabulary();
    if (preset == "tiny") {
        // Samples best with more of its steps at high noise, where layout and motion are
        // decided: at 17,000 DiT steps, shift 3 read held-out colors 67 % right against
        // 55 % at shift 1, motions 17 % against 12 %.
        c.defaultShift = 3.0f;
        return c;
    }
    if (preset == "test") {
        c.name = "shotcraft-test";
        c.latentChannels = 4;
        c.aeWidths = {8, 8, 8};
        c.textWidth = 32;
        c.textLayers = 1;
        c.textHeads = 2;
        c.width = 32;
        c.depth = 1;
        c.heads = 2;
        return c;
    }
    throw InferenceError("unknown preset '" + preset + "' (use tiny or test)");
}

// Opens a stage's loss log (step,loss,lr,seconds per line) to append the steps after
// `step`. Rows past it are dropped first: a run killed after its last checkpoint logged
// steps that the resumed run takes again.
std::ofstream openLossLog(const fs::path& path, std::int64_t step) {
    if (fs::exists(path)) {
        std::ifstream in(path);
        std::string kept, line;
        while (std::getline(in, line)) {
            if (std::strtoll(line.c_str(), nullptr, 10) <= step) kept += line + '\n';
        }
        in.close();
        const fs::path rewritten = path.string() + ".tmp";
        {
            std::ofstream out(rewritten, std::ios::trunc);
            out << kept;
            if (!out.flush()) throw InferenceError("cannot write the loss log " + rewritten.string());
        }
        fs::rename(rewritten, path);
    }
    std::ofstream csv(path, std::ios::app);
    if (!csv) throw InferenceError("cannot write the loss log " + path.string());
    return csv;
}

// The first and the latest 10 losses of a run, for its result.
struct LossWindows {
    std::deque<double> first, last;
    void add(double loss) {
        if (first.size() < 10) first.push_back(loss);
        last.push_back(loss);
        if (last.size() > 10) last.pop_front();
    }
};

double mean(const std::deque<double>& values) {
    return values.empty() ? 0.0 : std::accumulate(values.begin(), values.end(), 0.0) / values.size();
}

double cosineRateAt(double peak, std::int64_t step, std::int64_t planned, std::int64_t warmup) {
    if (step < warmup) return peak * double(step + 1) / double(warmup);
    const double progress = double(step - warmup) / double(std::max<std::int64_t>(1, planned - warmup));
    return peak * (0.1 + 0.9 * 0.5 * (1 + std::cos(M_PI * std::min(1.0, progress))));
}

// The warm-up asked for, or the stage's own.
std::int64_t warmupOf(const TrainOptions& options, std::int64_t stageDefault) {
    return options.warmupSteps >= 0 ? options.warmupSteps : stageDefault;
}

// The schedule: a warm-up, a cosine down to a tenth of the peak over the planned steps
// (the stage's steps unless told), and, where a cool-down is asked, a straight fall to zero
// over the stage's last steps from wherever the cosine had got to. The cosine's floor keeps
// a run that resumes able to learn; the fall lets the weights settle at its end.
double learningRateAt(double peak, std::int64_t step, const TrainOptions& options, std::int64_t defaultWarmup) {
    const std::int64_t warmup = warmupOf(options, defaultWarmup);
    const std::int64_t planned = options.scheduleSteps > 0 ? options.scheduleSteps : options.steps;
    const std::int64_t coolFrom = options.steps - options.cooldownSteps;
    if (options.cooldownSteps <= 0 || step < coolFrom) return cosineRateAt(peak, step, planned, warmup);
    return cosineRateAt(peak, coolFrom, planned, warmup) * double(options.steps - step) / double(options.cooldownSteps);
}

// One optimisation step at the schedule's learning rate (times each parameter group's
// scale, where given), gradients clipped to norm 1.
void optimise(torch::optim::AdamW& optimizer, const std::vector<torch::Tensor>& params, torch::Tensor& loss, double lr,
              const std::vector<double>& groupScales = {}) {
    auto& groups = optimizer.param_groups();
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const double scale = i < groupScales.size() ? groupScales[i] : 1.0;
        static_cast<torch::optim::AdamWOptions&>(groups[i].options()).lr(lr * scale);
    }
    optimizer.zero_grad();
    loss.backward();
    torch::nn::utils::clip_grad_norm_(params, 1.0);
    optimizer.step();
}

class StageRunner {
public:
    StageRunner(const TrainOptions& options, const std::function<void(const std::string&)>& log)
        : options_(options), log_(log), dir_(options.outDir) {
        stage_ = stageNamed(options.stage);
        at::set_num_threads(options.threads);
        config_ = presetConfig(options.preset);
        if (options.rotaryBlocks) setRotaryBlocks(*options.rotaryBlocks);
        if (options.frameModulation) config_.frameModulation = *options.frameModulation;
        if (options.layoutPrior) config_.layoutPrior = *options.layoutPrior;
        if (options.noiseCorrelation) {
            ModelConfig::checkNoiseCorrelation(*options.noiseCorrelation);
            config_.noiseCorrelation = *options.noiseCorrelation;
        }
        checkTrainingTimes(options.timeShift, options.highNoiseShare, options.highNoiseFrom);
        if (options.meanTargetLayouts < 0) throw InferenceError("the mean target's layouts must not be negative");
        if (!(options.meanTargetFrom >= 0 && options.meanTargetFrom < 1)) {
            throw InferenceError("mean targets must start at a time from 0 to below 1");
        }
        if (options.scheduleSteps < 0 || options.cooldownSteps < 0 || options.cooldownSteps > options.steps) {
            throw InferenceError(
                "the schedule and the cool-down take step counts, the cool-down at most the run's steps");
        }
        checkRowMix(options.rows);
        // A resumed DiT run with its checkpoint does not read the file (runDiT).
        const bool initFromRead = !(options.resume && fs::exists(dir_ / "dit-checkpoint.pt"));
        if (!options.initFrom.empty() && initFromRead && !fs::exists(options.initFrom)) {
            throw InferenceError("model file not found: " + options.initFrom);
        }
        fs::create_directories(dir_);  // after the checks: a refused run leaves nothing behind
    }

    // The stage the options name.
    TrainResult run() { return (this->*stage_)(); }

private:
    using Stage = TrainResult (StageRunner::*)();
    // The stage called `name`, or an error that lists the stages.
    static Stage stageNamed(const std::string& name);

    TrainResult runAutoencoder();
    TrainResult runDecoder();
    TrainResult runDiT();
    TrainResult runValidation();

    bool outOfTime() const {
        return options_.maxMinutes > 0 &&
               std::chrono::duration<double>(Clock::now() - start_).count() > options_.maxMinutes * 60;
    }
    // Counts a finished step: its loss into the windows and the log; true when a
    // checkpoint is due.
    bool finishStep(std::ofstream& csv, LossWindows& losses, std::int64_t& step, double loss, double lr,
                    Clock::time_point began) {
        losses.add(loss);
        ++step;
        logLine(csv, step, loss, lr, std::chrono::duration<double>(Clock::now() - began).count());
        return step % options_.checkpointEvery == 0;
    }
    void logLine(std::ofstream& csv, std::int64_t step, double loss, double lr, double seconds) {
        csv << step << ',' << loss << ',' << lr << ',' << seconds << '\n';
        csv.flush();
        if (step % 10 == 0) {
            char line[160];
            std::snprintf(line, sizeof line, "%s step %lld loss %.5f lr %.2e %.2fs/step", options_.stage.c_str(),
                          static_cast<long long>(step), loss, lr, seconds);
            log_(line);
        }
    }
    void setRotaryBlocks(const std::vector<int>& blocks) {
        config_.rotaryBlocks = blocks;
        config_.checkRotaryBlocks();
    }
    // A DiT archive of this run records the run's rotary blocks, frame modulation, layout
    // prior and noise correlation: they become config_'s. An explicit --rotary-blocks,
    // --frame-modulation or --layout-prior that disagrees is an error rather than weights
    // dropped; an explicit --noise-correlation changes the run's from here on.
    void adoptRecordedSetup(const fs::path& archive) {
        const RecordedSetup recorded = readRecordedSetup(archive);
        if (recorded.rotaryBlocks) {
            if (options_.rotaryBlocks && *options_.rotaryBlocks != *recorded.rotaryBlocks) {
                throw InferenceError(archive.string() +
                                     " was trained with other rotary blocks than --rotary-blocks asks");
            }
            setRotaryBlocks(*recorded.rotaryBlocks);
        }
        // A part the archive records as there or not, which an explicit option must match.
        const auto adoptPart = [&](const std::optional<bool>& inArchive, const std::optional<bool>& asked,
                                   bool& inConfig, const char* part, const char* option) {
            if (!inArchive) return;
            if (asked && *asked != *inArchive) {
                throw InferenceError(archive.string() + (*inArchive ? " has " : " has no ") + part + ", unlike what " +
                                     option + " asks");
            }
            inConfig = *inArchive;
        };
        adoptPart(recorded.frameModulation, options_.frameModulation, config_.frameModulation, "per-frame modulation",
                  "--frame-modulation");
        adoptPart(recorded.layoutPrior, options_.layoutPrior, config_.layoutPrior, "layout prior", "--layout-prior");
        if (recorded.noiseCorrelation && !options_.noiseCorrelation) {
            config_.noiseCorrelation = static_cast<float>(*recorded.noiseCorrelation);
        }
    }
    void computeLatentStatistics(NativeModules& modules);
    // The "ae" stage's latent shift and scale into config_: every export and every use of
    // the DiT needs them.
    void readLatentStatistics();
    // The run's DiT (EMA weights) and text encoder into `drawer`, for --dit-latents.
    void readDrawer(NativeModules& drawer) const;
    void readAutoencoder(NativeModules& modules) const;
    std::string exportModel(const NativeModules& ema, std::int64_t step, double loss);

    TrainOptions options_;
    std::function<void(const std::string&)> log_;
    fs::path dir_;
    Stage stage_ = nullptr;
    ModelConfig config_;
    Clock::time_point start_ = Clock::now();
};

StageRunner::Stage StageRunner::stageNamed(const std::string& name) {
    static const std::pair<const char*, Stage> kStages[] = {{"ae", &StageRunner::runAutoencoder},
                                                            {"decoder", &StageRunner::runDecoder},
                                                            {"dit", &StageRunner::runDiT},
                                                            {"validate", &StageRunner::runValidation}};
    std::string known;
    for (const auto& [stageName, stage] : kStages) {
        if (name == stageName) return stage;
        known += known.empty() ? stageName : std::string(", ") + stageName;
    }
    throw InferenceError("unknown stage '" + name + "' (use " + known + ")");
}

TrainResult StageRunner::runAutoencoder() {
    torch::manual_seed(options_.seed);  // the initial weights follow from the seed too
    NativeModules modules(config_);
    auto params = modules.autoencoder->parameters();
    const double peak = options_.learningRate > 0 ? options_.learningRate : 1e-3;
    torch::optim::AdamW optimizer(params, torch::optim::AdamWOptions(peak).weight_decay(0.0));
    const fs::path checkpoint = dir_ / "ae-checkpoint.pt";
    std::int64_t step = 0;
    if (options_.resume && fs::exists(checkpoint)) {
        torch::serialize::InputArchive archive;
        archive.load_from(checkpoint.string());
        readParameters(archive, "", filtered(modules, "ae."));
        step = readTrainingState(archive, optimizer);
        log_("resumed the autoencoder at step " + std::to_string(step));
    }
    std::ofstream csv = openLossLog(dir_ / "log-ae.csv", step);
    LossWindows losses;
    auto save = [&] {
        saveArchive(checkpoint, [&](auto& archive) {
            writeParameters(archive, "", filtered(modules, "ae."));
            writeTrainingState(archive, optimizer, step);
        });
    };
    while (step < options_.steps && !outOfTime()) {
        const auto t0 = Clock::now();
        torch::manual_seed(options_.seed * 1000003ULL + step);
        const Bucket bucket = pickBucket(options_.seed * 7919ULL + step);
        const auto x =
            makeFrameBatch(options_.seed * 104729ULL + step, {bucket.width, bucket.height, 1}, options_.aeBatchFrames)
                .frames;
        const auto z = modules.autoencoder->encode(x);
        // Decoding slightly perturbed latents makes the decoder forgiving of the small
        // errors diffusion samples carry.
        const auto noisy = z + 0.1 * z.detach().std() * torch::randn_like(z);
        const auto recon = modules.autoencoder->decode(noisy);
        auto loss = (recon - x).abs().mean() + (recon - x).pow(2).mean() + 1e-4 * z.pow(2).mean();
        const double lr = learningRateAt(peak, step, options_, 100);
        optimise(optimizer, params, loss, lr);
        if (finishStep(csv, losses, step, loss.item<double>(), lr, t0)) save();
    }
    save();
    computeLatentStatistics(modules);
    return {step, mean(losses.first), mean(losses.last), {}, {}};
}

TrainResult StageRunner::runDecoder() {
    // Fine-tunes the decoder alone: the encoder, and so the latents a DiT learned from, stay
    // as they are, while objects' edges and thin outlines come back sharper.
    const fs::path aeCheckpoint = dir_ / "ae-checkpoint.pt";
    if (!fs::exists(aeCheckpoint)) {
        throw InferenceError("train the autoencoder first (--stage ae) into " + dir_.string());
    }
    if (fs::exists(dir_ / "dit-checkpoint.pt")) adoptRecordedSetup(dir_ / "dit-checkpoint.pt");
    torch::manual_seed(options_.seed);
    NativeModules modules(config_);
    {
        torch::serialize::InputArchive archive;
        archive.load_from(aeCheckpoint.string());
        readParameters(archive, "", filtered(modules, "ae."));
    }
    readLatentStatistics();
    // The DiT that draws latents for --dit-latents: the run's EMA weights and latent scale.
    NativeModules drawer(config_);
    const bool useDrawer = options_.ditLatents > 0;
    if (useDrawer) readDrawer(drawer);
    const Tokenizer tokenizer(config_.vocabulary, config_.maxTokens);
    auto decoderParameters = filtered(modules, "ae.decoder.");
    std::vector<torch::Tensor> params;
    for (auto& [name, p] : decoderParameters) params.push_back(p);
    for (auto& p : modules.autoencoder->parameters()) p.set_requires_grad(false);
    for (auto& p : params) p.set_requires_grad(true);
    const double peak = options_.learningRate > 0 ? options_.learningRate : 3e-4;
    torch::optim::AdamW optimizer(params, torch::optim::AdamWOptions(peak).weight_decay(0.0));
    const fs::path checkpoint = dir_ / "decoder-checkpoint.pt";
    std::int64_t step = 0;
    if (options_.resume && fs::exists(checkpoint)) {
        torch::serialize::InputArchive archive;
        archive.load_from(checkpoint.string());
        readParameters(archive, "", decoderParameters);
        step = readTrainingState(archive, optimizer);
        log_("resumed the decoder at step " + std::to_string(step));
    }
    std::ofstream csv = openLossLog(dir_ / "log-decoder.csv", step);
    LossWindows losses;
    auto save = [&] {
        saveArchive(checkpoint, [&](auto& archive) {
            writeParameters(archive, "", decoderParameters);
            writeTrainingState(archive, optimizer, step);
        });
    };
    namespace F = torch::nn::functional;
    while (step < options_.steps && !outOfTime()) {
        const auto t0 = Clock::now();
        torch::manual_seed(options_.seed * 1000003ULL + step);
        const Bucket bucket = pickBucket(options_.seed * 7919ULL + step);
        // Spread the drawn steps evenly: this step draws when the running share crosses one.
        const bool drawn = useDrawer && std::floor((step + 1) * double(options_.ditLatents)) >
                                            std::floor(step * double(options_.ditLatents));
        torch::Tensor x, objectMask, z;
        if (drawn) {
            const TrainingBatch clips = makeBatch(options_.seed * 15485863ULL + step, bucket,
                                                  std::max(1, options_.aeBatchFrames / bucket.frames), tokenizer, 0.0f);
            x = clips.frames.flatten(0, 1);
            objectMask = clips.objectMask.flatten(0, 1);
            const MatmulPrecision precision(options_.bfloat16);
            z = drawnLatents(modules, drawer, config_, clips).to(torch::kFloat32);
        } else {
            const FrameBatch batch = makeFrameBatch(options_.seed * 15485863ULL + step,
                                                    {bucket.width, bucket.height, 1}, options_.aeBatchFrames);
            x = batch.frames;
            objectMask = batch.objectMask;
            torch::NoGradGuard noGrad;
            z = modules.autoencoder->encode(x);
            z = z + 0.1 * z.std() * torch::randn_like(z);  // as forgiving as the "ae" stage
        }
        const auto recon = modules.autoencoder->decode(z);
        // Objects and a pixel around them count more; edges (the image's finite
        // differences) are learned too, since an L1/L2 loss alone settles for blur.
        const auto weight =
            1 + options_.objectWeight * F::max_pool2d(objectMask, F::MaxPool2dFuncOptions(3).stride(1).padding(1));
        const auto error = recon - x;
        const auto dx = error.narrow(3, 1, x.size(3) - 1) - error.narrow(3, 0, x.size(3) - 1);
        const auto dy = error.narrow(2, 1, x.size(2) - 1) - error.narrow(2, 0, x.size(2) - 1);
        const auto normaliser = weight.sum() * 3;
        auto loss = ((error.abs() + error.pow(2)) * weight).sum() / normaliser +
                    (dx.abs() * weight.narrow(3, 1, x.size(3) - 1)).sum() / normaliser +
                    (dy.abs() * weight.narrow(2, 1, x.size(2) - 1)).sum() / normaliser;
        const double lr = learningRateAt(peak, step, options_, 100);
        optimise(optimizer, params, loss, lr);
        if (finishStep(csv, losses, step, loss.item<double>(), lr, t0)) save();
    }
    save();
    // A run with a DiT gets its model file again, now with this decoder.
    std::string modelPath;
    const fs::path ditCheckpoint = dir_ / "dit-checkpoint.pt";
    if (fs::exists(ditCheckpoint)) {
        NativeModules ema(config_);
        const std::int64_t ditStep = readEmaDiT(ditCheckpoint, ema);
        modelPath = exportModel(ema, ditStep, -1.0);  // no DiT loss at hand
    }
    return {step, mean(losses.first), mean(losses.last), modelPath, {}};
}

// The run's autoencoder: the "ae" stage's weights, with the fine-tuned decoder when the
// "decoder" stage has run.
void StageRunner::readAutoencoder(NativeModules& modules) const {
    torch::serialize::InputArchive archive;
    archive.load_from((dir_ / "ae-checkpoint.pt").string());
    readParameters(archive, "", filtered(modules, "ae."));
    const fs::path decoder = dir_ / "decoder-checkpoint.pt";
    if (fs::exists(decoder)) {
        torch::serialize::InputArchive tuned;
        tuned.load_from(decoder.string());
        readParameters(tuned, "", filtered(modules, "ae.decoder."));
    }
}

void StageRunner::readLatentStatistics() {
    const fs::path stats = dir_ / "ae-latent-stats.pt";
    if (!fs::exists(stats)) throw InferenceError("train the autoencoder first (--stage ae) into " + dir_.string());
    torch::serialize::InputArchive archive;
    archive.load_from(stats.string());
    torch::Tensor shift, scale;
    archive.read("shift", shift);
    archive.read("scale", scale);
    config_.latentShift = shift.item<float>();
    config_.latentScale = scale.item<float>();
}

void StageRunner::readDrawer(NativeModules& drawer) const {
    const fs::path checkpoint = dir_ / "dit-checkpoint.pt";
    if (!fs::exists(checkpoint)) {
        throw InferenceError("--dit-latents needs a trained DiT (--stage dit) in " + dir_.string());
    }
    readEmaDiT(checkpoint, drawer);
    drawer.eval();
    for (auto& [name, p] : drawer.namedParameters()) p.set_requires_grad(false);
}

void StageRunner::computeLatentStatistics(NativeModules& modules) {
    torch::NoGradGuard noGrad;
    const auto x = makeFrameBatch(options_.seed + 99991, {64, 64, 1}, 256).frames;
    const auto z = modules.autoencoder->encode(x);
    const double shift = z.mean().item<double>();
    const double scale = 1.0 / std::max(1e-6, z.std().item<double>());
    saveArchive(dir_ / "ae-latent-stats.pt", [&](auto& archive) {
        archive.write("shift", torch::tensor(shift));
        archive.write("scale", torch::tensor(scale));
    });
    log_("latent statistics: shift " + std::to_string(shift) + ", scale " + std::to_string(scale));
}

TrainResult StageRunner::runDiT() {
    // The trained autoencoder and its latent statistics come from the "ae" stage.
    const fs::path checkpoint = dir_ / "dit-checkpoint.pt";
    if (!options_.initFrom.empty() && !(options_.resume && fs::exists(checkpoint))) {
        // Seed the run from a model file: its autoencoder and statistics become this
        // run's "ae" stage output, its text encoder and DiT the starting weights.
        LoadedModel init = loadModelFile(options_.initFrom);
        saveArchive(dir_ / "ae-checkpoint.pt", [&](auto& archive) {
            writeParameters(archive, "", filtered(*init.modules, "ae."));
            archive.write("step", torch::tensor(int64_t{0}));
        });
        saveArchive(dir_ / "ae-latent-stats.pt", [&](auto& archive) {
            archive.write("shift", torch::tensor(double(init.config.latentShift)));
            archive.write("scale", torch::tensor(double(init.config.latentScale)));
        });
        // The run continues the model's step count, so its learning-rate schedule, log and
        // exports go on where the model's own training stopped.
        const std::int64_t modelStep = init.metadata.value("steps").toInteger(0);
        if (!options_.rotaryBlocks) config_.rotaryBlocks = init.config.rotaryBlocks;
        if (!options_.frameModulation) config_.frameModulation = init.config.frameModulation;
        if (!options_.layoutPrior) config_.layoutPrior = init.config.layoutPrior;
        if (!options_.noiseCorrelation) config_.noiseCorrelation = init.config.noiseCorrelation;
        saveArchive(dir_ / "dit-init.pt", [&](auto& archive) {
            writeParameters(archive, "", filtered(*init.modules, "text."));
            writeParameters(archive, "", filtered(*init.modules, "dit."));
            archive.write("step", torch::tensor(modelStep));
            writeRecordedSetup(archive, config_);
        });
        log_("starting from the weights of " + options_.initFrom + " at step " + std::to_string(modelStep));
    }
    const bool resuming = options_.resume && fs::exists(checkpoint);
    if (resuming) {
        adoptRecordedSetup(checkpoint);
    } else if (fs::exists(dir_ / "dit-init.pt")) {
        adoptRecordedSetup(dir_ / "dit-init.pt");
    }
    torch::manual_seed(options_.seed);  // the initial weights follow from the seed too
    NativeModules modules(config_);
    {
        const fs::path aeCheckpoint = dir_ / "ae-checkpoint.pt";
        if (!fs::exists(aeCheckpoint)) {
            throw InferenceError("train the autoencoder first (--stage ae) into " + dir_.string());
        }
        torch::serialize::InputArchive archive;
        archive.load_from(aeCheckpoint.string());
        readParameters(archive, "", filtered(modules, "ae."));
        readLatentStatistics();
    }
    std::int64_t initStep = 0;
    if (fs::exists(dir_ / "dit-init.pt") && !resuming) {
        torch::serialize::InputArchive archive;
        archive.load_from((dir_ / "dit-init.pt").string());
        readParameters(archive, "", filtered(modules, "text."));
        // Parts the model gains (rotary attention, frame modulation) start as no-ops at their
        // initial values.
        const int added = readPresentParameters(archive, "", filtered(modules, "dit."));
        if (added > 0) log_("the DiT gains " + std::to_string(added) + " parameter tensors, starting as no-ops");
        torch::Tensor stepTensor;
        if (archive.try_read("step", stepTensor)) initStep = stepTensor.item<std::int64_t>();
    }
    modules.autoencoder->eval();
    for (auto& p : modules.autoencoder->parameters()) p.set_requires_grad(false);
    NativeModules ema(config_);
    copyParameters(modules, ema);
    // Parameter groups by learning-rate scale: the DiT (and whatever keeps the schedule's
    // rate), then the layout head with its map embeddings, then the text encoder, each of
    // the last two apart only when its scale is not 1.
    const bool layoutGroup = config_.layoutPrior && options_.layoutLearningRateScale != 1.0;
    const bool textGroup = options_.textLearningRateScale != 1.0;
    std::vector<torch::Tensor> params, body, layout, text;
    for (auto& p : modules.textEncoder->parameters()) (textGroup ? text : body).push_back(p);
    for (auto& [name, p] : filtered(modules, "dit.")) {
        (layoutGroup && name.rfind("dit.layout", 0) == 0 ? layout : body).push_back(p);
    }
    const double peak = options_.learningRate > 0 ? options_.learningRate : 3e-4;
    const auto adamw = torch::optim::AdamWOptions(peak).weight_decay(0.01).betas({0.9, 0.99});
    std::vector<torch::optim::OptimizerParamGroup> groups;
    std::vector<double> groupScales;
    const auto addGroup = [&](const std::vector<torch::Tensor>& members, double scale, const std::string& what) {
        params.insert(params.end(), members.begin(), members.end());
        groups.emplace_back(members, std::make_unique<torch::optim::AdamWOptions>(adamw));
        groupScales.push_back(scale);
        if (scale != 1.0) {
            log_(what + " learns at " + QString::number(scale).toStdString() + " times the rate (" +
                 std::to_string(members.size()) + " tensors)");
        }
    };
    addGroup(body, 1.0, "the DiT");
    if (layoutGroup) addGroup(layout, options_.layoutLearningRateScale, "the layout head");
    if (textGroup) addGroup(text, options_.textLearningRateScale, "the text encoder");
    torch::optim::AdamW optimizer(std::move(groups), adamw);
    std::int64_t step = initStep;
    if (resuming) {
        torch::serialize::InputArchive archive;
        archive.load_from(checkpoint.string());
        readParameters(archive, "", filtered(modules, "text."));
        readParameters(archive, "", filtered(modules, "dit."));
        readParameters(archive, "ema.", filtered(ema, "text."));
        readParameters(archive, "ema.", filtered(ema, "dit."));
        step = readTrainingState(archive, optimizer);
        log_("resumed the DiT at step " + std::to_string(step));
    }
    auto emaPairs = [&] {
        std::vector<std::pair<torch::Tensor, torch::Tensor>> pairs;
        auto a = filtered(ema, "text.");
        auto b = filtered(modules, "text.");
        auto c = filtered(ema, "dit.");
        auto d = filtered(modules, "dit.");
        for (std::size_t i = 0; i < a.size(); ++i) pairs.emplace_back(a[i].second, b[i].second);
        for (std::size_t i = 0; i < c.size(); ++i) pairs.emplace_back(c[i].second, d[i].second);
        return pairs;
    }();
    const Tokenizer tokenizer(config_.vocabulary, config_.maxTokens);
    std::ofstream csv = openLossLog(dir_ / "log-dit.csv", step);
    LossWindows losses;
    auto save = [&] {
        saveArchive(checkpoint, [&](auto& archive) {
            writeParameters(archive, "", filtered(modules, "text."));
            writeParameters(archive, "", filtered(modules, "dit."));
            writeParameters(archive, "ema.", filtered(ema, "text."));
            writeParameters(archive, "ema.", filtered(ema, "dit."));
            writeTrainingState(archive, optimizer, step);
            writeRecordedSetup(archive, config_);
        });
    };
    // The DiT's warm-up unless --warmup says; a run from a model's weights warms its fresh
    // optimizer up again over as many steps.
    constexpr std::int64_t kDitWarmup = 500;
    const double rewarmSteps = double(std::max<std::int64_t>(1, warmupOf(options_, kDitWarmup)));
    std::string modelPath;
    while (step < options_.steps && !outOfTime()) {
        const auto t0 = Clock::now();
        torch::manual_seed(options_.seed * 1000003ULL + step);
        const Bucket bucket = pickBucket(options_.seed * 7919ULL + step);
        const int batch =
            batchSizeFor(bucket, options_.tokenBudget, config_.downsample, config_.patchT, config_.patchH);
        TrainingBatch data =
            makeBatch(options_.seed * 104729ULL + step, bucket, batch, tokenizer, options_.textDropout, options_.rows);

        torch::Tensor z, zSource;
        {
            torch::NoGradGuard noGrad;
            z = encodeClips(modules, config_, data.frames);
            zSource = data.restyle.any().item<bool>() ? encodeClips(modules, config_, data.sourceFrames) : z;
        }
        auto t = sampleTrainingTimes(batch, options_.timeShift, options_.highNoiseShare, options_.highNoiseFrom);
        // Restyle rows start from the other style's latents at a mid time.
        t = torch::where(data.restyle, 0.4 + 0.4 * torch::rand({batch}), t);
        const auto noise = videoNoise(z.sizes(), config_.noiseCorrelation);
        // (meanTargets encodes without gradients.)
        const auto zTarget = meanTargets(
            data, bucket, z, t, options_.meanTargetLayouts, options_.meanTargetFrom, options_.seed * 15485863ULL + step,
            [&](const torch::Tensor& clips) { return encodeClips(modules, config_, clips); });
        const FlowError error =
            flowError(modules, config_, data, z, zSource, t, noise, options_.objectWeight, options_.bfloat16, zTarget);
        auto loss = (error.squared() * error.weight).sum() / (error.weight.sum() * z.size(1)).clamp_min(1.0);
        if (options_.frameChangeWeight > 0) loss = loss + options_.frameChangeWeight * frameChangeLoss(error, t);
        // Its squared errors are shares of the frame (~0.01): weighted to count beside the flow loss.
        if (config_.layoutPrior) loss = loss + 10.0 * layoutPriorLoss(modules, config_, data);

        double lr = learningRateAt(peak, step, options_, kDitWarmup);
        if (initStep > 0) lr *= std::min(1.0, double(step - initStep + 1) / rewarmSteps);
        optimise(optimizer, params, loss, lr, groupScales);
        {
            torch::NoGradGuard noGrad;
            const double decay = std::min(0.999, (1.0 + step) / (10.0 + step));
            for (auto& [e, p] : emaPairs) e.mul_(decay).add_(p, 1 - decay);
        }
        if (finishStep(csv, losses, step, loss.item<double>(), lr, t0)) {
            save();
            modelPath = exportModel(ema, step, mean(losses.last));
        }
    }
    save();
    modelPath = exportModel(ema, step, mean(losses.last));
    return {step, mean(losses.first), mean(losses.last), modelPath, {}};
}

TrainResult StageRunner::runValidation() {
    // Fixed clips (seeds apart from training's) noised to fixed times with fixed noise: the
    // loss by noise level, comparable between checkpoints and runs as the noisy per-step
    // training loss is not. The clips follow the training mix of prompts and masks.
    const fs::path checkpoint =
        options_.checkpoint.empty() ? dir_ / "dit-checkpoint.pt" : fs::path(options_.checkpoint);
    if (!fs::exists(checkpoint)) throw InferenceError("no DiT checkpoint to validate at " + checkpoint.string());
    std::unique_ptr<NativeModules> measured;
    std::int64_t step = 0;
    if (checkpoint.extension() == ".shotcraft-model") {
        // A model file brings its own autoencoder and latent statistics: no run needed.
        LoadedModel model = loadModelFile(checkpoint.string());
        config_ = model.config;
        step = model.metadata.value("steps").toInteger(0);
        measured = std::move(model.modules);
    } else {
        if (!fs::exists(dir_ / "ae-checkpoint.pt")) {
            throw InferenceError("train the autoencoder first (--stage ae) into " + dir_.string());
        }
        readLatentStatistics();
        adoptRecordedSetup(checkpoint);
        measured = std::make_unique<NativeModules>(config_);
        readAutoencoder(*measured);
        step = readEmaDiT(checkpoint, *measured);
    }
    NativeModules& modules = *measured;
    modules.eval();
    torch::NoGradGuard noGrad;
    const Tokenizer tokenizer(config_.vocabulary, config_.maxTokens);
    const Bucket bucket{64, 64, 16};
    // 32 clips in batches of 8, whatever --tokens says, so the set is always the same.
    constexpr int batch = 8, kBatches = 4, kTimes = 10;
    constexpr std::uint64_t kValidationSeed = 9'000'000'000ULL;
    std::vector<ValidationPoint> points(kTimes);
    for (int i = 0; i < kBatches; ++i) {
        const TrainingBatch data = makeBatch(kValidationSeed + i, bucket, batch, tokenizer, 0.0f);
        const auto z = encodeClips(modules, config_, data.frames);
        for (int k = 0; k < kTimes; ++k) {
            torch::manual_seed(kValidationSeed + 100 * i + k);
            const auto noise = videoNoise(z.sizes(), config_.noiseCorrelation);
            points[k].time = (k + 0.5) / kTimes;
            const auto t = torch::full({batch}, points[k].time);
            // Restyle rows are measured as plain clips: their source is the clip itself.
            const FlowError e = flowError(modules, config_, data, z, z, t, noise, options_.objectWeight, false);
            const double channels = static_cast<double>(z.size(1));
            points[k].loss +=
                (e.squared() * e.unknown).sum().item<double>() / (e.unknown.sum().item<double>() * channels) / kBatches;
            points[k].objectLoss +=
                (e.squared() * e.weight).sum().item<double>() / (e.weight.sum().item<double>() * channels) / kBatches;
        }
    }
    TrainResult result;
    result.step = step;
    result.validation = points;
    return result;
}

std::string StageRunner::exportModel(const NativeModules& ema, std::int64_t step, double loss) {
    // The exported model: the trained autoencoder with the EMA text encoder and DiT.
    NativeModules out(config_);
    copyParameters(ema, out);
    readAutoencoder(out);
    QJsonObject metadata{{"steps", static_cast<qint64>(step)},
                         {"seed", static_cast<qint64>(options_.seed)},
                         {"preset", QString::fromStdString(options_.preset)}};
    if (loss >= 0) metadata.insert("loss", loss);
    const fs::path path = dir_ / (config_.name + ".shotcraft-model");
    saveModelFile(path.string(), config_, out, metadata, true);
    return path.string();
}

}  // namespace

void writeInitialModel(const std::string& path, const std::string& preset, std::uint64_t seed) {
    torch::manual_seed(seed);
    const ModelConfig config = presetConfig(preset);
    NativeModules modules(config);
    {
        // adaLN-zero starts every output at zero; give the untrained model some signal so
        // tests see different frames for different inputs.
        torch::NoGradGuard noGrad;
        for (auto& [name, p] : modules.namedParameters()) {
            if (name.find("final_linear") != std::string::npos || name.find("modulation") != std::string::npos) {
                p.normal_(0.0, 0.02);
            }
        }
    }
    saveModelFile(path, config, modules, QJsonObject{{"preset", QString::fromStdString(preset)}, {"trained", false}},
                  false);
}

TrainResult train(const TrainOptions& options, const std::function<void(const std::string&)>& log) {
    return StageRunner(options, log).run();
}

}  // namespace shotcraft::inference
