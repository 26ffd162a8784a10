// GenerationWorker: a queue on its own thread with job states, monotonic progress that
// ends at the total, previews, cancel within one step, errors as values and reordering.

#include "inference/GenerationWorker.h"
#include "inference/Trainer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shotcraft::inference;

class TestGenerationWorker : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath("test.shotcraft-model").toStdString();
        writeInitialModel(path_, "test", 1);
    }

    void runsJobsInOrderWithProgressAndPreviews() {
        GenerationWorker worker(loadVideoModel(path_));
        QSignalSpy progress(&worker, &GenerationWorker::progress);
        QSignalSpy previews(&worker, &GenerationWorker::preview);
        QSignalSpy finished(&worker, &GenerationWorker::finished);
        QSignalSpy started(&worker, &GenerationWorker::started);
        GenerationRequest r = request(12);
        const int a = worker.enqueue(r);
        const int b = worker.enqueue(r);
        QVERIFY(b > a);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(started.at(0).at(0).toInt(), a);
        QCOMPARE(started.at(1).at(0).toInt(), b);
        QCOMPARE(worker.state(a), JobState::Completed);
        // Progress per job: 1..12 in order, with a finite non-negative ETA that ends at 0.
        int expected = 1;
        for (const auto& args : progress) {
            if (args.at(0).toInt() != a) continue;
            QCOMPARE(args.at(1).toInt(), expected++);
            QCOMPARE(args.at(2).toInt(), 12);
            QVERIFY(args.at(3).toDouble() >= 0.0);
        }
        QCOMPARE(expected, 13);
        QVERIFY(previews.size() >= 2);  // every 5 steps: at 5 and 10, per job
        const auto result = finished.at(0).at(1).value<GenerationResult>();
        QCOMPARE(result.frames.size(), std::size_t(8));
        QVERIFY(result.frames == finished.at(1).at(1).value<GenerationResult>().frames);
    }

    void cancelStopsWithinOneStep() {
        GenerationWorker worker(loadVideoModel(path_));
        QSignalSpy cancelled(&worker, &GenerationWorker::cancelled);
        QSignalSpy finished(&worker, &GenerationWorker::finished);
        int lastStep = 0;
        int stepAtCancel = 0;
        int job = 0;
        connect(&worker, &GenerationWorker::progress, this, [&](int, int step, int, double) {
            lastStep = step;
            if (step == 3 && stepAtCancel == 0) {
                stepAtCancel = step;
                worker.cancel(job);
            }
        });
        job = worker.enqueue(request(200));
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 60000);
        QCOMPARE(cancelled.at(0).at(0).toInt(), job);
        QCOMPARE(worker.state(job), JobState::Cancelled);
        QCOMPARE(finished.size(), 0);
        // Progress is delivered through the event loop, so a step or two may have
        // finished before the cancel arrived; never the run to the end.
        QVERIFY2(lastStep <= stepAtCancel + 3, qPrintable(QString("ran to step %1").arg(lastStep)));
    }

    void queuedJobsCancelAndReorder() {
        GenerationWorker worker(loadVideoModel(path_));
        QSignalSpy started(&worker, &GenerationWorker::started);
        QSignalSpy cancelled(&worker, &GenerationWorker::cancelled);
        const int first = worker.enqueue(request(30));
        const int second = worker.enqueue(request(2));
        const int third = worker.enqueue(request(2));
        const int fourth = worker.enqueue(request(2));
        QTRY_VERIFY_WITH_TIMEOUT(worker.state(first) == JobState::Running, 10000);
        worker.cancel(second);
        QCOMPARE(worker.state(second), JobState::Cancelled);
        QVERIFY(worker.reorder(fourth, 0));
        QVERIFY(!worker.reorder(second, 0));
        QCOMPARE(worker.queuedJobs(), (std::vector<int>{fourth, third}));
        worker.waitUntilIdle();
        QTRY_COMPARE(started.size(), 3);
        QCOMPARE(started.at(1).at(0).toInt(), fourth);
        QCOMPARE(started.at(2).at(0).toInt(), third);
        QCOMPARE(cancelled.size(), 1);
    }

    void errorsAreValues() {
        GenerationWorker worker(loadVideoModel(path_));
        QSignalSpy failed(&worker, &GenerationWorker::failed);
        QSignalSpy finished(&worker, &GenerationWorker::finished);
        GenerationRequest bad = request(2);
        bad.width = 63;
        const int job = worker.enqueue(bad);
        const int good = worker.enqueue(request(2));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), job);
        QVERIFY(failed.at(0).at(1).toString().contains("multiples of"));
        QCOMPARE(worker.state(job), JobState::Failed);
        QCOMPARE(worker.state(good), JobState::Completed);
    }

private:
    static GenerationRequest request(int steps) {
        GenerationRequest r;
        r.prompt = "a red circle moving left";
        r.frames = 8;
        r.steps = steps;
        r.seed = 5;
        return r;
    }
    QTemporaryDir dir_;
    std::string path_;
};

QTEST_GUILESS_MAIN(TestGenerationWorker)
#include "tst_generation_worker.moc"
