#include "timeline/ProjectFile.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace shotcraft::timeline {
namespace {

namespace fs = std::filesystem;

// Format version 1. Every later version adds one migration step after it; see
// docs/project-format.md.
const char* const kSchemaV1 = R"sql(
CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    fps_num INTEGER NOT NULL DEFAULT 8 CHECK (fps_num > 0),
    fps_den INTEGER NOT NULL DEFAULT 1 CHECK (fps_den > 0),
    width INTEGER NOT NULL DEFAULT 64 CHECK (width > 0),
    height INTEGER NOT NULL DEFAULT 64 CHECK (height > 0),
    working_space TEXT NOT NULL DEFAULT 'Linear Rec.709',
    display TEXT NOT NULL DEFAULT 'sRGB',
    view TEXT NOT NULL DEFAULT 'Standard',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE asset (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('still', 'clip')),
    path TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    probe_json TEXT NOT NULL,
    embedded BLOB,
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
);
CREATE TABLE shot (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    spec_json TEXT NOT NULL,
    active_take INTEGER,
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
);
CREATE TABLE take (
    id INTEGER PRIMARY KEY,
    shot INTEGER NOT NULL REFERENCES shot(id) ON DELETE CASCADE,
    request_json TEXT NOT NULL,
    model_id TEXT NOT NULL,
    weights_hash TEXT NOT NULL,
    seed TEXT NOT NULL,
    seconds REAL NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('completed', 'failed', 'cancelled')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    clip_bytes INTEGER NOT NULL DEFAULT 0,
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
);
CREATE INDEX take_by_shot ON take(shot);
-- Clips live apart from the take rows, so reading a project never walks through them.
CREATE TABLE take_media (
    take INTEGER PRIMARY KEY REFERENCES take(id) ON DELETE CASCADE,
    clip BLOB NOT NULL,
    thumbnail BLOB
);
CREATE TABLE sequence (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    playhead INTEGER NOT NULL DEFAULT 0,
    in_point INTEGER,
    out_point INTEGER
);
INSERT INTO sequence (id) VALUES (1);
)sql";

int pragmaInt(sql::Database& db, const char* pragma) {
    sql::Statement s(db, std::string("PRAGMA ") + pragma);
    return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

}  // namespace

std::unique_ptr<ProjectFile> ProjectFile::create(const std::string& path, const std::string& projectName) {
    std::error_code ec;
    if (fs::exists(path, ec))
        throw StoreError(StoreError::Kind::Io, "'" + path + "' already exists; not overwriting it");
    std::unique_ptr<ProjectFile> file(
        new ProjectFile(std::make_unique<sql::Database>(path, sql::Database::Mode::Create)));
    file->configure();
    sql::Transaction transaction(file->database());
    file->database().exec(kSchemaV1);
    sql::Statement insert(file->database(), "INSERT INTO project (id, name) VALUES (1, ?)");
    insert.bind(1, projectName).run();
    file->database().exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    file->database().exec("PRAGMA user_version = " + std::to_string(kFormatVersion));
    transaction.commit();
    return file;
}

std::unique_ptr<ProjectFile> ProjectFile::open(const std::string& path, bool readOnly) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw StoreError(StoreError::Kind::Io, "project file not found: " + path);
    if (fs::is_directory(path, ec))
        throw StoreError(StoreError::Kind::NotAProject, "'" + path + "' is a folder, not a project file");
    {
        // Check the header before SQLite may touch the file (or create a journal beside it).
        std::ifstream in(path, std::ios::binary);
        char magic[16] = {};
        in.read(magic, sizeof magic);
        if (in.gcount() < 16 || std::string(magic, 15) != "SQLite format 3") {
            throw StoreError(StoreError::Kind::NotAProject, "'" + path + "' is not a Shotcraft project");
        }
    }
    // Files we may not write open for viewing only.
    const auto perms = fs::status(path, ec).permissions();
    const bool writable = access(path.c_str(), W_OK) == 0 && (perms & fs::perms::owner_write) != fs::perms::none;
    const bool viewOnly = readOnly || !writable;
    std::unique_ptr<ProjectFile> file(new ProjectFile(std::make_unique<sql::Database>(
        path, viewOnly ? sql::Database::Mode::ReadOnly : sql::Database::Mode::ReadWrite)));
    sql::Database& db = file->database();
    int applicationId = 0;
    int version = 0;
    try {
        applicationId = pragmaInt(db, "application_id");
        version = pragmaInt(db, "user_version");
    } catch (const StoreError& e) {
        if (e.kind() == StoreError::Kind::Locked) throw;
        throw StoreError(StoreError::Kind::Corrupt, "'" + path + "' is damaged and cannot be read: " + e.what());
    }
    if (applicationId != kApplicationId) {
        throw StoreError(StoreError::Kind::NotAProject,
                         "'" + path + "' is an SQLite file of another program, not a Shotcraft project");
    }
    if (version > kFormatVersion) {
        throw StoreError(StoreError::Kind::NewerFormat, "'" + path + "' was saved by a newer Shotcraft (format " +
                                                            std::to_string(version) + "; this one reads up to " +
                                                            std::to_string(kFormatVersion) + ")");
    }
    try {
        // Walk the document's tables (not the clips: a full quick_check of a 1 GB project
        // takes seconds). Damage in a clip surfaces when that clip is read.
        sql::Statement walk(db,
                            "SELECT (SELECT count(*) FROM project) + (SELECT count(*) FROM shot) + "
                            "(SELECT count(*) FROM take) + (SELECT count(*) FROM asset) + "
                            "(SELECT count(*) FROM sequence)");
        walk.step();
    } catch (const StoreError& e) {
        if (e.kind() == StoreError::Kind::Locked) throw;
        throw StoreError(StoreError::Kind::Corrupt, "'" + path + "' is damaged and cannot be read: " + e.what());
    }
    if (!viewOnly) {
        file->configure();
        if (version < kFormatVersion) file->migrate(version);
    }
    return file;
}

void ProjectFile::configure() {
    // One writer, no shared-memory file: the first Shotcraft to open a project holds it.
    db_->exec("PRAGMA locking_mode = EXCLUSIVE");
    db_->exec("PRAGMA journal_mode = WAL");
    db_->exec("PRAGMA synchronous = NORMAL");
    db_->exec("PRAGMA foreign_keys = ON");
    // Take the lock now, so a second instance is told at open, not at its first edit.
    db_->exec("BEGIN IMMEDIATE; COMMIT");
}

void ProjectFile::migrate(int fromVersion) {
    // One step per version, each in its own transaction. Version 1 is the first format,
    // so a file that claims an older one was not written by Shotcraft.
    if (fromVersion < 1) {
        throw StoreError(StoreError::Kind::NotAProject, "'" + path() + "' has no Shotcraft format version");
    }
}

void ProjectFile::saveCopyAs(const std::string& path) {
    // Copy beside the target, then rename: an existing file is replaced only by a whole copy.
    const std::string partial = path + ".partial";
    std::error_code ec;
    fs::remove(partial, ec);
    sql::backup(*db_, partial);
    fs::rename(partial, path, ec);
    if (ec) {
        fs::remove(partial, ec);
        throw StoreError(StoreError::Kind::Io, "cannot save a copy as '" + path + "': " + ec.message());
    }
}

}  // namespace shotcraft::timeline
