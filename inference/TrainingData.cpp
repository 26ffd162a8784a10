#include "inference/TrainingData.h"

#include "inference/InferenceError.h"
#include "inference/TensorImage.h"
#include "inference/nn/LayoutPrior.h"
#include "inference/world/Captions.h"
#include "inference/world/SceneSampler.h"
#include "inference/world/WorldRenderer.h"

#include <algorithm>
#include <random>

namespace shotcraft::inference {
namespace {

using Rng = std::mt19937_64;

// `textOnlyShare` of the rows get no given frames; the rest keep their default proportions,
// so the default share draws exactly the masks it always has.
MaskKind pickMask(Rng& rng, double textOnlyShare) {
    double r = std::uniform_real_distribution<double>(0, 1)(rng);
    if (r < textOnlyShare) return MaskKind::None;
    r = kDefaultTextOnlyShare + (r - textOnlyShare) * (1 - kDefaultTextOnlyShare) / (1 - textOnlyShare);
    if (r < 0.55) return MaskKind::FirstFrame;
    if (r < 0.67) return MaskKind::FirstK;
    if (r < 0.79) return MaskKind::LastK;
    if (r < 0.90) return MaskKind::FirstLast;
    if (r < 0.95) return MaskKind::Loop;
    return MaskKind::Restyle;
}

int uniformInt(Rng& rng, int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, std::max(lo, hi))(rng);
}

// Renders `scene` from clip position `start` on (WorldRenderer.h renderClip), or for loop
// rows the path out and back, so a loop clip's first and last frames agree.
std::vector<media::Image> renderRow(const world::WorldScene& scene, const Bucket& bucket, bool loop,
                                    float start = 0.0f) {
    const int f = bucket.frames;
    if (!loop) return world::renderClip(scene, bucket.width, bucket.height, f, start);
    const auto half = world::renderClip(scene, bucket.width, bucket.height, f / 2 + 1);
    std::vector<media::Image> clip;
    for (int k = 0; k < f; ++k) clip.push_back(half[k <= f / 2 ? k : f - k]);
    return clip;
}

// The scene's background alone: rendered without the objects, its background, stars and
// camera drift are those of the clip, so every difference from the clip is an object.
torch::Tensor backgroundOf(const world::WorldScene& scene, const Bucket& bucket, bool loop, float start = 0.0f) {
    world::WorldScene empty = scene;
    empty.objects.clear();
    return framesToTensor(renderRow(empty, bucket, loop, start));
}

// Where a clip differs from its background: [F, 1, H, W], 1 on objects.
torch::Tensor differenceMask(const torch::Tensor& clip, const torch::Tensor& background) {
    return (clip - background).abs().amax(1, true).gt(2.0 / 127.5).to(torch::kFloat32);
}

torch::Tensor objectMaskOf(const torch::Tensor& clip, const world::WorldScene& scene, const Bucket& bucket, bool loop) {
    return differenceMask(clip, backgroundOf(scene, bucket, loop));
}

// Each object's mask apart, in the order the scene (and its captions) name them:
// [F, kLayoutSlots, H, W], each object drawn alone (where the other hides part of it too).
torch::Tensor objectSlotsOf(const torch::Tensor& objectMask, const world::WorldScene& scene, const Bucket& bucket,
                            bool loop, float start, const torch::Tensor& background) {
    auto slots = torch::zeros({objectMask.size(0), nn::kLayoutSlots, objectMask.size(2), objectMask.size(3)});
    if (scene.objects.size() == 1) {
        slots.narrow(1, 0, 1).copy_(objectMask);
        return slots;
    }
    const auto named = std::min<std::size_t>(scene.objects.size(), nn::kLayoutSlots);
    for (std::size_t k = 0; k < named; ++k) {
        world::WorldScene alone = scene;
        alone.objects = {scene.objects[k]};
        const auto clip = framesToTensor(renderRow(alone, bucket, loop, start));
        slots.narrow(1, static_cast<int64_t>(k), 1).copy_(differenceMask(clip, background));
    }
    return slots;
}

}  // namespace

Bucket pickBucket(std::uint64_t seed) {
    Rng rng(seed * 0x9e3779b97f4a7c15ULL + 3);
    const double r = std::uniform_real_distribution<double>(0, 1)(rng);
    if (r < 0.45) return {64, 64, 16};
    if (r < 0.60) return {64, 64, 8};
    if (r < 0.70) return {64, 64, 32};
    if (r < 0.78) return {64, 64, 24};
    if (r < 0.89) return {112, 64, 16};
    return {64, 112, 16};
}

int batchSizeFor(const Bucket& b, int tokenBudget, int downsample, int patchT, int patchHW) {
    const int tokens = (b.frames / patchT) * (b.height / downsample / patchHW) * (b.width / downsample / patchHW);
    return std::max(1, tokenBudget / std::max(1, tokens));
}

