// Torch-free pieces of the engine: the tokenizer and the conditioning layouts of every
// generation mode (which frames are known, where they come from, what is returned).

#include "inference/ConditioningPlan.h"
#include "inference/InferenceError.h"
#include "inference/Tokenizer.h"

#include <QTest>

using namespace shotcraft::inference;

class TestTokenizerAndPlans : public QObject {
    Q_OBJECT

private slots:
    void tokenizerReportsUnknownWords() {
        const Tokenizer tokenizer({"a", "circle", "moving", "red"}, 8);
        const Tokens t = tokenizer.encode("A RED, circle... moving; wobbly dragon red");
        QCOMPARE(t.ids, (std::vector<int>{2, 5, 3, 4, 5}));
        QCOMPARE(t.unknownWords, (std::vector<std::string>{"wobbly", "dragon"}));
        QVERIFY(!t.truncated);
    }

    void emptyPromptIsTheEmptyToken() {
        const Tokenizer tokenizer({"a"}, 8);
        QCOMPARE(tokenizer.encode("").ids, std::vector<int>{Tokenizer::kEmpty});
        QCOMPARE(tokenizer.encode(" ,.; ").ids, std::vector<int>{Tokenizer::kEmpty});
        QCOMPARE(tokenizer.encode("zebra").ids, std::vector<int>{Tokenizer::kEmpty});
    }

    void longPromptsAreTruncated() {
        const Tokenizer tokenizer({"a"}, 3);
        const Tokens t = tokenizer.encode("a a a a a");
        QCOMPARE(t.ids.size(), std::size_t(3));
        QVERIFY(t.truncated);
    }

    void plans_data() {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("frames");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("outputStart");
        QTest::addColumn<QString>("known");  // index:source:frame, ...
        QTest::newRow("text") << int(GenerationMode::Text) << 16 << 16 << 0 << "";
        QTest::newRow("text odd") << int(GenerationMode::Text) << 15 << 16 << 0 << "";
        QTest::newRow("image") << int(GenerationMode::Image) << 16 << 16 << 0 << "0:0:0";
        // Source clips hold 10 frames; 4 frames of context.
        QTest::newRow("extend forward") << int(GenerationMode::ExtendForward) << 16 << 20 << 4
                                        << "0:0:6,1:0:7,2:0:8,3:0:9";
        QTest::newRow("extend forward odd")
            << int(GenerationMode::ExtendForward) << 15 << 20 << 4 << "0:0:6,1:0:7,2:0:8,3:0:9";
        QTest::newRow("extend backward") << int(GenerationMode::ExtendBackward) << 16 << 20 << 0
                                         << "16:0:0,17:0:1,18:0:2,19:0:3";
        QTest::newRow("extend backward odd")
            << int(GenerationMode::ExtendBackward) << 15 << 20 << 1 << "16:0:0,17:0:1,18:0:2,19:0:3";
        QTest::newRow("connect") << int(GenerationMode::Connect) << 8 << 16 << 4
                                 << "0:0:6,1:0:7,2:0:8,3:0:9,12:1:0,13:1:1,14:1:2,15:1:3";
        QTest::newRow("connect odd") << int(GenerationMode::Connect) << 7 << 16 << 5
                                     << "1:0:6,2:0:7,3:0:8,4:0:9,12:1:0,13:1:1,14:1:2,15:1:3";
        QTest::newRow("loop") << int(GenerationMode::Loop) << 16 << 16 << 0 << "";
        QTest::newRow("loop, odd length") << int(GenerationMode::Loop) << 15 << 16 << 1 << "";
        QTest::newRow("restyle") << int(GenerationMode::Restyle) << 16 << 16 << 0 << "";
    }

    void plans() {
        QFETCH(int, mode);
        QFETCH(int, frames);
        QFETCH(int, total);
        QFETCH(int, outputStart);
        QFETCH(QString, known);
        GenerationRequest r;
        r.mode = static_cast<GenerationMode>(mode);
        r.frames = frames;
        r.contextFrames = 4;
        r.sourceA.resize(r.mode == GenerationMode::Image ? 1 : 10);
        r.sourceB.resize(10);
        const ConditioningPlan plan = planConditioning(r, 2);
        QCOMPARE(plan.totalFrames, total);
        QCOMPARE(plan.totalFrames % 2, 0);
        QCOMPARE(plan.outputStart, outputStart);
        QCOMPARE(plan.outputCount, frames);
        QStringList got;
        for (const auto& k : plan.known) got << QString("%1:%2:%3").arg(k.index).arg(k.source).arg(k.frame);
        QCOMPARE(got.join(','), known);
        // Known frames never overlap the returned ones, and the mask marks exactly them.
        const auto mask = frameMask(plan);
        for (int i = 0; i < plan.totalFrames; ++i) {
            const bool isKnown =
                std::any_of(plan.known.begin(), plan.known.end(), [i](const KnownFrame& k) { return k.index == i; });
            QCOMPARE(mask[i], isKnown ? 1.0f : 0.0f);
            if (r.mode != GenerationMode::Image && i >= plan.outputStart && i < plan.outputStart + plan.outputCount) {
                QVERIFY(!isKnown);
            }
        }
        QCOMPARE(plan.loopFirstPass, r.mode == GenerationMode::Loop);
    }

    // The guidance rises from 1 at a given frame to the request's over the ramp; without
    // given frames or a ramp it is the same everywhere.
    void guidanceRisesFromGivenFrames() {
        const std::vector<float> extend{1, 1, 0, 0, 0, 0, 0};
        const std::vector<float> ramped = guidanceByFrame(extend, 4.0f, 4);
        const std::vector<float> expected{1.0f, 1.0f, 1.75f, 2.5f, 3.25f, 4.0f, 4.0f};
        QCOMPARE(ramped, expected);
        const std::vector<float> connect{1, 0, 0, 0, 1};  // the middle frame is 2 from both ends
        QCOMPARE(guidanceByFrame(connect, 5.0f, 4)[2], 3.0f);
        QCOMPARE(guidanceByFrame(connect, 5.0f, 4)[1], 2.0f);
        const std::vector<float> text(5, 0.0f);
        QCOMPARE(guidanceByFrame(text, 4.0f, 4), std::vector<float>(5, 4.0f));
        QCOMPARE(guidanceByFrame(extend, 4.0f, 0), std::vector<float>(7, 4.0f));
    }

    void modeNamesRoundTrip() {
        for (auto m :
             {GenerationMode::Text, GenerationMode::Image, GenerationMode::ExtendForward,
              GenerationMode::ExtendBackward, GenerationMode::Connect, GenerationMode::Loop, GenerationMode::Restyle}) {
            QCOMPARE(modeFromName(modeName(m)), m);
        }
        QVERIFY_THROWS_EXCEPTION(InferenceError, modeFromName("teleport"));
    }
};

QTEST_GUILESS_MAIN(TestTokenizerAndPlans)
#include "tst_tokenizer_and_plans.moc"
