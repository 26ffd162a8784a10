#pragma once
// All SQL of a project: reads the whole document and commits each edit in its own
// transaction the moment it happens. Removals are marks, so that undo can bring items
// back (with their takes) without copying clips.

#include "timeline/ProjectFile.h"
#include "timeline/ProjectTypes.h"

#include <functional>
#include <memory>

namespace shotcraft::timeline {

class ProjectStore {
public:
    explicit ProjectStore(std::unique_ptr<ProjectFile> file);

    ProjectSnapshot load();
    bool readOnly() const { return file_->readOnly(); }
    const std::string& path() const { return file_->path(); }
    ProjectFile& file() { return *file_; }

    void saveSettings(const ProjectSettings& settings);
    // Writes a new shot and numbers the live shots as `order`, where 0 stands for the new one.
    std::int64_t insertShot(const ShotSpec& spec, const std::vector<std::int64_t>& order);
    void setShotRemoved(std::int64_t shot, bool removed, const std::vector<std::int64_t>& order);
    void saveOrder(const std::vector<std::int64_t>& order);
    void saveSpec(std::int64_t shot, const ShotSpec& spec);
    void saveActiveTake(std::int64_t shot, std::int64_t take);
    // Streams `clipSize` bytes from `readClip(buffer, max)` into the take's blob.
    std::int64_t insertTake(const Take& take, std::int64_t clipSize,
                            const std::function<std::size_t(char*, std::size_t)>& readClip);
    // Marks a take removed (or back); `activeOfShot` then becomes its shot's active take
    // (0: none), in the same transaction.
    void setTakeRemoved(std::int64_t take, bool removed, std::int64_t shot, std::int64_t activeOfShot);
    // Reads the take's clip in chunks into `write`.
    void readClip(std::int64_t take, const std::function<void(const char*, std::size_t)>& write);
    void saveSequence(const SequenceState& sequence);
    void saveThumbnail(std::int64_t take, const std::vector<std::uint8_t>& png);
    std::vector<std::uint8_t> thumbnail(std::int64_t take);
    // With `embedSize` > 0 the file's bytes stream in from `readFile` and are kept inside
    // the project.
    std::int64_t insertAsset(const Asset& asset, std::int64_t embedSize = 0,
                             const std::function<std::size_t(char*, std::size_t)>& readFile = {});
    void readEmbedded(std::int64_t asset, const std::function<void(const char*, std::size_t)>& write);
    void setAssetRemoved(std::int64_t asset, bool removed);
    void setAssetLocation(std::int64_t asset, const std::string& path, const std::string& contentHash);
    // The shot a take (live or removed) belongs to; StoreError when there is no such take.
    std::int64_t shotOfTake(std::int64_t take);
    // True when the live shots' positions are exactly 0..n-1.
    bool positionsAreDense();
    // Caps the file at about `bytes` (SQLite's max_page_count).
    void setMaximumFileSize(std::int64_t bytes);

private:
    void requireWritable() const;
    std::unique_ptr<ProjectFile> file_;
};

}  // namespace shotcraft::timeline
