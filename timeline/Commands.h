#pragma once
// Undoable edits of a Project, for a QUndoStack. Each changes the document only through
// Project's public API (so each step is committed to the file) and holds no widgets.

#include "timeline/Project.h"

#include <QUndoCommand>

namespace shotcraft::timeline {

// Merge ids: consecutive commands with the same id and target merge into one step.
enum CommandId { kEditPromptId = 1, kMoveShotId };

class InsertShotCommand : public QUndoCommand {
public:
    InsertShotCommand(Project& project, int position, ShotSpec spec, const QString& text = QObject::tr("Add shot"));
    void redo() override;
    void undo() override;
    std::int64_t shotId() const { return shot_; }

private:
    Project& project_;
    int position_;
    ShotSpec spec_;
    std::int64_t shot_ = 0;
};

// A copy of a shot's settings right after it (its takes stay with the original).
InsertShotCommand* duplicateShotCommand(Project& project, std::int64_t shot);

class RemoveShotCommand : public QUndoCommand {
public:
    RemoveShotCommand(Project& project, std::int64_t shot);
    void redo() override;
    void undo() override;

private:
    Project& project_;
    std::int64_t shot_;
    int position_ = 0;
};

class MoveShotCommand : public QUndoCommand {
public:
    MoveShotCommand(Project& project, std::int64_t shot, int to);
    void redo() override;
    void undo() override;
    int id() const override { return kMoveShotId; }
    bool mergeWith(const QUndoCommand* other) override;  // one step per drag

private:
    Project& project_;
    std::int64_t shot_;
    int from_;
    int to_;
};

// Any change of a shot's settings. Prompt typing (mergePrompt) merges into one step.
class EditShotCommand : public QUndoCommand {
public:
    EditShotCommand(Project& project, std::int64_t shot, ShotSpec after, bool mergePrompt = false,
                    const QString& text = QObject::tr("Edit shot"));
    void redo() override;
    void undo() override;
    int id() const override { return mergePrompt_ ? kEditPromptId : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Project& project_;
    std::int64_t shot_;
    ShotSpec before_;
    ShotSpec after_;
    bool mergePrompt_;
};

class SetActiveTakeCommand : public QUndoCommand {
public:
    SetActiveTakeCommand(Project& project, std::int64_t shot, std::int64_t take);
    void redo() override;
    void undo() override;

private:
    Project& project_;
    std::int64_t shot_;
    std::int64_t before_;
    std::int64_t after_;
};

// Adds a finished take (its clip streamed from `clip`) and makes it the active one.
class AddTakeCommand : public QUndoCommand {
public:
    AddTakeCommand(Project& project, Take take, std::vector<char> clip);
    void redo() override;
    void undo() override;
    std::int64_t takeId() const { return take_; }

private:
    Project& project_;
    Take spec_;
    std::vector<char> clip_;
    std::int64_t take_ = 0;
    std::int64_t previousActive_ = 0;
};

class RemoveTakeCommand : public QUndoCommand {
public:
    RemoveTakeCommand(Project& project, std::int64_t take);
    void redo() override;
    void undo() override;

private:
    Project& project_;
    std::int64_t take_;
    bool wasActive_ = false;
};

class ImportAssetCommand : public QUndoCommand {
public:
    ImportAssetCommand(Project& project, Asset asset);
    void redo() override;
    void undo() override;
    std::int64_t assetId() const { return asset_.id; }

private:
    Project& project_;
    Asset asset_;
};

class RemoveAssetCommand : public QUndoCommand {
public:
    RemoveAssetCommand(Project& project, std::int64_t asset);
    void redo() override;
    void undo() override;

private:
    Project& project_;
    std::int64_t asset_;
};

// Loop range (in/out) changes; the playhead moves without undo steps.
class SetInOutCommand : public QUndoCommand {
public:
    SetInOutCommand(Project& project, std::int64_t in, std::int64_t out);
    void redo() override;
    void undo() override;

private:
    Project& project_;
    SequenceState before_;
    std::int64_t in_, out_;
};

// Points an asset at another file; undo points it back.
class RelinkAssetCommand : public QUndoCommand {
public:
    RelinkAssetCommand(Project& project, std::int64_t asset, std::string path, std::string contentHash);
    void redo() override;
    void undo() override;

private:
    Project& project_;
    std::int64_t asset_;
    Asset before_;
    std::string path_, hash_;
};

class ChangeSettingsCommand : public QUndoCommand {
public:
    ChangeSettingsCommand(Project& project, ProjectSettings after);
    void redo() override;
    void undo() override;

private:
    Project& project_;
    ProjectSettings before_;
    ProjectSettings after_;
};

}  // namespace shotcraft::timeline
