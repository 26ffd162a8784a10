#pragma once
// The .shotcraft file: one SQLite database identified by application_id and user_version,
// in WAL mode with foreign keys, migrated one version at a time, and held exclusively by
// one running Shotcraft. Opening checks everything before anything is written.

#include "timeline/Sqlite.h"

#include <memory>
#include <string>

namespace shotcraft::timeline {

class ProjectFile {
public:
    static constexpr std::int32_t kApplicationId = 0x53484f54;  // "SHOT"
    static constexpr int kFormatVersion = 1;

    // Creates a new, empty project file; refuses to overwrite an existing file.
    static std::unique_ptr<ProjectFile> create(const std::string& path, const std::string& projectName);
    // Opens an existing project. A read-only file (or readOnly = true) opens for viewing;
    // a newer format, a file that is not a project, a corrupt file or a file another
    // Shotcraft holds gives a StoreError with a clear message and is never written.
    static std::unique_ptr<ProjectFile> open(const std::string& path, bool readOnly = false);

    sql::Database& database() { return *db_; }
    const std::string& path() const { return db_->path(); }
    bool readOnly() const { return db_->readOnly(); }
    // Writes a consistent copy of the project to `path` (SQLite's backup API).
    void saveCopyAs(const std::string& path);

private:
    explicit ProjectFile(std::unique_ptr<sql::Database> db) : db_(std::move(db)) {}
    void configure();
    void migrate(int fromVersion);

    std::unique_ptr<sql::Database> db_;
};

}  // namespace shotcraft::timeline
