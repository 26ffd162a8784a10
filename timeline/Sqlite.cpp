#include "timeline/Sqlite.h"

#include <sqlite3.h>

#include <filesystem>

namespace shotcraft::timeline::sql {
namespace {

StoreError::Kind kindOf(int code) {
    switch (code & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return StoreError::Kind::Locked;
        case SQLITE_READONLY:
            return StoreError::Kind::ReadOnly;
        case SQLITE_FULL:
            return StoreError::Kind::Full;
        case SQLITE_CORRUPT:
            return StoreError::Kind::Corrupt;
        case SQLITE_NOTADB:
            return StoreError::Kind::NotAProject;
        case SQLITE_CANTOPEN:
        case SQLITE_IOERR:
        case SQLITE_PERM:
            return StoreError::Kind::Io;
        default:
            return StoreError::Kind::Other;
    }
}

}  // namespace

Database::Database(const std::string& path, Mode mode) : path_(path), readOnly_(mode == Mode::ReadOnly) {
    int flags = SQLITE_OPEN_FULLMUTEX;
    flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == Mode::Create) flags |= SQLITE_OPEN_CREATE;
    const int result = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (result != SQLITE_OK) {
        const std::string why = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(result);
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError(kindOf(result), "cannot open '" + path + "': " + why);
    }
    sqlite3_extended_result_codes(db_, 1);
    // Another instance holding the file gets a moment to finish, not an instant error.
    sqlite3_busy_timeout(db_, 250);
}

Database::~Database() {
    sqlite3_close_v2(db_);
}

void Database::exec(std::string_view sqlText) {
    char* error = nullptr;
    const int result = sqlite3_exec(db_, std::string(sqlText).c_str(), nullptr, nullptr, &error);
    if (result != SQLITE_OK) {
        const std::string why = error ? error : sqlite3_errstr(result);
        sqlite3_free(error);
        throw StoreError(kindOf(result), "project file '" + path_ + "': " + why);
    }
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(db_);
}

void Database::fail(int code, std::string_view doing) const {
    const auto kind = kindOf(code);
    std::string message = "project file '" + path_ + "': " + std::string(doing) + ": " + sqlite3_errmsg(db_);
    if (kind == StoreError::Kind::Full)
        message = "the disk is full: '" + path_ + "' cannot grow (" + std::string(doing) + ")";
    if (kind == StoreError::Kind::Locked) message = "'" + path_ + "' is in use by another Shotcraft";
    if (kind == StoreError::Kind::Corrupt) message = "'" + path_ + "' is damaged (" + std::string(doing) + ")";
    throw StoreError(kind, message);
}

Statement::Statement(Database& db, std::string_view sqlText) : db_(db) {
    const int result =
        sqlite3_prepare_v2(db.handle(), sqlText.data(), static_cast<int>(sqlText.size()), &statement_, nullptr);
    if (result != SQLITE_OK) db.fail(result, "preparing " + std::string(sqlText.substr(0, 40)));
}

Statement::~Statement() {
    sqlite3_finalize(statement_);
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(statement_, index, value);
    return *this;
}
Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(statement_, index, value);
    return *this;
}
Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}
Statement& Statement::bindBlob(int index, const void* data, std::size_t size) {
    sqlite3_bind_blob64(statement_, index, data, size, SQLITE_TRANSIENT);
    return *this;
}
Statement& Statement::bindZeroBlob(int index, std::int64_t size) {
    sqlite3_bind_zeroblob64(statement_, index, static_cast<sqlite3_uint64>(size));
    return *this;
}
Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(statement_, index);
    return *this;
}

bool Statement::step() {
    const int result = sqlite3_step(statement_);
    if (result == SQLITE_ROW) return true;
    if (result == SQLITE_DONE) return false;
    sqlite3_reset(statement_);
    db_.fail(result, "running a statement");
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(statement_, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(statement_, column);
}
std::string Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column))) : std::string();
}
std::vector<std::uint8_t> Statement::blob(int column) const {
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(statement_, column));
    return p ? std::vector<std::uint8_t>(p, p + sqlite3_column_bytes(statement_, column)) : std::vector<std::uint8_t>{};
}
bool Statement::isNull(int column) const {
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

Transaction::Transaction(Database& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
    open_ = true;
}

Transaction::~Transaction() {
    if (open_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    open_ = false;
}

Blob::Blob(Database& db, const char* table, const char* column, std::int64_t row, bool writable) : db_(db) {
    const int result = sqlite3_blob_open(db.handle(), "main", table, column, row, writable ? 1 : 0, &blob_);
    if (result != SQLITE_OK) {
        sqlite3_blob_close(blob_);
        blob_ = nullptr;
        db.fail(result, "opening a clip");
    }
}

Blob::~Blob() {
    sqlite3_blob_close(blob_);
}

std::int64_t Blob::size() const {
    return sqlite3_blob_bytes(blob_);
}

void Blob::read(void* buffer, int bytes, std::int64_t offset) const {
    const int result = sqlite3_blob_read(blob_, buffer, bytes, static_cast<int>(offset));
    if (result != SQLITE_OK) db_.fail(result, "reading a clip");
}

void Blob::write(const void* buffer, int bytes, std::int64_t offset) {
    const int result = sqlite3_blob_write(blob_, buffer, bytes, static_cast<int>(offset));
    if (result != SQLITE_OK) db_.fail(result, "writing a clip");
}

void backup(Database& from, const std::string& path) {
    Database to(path, Database::Mode::Create);
    sqlite3_backup* job = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!job) to.fail(sqlite3_errcode(to.handle()), "starting the copy");
    int result = SQLITE_OK;
    do {
        result = sqlite3_backup_step(job, 256);
    } while (result == SQLITE_OK || result == SQLITE_BUSY || result == SQLITE_LOCKED);
    sqlite3_backup_finish(job);
    if (result != SQLITE_DONE) to.fail(result, "copying the project");
}

}  // namespace shotcraft::timeline::sql
