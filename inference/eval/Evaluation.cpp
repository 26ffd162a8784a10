#include "inference/eval/Evaluation.h"

#include "inference/world/Captions.h"
#include "inference/world/SceneSampler.h"
#include "inference/world/WorldRenderer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace shotcraft::eval {
namespace {

using namespace world;

float driftOf(const WorldScene& scene) {
    return cameraDriftAt(scene.camera, 1.0f);
}

}  // namespace

inference::GenerationRequest evalRequest(const EvalSettings& s, const inference::ModelInfo& info,
                                         const std::string& prompt, std::uint64_t seed) {
    inference::GenerationRequest r;
    r.prompt = prompt;
    r.seed = seed;
    r.width = s.width;
    r.height = s.height;
    r.frames = s.frames;
    r.fps = s.fps;
    r.steps = s.steps;
    r.guidance = s.guidance >= 0 ? s.guidance : info.defaultGuidance;
    r.shift = s.shift > 0 ? s.shift : info.defaultShift;
    if (s.seamFadeFrames >= 0) r.seamFadeFrames = s.seamFadeFrames;
    if (s.guidanceRampFrames >= 0) r.guidanceRampFrames = s.guidanceRampFrames;
    if (s.contextFrames > 0) r.contextFrames = s.contextFrames;
    r.sampler = s.sampler;
    return r;
}

namespace {

double ratioOfMeans(double seams, double insides) {
    return insides > 0 ? seams / insides : 0.0;
}

double meanConsecutive(const std::vector<media::Image>& clip) {
    double sum = 0;
    for (std::size_t i = 1; i < clip.size(); ++i) sum += meanAbsDiff(clip[i - 1], clip[i]);
    return clip.size() > 1 ? sum / double(clip.size() - 1) : 0.0;
}

// The first `count` items, prompts or clips (all when there are fewer).
template <typename Item>
std::vector<Item> firstOf(const std::vector<Item>& items, int count) {
    return {items.begin(), items.begin() + std::clamp<std::size_t>(std::max(0, count), 0, items.size())};
}

}  // namespace

std::vector<EvalPrompt> heldOutPrompts(int singles, int pairs, std::uint64_t seed) {
    std::vector<EvalPrompt> prompts;
    const auto& heldOut = heldOutPairs();
    for (int i = 0; i < singles + pairs; ++i) {
        const bool pair = i >= singles;
        SceneSamplerOptions options;
        options.twoObjectProbability = pair ? 1.0f : 0.0f;
        options.excludeHeldOut = true;
        WorldScene scene = sampleScene(seed * 100003ULL + static_cast<std::uint64_t>(i), options);
        WorldObject& o = scene.objects[0];
        const auto [color, shape] = heldOut[static_cast<std::size_t>(i) % heldOut.size()];
        o.color = color;
        o.shape = shape;
        if (pair && scene.objects[1].color == color) {
            // Keep the two colours distinct: swap in the first colour that fits.
            for (Color c : allColors()) {
                if (c != color && !clashes(c, scene.background) && !isHeldOut(c, scene.objects[1].shape)) {
                    scene.objects[1].color = c;
                    break;
                }
            }
        }
        while (std::any_of(scene.objects.begin(), scene.objects.end(),
                           [&](const WorldObject& x) { return clashes(x.color, scene.background); })) {
            scene.background = allBackgrounds()[(static_cast<int>(scene.background)) % allBackgrounds().size()];
        }
        prompts.push_back({scene, canonicalCaption(scene)});
    }
    return prompts;
}

std::vector<EvalPrompt> seenCounterparts(const std::vector<EvalPrompt>& prompts) {
    std::vector<EvalPrompt> seen;
    const auto& colors = allColors();
    for (const EvalPrompt& p : prompts) {
        WorldScene scene = p.scene;
        for (WorldObject& o : scene.objects) {
            if (!isHeldOut(o.color, o.shape)) continue;
            const auto at = std::find(colors.begin(), colors.end(), o.color) - colors.begin();
            for (std::size_t step = 1; step < colors.size(); ++step) {
                const Color c = colors[(static_cast<std::size_t>(at) + step) % colors.size()];
                const bool taken = std::any_of(scene.objects.begin(), scene.objects.end(),
                                               [&](const WorldObject& other) { return other.color == c; });
                if (!taken && !isHeldOut(c, o.shape) && !clashes(c, scene.background)) {
                    o.color = c;
                    break;
                }
            }
        }
        seen.push_back({scene, canonicalCaption(scene)});
    }
    return seen;
}

