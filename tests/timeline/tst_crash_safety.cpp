// Crash safety: a child process editing a project is killed with SIGKILL at random
// moments, 60 times; every time the file passes PRAGMA integrity_check and holds every
// edit the child acknowledged. And a full disk: an edit that cannot be written is
// reported and the project stays as it was.

#include "tests/support/TestMedia.h"
#include "timeline/Commands.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <random>
#include <set>

using namespace shotcraft::timeline;

class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void killedWritersLoseNothingAcknowledged() {
        QTemporaryDir dir;
        const QString path = dir.filePath("crash.shotcraft");
        Project::create(path.toStdString(), "crash");
        std::mt19937 rng(7);
        long long acknowledged = 0;
        for (int round = 0; round < 60; ++round) {
            QProcess child;
            child.start(SHOTCRAFT_CRASH_CHILD, {path, QString::number(acknowledged + 1)});
            QVERIFY(child.waitForStarted());
            QTest::qWait(std::uniform_int_distribution<int>(30, 250)(rng));
            child.kill();  // SIGKILL
            QVERIFY(child.waitForFinished());
            const auto lines = QString::fromUtf8(child.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
            if (!lines.isEmpty()) acknowledged = std::max(acknowledged, lines.last().toLongLong());

            auto project = Project::open(path.toStdString());
            QCOMPARE(QString::fromStdString(project->checkConsistency()), QString());
            std::set<long long> markers;
            static const QRegularExpression number("edit (\\d+)");
            for (const Shot& s : project->shots()) {
                for (const auto& text : {s.spec.prompt, s.spec.negativePrompt}) {
                    auto it = number.globalMatch(QString::fromStdString(text));
                    while (it.hasNext()) markers.insert(it.next().captured(1).toLongLong());
                }
            }
            for (const Take& t : project->state().takes) markers.insert(std::stoll(t.seed));
            for (long long n = 1; n <= acknowledged; ++n) {
                if (!markers.count(n))
                    QFAIL(qPrintable(QString("round %1: acknowledged edit %2 is missing").arg(round).arg(n)));
            }
            project.reset();
            // SQLite's own full check of the file.
            const auto check = shotcraft::test::runProcess("sqlite3", {path, "PRAGMA integrity_check"});
            QCOMPARE(QString::fromUtf8(check.out).trimmed(), QString("ok"));
        }
        QVERIFY(acknowledged > 60);
    }

    void aFullDiskChangesNothing() {
        QTemporaryDir dir;
        auto project = Project::create(dir.filePath("full.shotcraft").toStdString(), "full");
        QUndoStack stack;
        stack.push(new InsertShotCommand(*project, 0, ShotSpec{}));
        const auto shot = project->shots().front().id;
        project->setMaximumFileSize(200 * 1024);
        const ProjectSnapshot before = project->state();
        Take take;
        take.shot = shot;
        take.requestJson = "{}";
        take.modelId = "m";
        take.weightsHash = "h";
        take.seed = "1";
        try {
            stack.push(new AddTakeCommand(*project, take, std::vector<char>(1024 * 1024, 'x')));
            QFAIL("a take larger than the disk was stored");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Full);
            QVERIFY2(QString(e.what()).contains("disk is full"), e.what());
        }
        QVERIFY(project->state() == before);
        QCOMPARE(QString::fromStdString(project->checkConsistency()), QString());
        // Small edits still go through.
        ShotSpec spec;
        spec.prompt = "still works";
        project->setShotSpec(shot, spec);
        QCOMPARE(project->shot(shot)->spec.prompt, std::string("still works"));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
