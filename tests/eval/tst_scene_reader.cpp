// The analytic scene reader on rendered ground truth: it must read >= 99 % of the
// attributes of random world clips right (backgrounds, styles, and each object's color,
// shape and motion), at the evaluation's size and on the other buckets.

#include "inference/eval/Evaluation.h"
#include "inference/eval/SceneReader.h"
#include "inference/world/SceneSampler.h"
#include "inference/world/WorldRenderer.h"

#include <QJsonArray>
#include <QTest>

#include <map>

using namespace shotcraft;
using namespace shotcraft::world;

class TestSceneReader : public QObject {
    Q_OBJECT

private slots:
    void readsRenderedClips_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("frames");
        QTest::addColumn<int>("clips");
        QTest::newRow("64x64x16") << 64 << 64 << 16 << 400;
        QTest::newRow("112x64x16") << 112 << 64 << 16 << 100;
        QTest::newRow("64x112x16") << 64 << 112 << 16 << 100;
        QTest::newRow("64x64x8") << 64 << 64 << 8 << 100;
        QTest::newRow("64x64x32") << 64 << 64 << 32 << 100;
    }

    void readsRenderedClips() {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, frames);
        QFETCH(int, clips);
        std::map<std::string, std::pair<int, int>> score;  // attribute -> (right, total)
        QStringList wrong;
        SceneSamplerOptions options;
        options.aspect = float(width) / height;
        options.excludeHeldOut = false;
        for (int i = 0; i < clips; ++i) {
            const WorldScene scene = sampleScene(5000 + i, options);
            const auto clip = renderClip(scene, width, height, frames);
            eval::ReaderOptions reader;
            reader.cameraDrift = cameraDriftAt(scene.camera, 1.0f);
            const eval::ReadScene read = eval::readScene(clip, reader);
            auto count = [&](const std::string& what, bool ok, const QString& detail) {
                score[what].first += ok;
                score[what].second += 1;
                if (!ok) wrong << QString("seed %1 %2: %3").arg(5000 + i).arg(QString::fromStdString(what), detail);
            };
            count("background", read.background == scene.background, QString::fromStdString(name(read.background)));
            count("style", read.style == scene.style, QString::fromStdString(name(read.style)));
            for (const WorldObject& o : scene.objects) {
                auto it = std::find_if(read.objects.begin(), read.objects.end(),
                                       [&](const eval::ReadObject& r) { return r.color == o.color; });
                count("color", it != read.objects.end(), QString::fromStdString(name(o.color)) + " not found");
                if (it == read.objects.end()) continue;
                count("shape", it->shape == o.shape,
                      QString("%1 read as %2 (fill %3)")
                          .arg(QString::fromStdString(name(o.shape)), QString::fromStdString(name(it->shape)))
                          .arg(it->fillRatio));
                count("motion", it->motion == o.motion,
                      QString("%1 read as %2")
                          .arg(QString::fromStdString(name(o.motion)), QString::fromStdString(name(it->motion))));
            }
        }
        for (const auto& [what, rs] : score) {
            const double accuracy = double(rs.first) / rs.second;
            qInfo("%s: %.1f %% of %d", what.c_str(), 100 * accuracy, rs.second);
            if (accuracy < 0.99) {
                for (const QString& w : wrong.mid(0, 12)) qInfo("  %s", qPrintable(w));
            }
            QVERIFY2(accuracy >= 0.99, what.c_str());
        }
    }

    // The report's style breakdown counts each prompt under the style it asks for: clips
    // drawn flat for every outline prompt score outline 0 % and leave the others whole.
    void scoresStyleByTheStyleAsked() {
        const auto prompts = eval::heldOutPrompts(30, 0);
        std::vector<std::vector<media::Image>> clips;
        for (const auto& p : prompts) {
            WorldScene drawn = p.scene;
            if (drawn.style == Style::Outline) drawn.style = Style::Flat;
            clips.push_back(renderClip(drawn, 64, 64, 16));
        }
        const eval::AttributeScores scores = eval::scorePrompts(prompts, clips);
        int counted = 0;
        for (const auto& byStyle : scores.styles) {
            QVERIFY2(byStyle.prompts > 0, name(byStyle.style).c_str());
            QCOMPARE(byStyle.accuracy, byStyle.style == Style::Outline ? 0.0 : 1.0);
            counted += byStyle.prompts;
        }
        QCOMPARE(counted, scores.prompts);
        QCOMPARE(scores.color, 1.0);
    }

    void countsWhatTheReaderSawByWhatWasAsked() {
        // Six clips drawn as asked and six with their object left out.
        const auto prompts = eval::heldOutPrompts(12, 0);
        std::vector<std::vector<media::Image>> clips;
        for (std::size_t i = 0; i < prompts.size(); ++i) {
            WorldScene drawn = prompts[i].scene;
            drawn.style = Style::Flat;
            if (i >= 6) drawn.objects.clear();
            clips.push_back(renderClip(drawn, 64, 64, 16));
        }
        const eval::AttributeScores scores = eval::scorePrompts(prompts, clips);
        auto check = [&](const std::vector<std::vector<int>>& counts, auto askedOf, std::size_t values) {
            QCOMPARE(counts.size(), values);
            int diagonal = 0, notFound = 0, total = 0;
            for (std::size_t asked = 0; asked < values; ++asked) {
                QCOMPARE(counts[asked].size(), values + 1);
                diagonal += counts[asked][asked];
                notFound += counts[asked][values];
                for (int c : counts[asked]) total += c;
            }
            QCOMPARE(total, 12);
            QCOMPARE(notFound, 6);
            QCOMPARE(diagonal, 6);
            // The row of the first prompt's value holds it.
            QVERIFY(counts[askedOf(prompts[0].scene.objects[0])][askedOf(prompts[0].scene.objects[0])] >= 1);
        };
        check(
            scores.shapeRead, [](const WorldObject& o) { return std::size_t(int(o.shape) - 1); }, allShapes().size());
        check(
            scores.motionRead, [](const WorldObject& o) { return std::size_t(int(o.motion) - 1); },
            allMotions().size());

        eval::EvalReport report;
        report.heldOut = scores;
        const auto motions = report.toJson()["held_out"].toObject()["motion_read_by_asked"].toObject();
        const auto firstRow = motions[QString::fromStdString(name(prompts[6].scene.objects[0].motion))].toObject();
        QVERIFY(firstRow["not found"].toInt() >= 1);
        // Seen counterparts appear only when measured: zeros would read as a measurement.
        QVERIFY(!report.toJson().contains("seen_counterparts"));
        report.seen = scores;
        report.heldOutSubset = scores;
        QCOMPARE(report.toJson()["seen_counterparts"].toObject()["prompts"].toInt(), 12);
        const std::string markdown = report.toMarkdown();
        QVERIFY(markdown.find("| motion asked \\ read |") != std::string::npos);
        QVERIFY(markdown.find("not found |") != std::string::npos);
    }

    // The seen counterparts keep each scene but its held-out objects' colors: shapes,
    // motions, background and style as asked, no held-out pair, no color twice, no color on
    // its own solid background, and a caption that names the new color.
    void seenCounterpartsChangeOnlyTheHeldOutColors() {
        const auto prompts = eval::heldOutPrompts(40, 20);
        const auto seen = eval::seenCounterparts(prompts);
        QCOMPARE(seen.size(), prompts.size());
        for (std::size_t i = 0; i < prompts.size(); ++i) {
            const WorldScene &was = prompts[i].scene, &now = seen[i].scene;
            QVERIFY(containsHeldOut(was));
            QVERIFY2(!containsHeldOut(now), seen[i].prompt.c_str());
            QCOMPARE(now.background, was.background);
            QCOMPARE(now.style, was.style);
            QCOMPARE(now.objects.size(), was.objects.size());
            for (std::size_t k = 0; k < now.objects.size(); ++k) {
                QCOMPARE(now.objects[k].shape, was.objects[k].shape);
                QCOMPARE(now.objects[k].motion, was.objects[k].motion);
                QVERIFY(!clashes(now.objects[k].color, now.background));
                if (!isHeldOut(was.objects[k].color, was.objects[k].shape)) {
                    QCOMPARE(now.objects[k].color, was.objects[k].color);
                } else {
                    QVERIFY2(seen[i].prompt.find(name(now.objects[k].color)) != std::string::npos,
                             seen[i].prompt.c_str());
                }
            }
            if (now.objects.size() == 2) QVERIFY(now.objects[0].color != now.objects[1].color);
        }
        // Rendered, they read as asked: the report's counterpart row measures the model alone.
        std::vector<std::vector<media::Image>> clips;
        const std::vector<eval::EvalPrompt> some(seen.begin(), seen.begin() + 12);
        for (const auto& p : some) clips.push_back(renderClip(p.scene, 64, 64, 16));
        QCOMPARE(eval::scorePrompts(some, clips).shape, 1.0);
    }

    // A seam ratio is the ratio of the cases' means; its standard error shrinks with more
    // cases that agree and is zero when every case has the same ratio.
    void seamRatioOverCasesAndItsError() {
        eval::SeamMeasure same;
        same.cases = {{2, 1}, {4, 2}, {6, 3}};
        QCOMPARE(same.ratio(), 2.0);
        QCOMPARE(same.standardError(), 0.0);

        eval::SeamMeasure spread;
        spread.cases = {{1, 1}, {3, 1}};  // ratio 2; residuals -1, +1
        QCOMPARE(spread.ratio(), 2.0);
        // sqrt((1 + 1) / (2 - 1) / 2) / 1 = 1
        QCOMPARE(spread.standardError(), 1.0);
        eval::SeamMeasure more;  // the same two cases, four times: a smaller error
        for (int i = 0; i < 4; ++i) more.cases.insert(more.cases.end(), spread.cases.begin(), spread.cases.end());
        QVERIFY(more.standardError() < 0.6);
        QCOMPARE(eval::SeamMeasure{}.ratio(), 0.0);

        eval::EvalReport report;
        report.extendBackwardSeam = spread;
        const auto seams = report.toJson()["seams"].toObject()["extend_backward"].toObject();
        QCOMPARE(seams["ratio"].toDouble(), 2.0);
        QCOMPARE(seams["cases_seam_inside"].toArray().size(), 2);
        QVERIFY(report.toMarkdown().find("+- 1.00") != std::string::npos);
    }

    // The seam breakdown: the means the ratio divides, and the source's own pace beside the
    // new frames' (a continuation can look seamless by jittering; this tells them apart).
    void seamBreakdownShowsTheSourcesPace() {
        eval::EvalReport report;
        report.extendSeam.cases = {{6, 3, 2}, {4, 1, 2}};  // seam 5, inside 2, source 2
        QCOMPARE(report.extendSeam.meanSeam(), 5.0);
        QCOMPARE(report.extendSeam.meanInside(), 2.0);
        QCOMPARE(report.extendSeam.meanSource(), 2.0);
        report.loopSeam.cases = {{3, 2}};  // a loop continues no source
        const auto seams = report.toJson()["seams"].toObject();
        QCOMPARE(seams["extend_forward"].toObject()["mean_source_change"].toDouble(), 2.0);
        QCOMPARE(seams["extend_forward"].toObject()["cases_source_change"].toArray().size(), 2);
        const auto md = report.toMarkdown();
        QVERIFY(md.find("| extend forward | 5.00 | 2.00 | 2.00 | 1.00 |") != std::string::npos);
        QVERIFY(md.find("| loop | 3.00 | 2.00 | - | - |") != std::string::npos);
    }

    // The world's clips change as much between frame pairs as within them; clips whose
    // frame pairs each show a different scene, as a model drawing each pair on its own
    // would, do not.
    void patchStepRatioFindsPairwiseClips() {
        const auto prompts = eval::heldOutPrompts(12, 0);
        std::vector<std::vector<media::Image>> world, pairwise;
        for (const auto& p : prompts) world.push_back(renderClip(p.scene, 64, 64, 16));
        for (std::size_t j = 0; j < world.size(); ++j) {
            std::vector<media::Image> clip;
            for (std::size_t i = 0; i < 16; ++i) clip.push_back(world[(j + i / 2) % world.size()][i]);
            pairwise.push_back(clip);
        }
        const double steady = eval::patchStepRatio(world, 2), jumping = eval::patchStepRatio(pairwise, 2);
        qInfo("world clips %.3f, pairs from different scenes %.3f", steady, jumping);
        QVERIFY2(steady > 0.8 && steady < 1.25, qPrintable(QString::number(steady)));
        QVERIFY2(jumping > 3, qPrintable(QString::number(jumping)));
        QCOMPARE(eval::patchStepRatio(world, 1), 0.0);  // no patches, no ratio
    }

    // Continuity across a seam: a world clip cut in two carries its object on at one
    // velocity and size; a frozen continuation stops it; an empty one loses it.
    void continuityAcrossTheSeam() {
        WorldScene scene;
        scene.objects.push_back({Shape::Circle, Color::Red, Size::Medium, Motion::Left, Speed::Normal, 0.75f, 0.5f});
        const auto whole = renderClip(scene, 64, 64, 32);
        const std::vector<media::Image> first(whole.begin(), whole.begin() + 16),
            second(whole.begin() + 16, whole.end());

        const auto carried = eval::measureContinuity(first, second, false, Color::Red);
        qInfo("cut in two: speed %.4f -> %.4f, gap %.4f, size %.3f", carried.givenSpeed, carried.generatedSpeed,
              carried.velocityGap, carried.sizeRatio);
        QVERIFY(carried.measured);
        QVERIFY2(carried.givenSpeed > 0.01, qPrintable(QString::number(carried.givenSpeed)));
        QVERIFY2(carried.velocityGap < 0.2 * carried.givenSpeed, qPrintable(QString::number(carried.velocityGap)));
        QVERIFY(std::abs(carried.sizeRatio - 1.0) < 0.1);
        QCOMPARE(carried.foundShare, 1.0);
        // The same cut read as a backward extension: the first half is the new frames.
        const auto backward = eval::measureContinuity(second, first, true, Color::Red);
        QVERIFY(backward.measured);
        QVERIFY(std::abs(backward.givenSpeed - carried.givenSpeed) < 0.2 * carried.givenSpeed);
        QVERIFY(backward.velocityGap < 0.2 * backward.givenSpeed);

        const std::vector<media::Image> frozen(16, first.back());
        const auto stopped = eval::measureContinuity(first, frozen, false, Color::Red);
        QVERIFY(stopped.measured);
        QVERIFY(stopped.generatedSpeed < 1e-6);
        QVERIFY(std::abs(stopped.velocityGap - stopped.givenSpeed) < 1e-6);

        WorldScene empty = scene;
        empty.objects.clear();
        const auto lost = eval::measureContinuity(first, renderClip(empty, 64, 64, 16), false, Color::Red);
        QVERIFY(!lost.measured);
        QCOMPARE(lost.foundShare, 0.0);

        eval::ContinuityMeasure measure;
        measure.cases = {carried, lost};
        QCOMPARE(measure.measured(), 1);
        QCOMPARE(measure.meanGeneratedSpeed(), carried.generatedSpeed);  // the unmeasured case left out
        QCOMPARE(measure.meanFoundShare(), 0.5);                         // but counted as lost
    }

    void stillObjectsWanderOnlyWhereTheirCentroidMoves() {
        auto still = [](float x) {
            WorldScene scene;
            scene.objects.push_back({Shape::Square, Color::Red, Size::Medium, Motion::Still, Speed::Normal, x, 0.5f});
            return scene;
        };
        const std::vector<eval::EvalPrompt> prompts = {{still(0.5f), "a red square"}};
        const auto steady = renderClip(still(0.5f), 64, 64, 16);
        const eval::AttributeScores rendered = eval::scorePrompts(prompts, {steady});
        QCOMPARE(rendered.stillObjects, 1);
        QVERIFY2(rendered.stillSpeed < 1e-4, qPrintable(QString::number(rendered.stillSpeed)));

        // Every other frame 4 pixels to the right: each 4-frame window ends 4 pixels from
        // where it began, 3 frames later.
        const auto aside = renderClip(still(0.5f + 4.0f / 64), 64, 64, 16);
        std::vector<media::Image> jittering;
        for (int i = 0; i < 16; ++i) jittering.push_back(i % 2 ? aside[i] : steady[i]);
        const eval::AttributeScores wandering = eval::scorePrompts(prompts, {jittering});
        QCOMPARE(wandering.stillObjects, 1);
        QVERIFY2(std::abs(wandering.stillSpeed - 4.0 / 64 / 3) < 0.002,
                 qPrintable(QString::number(wandering.stillSpeed)));

        // Only objects asked to stand still count.
        WorldScene moving = still(0.5f);
        moving.objects[0].motion = Motion::Right;
        const eval::AttributeScores asked = eval::scorePrompts({{moving, "a red square moving right"}}, {jittering});
        QCOMPARE(asked.stillObjects, 0);
        QCOMPARE(asked.stillSpeed, 0.0);
    }

    void motionClassesFromTracks() {
        auto track = [](std::initializer_list<std::array<float, 3>> points) {
            std::vector<eval::TrackPoint> t;
            int f = 0;
            for (const auto& p : points) t.push_back({f++, p[0], p[1], p[2], 100, false});
            return t;
        };
        QCOMPARE(eval::classifyMotion(track({{0.7f, 0.5f, 0.2f}, {0.45f, 0.5f, 0.2f}, {0.2f, 0.5f, 0.2f}}), 0),
                 Motion::Left);
        QCOMPARE(eval::classifyMotion(track({{0.5f, 0.5f, 0.2f}, {0.5f, 0.5f, 0.3f}, {0.5f, 0.5f, 0.45f}}), 0),
                 Motion::Growing);
        QCOMPARE(eval::classifyMotion(track({{0.5f, 0.8f, 0.2f}, {0.5f, 0.5f, 0.2f}, {0.5f, 0.8f, 0.2f}}), 0),
                 Motion::Bouncing);
        // A still object filmed by a camera panning left drifts right by the drift only.
        QCOMPARE(eval::classifyMotion(track({{0.3f, 0.5f, 0.2f}, {0.45f, 0.5f, 0.2f}, {0.6f, 0.5f, 0.2f}}), 0.3f),
                 Motion::Still);
    }
};

QTEST_GUILESS_MAIN(TestSceneReader)
#include "tst_scene_reader.moc"