double meanAbsDiff(const media::Image& a, const media::Image& b) {
    const std::size_t n = std::min(a.byteSize(), b.byteSize());
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += std::abs(int(a.data()[i]) - int(b.data()[i]));
    return n ? sum / double(n) : 0.0;
}

double temporalFlicker(const std::vector<media::Image>& frames) {
    return (255.0 - meanConsecutive(frames)) / 255.0;
}

double SeamMeasure::ratio() const {
    return ratioOfMeans(meanSeam(), meanInside());
}

double SeamMeasure::meanSeam() const {
    double sum = 0;
    for (const SeamCase& c : cases) sum += c.seam;
    return cases.empty() ? 0.0 : sum / double(cases.size());
}

double SeamMeasure::meanInside() const {
    double sum = 0;
    for (const SeamCase& c : cases) sum += c.inside;
    return cases.empty() ? 0.0 : sum / double(cases.size());
}

double SeamMeasure::meanSource() const {
    double sum = 0;
    for (const SeamCase& c : cases) sum += c.source;
    return cases.empty() ? 0.0 : sum / double(cases.size());
}

double SeamMeasure::standardError() const {
    const auto n = static_cast<double>(cases.size());
    if (cases.size() < 2) return 0.0;
    double insides = 0;
    for (const SeamCase& c : cases) insides += c.inside;
    const double meanInside = insides / n;
    if (meanInside <= 0) return 0.0;
    // Var(R) ~ Var(seam - R inside) / (n mean(inside)^2); the residuals have mean 0.
    const double r = ratio();
    double squares = 0;
    for (const SeamCase& c : cases) squares += (c.seam - r * c.inside) * (c.seam - r * c.inside);
    return std::sqrt(squares / (n - 1) / n) / meanInside;
}

double seamRatio(const media::Image& before, const media::Image& after, const std::vector<media::Image>& clip) {
    return ratioOfMeans(meanAbsDiff(before, after), meanConsecutive(clip));
}

double patchStepRatio(const std::vector<std::vector<media::Image>>& clips, int framesPerPatch) {
    if (framesPerPatch < 2) return 0.0;
    double across = 0, within = 0;
    int acrossPairs = 0, withinPairs = 0;
    for (const auto& clip : clips) {
        for (std::size_t i = 1; i < clip.size(); ++i) {
            const double change = meanAbsDiff(clip[i - 1], clip[i]);
            if (i % framesPerPatch == 0) {
                across += change;
                ++acrossPairs;
            } else {
                within += change;
                ++withinPairs;
            }
        }
    }
    if (acrossPairs == 0 || withinPairs == 0) return 0.0;
    return ratioOfMeans(across / acrossPairs, within / withinPairs);
}

AttributeScores scorePrompts(const std::vector<EvalPrompt>& prompts,
                             const std::vector<std::vector<media::Image>>& clips) {
    AttributeScores s;
    const std::size_t shapes = world::allShapes().size(), motions = world::allMotions().size();
    s.shapeRead.assign(shapes, std::vector<int>(shapes + 1, 0));
    s.motionRead.assign(motions, std::vector<int>(motions + 1, 0));
    auto index = [](auto value) { return static_cast<std::size_t>(static_cast<int>(value) - 1); };
    int objects = 0, stillWindows = 0;
    double color = 0, shape = 0, motion = 0;
    for (std::size_t i = 0; i < prompts.size(); ++i) {
        const WorldScene& want = prompts[i].scene;
        ReaderOptions options;
        options.cameraDrift = driftOf(want);
        const ReadScene read = readScene(clips[i], options);
        s.background += read.background == want.background;
        s.style += read.style == want.style;
        for (auto& byStyle : s.styles) {
            if (byStyle.style != want.style) continue;
            byStyle.accuracy += read.style == want.style;
            ++byStyle.prompts;
        }
        s.flicker += temporalFlicker(clips[i]);
        bool bound = true;
        for (const WorldObject& o : want.objects) {
            const ReadObject* r = findColor(read, o.color);
            ++objects;
            color += r != nullptr;
            shape += r && r->shape == o.shape;
            motion += r && r->motion == o.motion;
            bound = bound && r && r->shape == o.shape && r->motion == o.motion;
            ++s.shapeRead[index(o.shape)][r ? index(r->shape) : shapes];
            ++s.motionRead[index(o.motion)][r ? index(r->motion) : motions];
            if (r && o.motion == world::Motion::Still) {
                const int windowsBefore = stillWindows;
                for (int first = 0; first + 4 <= static_cast<int>(clips[i].size()); first += 4) {
                    if (const auto speed = speedBetween(r->track, first, first + 4)) {
                        s.stillSpeed += *speed;
                        ++stillWindows;
                    }
                }
                s.stillObjects += stillWindows > windowsBefore;
            }
        }
        if (want.objects.size() == 2) {
            ++s.bindingPrompts;
            s.binding += bound;
        }
    }
    s.prompts = static_cast<int>(prompts.size());
    if (s.prompts) {
        s.background /= s.prompts;
        s.style /= s.prompts;
        s.flicker /= s.prompts;
    }
    if (objects) {
        s.color = color / objects;
        s.shape = shape / objects;
        s.motion = motion / objects;
    }
    if (s.bindingPrompts) s.binding /= s.bindingPrompts;
    if (stillWindows) s.stillSpeed /= stillWindows;
    for (auto& byStyle : s.styles) {
        if (byStyle.prompts) byStyle.accuracy /= byStyle.prompts;
    }
    return s;
}

