// The procedural world: deterministic renders at any size, captions in WORLD.md's words
// and the model's vocabulary, objects kept in frame and apart, held-out pairs excluded.

#include "inference/Tokenizer.h"
#include "inference/world/Captions.h"
#include "inference/world/SceneSampler.h"
#include "inference/world/WorldRenderer.h"

#include <QTest>

#include <cmath>

using namespace shotcraft;
using namespace shotcraft::world;

class TestWorld : public QObject {
    Q_OBJECT

private slots:
    void renderingIsDeterministic() {
        for (std::uint64_t seed : {1ULL, 77ULL, 123456789ULL}) {
            const WorldScene a = sampleScene(seed);
            const WorldScene b = sampleScene(seed);
            QCOMPARE(canonicalCaption(a), canonicalCaption(b));
            QVERIFY(renderClip(a, 64, 64, 16) == renderClip(b, 64, 64, 16));
            QCOMPARE(captions(a, seed, 4), captions(b, seed, 4));
        }
        QVERIFY(!(renderClip(sampleScene(1), 64, 64, 8) == renderClip(sampleScene(2), 64, 64, 8)));
    }

    void canonicalValuesAreDrawn() {
        WorldScene scene;
        scene.background = Background::Gray;
        WorldObject o;
        o.color = Color::Blue;
        o.shape = Shape::Square;
        o.size = Size::Large;
        scene.objects = {o};
        const media::Image frame = renderFrame(scene, 100, 100, 0, 1);
        auto rgb = [&](int x, int y) {
            const std::uint8_t* p = frame.row(y) + 3 * x;
            return std::array<int, 3>{p[0], p[1], p[2]};
        };
        QCOMPARE(rgb(50, 50), (std::array<int, 3>{40, 80, 220}));  // the object's centre
        QCOMPARE(rgb(2, 2), (std::array<int, 3>{128, 128, 128}));  // the background
        // A large square is 0.32 of the frame tall: 32 px at 100 px.
        int inside = 0;
        for (int y = 0; y < 100; ++y) inside += rgb(50, y) == std::array<int, 3>{40, 80, 220};
        QVERIFY(inside >= 31 && inside <= 33);
    }

    void anySizeAndFrameCount() {
        const WorldScene scene = sampleScene(9);
        for (auto [w, h, f] :
             {std::tuple{64, 64, 8}, std::tuple{112, 64, 32}, std::tuple{64, 112, 12}, std::tuple{320, 180, 3}}) {
            const auto clip = renderClip(scene, w, h, f);
            QCOMPARE(int(clip.size()), f);
            QCOMPARE(clip.front().width(), w);
            QCOMPARE(clip.front().height(), h);
        }
    }

    // Positions past a clip's end go on with its motion at its pace: a clip started at its
    // last frame begins where the clip ends, and the step from frame to frame is the clip's.
    // A shrinking object before its clip began is large, after it a speck, never negative.
    void positionsPastTheClipGoOn() {
        WorldScene scene = sampleScene(4);
        WorldObject mover;
        mover.motion = Motion::Left;
        mover.startX = 0.7f;
        mover.startY = 0.5f;
        scene.objects = {mover};
        scene.background = Background::Black;
        const auto clip = renderClip(scene, 64, 64, 9);
        const auto after = renderClip(scene, 64, 64, 9, 1.0f);
        QVERIFY(after.front() == clip.back());
        QVERIFY(!(after.back() == clip.back()));
        const float step = objectStateAt(mover, 1.0f).x - objectStateAt(mover, 0.875f).x;
        QVERIFY(std::fabs((objectStateAt(mover, 1.125f).x - objectStateAt(mover, 1.0f).x) - step) < 1e-5f);
        QVERIFY(renderFrameAt(scene, 64, 64, 0.5f) == renderFrame(scene, 64, 64, 4, 9));
        WorldObject shrinking = mover;
        shrinking.motion = Motion::Shrinking;
        QVERIFY(objectStateAt(shrinking, -0.5f).scale > 1.7f);
        QCOMPARE(objectStateAt(shrinking, 3.0f).scale, 0.1f);
    }

