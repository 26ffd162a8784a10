#include "inference/eval/Evaluation.h"

#include <QJsonArray>

#include <cstdio>
#include <iomanip>
#include <sstream>

// The evaluation report's two forms: JSON for tools (scripts/compare_evals.py) and markdown
// for people (the model card links it).
namespace shotcraft::eval {
namespace {

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

QJsonObject continuityJson(const ContinuityMeasure& m) {
    QJsonArray cases;
    for (const ContinuityCase& c : m.cases) {
        // [given speed, new speed, velocity gap, size ratio, found share]; the first four
        // null where the object was not found on both sides (the found share, which the
        // mean counts, is there for every case).
        if (c.measured)
            cases.append(QJsonArray{c.givenSpeed, c.generatedSpeed, c.velocityGap, c.sizeRatio, c.foundShare});
        else
            cases.append(QJsonArray{QJsonValue(), QJsonValue(), QJsonValue(), QJsonValue(), c.foundShare});
    }
    return QJsonObject{{"cases_measured", m.measured()},
                       {"mean_given_speed", m.meanGivenSpeed()},
                       {"mean_new_speed", m.meanGeneratedSpeed()},
                       {"mean_velocity_gap", m.meanVelocityGap()},
                       {"mean_size_ratio", m.meanSizeRatio()},
                       {"mean_found_share", m.meanFoundShare()},
                       {"cases", cases}};
}

// A row of the continuity table; speeds in hundredths of the frame per frame.
void continuityRow(std::ostream& md, const char* name, const ContinuityMeasure& m) {
    md << "| " << name << " | " << m.measured() << " of " << m.cases.size() << " | "
       << fixed(100 * m.meanGivenSpeed(), 2) << " | " << fixed(100 * m.meanGeneratedSpeed(), 2) << " | "
       << fixed(100 * m.meanVelocityGap(), 2) << " | " << fixed(m.meanSizeRatio(), 2) << " | "
       << percent(m.meanFoundShare()) << " |\n";
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
                       {"flicker", s.flicker},
                       {"still_object_speed", s.stillSpeed},
                       {"still_objects", s.stillObjects}};
}

}  // namespace

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
        {"continuity", QJsonObject{{"extend_forward", continuityJson(forwardContinuity)},
                                   {"extend_backward", continuityJson(backwardContinuity)},
                                   {"world_cut_in_two", continuityJson(worldContinuity)}}},
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
    md << "\n| the object across the seam (speed: hundredths of the frame per frame, 4 frames each side) "
          "| cases found both sides | given frames' speed | new frames' speed | velocity gap | size new / given "
          "| new frames with the object |\n|---|---|---|---|---|---|---|\n";
    continuityRow(md, "extend forward", forwardContinuity);
    continuityRow(md, "extend backward", backwardContinuity);
    continuityRow(md, "the world's clips twice as long, cut in two", worldContinuity);
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
    md << "\n| objects asked to stand still (speed: hundredths of the frame per frame, 4-frame windows) | "
          "objects found | centroid speed |\n|---|---|---|\n";
    for (const auto& [name, s] : ceilingRows)
        md << "| " << name << " | " << s->stillObjects << " | " << fixed(100 * s->stillSpeed, 2) << " |\n";
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
