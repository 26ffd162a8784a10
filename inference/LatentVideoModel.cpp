#include "inference/LatentVideoModel.h"

#include "inference/FlowMatchSampler.h"
#include "inference/InferenceError.h"
#include "inference/SeamMatch.h"
#include "inference/TensorImage.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace shotcraft::inference {
namespace {

// x [B, C, T, h, w] with its first and last frames repeated `count` times before and after.
torch::Tensor repeatEdgeFrames(const torch::Tensor& x, int64_t count) {
    const auto last = x.size(2) - 1;
    return torch::cat(
        {x.narrow(2, 0, 1).repeat({1, 1, count, 1, 1}), x, x.narrow(2, last, 1).repeat({1, 1, count, 1, 1})}, 2);
}

}  // namespace

struct LatentVideoModel::Pass {
    const GenerationRequest* request = nullptr;
    torch::Tensor start;  // x at startTime
    torch::Tensor noise;
    at::Generator generator;  // the request's seeded generator, after drawing `noise`
    double startTime = 1.0;
    int steps = 0;
    torch::Tensor known;  // [1, C, T, h, w]
    torch::Tensor mask;   // [1, 1, T, h, w]
    torch::Tensor text;   // [1 or 2, L, D]: positive (and negative)
    torch::Tensor textMask;
    int stepOffset = 0;
    int totalSteps = 0;
    int outputStart = 0;
    int outputCount = 0;
};

