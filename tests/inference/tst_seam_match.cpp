// Seam matching: the residual of the given frame beside the new ones fades into them.

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

    void mismatchedSizesAreAnError() {
        std::vector<media::Image> out(1, flat(0.5f, 8));
        const std::vector<SeamReference> refs{{0, flat(0.5f), flat(0.5f)}};
        QVERIFY_THROWS_EXCEPTION(inference::InferenceError, inference::matchSeams(out, 0, refs, 4));
    }
};

QTEST_GUILESS_MAIN(TestSeamMatch)
#include "tst_seam_match.moc"
