#pragma once
// RAII wrappers over the SQLite C API, for the project store only: a connection, prepared
// statements, transactions and incremental blob I/O. Every failure becomes a StoreError.

#include "timeline/StoreError.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_blob;

namespace shotcraft::timeline::sql {

class Database {
public:
    enum class Mode { ReadWrite = 1, ReadOnly, Create };
    Database(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);  // statements without results
    sqlite3* handle() const { return db_; }
    const std::string& path() const { return path_; }
    bool readOnly() const { return readOnly_; }
    std::int64_t lastInsertId() const;
    // Throws the StoreError that `code` (a SQLite result code) means here.
    [[noreturn]] void fail(int code, std::string_view doing) const;

private:
    sqlite3* db_ = nullptr;
    std::string path_;
    bool readOnly_ = false;
};

class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bindBlob(int index, const void* data, std::size_t size);
    Statement& bindZeroBlob(int index, std::int64_t size);
    Statement& bindNull(int index);
    // Advances; true while there is a row.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::vector<std::uint8_t> blob(int column) const;
    bool isNull(int column) const;

private:
    Database& db_;
    sqlite3_stmt* statement_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back when destroyed without commit().
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();

private:
    Database& db_;
    bool open_ = false;
};

// Incremental access to one blob cell: large takes never sit in memory whole.
class Blob {
public:
    Blob(Database& db, const char* table, const char* column, std::int64_t row, bool writable);
    ~Blob();
    Blob(const Blob&) = delete;
    Blob& operator=(const Blob&) = delete;
    std::int64_t size() const;
    void read(void* buffer, int bytes, std::int64_t offset) const;
    void write(const void* buffer, int bytes, std::int64_t offset);

private:
    Database& db_;
    sqlite3_blob* blob_ = nullptr;
};

// Copies a whole database to `path` with SQLite's online backup API.
void backup(Database& from, const std::string& path);

}  // namespace shotcraft::timeline::sql