    void captionsUseTheVocabulary() {
        const inference::Tokenizer tokenizer(worldVocabulary(), 64);
        for (std::uint64_t seed = 0; seed < 500; ++seed) {
            SceneSamplerOptions options;
            options.twoObjectProbability = 0.5f;
            const WorldScene scene = sampleScene(seed, options);
            for (const std::string& caption : captions(scene, seed, 6)) {
                QVERIFY2(tokenizer.encode(caption).unknownWords.empty(), caption.c_str());
                QVERIFY2(caption.find(name(scene.objects[0].color)) != std::string::npos, caption.c_str());
            }
            const std::string canonical = canonicalCaption(scene);
            QVERIFY(canonical.find(name(scene.objects[0].shape)) != std::string::npos);
        }
        QCOMPARE(canonicalCaption([] {
                     WorldScene s;
                     s.background = Background::Black;
                     WorldObject o;
                     o.motion = Motion::Left;
                     s.objects = {o};
                     return s;
                 }()),
                 std::string("a red circle moving left on a black background"));
    }

    void scenesFollowTheContract() {
        for (std::uint64_t seed = 0; seed < 2000; ++seed) {
            SceneSamplerOptions options;
            options.twoObjectProbability = 0.4f;
            options.aspect = seed % 3 == 0 ? 1.75f : seed % 3 == 1 ? 1.0f / 1.75f : 1.0f;
            const WorldScene scene = sampleScene(seed, options);
            QVERIFY(!containsHeldOut(scene));
            QVERIFY(scene.objects.size() == 1 || scene.objects.size() == 2);
            for (const WorldObject& o : scene.objects) QVERIFY(!clashes(o.color, scene.background));
            if (scene.objects.size() == 2) QVERIFY(scene.objects[0].color != scene.objects[1].color);
        }
        SceneSamplerOptions all;
        all.excludeHeldOut = false;
        int heldOut = 0;
        for (std::uint64_t seed = 0; seed < 2000; ++seed) heldOut += containsHeldOut(sampleScene(seed, all));
        QVERIFY(heldOut > 100);  // they exist when not excluded
    }

    // Placed anew, a scene keeps everything its captions say and moves its objects.
    void placedAnewKeepsTheCaption() {
        int moved = 0, scenes = 0;
        for (std::uint64_t seed = 0; seed < 300; ++seed) {
            SceneSamplerOptions options;
            options.twoObjectProbability = 0.4f;
            options.aspect = seed % 3 == 0 ? 1.75f : 1.0f;
            const WorldScene scene = sampleScene(seed, options);
            const WorldScene placed = placedAnew(scene, seed + 77, options.aspect);
            QCOMPARE(canonicalCaption(placed), canonicalCaption(scene));
            QCOMPARE(placed.background, scene.background);
            QCOMPARE(placed.objects.size(), scene.objects.size());
            bool anyMoved = false;
            for (std::size_t i = 0; i < scene.objects.size(); ++i) {
                const WorldObject &a = scene.objects[i], &b = placed.objects[i];
                QVERIFY(a.shape == b.shape && a.color == b.color && a.size == b.size && a.motion == b.motion &&
                        a.speed == b.speed);
                // In frame wherever the sampler's own placement is (a quick mover that
                // cannot fit starts at the edge, in both).
                for (float s : {0.0f, 1.0f}) {
                    const auto inFrame = [&](const ObjectState& state) {
                        const float x = state.x + cameraDriftAt(scene.camera, s);
                        return x > 0 && x < 1 && state.y > 0 && state.y < 1;
                    };
                    if (inFrame(objectStateAt(a, s)))
                        QVERIFY2(inFrame(objectStateAt(b, s)), qPrintable(QString::number(seed)));
                }
                anyMoved = anyMoved || std::abs(a.startX - b.startX) + std::abs(a.startY - b.startY) > 0.01f;
            }
            moved += anyMoved;
            ++scenes;
            QVERIFY(placedAnew(scene, seed + 77, options.aspect).objects[0].startX == placed.objects[0].startX);
        }
        QVERIFY2(moved > scenes * 9 / 10, qPrintable(QString("%1 of %2").arg(moved).arg(scenes)));
    }
};

QTEST_GUILESS_MAIN(TestWorld)
#include "tst_world.moc"
