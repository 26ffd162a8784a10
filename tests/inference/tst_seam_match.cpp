// Seam and drift matching: the autoencoder's residual on the given frame beside the new
// ones, and the small difference between that given frame and the first new frame, fade
// into the new frames.

#include "inference/InferenceError.h"
#include "inference/SeamMatch.h"

#include <QTest>

using namespace shotcraft;
using inference::SeamReference;

namespace {
media::Image flat(float value, int size = 4) {
    media::Image image(size, size, 3, media::SampleType::UInt8);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            for (int c = 0; c < 3; ++c) image.setSample(x, y, c, value);
    return image;
}
float level(const media::Image& image) {
    return image.sample(1, 2, 1) * 255.0f;
}
}  // namespace

class TestSeamMatch : public QObject {
    Q_OBJECT

private slots:
    void givenFrameComesBackAndTheResidualFades() {
        // Image to video: the still is frame 0; the autoencoder drew it 40 levels too dark.
        std::vector<media::Image> out(6, flat(100 / 255.0f));
        const std::vector<SeamReference> refs{{0, flat(140 / 255.0f), flat(100 / 255.0f)}};
        inference::matchSeams(out, 0, refs, 4);
        QCOMPARE(level(out[0]), 140.0f);  // exactly the still
        QCOMPARE(level(out[1]), 130.0f);  // 3/4 of the residual
        QCOMPARE(level(out[2]), 120.0f);
        QCOMPARE(level(out[3]), 110.0f);
        QCOMPARE(level(out[4]), 100.0f);  // faded out
        QCOMPARE(level(out[5]), 100.0f);
    }

    void extendUsesTheNearestGivenFrameOnly() {
        // Context frames 0..3 lie before the new frames 4..; only frame 3 (the seam) counts.
        std::vector<media::Image> out(3, flat(50 / 255.0f));
        std::vector<SeamReference> refs;
        for (int i = 0; i < 4; ++i) refs.push_back({i, flat((60 + 20 * i) / 255.0f), flat(60 / 255.0f)});
        inference::matchSeams(out, 4, refs, 2);
        QCOMPARE(level(out[0]), 50.0f + 0.5f * 60.0f);  // frame 4: distance 1 from frame 3
        QCOMPARE(level(out[1]), 50.0f);
    }

    void connectBlendsBothEnds() {
        // A ends at frame 1, B starts at frame 4; new frames 2 and 3.
        std::vector<media::Image> out(2, flat(100 / 255.0f));
        const std::vector<SeamReference> refs{{1, flat(120 / 255.0f), flat(100 / 255.0f)},
                                              {4, flat(80 / 255.0f), flat(100 / 255.0f)}};
        inference::matchSeams(out, 2, refs, 3);
        // Frame 2: weights 2/3 (A) and 1/3 (B), summing to 1: 100 + 2/3*20 - 1/3*20.
        QCOMPARE(std::round(level(out[0])), std::round(100.0f + 20.0f / 3.0f));
        QCOMPARE(std::round(level(out[1])), std::round(100.0f - 20.0f / 3.0f));
    }

    void noResidualWhereAnObjectMovedInOrAway() {
        // The given frame shows an object at the left (200 on 100); the autoencoder drew it
        // 40 levels and the background 10 levels too dark. The new frame shows the object at
        // the right: the background residual carries, neither object spot gets one.
        const auto withObject = [](float background, float object, int from) {
            media::Image image = flat(background / 255.0f, 8);
            for (int y = 0; y < 8; ++y)
                for (int x = from; x < from + 2; ++x)
                    for (int c = 0; c < 3; ++c) image.setSample(x, y, c, object / 255.0f);
            return image;
        };
        std::vector<media::Image> out{withObject(90, 160, 6)};
        const std::vector<SeamReference> refs{{0, withObject(100, 200, 0), withObject(90, 160, 0)}};
        inference::matchSeams(out, 1, refs, 2);  // weight 1/2 at distance 1
        const auto at = [&](int x) { return std::round(out[0].sample(x, 3, 0) * 255.0f); };
        QCOMPARE(at(4), 95.0f);   // background: half its residual of 10
        QCOMPARE(at(0), 90.0f);   // where the object was: no ghost of it (it would read 110)
        QCOMPARE(at(6), 160.0f);  // where it is now: not the background's residual
    }

    void clampsAndLeavesFramesAloneWhenOff() {
        std::vector<media::Image> out(1, flat(250 / 255.0f));
        const std::vector<SeamReference> refs{{0, flat(1.0f), flat(200 / 255.0f)}};
        auto copy = out;
        inference::matchSeams(copy, 0, refs, 0);
        QVERIFY(copy[0] == out[0]);
        inference::matchSeams(out, 0, refs, 4);
        QCOMPARE(level(out[0]), 255.0f);
    }

