#include "media/FrameCache.h"

#include <functional>

namespace shotcraft::media {

std::size_t FrameCache::KeyHash::operator()(const FrameKey& key) const {
    std::size_t h = std::hash<std::string>{}(key.source);
    h ^= std::hash<std::int64_t>{}(key.frame) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= std::hash<int>{}(key.variant) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

FrameCache::FrameCache(std::size_t capacityBytes) : capacity_(capacityBytes) {}

std::shared_ptr<const Image> FrameCache::find(const FrameKey& key) {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end()) {
        ++misses_;
        return nullptr;
    }
    ++hits_;
    order_.splice(order_.begin(), order_, it->second);
    return it->second->image;
}

void FrameCache::insert(const FrameKey& key, std::shared_ptr<const Image> image) {
    if (!image) return;
    std::lock_guard lock(mutex_);
    if (auto it = entries_.find(key); it != entries_.end()) {
        used_ -= it->second->image->byteSize();
        order_.erase(it->second);
        entries_.erase(it);
    }
    if (image->byteSize() > capacity_) return;
    used_ += image->byteSize();
    order_.push_front(Entry{key, std::move(image)});
    entries_[key] = order_.begin();
    evictLocked();
}

void FrameCache::evictLocked() {
    while (used_ > capacity_ && !order_.empty()) {
        used_ -= order_.back().image->byteSize();
        entries_.erase(order_.back().key);
        order_.pop_back();
    }
}

void FrameCache::clear() {
    std::lock_guard lock(mutex_);
    order_.clear();
    entries_.clear();
    used_ = 0;
}

void FrameCache::setCapacity(std::size_t capacityBytes) {
    std::lock_guard lock(mutex_);
    capacity_ = capacityBytes;
    evictLocked();
}

std::size_t FrameCache::capacityBytes() const {
    std::lock_guard lock(mutex_);
    return capacity_;
}
std::size_t FrameCache::usedBytes() const {
    std::lock_guard lock(mutex_);
    return used_;
}
std::size_t FrameCache::size() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
}
std::uint64_t FrameCache::hits() const {
    std::lock_guard lock(mutex_);
    return hits_;
}
std::uint64_t FrameCache::misses() const {
    std::lock_guard lock(mutex_);
    return misses_;
}

}  // namespace shotcraft::media
