#include "timeline/Project.h"

#include <algorithm>

namespace shotcraft::timeline {

Project::Project(std::unique_ptr<ProjectFile> file) : store_(std::move(file)) {
    state_ = store_.load();
}

std::unique_ptr<Project> Project::create(const std::string& path, const std::string& name) {
    return std::unique_ptr<Project>(new Project(ProjectFile::create(path, name)));
}

std::unique_ptr<Project> Project::open(const std::string& path, bool readOnly) {
    return std::unique_ptr<Project>(new Project(ProjectFile::open(path, readOnly)));
}

const Shot* Project::shot(std::int64_t id) const {
    auto it = std::find_if(state_.shots.begin(), state_.shots.end(), [id](const Shot& s) { return s.id == id; });
    return it == state_.shots.end() ? nullptr : &*it;
}

Shot& Project::mutableShot(std::int64_t id) {
    auto it = std::find_if(state_.shots.begin(), state_.shots.end(), [id](const Shot& s) { return s.id == id; });
    if (it == state_.shots.end()) throw StoreError(StoreError::Kind::Other, "no shot " + std::to_string(id));
    return *it;
}

const Take* Project::take(std::int64_t id) const {
    auto it = std::find_if(state_.takes.begin(), state_.takes.end(), [id](const Take& t) { return t.id == id; });
    return it == state_.takes.end() ? nullptr : &*it;
}

std::vector<const Take*> Project::takesOf(std::int64_t shotId) const {
    std::vector<const Take*> out;
    for (const Take& t : state_.takes) {
        if (t.shot == shotId) out.push_back(&t);
    }
    return out;
}

int Project::positionOf(std::int64_t shotId) const {
    for (std::size_t i = 0; i < state_.shots.size(); ++i) {
        if (state_.shots[i].id == shotId) return static_cast<int>(i);
    }
    return -1;
}

int Project::numberOf(std::int64_t takeId) const {
    const Take* t = take(takeId);
    if (!t) return 0;
    const auto takes = takesOf(t->shot);
    return static_cast<int>(std::find(takes.begin(), takes.end(), t) - takes.begin()) + 1;
}

std::vector<std::int64_t> Project::order() const {
    std::vector<std::int64_t> ids;
    for (const Shot& s : state_.shots) ids.push_back(s.id);
    return ids;
}

void Project::reload() {
    state_ = store_.load();
    emit changed();
}

std::int64_t Project::insertShot(int position, const ShotSpec& spec) {
    position = std::clamp(position, 0, static_cast<int>(state_.shots.size()));
    auto ids = order();
    ids.insert(ids.begin() + position, 0);
    const std::int64_t id = store_.insertShot(spec, ids);
    state_.shots.insert(state_.shots.begin() + position, Shot{id, spec, 0});
    emit changed();
    return id;
}

void Project::removeShot(std::int64_t shotId) {
    const int position = positionOf(shotId);
    if (position < 0) throw StoreError(StoreError::Kind::Other, "no shot " + std::to_string(shotId));
    auto ids = order();
    ids.erase(ids.begin() + position);
    store_.setShotRemoved(shotId, true, ids);
    state_.shots.erase(state_.shots.begin() + position);
    // Its takes leave with it (they stay in the file for undo).
    state_.takes.erase(
        std::remove_if(state_.takes.begin(), state_.takes.end(), [shotId](const Take& t) { return t.shot == shotId; }),
        state_.takes.end());
    emit changed();
}

void Project::restoreShot(std::int64_t shotId, int position) {
    position = std::clamp(position, 0, static_cast<int>(state_.shots.size()));
    auto ids = order();
    ids.insert(ids.begin() + position, shotId);
    store_.setShotRemoved(shotId, false, ids);
    reload();  // the shot comes back with its spec and takes, as stored
}

void Project::moveShot(std::int64_t shotId, int position) {
    const int from = positionOf(shotId);
    if (from < 0) throw StoreError(StoreError::Kind::Other, "no shot " + std::to_string(shotId));
    position = std::clamp(position, 0, static_cast<int>(state_.shots.size()) - 1);
    if (from == position) return;
    auto shots = state_.shots;
    Shot moving = shots[from];
    shots.erase(shots.begin() + from);
    shots.insert(shots.begin() + position, moving);
    std::vector<std::int64_t> ids;
    for (const Shot& s : shots) ids.push_back(s.id);
    store_.saveOrder(ids);
    state_.shots = std::move(shots);
    emit changed();
}

void Project::setShotSpec(std::int64_t shotId, const ShotSpec& spec) {
    Shot& s = mutableShot(shotId);
    if (s.spec == spec) return;
    store_.saveSpec(shotId, spec);
    s.spec = spec;
    emit changed();
}

void Project::setActiveTake(std::int64_t shotId, std::int64_t takeId) {
    Shot& s = mutableShot(shotId);
    if (takeId != 0) {
        const Take* t = take(takeId);
        if (!t || t->shot != shotId)
            throw StoreError(StoreError::Kind::Other, "take " + std::to_string(takeId) + " is not a take of this shot");
    }
    if (s.activeTake == takeId) return;
    store_.saveActiveTake(shotId, takeId);
    s.activeTake = takeId;
    emit changed();
}

std::int64_t Project::addTake(const Take& take, std::int64_t clipSize,
                              const std::function<std::size_t(char*, std::size_t)>& readClip) {
    mutableShot(take.shot);
    const std::int64_t id = store_.insertTake(take, clipSize, readClip);
    reload();  // the stored row (id, time stamp, size) is the truth
    return id;
}

void Project::removeTake(std::int64_t takeId) {
    const Take* t = take(takeId);
    if (!t) throw StoreError(StoreError::Kind::Other, "no take " + std::to_string(takeId));
    Shot& s = mutableShot(t->shot);
    const std::int64_t active = s.activeTake == takeId ? 0 : s.activeTake;
    store_.setTakeRemoved(takeId, true, s.id, active);
    s.activeTake = active;
    state_.takes.erase(
        std::remove_if(state_.takes.begin(), state_.takes.end(), [takeId](const Take& x) { return x.id == takeId; }),
        state_.takes.end());
    emit changed();
}

void Project::restoreTake(std::int64_t takeId, bool makeActive) {
    // The take's shot is read from the file: the take is not in memory while removed.
    const std::int64_t shotId = store_.shotOfTake(takeId);
    const Shot& s = mutableShot(shotId);
    store_.setTakeRemoved(takeId, false, shotId, makeActive ? takeId : s.activeTake);
    reload();
}

void Project::readClip(std::int64_t takeId, const std::function<void(const char*, std::size_t)>& write) {
    store_.readClip(takeId, write);
}

std::int64_t Project::importAsset(const Asset& asset, std::int64_t embedSize,
                                  const std::function<std::size_t(char*, std::size_t)>& readFile) {
    const std::int64_t id = store_.insertAsset(asset, embedSize, readFile);
    Asset stored = asset;
    stored.id = id;
    stored.embedded = embedSize > 0;
    state_.assets.push_back(stored);
    emit changed();
    return id;
}

void Project::readEmbedded(std::int64_t asset, const std::function<void(const char*, std::size_t)>& write) {
    store_.readEmbedded(asset, write);
}

void Project::setSequence(const SequenceState& sequence) {
    if (sequence == state_.sequence) return;
    store_.saveSequence(sequence);
    state_.sequence = sequence;
    emit changed();
}

void Project::setThumbnail(std::int64_t takeId, const std::vector<std::uint8_t>& png) {
    store_.saveThumbnail(takeId, png);
}

std::vector<std::uint8_t> Project::thumbnail(std::int64_t takeId) {
    return store_.thumbnail(takeId);
}

void Project::removeAsset(std::int64_t assetId) {
    store_.setAssetRemoved(assetId, true);
    state_.assets.erase(std::remove_if(state_.assets.begin(), state_.assets.end(),
                                       [assetId](const Asset& a) { return a.id == assetId; }),
                        state_.assets.end());
    emit changed();
}

void Project::restoreAsset(std::int64_t assetId) {
    store_.setAssetRemoved(assetId, false);
    reload();
}

void Project::relinkAsset(std::int64_t assetId, const std::string& path, const std::string& contentHash) {
    auto it =
        std::find_if(state_.assets.begin(), state_.assets.end(), [assetId](const Asset& a) { return a.id == assetId; });
    if (it == state_.assets.end()) throw StoreError(StoreError::Kind::Other, "no asset " + std::to_string(assetId));
    store_.setAssetLocation(assetId, path, contentHash);
    it->path = path;
    it->contentHash = contentHash;
    emit changed();
}

const Asset* Project::asset(std::int64_t id) const {
    for (const auto& a : state_.assets) {
        if (a.id == id) return &a;
    }
    return nullptr;
}

void Project::setSettings(const ProjectSettings& settings) {
    if (settings == state_.settings) return;
    store_.saveSettings(settings);
    state_.settings = settings;
    emit changed();
}

void Project::saveCopyAs(const std::string& path) {
    store_.file().saveCopyAs(path);
}

void Project::setMaximumFileSize(std::int64_t bytes) {
    store_.setMaximumFileSize(bytes);
}

std::string Project::checkConsistency(bool againstFile) {
    for (const Shot& s : state_.shots) {
        if (s.activeTake) {
            const Take* t = take(s.activeTake);
            if (!t) return "shot " + std::to_string(s.id) + " has a missing active take";
            if (t->shot != s.id) return "shot " + std::to_string(s.id) + "'s active take belongs to another shot";
        }
    }
    for (const Take& t : state_.takes) {
        if (!shot(t.shot)) return "take " + std::to_string(t.id) + " belongs to no live shot";
    }
    for (std::size_t i = 1; i < state_.takes.size(); ++i) {
        if (state_.takes[i - 1].id >= state_.takes[i].id) return "takes are out of order";
    }
    if (!againstFile) return {};
    const ProjectSnapshot stored = store_.load();
    if (!(stored == state_)) return "the document differs from its file";
    if (!store_.positionsAreDense()) return "shot positions are not 0..n-1";
    return {};
}

}  // namespace shotcraft::timeline
