// shotcraft-cli project: a project made, rendered and exported without a display; two
// shards running at once over six shots give bit-identical takes to one process once
// merged (and merging twice adds nothing); the OpenTimelineIO export references clips
// of the right lengths; bad calls are refused with a message.

#include "app/core/TakeMedia.h"
#include "inference/Trainer.h"
#include "media/VideoReader.h"
#include "tests/support/TestMedia.h"
#include "timeline/Project.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace shotcraft;
using shotcraft::test::runCli;

class TestProjectCli : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString model_;

    QString path(const QString& name) const { return dir_.filePath(name); }

    // The frames of each shot's active take, in sequence order.
    std::vector<std::vector<media::Image>> activeTakes(const QString& file) {
        auto project = timeline::Project::open(file.toStdString(), true);
        std::vector<std::vector<media::Image>> clips;
        for (const auto& shot : project->shots()) {
            if (!shot.activeTake) {
                clips.emplace_back();
                continue;
            }
            std::vector<char> bytes;
            project->readClip(shot.activeTake,
                              [&](const char* d, std::size_t n) { bytes.insert(bytes.end(), d, d + n); });
            clips.push_back(app::decodeClipBytes(bytes));
        }
        return clips;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        model_ = path("test.shotcraft-model");
        inference::writeInitialModel(model_.toStdString(), "test", 3);
    }

    void shardsGiveTheSameTakesAsOneProcess() {
        const QString base = path("six.shotcraft");
        QCOMPARE(runCli({"project", "create", base, "--name", "Six shots"}).exitCode, 0);
        QImage still(64, 64, QImage::Format_RGB888);
        still.fill(QColor(40, 80, 220));
        QVERIFY(still.save(path("blue.png")));
        const QStringList prompts{"a red circle moving left",     "a blue square moving up on a meadow",
                                  "a green triangle bouncing",    "a white circle growing on a night sky",
                                  "a purple square moving right", "an orange triangle shrinking on a sunset"};
        for (int i = 0; i < prompts.size(); ++i) {
            QStringList args{"project",  "add-shot", base,
                             "--prompt", prompts[i], "--steps",
                             "3",        "--seed",   QString::number(100 + i)};
            if (i == 3)
                args << "--still" << path("blue.png") << "--mode"
                     << "image";
            const auto r = runCli(args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const auto listed = runCli({"project", "list", base, "--json"});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray shots = QJsonDocument::fromJson(listed.out).object().value("shots").toArray();
        QCOMPARE(shots.size(), 6);
        QCOMPARE(shots[3].toObject().value("mode").toString(), QString("image"));
        QCOMPARE(shots[0].toObject().value("takes").toInt(), 0);

        // One process renders every pending shot into the project.
        QVERIFY(QFile::copy(base, path("one.shotcraft")));
        QVERIFY(QFile::copy(base, path("sharded.shotcraft")));
        const auto one =
            runCli({"project", "generate", path("one.shotcraft"), "--model", model_, "--threads", "1", "--json"});
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QCOMPARE(QJsonDocument::fromJson(one.out).object().value("generated").toArray().size(), 6);

        // Two shards at the same time, each reading the project and writing its own folder.
        std::vector<std::unique_ptr<QProcess>> shards;
        for (int i = 1; i <= 2; ++i) {
            auto process = std::make_unique<QProcess>();
            process->start(SHOTCRAFT_CLI, {"project", "generate", path("sharded.shotcraft"), "--shard",
                                           QString("%1/2").arg(i), "--takes-out", path(QString("shard-%1").arg(i)),
                                           "--model", model_, "--threads", "1", "--json"});
            shards.push_back(std::move(process));
        }
        int total = 0;
        for (auto& process : shards) {
            QVERIFY(process->waitForFinished(120000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            total +=
                QJsonDocument::fromJson(process->readAllStandardOutput()).object().value("generated").toArray().size();
        }
        QCOMPARE(total, 6);
        QCOMPARE(QDir(path("shard-1")).entryList({"*.json"}).size(), 3);
        // Nothing was written into the project by the shards.
        QVERIFY(activeTakes(path("sharded.shotcraft"))[0].empty());
        const auto merged = runCli({"project", "merge", path("sharded.shotcraft"), path("shard-1"), path("shard-2")});
        QVERIFY2(merged.exitCode == 0, merged.err.constData());
        QVERIFY(merged.out.contains("merged 6 take(s)"));
        const auto again = runCli({"project", "merge", path("sharded.shotcraft"), path("shard-1"), path("shard-2")});
        QVERIFY(again.out.contains("merged 0 take(s)"));

        const auto a = activeTakes(path("one.shotcraft"));
        const auto b = activeTakes(path("sharded.shotcraft"));
        QCOMPARE(a.size(), std::size_t(6));
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].size(), std::size_t(16));
            QVERIFY2(a[i] == b[i], qPrintable(QString("shot %1 differs").arg(i + 1)));
        }
        // Nothing is pending any more.
        const auto nothing = runCli({"project", "generate", path("sharded.shotcraft"), "--model", model_, "--json"});
        QCOMPARE(QJsonDocument::fromJson(nothing.out).object().value("generated").toArray().size(), 0);

        // Export the sequence and an OpenTimelineIO timeline of per-shot clips.
        const auto exported = runCli({"project", "export", path("one.shotcraft"), "--out", path("six.mp4"), "--scale",
                                      "2", "--otio", path("six.otio")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(media::VideoReader(path("six.mp4").toStdString()).frameCount(), std::int64_t(96));
        QFile otioFile(path("six.otio"));
        QVERIFY(otioFile.open(QIODevice::ReadOnly));
        const QJsonObject timeline = QJsonDocument::fromJson(otioFile.readAll()).object();
        QCOMPARE(timeline.value("OTIO_SCHEMA").toString(), QString("Timeline.1"));
        QCOMPARE(timeline.value("name").toString(), QString("Six shots"));
        const QJsonArray tracks = timeline.value("tracks").toObject().value("children").toArray();
        QCOMPARE(tracks.size(), 1);
        QCOMPARE(tracks[0].toObject().value("kind").toString(), QString("Video"));
        const QJsonArray clips = tracks[0].toObject().value("children").toArray();
        QCOMPARE(clips.size(), 6);
        for (const auto& value : clips) {
            const QJsonObject clip = value.toObject();
            QCOMPARE(clip.value("OTIO_SCHEMA").toString(), QString("Clip.2"));
            const QJsonObject range = clip.value("source_range").toObject();
            QCOMPARE(range.value("duration").toObject().value("value").toDouble(), 16.0);
            QCOMPARE(range.value("duration").toObject().value("rate").toDouble(), 8.0);
            const QString target = clip.value("media_references")
                                       .toObject()
                                       .value("DEFAULT_MEDIA")
                                       .toObject()
                                       .value("target_url")
                                       .toString();
            const QString file = path(target);
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QCOMPARE(media::VideoReader(file.toStdString()).frameCount(), std::int64_t(16));
        }
    }

    void badCallsAreRefused() {
        const QString file = path("bad.shotcraft");
        QCOMPARE(runCli({"project", "create", file}).exitCode, 0);
        QCOMPARE(runCli({"project", "create", file}).exitCode, 2);  // exists
        auto r = runCli({"project", "add-shot", file, "--mode", "sideways"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("sideways"));
        r = runCli({"project", "add-shot", file, "--still", path("missing.png")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("missing.png"));
        QCOMPARE(runCli({"project", "add-shot", file, "--prompt", "a red circle"}).exitCode, 0);
        r = runCli({"project", "generate", file, "--shard", "3/2", "--takes-out", path("x")});
        QCOMPARE(r.exitCode, 2);
        r = runCli({"project", "generate", file, "--shard", "1/2"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--takes-out"));
        r = runCli({"project", "export", file, "--out", path("none.mp4")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Shot 1 has no take"), r.err.constData());
        r = runCli({"project", "list", path("blue-nothing.shotcraft")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not found"));
    }
};

QTEST_GUILESS_MAIN(TestProjectCli)
#include "tst_project_cli.moc"
