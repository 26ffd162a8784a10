// The weights the app ships, loaded from where the app and CLI find them by default:
// they load, and a clip generated at the evaluation's settings draws the asked object
// color. A smoke test of the real model (wrong file, broken loader, weights that draw
// nothing), not a quality gate: the model card reports the measured quality.

#include "inference/VideoModel.h"
#include "inference/eval/Evaluation.h"
#include "inference/eval/SceneReader.h"

#include <QFileInfo>
#include <QTest>

#include <thread>

using namespace shotcraft;

class TestShippedModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        const QString path = QString::fromStdString(inference::defaultModelPath());
        QVERIFY2(QFileInfo(path).isFile(), qPrintable("the built-in model is missing: " + path));
        const int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        model_ = inference::loadVideoModel(path.toStdString(), {inference::DeviceKind::Cpu, threads});
        QCOMPARE(QString::fromStdString(model_->info().id), QString("shotcraft-tiny"));
    }

    // Single large objects on solid backgrounds, which the model draws most reliably; each prompt is
    // generated with three seeds and at least two must read back as the asked color.
    void drawsTheAskedColor_data() {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<int>("color");
        QTest::newRow("blue") << "a large blue square standing still on a gray background" << int(world::Color::Blue);
        QTest::newRow("red") << "a large red circle standing still on a gray background" << int(world::Color::Red);
        QTest::newRow("yellow") << "a large yellow circle standing still on a black background"
                                << int(world::Color::Yellow);
    }

    void drawsTheAskedColor() {
        QFETCH(QString, prompt);
        QFETCH(int, color);
        int right = 0;
        QStringList read;
        for (std::uint64_t seed : {1, 2, 3}) {
            const auto request = eval::evalRequest({}, model_->info(), prompt.toStdString(), seed);
            const auto clip = model_->generate(request, {});
            QCOMPARE(clip.frames.size(), std::size_t(16));
            const auto scene = eval::readScene(clip.frames);
            if (scene.objects.empty()) {
                read << "nothing";
                continue;
            }
            const auto drawn = scene.objects.front().color;
            read << QString::fromStdString(world::name(drawn));
            right += int(drawn) == color;
        }
        qInfo("%s: read back %s", qPrintable(prompt), qPrintable(read.join(", ")));
        QVERIFY2(right >= 2, qPrintable("read back: " + read.join(", ")));
    }

private:
    std::unique_ptr<inference::VideoModel> model_;
};

QTEST_GUILESS_MAIN(TestShippedModel)
#include "tst_shipped_model.moc"
