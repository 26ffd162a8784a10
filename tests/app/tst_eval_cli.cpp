// shotcraft-cli eval end to end on a small untrained model: the report's JSON and markdown
// carry every measure (the finishing-from-noise rows and the reads by what was asked
// included) and the command that made it, the reader gets the rendered scenes right, and bad calls are refused.

#include "inference/Trainer.h"
#include "tests/support/TestMedia.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace shotcraft;
using shotcraft::test::runCli;

class TestEvalCli : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString model_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        model_ = dir_.filePath("test.shotcraft-model");
        inference::writeInitialModel(model_.toStdString(), "test", 5);
    }

    void writesTheWholeReport() {
        const QString json = dir_.filePath("report.json"), md = dir_.filePath("Bob's report.md");
        const auto r = runCli({"eval", "--model",          model_, "--prompts",     "3",  "--pairs", "1", "--cases",
                               "1",    "--bucket-prompts", "1",    "--timing-runs", "1",  "--steps", "2", "--threads",
                               "2",    "--finish-prompts", "2",    "--json",        json, "--out",   md,  "--sampler",
                               "heun", "--context",        "6"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(jsonFile.readAll()).object();

        const QJsonObject heldOut = report["held_out"].toObject();
        QCOMPARE(heldOut["prompts"].toInt(), 4);
        QCOMPARE(heldOut["binding_prompts"].toInt(), 1);
        // Every object asked (3 single + 2 of the pair) is counted once by shape and by motion.
        for (const char* key : {"shape_read_by_asked", "motion_read_by_asked"}) {
            int objects = 0;
            const QJsonObject byAsked = heldOut[key].toObject();
            for (const auto& row : byAsked) {
                for (const auto& count : row.toObject()) objects += count.toInt();
            }
            QVERIFY2(objects == 5, key);
        }
        // The reader is right on the rendered scenes themselves.
        const QJsonObject rendered = report["held_out_rendered"].toObject();
        QCOMPARE(rendered["color"].toDouble(), 1.0);
        QCOMPARE(rendered["motion"].toDouble(), 1.0);

        const QJsonArray finished = report["finished_from_time"].toArray();
        QCOMPARE(finished.size(), 4);
        const double times[] = {0.5, 0.7, 0.85, 0.95};
        for (int i = 0; i < finished.size(); ++i) {
            const QJsonObject row = finished[i].toObject();
            QVERIFY(std::abs(row["time"].toDouble() - times[i]) < 1e-6);
            QCOMPARE(row["prompts"].toInt(), 2);
            QVERIFY(row.contains("shape") && row.contains("motion"));
        }
        QCOMPARE(report["buckets"].toArray().size(), 4);
        // The still objects' wander, beside the world's own on the same scenes.
        for (const char* key : {"held_out", "held_out_rendered"}) {
            const QJsonObject scores = report[key].toObject();
            QVERIFY2(scores["still_object_speed"].isDouble() && scores["still_objects"].isDouble(), key);
        }
        // The world's own clips change about as much across the model's frame pairs as within.
        const double worldSteps = report["held_out_rendered_patch_step_ratio"].toDouble();
        QVERIFY2(worldSteps > 0.5 && worldSteps < 2, qPrintable(QString::number(worldSteps)));
        QVERIFY(report["held_out_patch_step_ratio"].toDouble() > 0);
        QCOMPARE(report["settings"].toObject()["sampler"].toString(), QString("heun"));
        QCOMPARE(report["settings"].toObject()["patch_grid_stagger_frames"].toInt(), 1);  // half a 2-frame patch
        // The context the requests were made with, as resolved from --context.
        QCOMPARE(report["settings"].toObject()["context_frames"].toInt(), 6);
        // --cases 1 measures one moving scene, found in the whole held-out set (3 prompts may hold none).
        QCOMPARE(report["conditioning_cases"].toInt(), 1);
        // Each conditioned take is read against its case's prompt; the world's own later
        // frames of the case read as the prompt says (a continuation that keeps it can be told).
        const QJsonObject takes = report["conditioned_takes_read"].toObject();
        for (const char* key : {"image", "extend_forward", "extend_backward", "loop", "world_later_frames"}) {
            QVERIFY2(takes[key].toObject()["prompts"].toInt() == 1, key);
        }
        QCOMPARE(takes["world_later_frames"].toObject()["color"].toDouble(), 1.0);
        QCOMPARE(takes["world_later_frames"].toObject()["motion"].toDouble(), 1.0);
        // The object across each extension's seam; the world's own clip cut in two carries it on.
        const QJsonObject continuity = report["continuity"].toObject();
        for (const char* key : {"extend_forward", "extend_backward", "world_cut_in_two"}) {
            QVERIFY2(continuity[key].toObject()["cases"].toArray().size() == 1, key);
            // Found on both sides or not, a case keeps its share of new frames with the object.
            const QJsonArray only = continuity[key].toObject()["cases"].toArray()[0].toArray();
            QVERIFY2(only.size() == 5 && only[4].isDouble(), key);
        }
        const QJsonObject world = continuity["world_cut_in_two"].toObject();
        QCOMPARE(world["cases_measured"].toInt(), 1);
        QCOMPARE(world["mean_found_share"].toDouble(), 1.0);
        QVERIFY(world["mean_velocity_gap"].toDouble() < 0.5 * world["mean_given_speed"].toDouble() + 1e-3);
        // The report carries the command that made it, its files named without their folders.
        const QString command = report["command"].toString();
        QVERIFY2(command.startsWith("shotcraft-cli eval --model test.shotcraft-model --prompts 3 --pairs 1"),
                 qPrintable(command));
        // A name a shell would split is quoted, its own quote escaped, so the line pastes back.
        QVERIFY2(command.endsWith(R"(--out 'Bob'\''s report.md' --sampler heun --context 6)"), qPrintable(command));

        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(mdFile.readAll());
        for (const char* part :
             {"| t = 0.85 | 2 |", "| motion asked \\ read |", "| shape asked \\ read |", "not found |",
              "| extend backward | 1 |", "| extend forward | ", "| objects asked to stand still",
              "| the world's clips twice as long, cut in two | 1 of 1 |", "| held-out prompts (4, 1 with two objects)",
              "2 Heun steps", "temporal patch grid moved by 1 frame every other step",
              "6 source frames of context for extend and connect, 1 moving scene for image to video",
              "Made by `shotcraft-cli eval --model test.shotcraft-model"}) {
            QVERIFY2(markdown.contains(part), part);
        }
    }

    void refusesBadCalls_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");  // what the one-line message must name
        QTest::newRow("negative count") << QStringList{"--finish-prompts", "-1"} << "--finish-prompts";
        QTest::newRow("sampler") << QStringList{"--sampler", "rk4"} << "--sampler";
        QTest::newRow("device") << QStringList{"--device", "tpu"} << "--device";
        QTest::newRow("context") << QStringList{"--context", "0"} << "--context";
        // An output that could not be written is refused before the hours of work.
        QTest::newRow("output folder") << QStringList{"--json", dir_.filePath("no/such/report.json")}
                                       << "--json cannot write '" + dir_.filePath("no/such/report.json") +
                                              "': the folder '" + dir_.filePath("no/such") + "' does not exist";
    }

    void refusesBadCalls() {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const auto r = runCli(QStringList{"eval", "--model", model_} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
    }

    void refusesAMissingModel() {
        const auto missing = runCli({"eval", "--model", dir_.filePath("missing.shotcraft-model")});
        QVERIFY(missing.exitCode != 0);
        QVERIFY(!missing.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvalCli)
#include "tst_eval_cli.moc"