void checkRowMix(const RowMix& mix) {
    if (!(mix.textOnly >= 0 && mix.textOnly < 1)) {
        throw InferenceError("the share of text-only rows must be at least 0 and below 1");
    }
    if (!(mix.continuation >= 0 && mix.continuation <= 1)) {
        throw InferenceError("the share of continuation rows must be from 0 to 1");
    }
    if (!(mix.movedStart >= 0 && mix.movedStart <= 1)) {
        throw InferenceError("the share of first-frame rows with a moved start must be from 0 to 1");
    }
}

TrainingBatch makeBatch(std::uint64_t seed, const Bucket& bucket, int batch, const Tokenizer& tokenizer,
                        float textDropout, const RowMix& mix) {
    checkRowMix(mix);
    Rng rng(seed);
    // Their own streams, so that a share changes which rows it picks and nothing else.
    Rng continuationRng(seed * 0x2545f4914f6cdd1dULL + 11);
    Rng movedStartRng(seed * 0x9e3779b97f4a7c15ULL + 17);
    const int f = bucket.frames;
    std::vector<torch::Tensor> frames, sources, objectMasks, objectSlots;
    std::vector<std::vector<int>> tokenRows;
    auto frameMask = torch::zeros({batch, f});
    auto restyle = torch::zeros({batch}, torch::kBool);
    auto textOnly = torch::zeros({batch}, torch::kBool);
    std::vector<world::WorldScene> scenes;
    std::vector<float> starts;
    world::SceneSamplerOptions options;
    options.aspect = float(bucket.width) / bucket.height;

    for (int i = 0; i < batch; ++i) {
        world::WorldScene scene = world::sampleScene(rng(), options);
        scenes.push_back(scene);
        const MaskKind kind = pickMask(rng, mix.textOnly);
        const bool loop = kind == MaskKind::Loop;
        // The frames given to a first-k or last-k row (drawn here, before rendering: a
        // continuation row renders around them).
        const int given = kind == MaskKind::FirstK  ? uniformInt(rng, 2, f / 2)
                          : kind == MaskKind::LastK ? uniformInt(rng, 1, f / 2)
                                                    : 0;
        // A continuation row is given the last frames of the scene's clip and goes on past
        // its end (or is given its first frames and shows what came before), at the clip's
        // pace: what extending a clip asks for. Other rows are the clip itself.
        float start = 0.0f;
        if (given > 0 && mix.continuation > 0 &&
            std::uniform_real_distribution<double>(0, 1)(continuationRng) < mix.continuation) {
            const float past = float(f - given) / float(f - 1);
            start = kind == MaskKind::FirstK ? past : -past;
        }
        if (kind == MaskKind::FirstFrame && mix.movedStart > 0 &&
            std::uniform_real_distribution<double>(0, 1)(movedStartRng) < mix.movedStart) {
            start = std::uniform_real_distribution<float>(0, kMovedStartMax)(movedStartRng);
        }
        starts.push_back(start);
        frames.push_back(framesToTensor(renderRow(scene, bucket, loop, start)));
        const auto background = backgroundOf(scene, bucket, loop, start);
        objectMasks.push_back(differenceMask(frames.back(), background));
        objectSlots.push_back(objectSlotsOf(objectMasks.back(), scene, bucket, loop, start, background));
        if (kind == MaskKind::Restyle) {
            world::WorldScene source = scene;
            const auto& styles = world::allStyles();
            do {
                source.style = styles[rng() % styles.size()];
            } while (source.style == scene.style);
            sources.push_back(framesToTensor(world::renderClip(source, bucket.width, bucket.height, f)));
            restyle[i] = true;
        } else {
            sources.push_back(frames.back());
        }
        switch (kind) {
            case MaskKind::None:
            case MaskKind::Restyle:
                break;
            case MaskKind::FirstFrame:
                frameMask[i][0] = 1;
                break;
            case MaskKind::FirstK:
                frameMask[i].narrow(0, 0, given).fill_(1);
                break;
            case MaskKind::LastK:
                frameMask[i].narrow(0, f - given, given).fill_(1);
                break;
            case MaskKind::FirstLast: {
                const int a = uniformInt(rng, 1, f / 4);
                const int b = uniformInt(rng, 1, f / 4);
                frameMask[i].narrow(0, 0, a).fill_(1);
                frameMask[i].narrow(0, f - b, b).fill_(1);
                break;
            }
            case MaskKind::Loop:
                frameMask[i][0] = 1;
                frameMask[i][f - 1] = 1;
                break;
        }
        const auto captions = world::captions(scene, rng(), 4);
        const bool drop = std::uniform_real_distribution<float>(0, 1)(rng) < textDropout;
        textOnly[i] = kind == MaskKind::None && !drop;
        tokenRows.push_back(drop ? std::vector<int>{Tokenizer::kEmpty}
                                 : tokenizer.encode(captions[rng() % captions.size()]).ids);
    }
    std::size_t longest = 1;
    for (const auto& row : tokenRows) longest = std::max(longest, row.size());
    auto tokens = torch::zeros({batch, static_cast<int64_t>(longest)}, torch::kInt64);
    for (int i = 0; i < batch; ++i) {
        for (std::size_t k = 0; k < tokenRows[i].size(); ++k) tokens[i][static_cast<int64_t>(k)] = tokenRows[i][k];
    }
    return {torch::stack(frames),      torch::stack(sources),     tokens,   frameMask,         restyle,
            torch::stack(objectMasks), torch::stack(objectSlots), textOnly, std::move(scenes), std::move(starts)};
}

