// The project document and its undo commands: invariants after every operation, undo ->
// redo -> undo round trips for each command, a 10,000-step random session that undoes to
// its first state and redoes to its last, and the file reloading to the same document.

#include "timeline/Commands.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <random>

using namespace shotcraft::timeline;

namespace {

ShotSpec spec(const std::string& prompt, std::uint64_t seed = 1) {
    ShotSpec s;
    s.prompt = prompt;
    s.seed = seed;
    return s;
}

Take takeFor(std::int64_t shot, const std::string& seed) {
    Take t;
    t.shot = shot;
    t.requestJson = R"({"prompt":"x"})";
    t.modelId = "shotcraft-tiny";
    t.weightsHash = std::string(64, 'a');
    t.seed = seed;
    t.seconds = 1.5;
    return t;
}

}  // namespace

class TestProject : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath(QString("p%1.shotcraft").arg(counter_++)).toStdString();
        project_ = Project::create(path_, "Test");
    }
    void cleanup() { project_.reset(); }

    void everyCommandRoundTrips() {
        QUndoStack stack;
        auto& p = *project_;
        auto roundTrip = [&](QUndoCommand* command) {
            const ProjectSnapshot before = p.state();
            stack.push(command);
            QCOMPARE(QString::fromStdString(p.checkConsistency()), QString());
            const ProjectSnapshot after = p.state();
            for (int i = 0; i < 2; ++i) {
                stack.undo();
                QCOMPARE(QString::fromStdString(p.checkConsistency()), QString());
                QVERIFY(p.state() == before);
                stack.redo();
                QCOMPARE(QString::fromStdString(p.checkConsistency()), QString());
                QVERIFY(p.state() == after);
            }
        };
        auto* first = new InsertShotCommand(p, 0, spec("a red circle"));
        roundTrip(first);
        const auto a = first->shotId();
        auto* second = new InsertShotCommand(p, 1, spec("a blue square"));
        roundTrip(second);
        roundTrip(new InsertShotCommand(p, 0, spec("opening")));
        roundTrip(duplicateShotCommand(p, a));
        roundTrip(new MoveShotCommand(p, a, 3));
        ShotSpec edited = p.shot(a)->spec;
        edited.guidance = 6.5;
        edited.seed = 18446744073709551615ULL;
        roundTrip(new EditShotCommand(p, a, edited));
        auto* add = new AddTakeCommand(p, takeFor(a, "7"), std::vector<char>(300000, 'v'));
        roundTrip(add);
        QCOMPARE(p.shot(a)->activeTake, add->takeId());
        auto* add2 = new AddTakeCommand(p, takeFor(a, "8"), std::vector<char>(10, 'w'));
        roundTrip(add2);
        roundTrip(new SetActiveTakeCommand(p, a, add->takeId()));
        roundTrip(new RemoveTakeCommand(p, add->takeId()));
        auto* import = new ImportAssetCommand(p, Asset{0, "still", "/media/still.png", "abc", "{}", false});
        roundTrip(import);
        roundTrip(new RemoveAssetCommand(p, import->assetId()));
        ProjectSettings settings = p.settings();
        settings.name = "Renamed";
        settings.fpsNum = 12;
        roundTrip(new ChangeSettingsCommand(p, settings));
        roundTrip(new SetInOutCommand(p, 3, 40));
        roundTrip(new RemoveShotCommand(p, a));  // with its takes
    }

    void promptTypingMergesIntoOneStep() {
        QUndoStack stack;
        auto* insert = new InsertShotCommand(*project_, 0, spec(""));
        stack.push(insert);
        const auto id = insert->shotId();
        std::string typed;
        for (char c : std::string("a red ball")) {
            typed.push_back(c);
            ShotSpec s = project_->shot(id)->spec;
            s.prompt = typed;
            stack.push(new EditShotCommand(*project_, id, s, true));
        }
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(project_->shot(id)->spec.prompt, std::string());
        stack.redo();
        QCOMPARE(project_->shot(id)->spec.prompt, std::string("a red ball"));
    }

    void clipsStreamBackIntact() {
        const auto shot = project_->insertShot(0, spec("x"));
        std::vector<char> clip(1'000'003);
        for (std::size_t i = 0; i < clip.size(); ++i) clip[i] = char(i * 7919 % 251);
        std::size_t offset = 0;
        const auto take =
            project_->addTake(takeFor(shot, "1"), std::int64_t(clip.size()), [&](char* out, std::size_t max) {
                const std::size_t n = std::min(max, clip.size() - offset);
                std::copy_n(clip.data() + offset, n, out);
                offset += n;
                return n;
            });
        std::vector<char> back;
        project_->readClip(take, [&](const char* data, std::size_t n) { back.insert(back.end(), data, data + n); });
        QVERIFY(back == clip);
        QCOMPARE(project_->take(take)->clipBytes, std::int64_t(clip.size()));
    }

    void embeddedAssetsThumbnailsAndPlayhead() {
        std::string bytes(700000, 'q');
        std::size_t offset = 0;
        const auto asset = project_->importAsset(Asset{0, "clip", "/m/a.mp4", "hash", "{}", false},
                                                 std::int64_t(bytes.size()), [&](char* out, std::size_t max) {
                                                     const std::size_t n = std::min(max, bytes.size() - offset);
                                                     bytes.copy(out, n, offset);
                                                     offset += n;
                                                     return n;
                                                 });
        std::string back;
        project_->readEmbedded(asset, [&](const char* d, std::size_t n) { back.append(d, n); });
        QVERIFY(back == bytes);
        QVERIFY(project_->state().assets.back().embedded);
        const auto shot = project_->insertShot(0, spec("x"));
        const auto take = project_->addTake(takeFor(shot, "1"), 0, [](char*, std::size_t) { return std::size_t(0); });
        project_->setThumbnail(take, {1, 2, 3});
        QCOMPARE(project_->thumbnail(take), (std::vector<std::uint8_t>{1, 2, 3}));
        project_->setSequence({120, 10, 50});
        QCOMPARE(QString::fromStdString(project_->checkConsistency()), QString());
        project_.reset();
        auto reopened = Project::open(path_);
        QCOMPARE(reopened->sequence().playhead, std::int64_t(120));
        QCOMPARE(reopened->sequence().outPoint, std::int64_t(50));
    }

    void randomSessionUndoesAndRedoesCompletely() {
        QUndoStack stack;
        auto& p = *project_;
        std::mt19937 rng(20261122);
        auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
        const ProjectSnapshot first = p.state();
        constexpr int kOperations = 10000;
        for (int op = 0; op < kOperations; ++op) {
            const auto& shots = p.shots();
            const int choice = pick(shots.empty() ? 2 : 14);
            if (choice <= 1) {
                stack.push(
                    new InsertShotCommand(p, pick(int(shots.size()) + 1), spec("shot " + std::to_string(op), rng())));
            } else if (choice == 2 && shots.size() > 1) {
                stack.push(new RemoveShotCommand(p, shots[pick(int(shots.size()))].id));
            } else if (choice == 3) {
                stack.push(new MoveShotCommand(p, shots[pick(int(shots.size()))].id, pick(int(shots.size()))));
            } else if (choice == 4) {
                stack.push(duplicateShotCommand(p, shots[pick(int(shots.size()))].id));
            } else if (choice == 5 || choice == 6) {
                const auto id = shots[pick(int(shots.size()))].id;
                ShotSpec s = p.shot(id)->spec;
                s.prompt += char('a' + pick(26));
                s.steps = 1 + pick(50);
                stack.push(new EditShotCommand(p, id, s, choice == 5));
            } else if (choice == 7) {
                stack.push(new AddTakeCommand(p, takeFor(shots[pick(int(shots.size()))].id, std::to_string(op)),
                                              std::vector<char>(std::size_t(1 + pick(2000)), char(op))));
            } else if (choice == 8 && !p.state().takes.empty()) {
                stack.push(new RemoveTakeCommand(p, p.state().takes[pick(int(p.state().takes.size()))].id));
            } else if (choice == 9 && !p.state().takes.empty()) {
                const Take& t = p.state().takes[pick(int(p.state().takes.size()))];
                stack.push(new SetActiveTakeCommand(p, t.shot, t.id));
            } else if (choice == 10) {
                stack.push(
                    new ImportAssetCommand(p, Asset{0, "clip", "/m/" + std::to_string(op) + ".mp4", "h", "{}", false}));
            } else if (choice == 11 && !p.state().assets.empty()) {
                stack.push(new RemoveAssetCommand(p, p.state().assets[pick(int(p.state().assets.size()))].id));
            } else if (choice == 12 && stack.canUndo()) {
                stack.undo();
            } else if (choice == 13 && stack.canRedo()) {
                stack.redo();
            }
            // The document's invariants after every operation; a full comparison with the
            // file every 25 (reading it all back each time would dominate the run).
            const std::string problem = p.checkConsistency(op % 25 == 0);
            if (!problem.empty())
                QFAIL(qPrintable(QString("after operation %1: %2").arg(op).arg(QString::fromStdString(problem))));
        }
        const ProjectSnapshot last = p.state();
        const int index = stack.index();
        stack.setIndex(0);
        QCOMPARE(QString::fromStdString(p.checkConsistency()), QString());
        QVERIFY(p.state() == first);
        stack.setIndex(index);
        QVERIFY(p.state() == last);
        stack.setIndex(stack.count());
        const ProjectSnapshot end = p.state();
        project_.reset();
        QVERIFY(Project::open(path_)->state() == end);
    }

private:
    QTemporaryDir dir_;
    std::string path_;
    std::unique_ptr<Project> project_;
    int counter_ = 0;
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