EvalReport evaluate(inference::VideoModel& model, const EvalSettings& settings,
                    const std::function<void(const std::string&)>& progress) {
    EvalReport report;
    report.settings = settings;
    const auto& info = model.info();
    // The report states the guidance, shift, seam fade and context it ran with, defaults resolved.
    const inference::GenerationRequest resolved = evalRequest(settings, info, "", 0);
    report.settings.guidance = resolved.guidance;
    report.settings.shift = resolved.shift;
    report.settings.seamFadeFrames = resolved.seamFadeFrames;
    report.settings.guidanceRampFrames = resolved.guidanceRampFrames;
    report.settings.contextFrames = resolved.contextFrames;
    report.patchGridStagger = inference::patchGridStagger(info);
    const auto prompts = heldOutPrompts(settings.singles, settings.pairs);
    auto generate = [&](const inference::GenerationRequest& r) { return model.generate(r, {}).frames; };

    // Held-out prompts at the main size.
    std::vector<std::vector<media::Image>> clips;
    for (std::size_t i = 0; i < prompts.size(); ++i) {
        clips.push_back(generate(evalRequest(settings, info, prompts[i].prompt, 1000 + i)));
        if (i % 20 == 19) progress("held-out prompts: " + std::to_string(i + 1) + "/" + std::to_string(prompts.size()));
    }
    report.heldOut = scorePrompts(prompts, clips);
    std::vector<std::vector<media::Image>> rendered;
    {
        std::vector<std::vector<media::Image>> roundTrips;
        for (const auto& p : prompts) {
            rendered.push_back(renderClip(p.scene, settings.width, settings.height, settings.frames));
            roundTrips.push_back(model.roundTrip(rendered.back()));
        }
        report.rendered = scorePrompts(prompts, rendered);
        report.patchStepRatio = patchStepRatio(clips, info.frameMultiple);
        report.renderedPatchStepRatio = patchStepRatio(rendered, info.frameMultiple);
        report.roundTrip = scorePrompts(prompts, roundTrips);
        progress("autoencoder round trip");
    }
    const std::vector<EvalPrompt> finishSubset = firstOf(prompts, settings.finishPrompts);
    for (const float time : finishSubset.empty() ? std::vector<float>{} : settings.finishTimes) {
        std::vector<std::vector<media::Image>> finished;
        for (std::size_t i = 0; i < finishSubset.size(); ++i) {
            auto request = evalRequest(settings, info, prompts[i].prompt, 1000 + i);
            request.mode = inference::GenerationMode::Restyle;
            request.strength = time;
            request.sourceA = rendered[i];
            finished.push_back(generate(request));
        }
        report.finished.emplace_back(time, scorePrompts(finishSubset, finished));
        char label[32];
        std::snprintf(label, sizeof label, "%.2f", time);
        progress(std::string("finished from t = ") + label);
    }

    if (settings.seenPrompts > 0) {
        const std::vector<EvalPrompt> subset = firstOf(prompts, settings.seenPrompts);
        const std::vector<EvalPrompt> counterparts = seenCounterparts(subset);
        std::vector<std::vector<media::Image>> seenClips;
        for (std::size_t i = 0; i < counterparts.size(); ++i) {
            seenClips.push_back(generate(evalRequest(settings, info, counterparts[i].prompt, 1000 + i)));
        }
        report.heldOutSubset = scorePrompts(subset, firstOf(clips, settings.seenPrompts));
        report.seen = scorePrompts(counterparts, seenClips);
        progress("seen counterparts");
    }

    // Conditioning measurements on moving scenes, rendered as sources. They come from the
    // whole held-out set of single objects (its first scenes are those of any shorter set),
    // so a run with few prompts measures the same cases as a full one.
    std::vector<EvalPrompt> moving;
    for (const auto& p : heldOutPrompts(std::max(settings.singles, EvalSettings{}.singles), 0)) {
        if (p.scene.objects.size() == 1 && p.scene.objects[0].motion != Motion::Still) moving.push_back(p);
        if (static_cast<int>(moving.size()) >= settings.conditioningCases) break;
    }
    double psnrSum = 0;
    double styleRight = 0, centroidError = 0;
    double neonRight = 0, neonCases = 0, outlineRight = 0, outlineCases = 0;
    double neonError = 0, outlineError = 0;
    int centroidFrames = 0, neonFrames = 0, outlineFrames = 0;
    std::vector<std::vector<media::Image>> imageClips, forwardClips, backwardClips, loopClips, laterRendered;
    for (std::size_t i = 0; i < moving.size(); ++i) {
        const EvalPrompt& p = moving[i];
        const auto source = renderClip(p.scene, settings.width, settings.height, settings.frames);
        const auto seed = 5000 + i;

        auto image = evalRequest(settings, info, p.prompt, seed);
        image.mode = inference::GenerationMode::Image;
        image.sourceA = {source.front()};
        // Seam matching returns the still itself as frame 0 (infinite PSNR); measure the
        // model's own drawing of it instead.
        image.seamFadeFrames = 0;
        imageClips.push_back(generate(image));
        psnrSum += media::psnr(imageClips.back().front(), source.front());
        const auto twice = renderClip(p.scene, settings.width, settings.height, 2 * settings.frames);
        laterRendered.emplace_back(twice.begin() + settings.frames, twice.end());
        const world::Color color = p.scene.objects[0].color;
        report.worldContinuity.cases.push_back(
            measureContinuity({twice.begin(), twice.begin() + settings.frames}, laterRendered.back(), false, color));

        auto forward = evalRequest(settings, info, p.prompt, seed);
        forward.mode = inference::GenerationMode::ExtendForward;
        forward.sourceA = source;
        const auto fwd = generate(forward);
        report.conditioningPrompts.push_back(p.prompt);
        report.extendSeam.cases.push_back(
            {meanAbsDiff(source.back(), fwd.front()), meanConsecutive(fwd), meanConsecutive(source)});
        forwardClips.push_back(fwd);
        report.forwardContinuity.cases.push_back(measureContinuity(source, fwd, false, color));

        auto backward = evalRequest(settings, info, p.prompt, seed);
        backward.mode = inference::GenerationMode::ExtendBackward;
        backward.sourceA = source;
        const auto bwd = generate(backward);
        report.extendBackwardSeam.cases.push_back(
            {meanAbsDiff(bwd.back(), source.front()), meanConsecutive(bwd), meanConsecutive(source)});
        backwardClips.push_back(bwd);
        report.backwardContinuity.cases.push_back(measureContinuity(source, bwd, true, color));

        // Connect the two ends of one longer take: the middle third is generated.
        const auto take = renderClip(p.scene, settings.width, settings.height, 3 * (settings.frames / 2));
        auto connect = evalRequest(settings, info, p.prompt, seed);
        connect.mode = inference::GenerationMode::Connect;
        connect.frames = settings.frames / 2;
        connect.sourceA.assign(take.begin(), take.begin() + settings.frames / 2);
        connect.sourceB.assign(take.end() - settings.frames / 2, take.end());
        const auto con = generate(connect);
        report.connectSeam.cases.push_back({0.5 * (meanAbsDiff(connect.sourceA.back(), con.front()) +
                                                   meanAbsDiff(con.back(), connect.sourceB.front())),
                                            meanConsecutive(con), meanConsecutive(take)});

        auto loop = evalRequest(settings, info, p.prompt, seed);
        loop.mode = inference::GenerationMode::Loop;
        const auto looped = generate(loop);
        report.loopSeam.cases.push_back({meanAbsDiff(looped.back(), looped.front()), meanConsecutive(looped)});
        loopClips.push_back(looped);

        // Restyle a flat rendering to neon or outline at strength 0.6.
        WorldScene flat = p.scene;
        flat.style = Style::Flat;
        WorldScene styled = p.scene;
        styled.style = i % 2 ? Style::Outline : Style::Neon;
        const auto flatClip = renderClip(flat, settings.width, settings.height, settings.frames);
        auto restyle = evalRequest(settings, info, canonicalCaption(styled), seed);
        restyle.mode = inference::GenerationMode::Restyle;
        restyle.strength = 0.6f;
        restyle.sourceA = flatClip;
        const auto restyled = generate(restyle);
        ReaderOptions options;
        options.cameraDrift = driftOf(p.scene);
        const ReadScene readOut = readScene(restyled, options);
        const ReadScene readSource = readScene(flatClip, options);
        const bool styleIsRight = readOut.style == styled.style;
        styleRight += styleIsRight;
        if (styled.style == Style::Neon) {
            neonRight += styleIsRight;
            ++neonCases;
        } else {
            outlineRight += styleIsRight;
            ++outlineCases;
        }
        const ReadObject* a = findColor(readOut, p.scene.objects[0].color);
        const ReadObject* b = findColor(readSource, p.scene.objects[0].color);
        if (b) {
            for (const TrackPoint& q : b->track) {
                const TrackPoint* match = nullptr;
                if (a) {
                    for (const TrackPoint& t : a->track) {
                        if (t.frame == q.frame) match = &t;
                    }
                }
                // A frame where the object is lost counts as a whole frame off.
                const double error = match ? std::hypot(match->x - q.x, match->y - q.y) : 1.0;
                centroidError += error;
                ++centroidFrames;
                (styled.style == Style::Neon ? neonError : outlineError) += error;
                ++(styled.style == Style::Neon ? neonFrames : outlineFrames);
            }
        }
        progress("conditioning cases: " + std::to_string(i + 1) + "/" + std::to_string(moving.size()));
    }
    report.conditioningCasesMeasured = static_cast<int>(moving.size());
    report.imageTakes = scorePrompts(moving, imageClips);
    report.forwardTakes = scorePrompts(moving, forwardClips);
    report.backwardTakes = scorePrompts(moving, backwardClips);
    report.loopTakes = scorePrompts(moving, loopClips);
    report.continuationRendered = scorePrompts(moving, laterRendered);
    const double n = std::max<std::size_t>(1, moving.size());
    report.imageFirstFramePsnr = psnrSum / n;
    report.restyleStyleAccuracy = styleRight / n;
    report.restyleNeonAccuracy = neonCases ? neonRight / neonCases : 0.0;
    report.restyleOutlineAccuracy = outlineCases ? outlineRight / outlineCases : 0.0;
    report.restyleCentroidError = centroidFrames ? centroidError / centroidFrames : 0.0;
    report.restyleNeonCentroidError = neonFrames ? neonError / neonFrames : 0.0;
    report.restyleOutlineCentroidError = outlineFrames ? outlineError / outlineFrames : 0.0;

    // Other buckets, on the first prompts of the set.
    struct BucketSize {
        const char* name;
        int w, h, f;
    };
    for (const BucketSize& b :
         {BucketSize{"112x64, 16 frames", 112, 64, 16}, BucketSize{"64x112, 16 frames", 64, 112, 16},
          BucketSize{"64x64, 8 frames", 64, 64, 8}, BucketSize{"64x64, 32 frames", 64, 64, 32}}) {
        EvalSettings s = settings;
        s.width = b.w;
        s.height = b.h;
        s.frames = b.f;
        const std::vector<EvalPrompt> subset = firstOf(prompts, settings.bucketPrompts);
        std::vector<std::vector<media::Image>> bucketClips;
        for (std::size_t i = 0; i < subset.size(); ++i) {
            bucketClips.push_back(generate(evalRequest(s, info, subset[i].prompt, 1000 + i)));
        }
        report.buckets.emplace_back(b.name, scorePrompts(subset, bucketClips));
        progress(std::string("bucket ") + b.name);
    }

    std::vector<double> seconds;
    for (int i = 0; i < settings.timingRuns; ++i) {
        const auto start = std::chrono::steady_clock::now();
        generate(evalRequest(settings, info, prompts[0].prompt, 77));
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    report.medianSecondsPerClip = seconds.empty() ? 0 : seconds[seconds.size() / 2];
    return report;
}

}  // namespace shotcraft::eval