LayoutClips renderOtherLayouts(const world::WorldScene& scene, const Bucket& bucket, int count, std::uint64_t seed) {
    Rng rng(seed);
    std::vector<torch::Tensor> frames, masks;
    const float aspect = float(bucket.width) / bucket.height;
    for (int k = 0; k < count; ++k) {
        const world::WorldScene placed = world::placedAnew(scene, rng(), aspect);
        frames.push_back(framesToTensor(renderRow(placed, bucket, false)));
        masks.push_back(objectMaskOf(frames.back(), placed, bucket, false));
    }
    return {torch::stack(frames), torch::stack(masks)};
}

torch::Tensor meanTargets(TrainingBatch& data, const Bucket& bucket, const torch::Tensor& z, const torch::Tensor& t,
                          int layouts, double from, std::uint64_t seed,
                          const std::function<torch::Tensor(const torch::Tensor&)>& encode) {
    if (layouts <= 0) return {};
    const auto rows = (data.textOnly & t.ge(from)).nonzero().flatten();
    if (rows.numel() == 0) return {};
    torch::NoGradGuard noGrad;
    auto target = z.clone();
    auto objectMask = data.objectMask.clone();
    for (int64_t k = 0; k < rows.numel(); ++k) {
        const int64_t i = rows[k].item<int64_t>();
        const LayoutClips others = renderOtherLayouts(data.scenes.at(static_cast<std::size_t>(i)), bucket, layouts,
                                                      seed * 131ULL + static_cast<std::uint64_t>(i));
        target[i] = (z[i] + encode(others.frames).sum(0)) / double(layouts + 1);
        objectMask[i] = torch::maximum(objectMask[i], others.objectMask.amax(0));
    }
    data.objectMask = objectMask;
    return target;
}

FrameBatch makeFrameBatch(std::uint64_t seed, const Bucket& bucket, int count) {
    Rng rng(seed);
    world::SceneSamplerOptions options;
    options.aspect = float(bucket.width) / bucket.height;
    options.twoObjectProbability = 0.4f;
    std::vector<media::Image> frames, backgrounds;
    for (int i = 0; i < count; ++i) {
        auto scene = world::sampleScene(rng(), options);
        const int total = 16;
        const int index = static_cast<int>(rng() % total);
        frames.push_back(world::renderFrame(scene, bucket.width, bucket.height, index, total));
        scene.objects.clear();
        backgrounds.push_back(world::renderFrame(scene, bucket.width, bucket.height, index, total));
    }
    auto x = framesToTensor(frames);
    const auto mask = (x - framesToTensor(backgrounds)).abs().amax(1, true).gt(2.0 / 127.5).to(torch::kFloat32);
    return {x, mask};
}

void checkTrainingTimes(double shift, double highNoiseShare, double highNoiseFrom) {
    if (!(shift > 0)) throw InferenceError("the training time shift must be positive");
    if (!(highNoiseShare >= 0 && highNoiseShare <= 1)) {
        throw InferenceError("the share of high-noise training times must be from 0 to 1");
    }
    if (!(highNoiseFrom >= 0 && highNoiseFrom < 1)) {
        throw InferenceError("high-noise training times must start from 0 to below 1");
    }
}

torch::Tensor sampleTrainingTimes(int64_t n, double shift, double highNoiseShare, double highNoiseFrom) {
    checkTrainingTimes(shift, highNoiseShare, highNoiseFrom);
    auto t = torch::sigmoid(torch::randn({n}));
    t = shift * t / (1 + (shift - 1) * t);
    if (highNoiseShare == 0) return t;  // draws nothing more: runs without it keep their times
    const auto high = torch::rand({n}).lt(highNoiseShare);
    return torch::where(high, highNoiseFrom + (1 - highNoiseFrom) * torch::rand({n}), t).clamp_max(1.0 - 1e-4);
}

}  // namespace shotcraft::inference