torch::Device chooseDevice(const DeviceOptions& options) {
    if (options.threads > 0) at::set_num_threads(options.threads);
    const bool cuda = torch::cuda::is_available();
    if (options.device == DeviceKind::Cuda && !cuda) {
        throw InferenceError("CUDA was asked for, but this build of LibTorch or this machine has no CUDA");
    }
    return (options.device != DeviceKind::Cpu && cuda) ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

LatentVideoModel::LatentVideoModel(ModelInfo info, std::vector<std::string> vocabulary, int maxTokens,
                                   int latentChannels, int downsample, const DeviceOptions& device)
    : info_(std::move(info)),
      device_(chooseDevice(device)),
      threads_(device.threads),
      tokenizer_(std::move(vocabulary), maxTokens),
      latentChannels_(latentChannels),
      downsample_(downsample) {
    info_.vocabulary = tokenizer_.vocabulary();
}

std::vector<std::string> LatentVideoModel::unknownWords(const std::string& prompt) const {
    return tokenizer_.encode(prompt).unknownWords;
}

torch::Tensor LatentVideoModel::latentsOf(const std::vector<media::Image>& frames, int width, int height) {
    std::vector<media::Image> sized;
    sized.reserve(frames.size());
    for (const auto& f : frames) sized.push_back(resizeFrame(f, width, height));
    return encodeFrames(framesToTensor(sized).to(device_));
}

torch::Tensor LatentVideoModel::samplePass(const Pass& p, const GenerationCallbacks& callbacks) {
    const auto& r = *p.request;
    const bool guided = p.text.size(0) == 2;
    // Every other denoiser call sees the clip with its temporal patch grid moved by half a
    // patch: frames that share a patch on one call lie in neighbouring patches on the next,
    // so the motion does not step at fixed patch boundaries, nor the cut into given frames.
    const int64_t stagger = patchGridStagger(info_);
    int calls = 0;
    // The guidance per frame, as a tensor only where it differs between frames.
    torch::Tensor guidanceByFrames;
    if (guided && r.guidanceRampFrames > 0) {
        const auto known = p.mask[0][0].select(1, 0).select(1, 0).to(torch::kCPU).contiguous();
        const std::vector<float> mask(known.data_ptr<float>(), known.data_ptr<float>() + known.numel());
        const auto byFrame = guidanceByFrame(mask, r.guidance, r.guidanceRampFrames);
        if (std::any_of(byFrame.begin(), byFrame.end(), [&](float g) { return g != r.guidance; })) {
            guidanceByFrames = torch::tensor(byFrame).view({1, 1, known.numel(), 1, 1}).to(p.mask.device());
        }
    }
    const auto velocity = [&](const torch::Tensor& x, double t) {
        if (callbacks.isCancelled && callbacks.isCancelled()) throw GenerationCancelled();
        // Known frames follow their own noisy path, as in training.
        auto xIn = x * (1 - p.mask) + ((1 - t) * p.known + t * p.noise) * p.mask;
        auto known = p.known, mask = p.mask;
        const int64_t pad = calls++ % 2 == 1 ? stagger : 0;
        if (pad > 0) {
            xIn = repeatEdgeFrames(xIn, pad);
            known = repeatEdgeFrames(known, pad);
            mask = repeatEdgeFrames(mask, pad);
        }
        const auto unpadded = [&](const torch::Tensor& v) { return pad > 0 ? v.narrow(2, pad, x.size(2)) : v; };
        if (!guided) {
            return unpadded(denoise(xIn, known, mask, torch::full({1}, t, x.options()), p.text, p.textMask));
        }
        const auto v = unpadded(denoise(torch::cat({xIn, xIn}), torch::cat({known, known}), torch::cat({mask, mask}),
                                        torch::full({2}, t, x.options()), p.text, p.textMask));
        const auto positive = v.narrow(0, 0, 1), negative = v.narrow(0, 1, 1);
        if (guidanceByFrames.defined()) return negative + guidanceByFrames * (positive - negative);
        return guide(positive, negative, r.guidance);
    };
    const auto observer = [&](int step, const torch::Tensor&, const torch::Tensor& x0) {
        if (callbacks.progress) callbacks.progress(p.stepOffset + step, p.totalSteps);
        if (callbacks.preview && callbacks.previewEvery > 0 && step % callbacks.previewEvery == 0 && step < p.steps) {
            const auto estimate = x0 * (1 - p.mask) + p.known * p.mask;
            const auto frames = estimate[0].narrow(1, p.outputStart, p.outputCount).transpose(0, 1);
            callbacks.preview(tensorToFrames(decodeLatents(frames)));
        }
    };
    const auto times = timeSchedule(p.steps, r.shift, p.startTime);
    const auto fresh = [&] {
        return videoNoise(p.noise.sizes(), info_.noiseCorrelation, p.generator).to(p.noise.device());
    };
    const auto x = integrateFlow(p.start, times, velocity, r.sampler, observer, fresh);
    return x * (1 - p.mask) + p.known * p.mask;
}

std::vector<media::Image> LatentVideoModel::roundTrip(const std::vector<media::Image>& frames) {
    if (frames.empty()) return {};
    for (const auto& f : frames) {
        if (f.width() % info_.sizeMultiple || f.height() % info_.sizeMultiple || f.width() != frames[0].width() ||
            f.height() != frames[0].height()) {
            throw InferenceError("round trip: frames must share one size, a multiple of " +
                                 std::to_string(info_.sizeMultiple));
        }
    }
    if (threads_ > 0 && at::get_num_threads() != threads_) at::set_num_threads(threads_);
    torch::NoGradGuard noGrad;
    return tensorToFrames(decodeLatents(encodeFrames(framesToTensor(frames).to(device_))));
}

GenerationResult LatentVideoModel::generate(const GenerationRequest& r, const GenerationCallbacks& callbacks) {
    validateRequest(r, info_);
    // Torch's CPU thread count is a per-thread setting: apply it on the generating thread
    // (the worker thread, not the one that loaded the model).
    if (threads_ > 0 && at::get_num_threads() != threads_) at::set_num_threads(threads_);
    const auto began = std::chrono::steady_clock::now();
    torch::NoGradGuard noGrad;
    const ConditioningPlan plan = planConditioning(r, info_.frameMultiple);
    const int64_t h = r.height / downsample_;
    const int64_t w = r.width / downsample_;
    const int64_t frames = plan.totalFrames;

    // Text: the prompt and, for guidance, the negative prompt (or the empty prompt).
    const Tokens positive = tokenizer_.encode(r.prompt);
    const Tokens negative = tokenizer_.encode(r.negativePrompt);
    const bool guided = std::fabs(r.guidance - 1.0f) > 1e-6f;
    const auto length = static_cast<int64_t>(std::max(positive.ids.size(), negative.ids.size()));
    auto tokens = torch::zeros({guided ? 2 : 1, length}, torch::kInt64);
    for (std::size_t i = 0; i < positive.ids.size(); ++i) tokens[0][static_cast<int64_t>(i)] = positive.ids[i];
    if (guided) {
        for (std::size_t i = 0; i < negative.ids.size(); ++i) tokens[1][static_cast<int64_t>(i)] = negative.ids[i];
    }
    tokens = tokens.to(device_);
    Pass pass;
    pass.request = &r;
    pass.text = encodeText(tokens);
    pass.textMask = tokens.ne(0);
    pass.outputStart = plan.outputStart;
    pass.outputCount = plan.outputCount;

    // Known frames, encoded where the plan puts them.
    auto known = torch::zeros({1, latentChannels_, frames, h, w}, torch::TensorOptions().device(device_));
    auto mask = torch::zeros({1, 1, frames, h, w}, torch::TensorOptions().device(device_));
    std::vector<media::Image> given;  // the known frames at the request's size
    torch::Tensor givenLatents;       // [K, C, h, w]
    if (!plan.known.empty()) {
        for (const KnownFrame& k : plan.known) {
            given.push_back(
                resizeFrame(k.source == 0 ? r.sourceA.at(k.frame) : r.sourceB.at(k.frame), r.width, r.height));
        }
        givenLatents = encodeFrames(framesToTensor(given).to(device_));
        for (std::size_t i = 0; i < plan.known.size(); ++i) {
            known[0].select(1, plan.known[i].index).copy_(givenLatents[static_cast<int64_t>(i)]);
            mask[0].select(1, plan.known[i].index).fill_(1.0);
        }
    }
    pass.known = known;
    pass.mask = mask;

    // The noise comes from a CPU generator seeded by the request: same seed, same noise,
    // on any device.
    auto generator = at::make_generator<at::CPUGeneratorImpl>(r.seed);
    pass.noise = videoNoise({1, latentChannels_, frames, h, w}, info_.noiseCorrelation, generator).to(device_);
    pass.generator = generator;  // the ancestral sampler's fresh noise goes on from it
    pass.start = pass.noise;
    pass.steps = r.steps;
    if (r.mode == GenerationMode::Restyle) {
        // SDEdit: the source, noised to t = strength, then denoised under the new prompt.
        std::vector<media::Image> source;
        for (int i = 0; i < frames; ++i) source.push_back(r.sourceA[std::min<std::size_t>(i, r.sourceA.size() - 1)]);
        const auto z = latentsOf(source, r.width, r.height).transpose(0, 1).unsqueeze(0);
        pass.startTime = r.strength;
        pass.start = (1 - r.strength) * z + r.strength * pass.noise;
        pass.steps = std::max(1, static_cast<int>(std::lround(r.steps * r.strength)));
    }
    const bool closesLoop = plan.loopFirstPass && plan.outputCount > 1;
    const int passes = closesLoop ? 2 : 1;
    pass.totalSteps = pass.steps * passes;
    auto result = samplePass(pass, callbacks);
    if (closesLoop) {
        // Close the loop as training does: its loop clips go out and back along a path, so
        // the last frame is the one after the first. The first pass's first frame is given
        // at the start and its second at the end; the end then leads into the start by one
        // frame's motion.
        const int64_t start = plan.outputStart;
        const auto first = result[0].select(1, start).clone();
        const auto second = result[0].select(1, start + 1).clone();
        known.zero_();
        mask.zero_();
        known[0].select(1, start).copy_(first);
        known[0].select(1, frames - 1).copy_(second);
        mask[0].select(1, start).fill_(1.0);
        mask[0].select(1, frames - 1).fill_(1.0);
        pass.stepOffset = pass.steps;
        result = samplePass(pass, callbacks);
    }
    const auto outputLatents = result[0].narrow(1, plan.outputStart, plan.outputCount).transpose(0, 1);
    GenerationResult out;
    out.frames = tensorToFrames(decodeLatents(outputLatents.contiguous()));
    if (!given.empty() && r.seamFadeFrames > 0) {
        const auto reconstructed = tensorToFrames(decodeLatents(givenLatents));
        std::vector<SeamReference> references;
        for (std::size_t i = 0; i < given.size(); ++i)
            references.push_back({plan.known[i].index, given[i], reconstructed[i]});
        matchSeams(out.frames, plan.outputStart, references, r.seamFadeFrames);
        matchDrift(out.frames, plan.outputStart, references, r.seamFadeFrames);
    }
    out.seed = r.seed;
    out.modelId = info_.id;
    out.modelHash = info_.hash;
    out.unknownWords = positive.unknownWords;
    for (const auto& word : negative.unknownWords) {
        if (std::find(out.unknownWords.begin(), out.unknownWords.end(), word) == out.unknownWords.end()) {
            out.unknownWords.push_back(word);
        }
    }
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    return out;
}

}  // namespace shotcraft::inference