    void driftFadesFromTheSeamIntoAStillScene() {
        // Extend a still scene: context frames 0..3; the new frames 4..8 came out 12 levels
        // brighter than the given frame 3 they continue.
        std::vector<media::Image> out(5, flat(112 / 255.0f));
        std::vector<SeamReference> refs;
        for (int i = 0; i < 4; ++i) refs.push_back({i, flat(100 / 255.0f), flat(100 / 255.0f)});
        inference::matchDrift(out, 4, refs, 4);
        QCOMPARE(level(out[0]), 103.0f);  // 3/4 of the drift taken back at the seam
        QCOMPARE(level(out[1]), 106.0f);
        QCOMPARE(level(out[2]), 109.0f);
        QCOMPARE(level(out[3]), 112.0f);  // faded out: the model's own drawing
        QCOMPARE(level(out[4]), 112.0f);
    }

    void driftLeavesMotionAlone() {
        // The given frame shows an object at the left (200 on 100). The first new frame
        // shows it moved to the right, on a background drawn 10 levels too bright: the
        // background's drift fades out, the object stays where the model moved it and no
        // ghost of it is drawn where it was.
        const auto withObject = [](float background, float object, int from) {
            media::Image image = flat(background / 255.0f, 8);
            for (int y = 0; y < 8; ++y)
                for (int x = from; x < from + 2; ++x)
                    for (int c = 0; c < 3; ++c) image.setSample(x, y, c, object / 255.0f);
            return image;
        };
        std::vector<media::Image> out{withObject(110, 200, 6), withObject(110, 200, 6)};
        const std::vector<SeamReference> refs{{0, withObject(100, 200, 0), withObject(100, 200, 0)}};
        inference::matchDrift(out, 1, refs, 2);  // weight 1/2 at distance 1, 0 at 2
        const auto at = [&](int frame, int x) { return std::round(out[frame].sample(x, 3, 0) * 255.0f); };
        QCOMPARE(at(0, 4), 105.0f);  // background: half the drift
        QCOMPARE(at(0, 0), 110.0f);  // where the object was: no ghost (it would read 155)
        QCOMPARE(at(0, 6), 200.0f);  // where it is now: unchanged
        QCOMPARE(at(1, 4), 110.0f);
    }

    void driftComesFromBothEndsOfAConnection() {
        // A ends at frame 1 (level 112), B starts at frame 4 (level 94); the new frames 2 and
        // 3 were drawn at 100. Each end's drift is measured against its own neighbour.
        std::vector<media::Image> out{flat(100 / 255.0f), flat(100 / 255.0f)};
        const std::vector<SeamReference> refs{{1, flat(112 / 255.0f), flat(112 / 255.0f)},
                                              {4, flat(94 / 255.0f), flat(94 / 255.0f)}};
        inference::matchDrift(out, 2, refs, 3);
        // Frame 2: 2/3 of A's +12 and 1/3 of B's -6; frame 3 the other way round.
        QCOMPARE(level(out[0]), 100.0f + 8.0f - 2.0f);
        QCOMPARE(level(out[1]), 100.0f + 4.0f - 4.0f);
    }

    void driftKeepsAGivenFrameAndStopsWhenOff() {
        // Image to video: frame 0 is the still itself and stays so; fade 0 changes nothing.
        std::vector<media::Image> out{flat(100 / 255.0f), flat(108 / 255.0f), flat(108 / 255.0f)};
        const std::vector<SeamReference> refs{{0, flat(100 / 255.0f), flat(100 / 255.0f)}};
        auto copy = out;
        inference::matchDrift(copy, 0, refs, 0);
        QVERIFY(copy[1] == out[1]);
        inference::matchDrift(out, 0, refs, 2);
        QCOMPARE(level(out[0]), 100.0f);
        QCOMPARE(level(out[1]), 104.0f);
        QCOMPARE(level(out[2]), 108.0f);
    }

    void mismatchedSizesAreAnError() {
        std::vector<media::Image> out(1, flat(0.5f, 8));
        const std::vector<SeamReference> refs{{0, flat(0.5f), flat(0.5f)}};
        QVERIFY_THROWS_EXCEPTION(inference::InferenceError, inference::matchSeams(out, 0, refs, 4));
        std::vector<media::Image> wide{flat(0.5f, 8), flat(0.5f, 8)};
        QVERIFY_THROWS_EXCEPTION(inference::InferenceError, inference::matchDrift(wide, 1, refs, 4));
    }
};

QTEST_GUILESS_MAIN(TestSeamMatch)
#include "tst_seam_match.moc"
