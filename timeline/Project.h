#pragma once
// The project document: settings, the sequence of shots, their takes, and assets. Every
// edit is committed to the project file before the call returns (there is no unsaved
// state); a failed write (disk full, read-only) throws StoreError and leaves the
// document as it was. Undo commands (Commands.h) change it only through this API.

#include "timeline/ProjectStore.h"

#include <QObject>

#include <memory>
#include <string>

namespace shotcraft::timeline {

class Project : public QObject {
    Q_OBJECT

public:
    static std::unique_ptr<Project> create(const std::string& path, const std::string& name);
    static std::unique_ptr<Project> open(const std::string& path, bool readOnly = false);

    const ProjectSnapshot& state() const { return state_; }
    const ProjectSettings& settings() const { return state_.settings; }
    const std::vector<Shot>& shots() const { return state_.shots; }
    const Shot* shot(std::int64_t id) const;
    const Take* take(std::int64_t id) const;
    std::vector<const Take*> takesOf(std::int64_t shot) const;
    int positionOf(std::int64_t shot) const;  // -1 when not in the sequence
    int numberOf(std::int64_t take) const;    // 1-based among its shot's takes; 0 when none
    bool readOnly() const { return store_.readOnly(); }
    const std::string& path() const { return store_.path(); }

    std::int64_t insertShot(int position, const ShotSpec& spec);
    void removeShot(std::int64_t shot);
    void restoreShot(std::int64_t shot, int position);
    void moveShot(std::int64_t shot, int position);
    void setShotSpec(std::int64_t shot, const ShotSpec& spec);
    void setActiveTake(std::int64_t shot, std::int64_t take);
    std::int64_t addTake(const Take& take, std::int64_t clipSize,
                         const std::function<std::size_t(char*, std::size_t)>& readClip);
    // Removing the active take leaves the shot without one; restoring gives `active` back.
    void removeTake(std::int64_t take);
    void restoreTake(std::int64_t take, bool makeActive);
    void readClip(std::int64_t take, const std::function<void(const char*, std::size_t)>& write);
    // Imports an asset by reference, or (embedSize > 0) with a copy of its bytes inside.
    std::int64_t importAsset(const Asset& asset, std::int64_t embedSize = 0,
                             const std::function<std::size_t(char*, std::size_t)>& readFile = {});
    void readEmbedded(std::int64_t asset, const std::function<void(const char*, std::size_t)>& write);
    const SequenceState& sequence() const { return state_.sequence; }
    void setSequence(const SequenceState& sequence);
    // A small PNG of the take (written once, after the take).
    void setThumbnail(std::int64_t take, const std::vector<std::uint8_t>& png);
    std::vector<std::uint8_t> thumbnail(std::int64_t take);
    void removeAsset(std::int64_t asset);
    void restoreAsset(std::int64_t asset);
    // Points an asset at another file (a moved or renamed original).
    void relinkAsset(std::int64_t asset, const std::string& path, const std::string& contentHash);
    const Asset* asset(std::int64_t id) const;
    void setSettings(const ProjectSettings& settings);
    // Writes a consistent copy elsewhere; this project stays open where it is.
    void saveCopyAs(const std::string& path);
    // Caps the file's size (a quota): edits that would grow it past `bytes` fail with
    // StoreError::Kind::Full and change nothing.
    void setMaximumFileSize(std::int64_t bytes);

    // Empty when the document holds together (and, with `againstFile`, matches a fresh
    // read of its file); else what is wrong.
    std::string checkConsistency(bool againstFile = true);

signals:
    void changed();

private:
    explicit Project(std::unique_ptr<ProjectFile> file);
    std::vector<std::int64_t> order() const;
    Shot& mutableShot(std::int64_t id);
    void reload();

    ProjectStore store_;
    ProjectSnapshot state_;
};

}  // namespace shotcraft::timeline
