#include "timeline/Commands.h"

namespace shotcraft::timeline {

InsertShotCommand::InsertShotCommand(Project& project, int position, ShotSpec spec, const QString& text)
    : QUndoCommand(text), project_(project), position_(position), spec_(std::move(spec)) {}

void InsertShotCommand::redo() {
    // The first redo creates the shot; later ones bring the same shot back.
    if (shot_ == 0)
        shot_ = project_.insertShot(position_, spec_);
    else
        project_.restoreShot(shot_, position_);
}

void InsertShotCommand::undo() {
    project_.removeShot(shot_);
}

InsertShotCommand* duplicateShotCommand(Project& project, std::int64_t shot) {
    const Shot* original = project.shot(shot);
    if (!original) throw StoreError(StoreError::Kind::Other, "no shot " + std::to_string(shot));
    return new InsertShotCommand(project, project.positionOf(shot) + 1, original->spec, QObject::tr("Duplicate shot"));
}

RemoveShotCommand::RemoveShotCommand(Project& project, std::int64_t shot)
    : QUndoCommand(QObject::tr("Delete shot")), project_(project), shot_(shot) {}

void RemoveShotCommand::redo() {
    position_ = project_.positionOf(shot_);
    project_.removeShot(shot_);
}

void RemoveShotCommand::undo() {
    project_.restoreShot(shot_, position_);
}

MoveShotCommand::MoveShotCommand(Project& project, std::int64_t shot, int to)
    : QUndoCommand(QObject::tr("Move shot")),
      project_(project),
      shot_(shot),
      from_(project.positionOf(shot)),
      to_(to) {}

void MoveShotCommand::redo() {
    project_.moveShot(shot_, to_);
}
void MoveShotCommand::undo() {
    project_.moveShot(shot_, from_);
}

bool MoveShotCommand::mergeWith(const QUndoCommand* other) {
    const auto* move = static_cast<const MoveShotCommand*>(other);
    if (move->shot_ != shot_) return false;
    to_ = move->to_;
    return true;
}

EditShotCommand::EditShotCommand(Project& project, std::int64_t shot, ShotSpec after, bool mergePrompt,
                                 const QString& text)
    : QUndoCommand(text), project_(project), shot_(shot), after_(std::move(after)), mergePrompt_(mergePrompt) {
    const Shot* s = project.shot(shot);
    if (!s) throw StoreError(StoreError::Kind::Other, "no shot " + std::to_string(shot));
    before_ = s->spec;
}

void EditShotCommand::redo() {
    project_.setShotSpec(shot_, after_);
}
void EditShotCommand::undo() {
    project_.setShotSpec(shot_, before_);
}

bool EditShotCommand::mergeWith(const QUndoCommand* other) {
    const auto* edit = static_cast<const EditShotCommand*>(other);
    if (!mergePrompt_ || !edit->mergePrompt_ || edit->shot_ != shot_) return false;
    after_ = edit->after_;
    return true;
}

SetActiveTakeCommand::SetActiveTakeCommand(Project& project, std::int64_t shot, std::int64_t take)
    : QUndoCommand(QObject::tr("Set active take")), project_(project), shot_(shot), before_(0), after_(take) {
    const Shot* s = project.shot(shot);
    if (!s) throw StoreError(StoreError::Kind::Other, "no shot " + std::to_string(shot));
    before_ = s->activeTake;
}

void SetActiveTakeCommand::redo() {
    project_.setActiveTake(shot_, after_);
}
void SetActiveTakeCommand::undo() {
    project_.setActiveTake(shot_, before_);
}

AddTakeCommand::AddTakeCommand(Project& project, Take take, std::vector<char> clip)
    : QUndoCommand(QObject::tr("Add take")), project_(project), spec_(std::move(take)), clip_(std::move(clip)) {}

void AddTakeCommand::redo() {
    const Shot* s = project_.shot(spec_.shot);
    previousActive_ = s ? s->activeTake : 0;
    if (take_ == 0) {
        std::size_t offset = 0;
        take_ = project_.addTake(spec_, static_cast<std::int64_t>(clip_.size()), [&](char* out, std::size_t max) {
            const std::size_t n = std::min(max, clip_.size() - offset);
            std::copy_n(clip_.data() + offset, n, out);
            offset += n;
            return n;
        });
        clip_.clear();  // stored now; the file keeps it
        clip_.shrink_to_fit();
        project_.setActiveTake(spec_.shot, take_);
    } else {
        project_.restoreTake(take_, true);
    }
}

void AddTakeCommand::undo() {
    project_.removeTake(take_);
    project_.setActiveTake(spec_.shot, previousActive_);
}

RemoveTakeCommand::RemoveTakeCommand(Project& project, std::int64_t take)
    : QUndoCommand(QObject::tr("Delete take")), project_(project), take_(take) {}

void RemoveTakeCommand::redo() {
    const Take* t = project_.take(take_);
    const Shot* s = t ? project_.shot(t->shot) : nullptr;
    wasActive_ = s && s->activeTake == take_;
    project_.removeTake(take_);
}

void RemoveTakeCommand::undo() {
    project_.restoreTake(take_, wasActive_);
}

ImportAssetCommand::ImportAssetCommand(Project& project, Asset asset)
    : QUndoCommand(QObject::tr("Import")), project_(project), asset_(std::move(asset)) {}

void ImportAssetCommand::redo() {
    if (asset_.id == 0)
        asset_.id = project_.importAsset(asset_);
    else
        project_.restoreAsset(asset_.id);
}

void ImportAssetCommand::undo() {
    project_.removeAsset(asset_.id);
}

RemoveAssetCommand::RemoveAssetCommand(Project& project, std::int64_t asset)
    : QUndoCommand(QObject::tr("Remove from media bin")), project_(project), asset_(asset) {}

void RemoveAssetCommand::redo() {
    project_.removeAsset(asset_);
}
void RemoveAssetCommand::undo() {
    project_.restoreAsset(asset_);
}

SetInOutCommand::SetInOutCommand(Project& project, std::int64_t in, std::int64_t out)
    : QUndoCommand(QObject::tr("Set in and out")), project_(project), before_(project.sequence()), in_(in), out_(out) {}

void SetInOutCommand::redo() {
    SequenceState s = project_.sequence();
    s.inPoint = in_;
    s.outPoint = out_;
    project_.setSequence(s);
}

void SetInOutCommand::undo() {
    SequenceState s = project_.sequence();
    s.inPoint = before_.inPoint;
    s.outPoint = before_.outPoint;
    project_.setSequence(s);
}

ChangeSettingsCommand::ChangeSettingsCommand(Project& project, ProjectSettings after)
    : QUndoCommand(QObject::tr("Change project settings")),
      project_(project),
      before_(project.settings()),
      after_(std::move(after)) {}

void ChangeSettingsCommand::redo() {
    project_.setSettings(after_);
}
void ChangeSettingsCommand::undo() {
    project_.setSettings(before_);
}

RelinkAssetCommand::RelinkAssetCommand(Project& project, std::int64_t asset, std::string path, std::string contentHash)
    : QUndoCommand(QObject::tr("Relink media")),
      project_(project),
      asset_(asset),
      path_(std::move(path)),
      hash_(std::move(contentHash)) {
    if (const Asset* a = project_.asset(asset_)) before_ = *a;
}

void RelinkAssetCommand::redo() {
    project_.relinkAsset(asset_, path_, hash_);
}

void RelinkAssetCommand::undo() {
    project_.relinkAsset(asset_, before_.path, before_.contentHash);
}

}  // namespace shotcraft::timeline
