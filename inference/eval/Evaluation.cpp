#include "inference/eval/Evaluation.h"

#include "inference/world/Captions.h"
#include "inference/world/SceneSampler.h"
#include "inference/world/WorldRenderer.h"

#include <QJsonArray>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iomanip>
#include <sstream>

namespace shotcraft::eval {
namespace {

using namespace world;

float driftOf(const WorldScene& scene) {
    return cameraDriftAt(scene.camera, 1.0f);
}

const ReadObject* findColor(const ReadScene& read, Color color) {
    for (const auto& o : read.objects) {
        if (o.color == color) return &o;
    }
    return nullptr;
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

// "1.48 +- 0.08": a seam ratio and, when it was measured on cases, its standard error.
std::string seamCell(const SeamMeasure& m) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(2) << m.ratio();
    if (m.cases.size() >= 2) out << " +- " << m.standardError();
    return out.str();
}

QJsonObject seamJson(const SeamMeasure& m) {
    QJsonArray cases, sources;
    for (const SeamCase& c : m.cases) {
        cases.append(QJsonArray{c.seam, c.inside});
        sources.append(c.source);
    }
    return QJsonObject{{"ratio", m.ratio()},
                       {"standard_error", m.standardError()},
                       {"cases_seam_inside", cases},
                       {"cases_source_change", sources},
                       {"mean_seam", m.meanSeam()},
                       {"mean_inside", m.meanInside()},
                       {"mean_source_change", m.meanSource()}};
}

double meanConsecutive(const std::vector<media::Image>& clip) {
    double sum = 0;
    for (std::size_t i = 1; i < clip.size(); ++i) sum += meanAbsDiff(clip[i - 1], clip[i]);
    return clip.size() > 1 ? sum / double(clip.size() - 1) : 0.0;
}

std::string percent(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f %%", 100 * v);
    return text;
}

std::string fixed(double v, int digits) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", digits, v);
    return text;
}

// A row of the seam breakdown: what the ratio divides, and the source's own pace beside it.
void seamBreakdownRow(std::ostream& md, const char* name, const SeamMeasure& m) {
    md << "| " << name << " | " << fixed(m.meanSeam(), 2) << " | " << fixed(m.meanInside(), 2) << " | ";
    if (m.meanSource() > 0)
        md << fixed(m.meanSource(), 2) << " | " << fixed(m.meanInside() / m.meanSource(), 2) << " |\n";
    else
        md << "- | - |\n";
}

// The rest of a markdown row for scores on a subset of the prompts: " | prompts | color |
// shape | motion | background | style |" and the line's end.
std::string subsetCells(const AttributeScores& s) {
    return " | " + std::to_string(s.prompts) + " | " + percent(s.color) + " | " + percent(s.shape) + " | " +
           percent(s.motion) + " | " + percent(s.background) + " | " + percent(s.style) + " |\n";
}

// The sampler as the report's prose names it.
const char* samplerTitle(inference::SamplerKind kind) {
    switch (kind) {
        case inference::SamplerKind::Heun:
            return "Heun";
        case inference::SamplerKind::Ancestral:
            return "ancestral";
        case inference::SamplerKind::Euler:
            break;
    }
    return "Euler";
}

// The first `count` items, prompts or clips (all when there are fewer).
template <typename Item>
std::vector<Item> firstOf(const std::vector<Item>& items, int count) {
    return {items.begin(), items.begin() + std::clamp<std::size_t>(std::max(0, count), 0, items.size())};
}

// {asked: {read: count, ..., "not found": count}}, leaving out zero counts.
template <typename Value>
QJsonObject readByAskedJson(const std::vector<std::vector<int>>& counts, const std::vector<Value>& values) {
    QJsonObject out;
    for (std::size_t asked = 0; asked < counts.size(); ++asked) {
        QJsonObject row;
        for (std::size_t read = 0; read < counts[asked].size(); ++read) {
            if (counts[asked][read] == 0) continue;
            const std::string label = read < values.size() ? world::name(values[read]) : "not found";
            row.insert(QString::fromStdString(label), counts[asked][read]);
        }
        if (!row.isEmpty()) out.insert(QString::fromStdString(world::name(values[asked])), row);
    }
    return out;
}

// A markdown table of the counts: one row per value asked, one column per value read.
template <typename Value>
void readByAskedMarkdown(std::ostream& md, const std::string& title, const std::vector<std::vector<int>>& counts,
                         const std::vector<Value>& values) {
    md << "| " << title << " |";
    for (const Value& v : values) md << " " << world::name(v) << " |";
    md << " not found |\n|---|";
    for (std::size_t i = 0; i <= values.size(); ++i) md << "---|";
    md << "\n";
    for (std::size_t asked = 0; asked < counts.size(); ++asked) {
        int total = 0;
        for (int c : counts[asked]) total += c;
        if (total == 0) continue;
        md << "| " << world::name(values[asked]) << " (" << total << ") |";
        for (int c : counts[asked]) md << " " << (c ? std::to_string(c) : std::string("")) << " |";
        md << "\n";
    }
}

QJsonObject scoresJson(const AttributeScores& s) {
    QJsonObject styles;
    for (const auto& byStyle : s.styles) {
        styles.insert(QString::fromStdString(world::name(byStyle.style)),
                      QJsonObject{{"accuracy", byStyle.accuracy}, {"prompts", byStyle.prompts}});
    }
    return QJsonObject{{"style_by_target", styles},
                       {"shape_read_by_asked", readByAskedJson(s.shapeRead, world::allShapes())},
                       {"motion_read_by_asked", readByAskedJson(s.motionRead, world::allMotions())},
                       {"prompts", s.prompts},
                       {"color", s.color},
                       {"shape", s.shape},
                       {"motion", s.motion},
                       {"background", s.background},
                       {"style", s.style},
                       {"binding", s.binding},
                       {"binding_prompts", s.bindingPrompts},
                       {"flicker", s.flicker}};
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
    int objects = 0;
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
        progress("finished from t = " + fixed(time, 2));
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

        auto forward = evalRequest(settings, info, p.prompt, seed);
        forward.mode = inference::GenerationMode::ExtendForward;
        forward.sourceA = source;
        const auto fwd = generate(forward);
        report.conditioningPrompts.push_back(p.prompt);
        report.extendSeam.cases.push_back(
            {meanAbsDiff(source.back(), fwd.front()), meanConsecutive(fwd), meanConsecutive(source)});
        forwardClips.push_back(fwd);

        auto backward = evalRequest(settings, info, p.prompt, seed);
        backward.mode = inference::GenerationMode::ExtendBackward;
        backward.sourceA = source;
        const auto bwd = generate(backward);
        report.extendBackwardSeam.cases.push_back(
            {meanAbsDiff(bwd.back(), source.front()), meanConsecutive(bwd), meanConsecutive(source)});
        backwardClips.push_back(bwd);

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

QJsonObject EvalReport::toJson() const {
    QJsonArray bucketArray;
    for (const auto& [name, scores] : buckets) {
        QJsonObject b = scoresJson(scores);
        b.insert("bucket", QString::fromStdString(name));
        bucketArray.append(b);
    }
    QJsonArray finishedArray;
    for (const auto& [time, scores] : finished) {
        QJsonObject f = scoresJson(scores);
        f.insert("time", time);
        finishedArray.append(f);
    }
    QJsonArray casePrompts;
    for (const auto& prompt : conditioningPrompts) casePrompts.append(QString::fromStdString(prompt));
    QJsonObject json{
        {"settings", QJsonObject{{"width", settings.width},
                                 {"height", settings.height},
                                 {"frames", settings.frames},
                                 {"fps", settings.fps},
                                 {"steps", settings.steps},
                                 {"guidance", settings.guidance},
                                 {"shift", settings.shift},
                                 {"seam_fade_frames", settings.seamFadeFrames},
                                 {"guidance_ramp_frames", settings.guidanceRampFrames},
                                 {"context_frames", settings.contextFrames},
                                 {"sampler", inference::samplerName(settings.sampler)},
                                 {"patch_grid_stagger_frames", patchGridStagger}}},
        {"held_out", scoresJson(heldOut)},
        {"held_out_rendered", scoresJson(rendered)},
        {"held_out_autoencoder_round_trip", scoresJson(roundTrip)},
        {"conditioning_cases", conditioningCasesMeasured},
        {"image_first_frame_psnr_db", imageFirstFramePsnr},
        {"held_out_patch_step_ratio", patchStepRatio},
        {"held_out_rendered_patch_step_ratio", renderedPatchStepRatio},
        {"extend_forward_seam_ratio", extendSeam.ratio()},
        {"extend_backward_seam_ratio", extendBackwardSeam.ratio()},
        {"connect_seam_ratio", connectSeam.ratio()},
        {"loop_seam_ratio", loopSeam.ratio()},
        {"seams", QJsonObject{{"extend_forward", seamJson(extendSeam)},
                              {"extend_backward", seamJson(extendBackwardSeam)},
                              {"connect", seamJson(connectSeam)},
                              {"loop", seamJson(loopSeam)},
                              {"case_prompts", casePrompts}}},
        {"conditioned_takes_read", QJsonObject{{"image", scoresJson(imageTakes)},
                                               {"extend_forward", scoresJson(forwardTakes)},
                                               {"extend_backward", scoresJson(backwardTakes)},
                                               {"loop", scoresJson(loopTakes)},
                                               {"world_later_frames", scoresJson(continuationRendered)}}},
        {"restyle_style_accuracy", restyleStyleAccuracy},
        {"restyle_centroid_error", restyleCentroidError},
        {"restyle_centroid_error_by_target",
         QJsonObject{{"neon", restyleNeonCentroidError}, {"outline", restyleOutlineCentroidError}}},
        {"restyle_style_accuracy_by_target",
         QJsonObject{{"neon", restyleNeonAccuracy}, {"outline", restyleOutlineAccuracy}}},
        {"buckets", bucketArray},
        {"finished_from_time", finishedArray},
        {"median_seconds_per_clip", medianSecondsPerClip},
    };
    // Only when measured (--seen-counterparts): zeros would read as a measurement.
    if (seen.prompts > 0) {
        json.insert("held_out_subset", scoresJson(heldOutSubset));
        json.insert("seen_counterparts", scoresJson(seen));
    }
    return json;
}

std::string EvalReport::toMarkdown() const {
    std::ostringstream md;
    md << "| held-out prompts (" << heldOut.prompts << ", " << heldOut.bindingPrompts
       << " with two objects) | measured | target |\n"
       << "|---|---|---|\n"
       << "| color | " << percent(heldOut.color) << " | >= 95 % |\n"
       << "| shape | " << percent(heldOut.shape) << " | >= 90 % |\n"
       << "| motion | " << percent(heldOut.motion) << " | >= 90 % |\n"
       << "| background | " << percent(heldOut.background) << " | >= 95 % |\n"
       << "| style | " << percent(heldOut.style) << " | >= 85 % |\n"
       << "| two-object binding | " << percent(heldOut.binding) << " | >= 75 % |\n"
       << "| temporal flicker (VBench) | " << fixed(heldOut.flicker, 4) << " | |\n"
       << "| frame change across / within the model's temporal patches (the world's clips: "
       << fixed(renderedPatchStepRatio, 2) << ") | " << fixed(patchStepRatio, 2) << " | |\n"
       << "| image to video: first-frame PSNR (model's drawing, before seam matching) | "
       << fixed(imageFirstFramePsnr, 1) << " dB | >= 28 dB |\n"
       << "| extend forward: seam ratio (+- standard error) | " << seamCell(extendSeam) << " | <= 1.5 |\n"
       << "| extend backward: seam ratio (+- standard error) | " << seamCell(extendBackwardSeam) << " | <= 1.5 |\n"
       << "| connect: seam ratio (+- standard error) | " << seamCell(connectSeam) << " | <= 1.5 |\n"
       << "| loop: seam ratio (+- standard error) | " << seamCell(loopSeam) << " | <= 1.5 |\n"
       << "| restyle at 0.6: style accuracy | " << percent(restyleStyleAccuracy) << " | >= 85 % |\n"
       << "| restyle at 0.6: to neon / to outline | " << percent(restyleNeonAccuracy) << " / "
       << percent(restyleOutlineAccuracy) << " | |\n"
       << "| restyle at 0.6: centroid error | " << fixed(restyleCentroidError, 3) << " | <= 0.05 |\n"
       << "| restyle at 0.6: centroid error to neon / to outline | " << fixed(restyleNeonCentroidError, 3) << " / "
       << fixed(restyleOutlineCentroidError, 3) << " | |\n"
       << "| " << settings.frames << " frames " << settings.width << "x" << settings.height << ", " << settings.steps
       << " steps, guided: median of " << settings.timingRuns << " | " << fixed(medianSecondsPerClip, 2)
       << " s | <= 10 s |\n\n"
       << "| seams: mean \\|diff\\| (0-255) | across the seam | inside the new frames | inside the source | new "
          "frames' pace / source's |\n|---|---|---|---|---|\n";
    seamBreakdownRow(md, "extend forward", extendSeam);
    seamBreakdownRow(md, "extend backward", extendBackwardSeam);
    seamBreakdownRow(md, "connect", connectSeam);
    seamBreakdownRow(md, "loop", loopSeam);
    md << "\n| the reader on the conditioned takes' new frames, against the case's prompt | cases | color | "
          "shape | motion | background | style |\n|---|---|---|---|---|---|---|\n"
       << "| image to video (before seam matching)" << subsetCells(imageTakes) << "| extend forward"
       << subsetCells(forwardTakes) << "| extend backward" << subsetCells(backwardTakes) << "| loop"
       << subsetCells(loopTakes) << "| the world's later frames (same scenes, at half the pace)"
       << subsetCells(continuationRendered);
    md << "\n"
       << "| the reader on the held-out scenes | color | shape | motion | background | style | binding |\n"
       << "|---|---|---|---|---|---|---|\n";
    const std::pair<const char*, const AttributeScores*> ceilingRows[] = {
        {"rendered (the world itself)", &rendered},
        {"rendered, through the autoencoder (the ceiling)", &roundTrip},
        {"generated", &heldOut}};
    for (const auto& [name, s] : ceilingRows) {
        md << "| " << name << " | " << percent(s->color) << " | " << percent(s->shape) << " | " << percent(s->motion)
           << " | " << percent(s->background) << " | " << percent(s->style) << " | " << percent(s->binding) << " |\n";
    }
    md << "\n| the reader on the held-out scenes: style by the style asked |";
    for (const auto& byStyle : heldOut.styles)
        md << " " << world::name(byStyle.style) << " (" << byStyle.prompts << ") |";
    md << "\n|---|---|---|---|\n";
    for (const auto& [name, s] : ceilingRows) {
        md << "| " << name << " |";
        for (const auto& byStyle : s->styles) md << " " << percent(byStyle.accuracy) << " |";
        md << "\n";
    }
    md << "\nWhat the reader saw in the generated clips, objects counted by what the prompt asked:\n\n";
    readByAskedMarkdown(md, "shape asked \\ read", heldOut.shapeRead, world::allShapes());
    md << "\n";
    readByAskedMarkdown(md, "motion asked \\ read", heldOut.motionRead, world::allMotions());
    md << "\n"
       << "| bucket | prompts | color | shape | motion | background | style |\n|---|---|---|---|---|---|---|\n";
    for (const auto& [name, s] : buckets) md << "| " << name << subsetCells(s);
    if (!finished.empty()) {
        md << "\n| the held-out scenes rendered, noised to time t and finished by the model with their "
              "prompt | prompts | color | shape | motion | background | style |\n|---|---|---|---|---|---|---|\n";
        for (const auto& [time, s] : finished) md << "| t = " << fixed(time, 2) << subsetCells(s);
    }
    if (seen.prompts > 0) {
        md << "\n| the first held-out prompts, and the same scenes with each held-out object in a color "
              "training shows with its shape | prompts | color | shape | motion | background | style |\n"
              "|---|---|---|---|---|---|---|\n"
           << "| held out (generated)" << subsetCells(heldOutSubset) << "| seen counterparts (generated, same seeds)"
           << subsetCells(seen);
        md << "\n";
        readByAskedMarkdown(md, "seen counterparts: shape asked \\ read", seen.shapeRead, world::allShapes());
    }
    md << "\nSampling: " << settings.width << "x" << settings.height << ", " << settings.frames << " frames at "
       << settings.fps << " fps, " << settings.steps << " " << samplerTitle(settings.sampler) << " steps, guidance "
       << fixed(settings.guidance, 1) << ", timestep shift " << fixed(settings.shift, 1) << ", seam fade "
       << settings.seamFadeFrames << " frames, " << settings.contextFrames
       << " source frames of context for extend and connect, ";
    if (settings.guidanceRampFrames > 0)
        md << "guidance rising from 1 over " << settings.guidanceRampFrames << " frames from given frames, ";
    md << conditioningCasesMeasured << (conditioningCasesMeasured == 1 ? " moving scene" : " moving scenes")
       << " for image to video, extend, connect, loop and restyle";
    if (patchGridStagger > 0) {
        md << ", temporal patch grid moved by " << patchGridStagger << (patchGridStagger == 1 ? " frame" : " frames")
           << " every other step";
    }
    md << ".\n";
    return md.str();
}

}  // namespace shotcraft::eval
