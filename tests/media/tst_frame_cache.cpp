// FrameCache: hits, LRU eviction under the memory cap, replacement, threads.

#include "media/FrameCache.h"

#include <QTest>

#include <thread>

using namespace shotcraft::media;

namespace {
std::shared_ptr<const Image> frame(int w = 10, int h = 10) {
    return std::make_shared<const Image>(w, h, 3, SampleType::UInt8);  // 300 bytes at 10x10
}
}  // namespace

class TestFrameCache : public QObject {
    Q_OBJECT

private slots:
    void findsWhatWasInserted() {
        FrameCache cache(10000);
        auto image = frame();
        cache.insert({"a.mp4", 3, 0}, image);
        QCOMPARE(cache.find({"a.mp4", 3, 0}), image);
        QVERIFY(!cache.find({"a.mp4", 4, 0}));
        QVERIFY(!cache.find({"a.mp4", 3, 1}));
        QVERIFY(!cache.find({"b.mp4", 3, 0}));
        QCOMPARE(cache.hits(), 1u);
        QCOMPARE(cache.misses(), 3u);
    }

    void evictsLeastRecentlyUsedUnderTheCap() {
        FrameCache cache(1000);  // room for three 300-byte frames
        for (int i = 0; i < 3; ++i) cache.insert({"v", i, 0}, frame());
        QVERIFY(cache.find({"v", 0, 0}));  // 0 is now the most recent
        cache.insert({"v", 3, 0}, frame());
        QCOMPARE(cache.size(), 3u);
        QVERIFY(cache.usedBytes() <= 1000);
        QVERIFY(cache.find({"v", 0, 0}));
        QVERIFY(!cache.find({"v", 1, 0}));  // the least recently used went
        QVERIFY(cache.find({"v", 2, 0}));
        QVERIFY(cache.find({"v", 3, 0}));
    }

    void replacingAndShrinking() {
        FrameCache cache(1000);
        cache.insert({"v", 0, 0}, frame());
        cache.insert({"v", 0, 0}, frame(5, 5));
        QCOMPARE(cache.size(), 1u);
        QCOMPARE(cache.usedBytes(), 75u);
        cache.insert({"big", 0, 0}, frame(100, 100));  // larger than the cap: not kept
        QVERIFY(!cache.find({"big", 0, 0}));
        for (int i = 1; i < 4; ++i) cache.insert({"v", i, 0}, frame());
        cache.setCapacity(300);
        QVERIFY(cache.usedBytes() <= 300);
        cache.clear();
        QCOMPARE(cache.size(), 0u);
        QCOMPARE(cache.usedBytes(), 0u);
    }

    void isSafeAcrossThreads() {
        FrameCache cache(50 * 300);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&cache, t] {
                for (int i = 0; i < 2000; ++i) {
                    const FrameKey key{"s" + std::to_string(t), i % 97, 0};
                    if (!cache.find(key)) cache.insert(key, frame());
                }
            });
        }
        for (auto& th : threads) th.join();
        QVERIFY(cache.usedBytes() <= 50 * 300);
        QCOMPARE(cache.usedBytes(), cache.size() * 300);
    }
};

QTEST_GUILESS_MAIN(TestFrameCache)
#include "tst_frame_cache.moc"
