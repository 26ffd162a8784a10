#pragma once
// A thread-safe least-recently-used cache of decoded frames with a memory cap, so
// playback and thumbnails do not decode the same frame twice.

#include "media/Image.h"

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace shotcraft::media {

struct FrameKey {
    std::string source;  // a file path or a take id
    std::int64_t frame = 0;
    int variant = 0;  // the caller's tag for format/size variants
    bool operator==(const FrameKey&) const = default;
};

class FrameCache {
public:
    explicit FrameCache(std::size_t capacityBytes);

    std::shared_ptr<const Image> find(const FrameKey& key);
    // Inserts (or replaces) a frame and evicts the least recently used ones beyond the
    // cap. A frame larger than the whole cap is not kept.
    void insert(const FrameKey& key, std::shared_ptr<const Image> image);
    void clear();
    void setCapacity(std::size_t capacityBytes);

    std::size_t capacityBytes() const;
    std::size_t usedBytes() const;
    std::size_t size() const;
    std::uint64_t hits() const;
    std::uint64_t misses() const;

private:
    struct KeyHash {
        std::size_t operator()(const FrameKey& key) const;
    };
    struct Entry {
        FrameKey key;
        std::shared_ptr<const Image> image;
    };
    void evictLocked();

    mutable std::mutex mutex_;
    std::size_t capacity_ = 0;
    std::size_t used_ = 0;
    std::uint64_t hits_ = 0;
    std::uint64_t misses_ = 0;
    std::list<Entry> order_;  // front: most recently used
    std::unordered_map<FrameKey, std::list<Entry>::iterator, KeyHash> entries_;
};

}  // namespace shotcraft::media
