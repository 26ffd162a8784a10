#include "timeline/ProjectStore.h"

#include <QJsonDocument>

#include <array>

namespace shotcraft::timeline {
namespace {

constexpr std::size_t kChunk = 256 * 1024;

std::string specText(const ShotSpec& spec) {
    return QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact).toStdString();
}

void writePositions(sql::Database& db, const std::vector<std::int64_t>& order) {
    sql::Statement position(db, "UPDATE shot SET position = ? WHERE id = ?");
    for (std::size_t i = 0; i < order.size(); ++i) position.bind(1, std::int64_t(i)).bind(2, order[i]).run();
}

// Fills a zero blob of `size` bytes from `read`, a chunk at a time.
void streamIn(sql::Database& db, const char* table, const char* column, std::int64_t row, std::int64_t size,
              const std::function<std::size_t(char*, std::size_t)>& read) {
    if (size <= 0) return;
    sql::Blob blob(db, table, column, row, true);
    std::vector<char> buffer(kChunk);
    for (std::int64_t offset = 0; offset < size;) {
        const std::size_t got =
            read(buffer.data(), static_cast<std::size_t>(std::min<std::int64_t>(kChunk, size - offset)));
        if (got == 0) throw StoreError(StoreError::Kind::Io, "the data ended before its announced size");
        blob.write(buffer.data(), static_cast<int>(got), offset);
        offset += static_cast<std::int64_t>(got);
    }
}

void streamOut(sql::Database& db, const char* table, const char* column, std::int64_t row,
               const std::function<void(const char*, std::size_t)>& write) {
    sql::Blob blob(db, table, column, row, false);
    std::vector<char> buffer(kChunk);
    for (std::int64_t offset = 0; offset < blob.size();) {
        const int n = static_cast<int>(std::min<std::int64_t>(kChunk, blob.size() - offset));
        blob.read(buffer.data(), n, offset);
        write(buffer.data(), static_cast<std::size_t>(n));
        offset += n;
    }
}

}  // namespace

ProjectStore::ProjectStore(std::unique_ptr<ProjectFile> file) : file_(std::move(file)) {}

void ProjectStore::requireWritable() const {
    if (file_->readOnly()) {
        throw StoreError(StoreError::Kind::ReadOnly, "'" + file_->path() + "' is open for viewing only");
    }
}

ProjectSnapshot ProjectStore::load() {
    auto& db = file_->database();
    ProjectSnapshot s;
    {
        sql::Statement q(
            db, "SELECT name, fps_num, fps_den, width, height, working_space, display, view FROM project WHERE id = 1");
        if (!q.step()) throw StoreError(StoreError::Kind::Corrupt, "'" + file_->path() + "' has no project row");
        s.settings = {q.text(0),         int(q.integer(1)), int(q.integer(2)), int(q.integer(3)),
                      int(q.integer(4)), q.text(5),         q.text(6),         q.text(7)};
    }
    {
        sql::Statement q(db,
                         "SELECT playhead, COALESCE(in_point, -1), COALESCE(out_point, -1) FROM sequence WHERE id = 1");
        if (q.step()) s.sequence = {q.integer(0), q.integer(1), q.integer(2)};
    }
    {
        sql::Statement q(
            db, "SELECT id, spec_json, COALESCE(active_take, 0) FROM shot WHERE removed = 0 ORDER BY position, id");
        while (q.step()) {
            QJsonParseError error{};
            const auto json = QJsonDocument::fromJson(QByteArray::fromStdString(q.text(1)), &error);
            if (error.error != QJsonParseError::NoError) {
                throw StoreError(StoreError::Kind::Corrupt,
                                 "shot " + std::to_string(q.integer(0)) + " has an unreadable spec");
            }
            s.shots.push_back({q.integer(0), ShotSpec::fromJson(json.object()), q.integer(2)});
        }
    }
    {
        sql::Statement q(db,
                         "SELECT take.id, take.shot, request_json, model_id, weights_hash, seed, seconds, status, "
                         "created_at, clip_bytes FROM take JOIN shot ON shot.id = take.shot "
                         "WHERE take.removed = 0 AND shot.removed = 0 ORDER BY take.id");
        while (q.step()) {
            s.takes.push_back({q.integer(0), q.integer(1), q.text(2), q.text(3), q.text(4), q.text(5), q.real(6),
                               q.text(7), q.text(8), q.integer(9)});
        }
    }
    {
        sql::Statement q(db,
                         "SELECT id, kind, path, content_hash, probe_json, embedded IS NOT NULL FROM asset "
                         "WHERE removed = 0 ORDER BY id");
        while (q.step())
            s.assets.push_back({q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4), q.integer(5) != 0});
    }
    return s;
}

void ProjectStore::saveSettings(const ProjectSettings& p) {
    requireWritable();
    sql::Transaction t(file_->database());
    sql::Statement q(file_->database(),
                     "UPDATE project SET name = ?, fps_num = ?, fps_den = ?, width = ?, height = ?, "
                     "working_space = ?, display = ?, view = ? WHERE id = 1");
    q.bind(1, p.name).bind(2, std::int64_t{p.fpsNum}).bind(3, std::int64_t{p.fpsDen}).bind(4, std::int64_t{p.width});
    q.bind(5, std::int64_t{p.height}).bind(6, p.workingSpace).bind(7, p.display).bind(8, p.view).run();
    t.commit();
}

std::int64_t ProjectStore::insertShot(const ShotSpec& spec, const std::vector<std::int64_t>& newOrder) {
    requireWritable();
    auto& db = file_->database();
    sql::Transaction t(db);
    sql::Statement insert(db, "INSERT INTO shot (position, spec_json) VALUES (?, ?)");
    insert.bind(1, std::int64_t{-1}).bind(2, specText(spec)).run();
    const std::int64_t id = db.lastInsertId();
    std::vector<std::int64_t> order = newOrder;
    for (auto& entry : order) {
        if (entry == 0) entry = id;  // 0 marks where the new shot goes
    }
    writePositions(db, order);
    t.commit();
    return id;
}

void ProjectStore::setShotRemoved(std::int64_t shot, bool removed, const std::vector<std::int64_t>& order) {
    requireWritable();
    auto& db = file_->database();
    sql::Transaction t(db);
    sql::Statement mark(db, "UPDATE shot SET removed = ? WHERE id = ?");
    mark.bind(1, std::int64_t{removed}).bind(2, shot).run();
    writePositions(db, order);
    t.commit();
}

void ProjectStore::saveOrder(const std::vector<std::int64_t>& order) {
    requireWritable();
    auto& db = file_->database();
    sql::Transaction t(db);
    writePositions(db, order);
    t.commit();
}

void ProjectStore::saveSpec(std::int64_t shot, const ShotSpec& spec) {
    requireWritable();
    sql::Transaction t(file_->database());
    sql::Statement q(file_->database(), "UPDATE shot SET spec_json = ? WHERE id = ?");
    q.bind(1, specText(spec)).bind(2, shot).run();
    t.commit();
}

void ProjectStore::saveActiveTake(std::int64_t shot, std::int64_t take) {
    requireWritable();
    sql::Transaction t(file_->database());
    sql::Statement q(file_->database(), "UPDATE shot SET active_take = ? WHERE id = ?");
    if (take)
        q.bind(1, take);
    else
        q.bindNull(1);
    q.bind(2, shot).run();
    t.commit();
}

std::int64_t ProjectStore::insertTake(const Take& take, std::int64_t clipSize,
                                      const std::function<std::size_t(char*, std::size_t)>& readClip) {
    requireWritable();
    auto& db = file_->database();
    sql::Transaction t(db);
    sql::Statement insert(
        db,
        "INSERT INTO take (shot, request_json, model_id, weights_hash, seed, seconds, status, clip_bytes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, take.shot).bind(2, take.requestJson).bind(3, take.modelId).bind(4, take.weightsHash);
    insert.bind(5, take.seed).bind(6, take.seconds).bind(7, take.status).bind(8, clipSize).run();
    const std::int64_t id = db.lastInsertId();
    sql::Statement media(db, "INSERT INTO take_media (take, clip) VALUES (?, ?)");
    media.bind(1, id).bindZeroBlob(2, clipSize).run();
    // The clip streams in chunk by chunk: a large take is never whole in memory.
    streamIn(db, "take_media", "clip", id, clipSize, readClip);
    t.commit();
    return id;
}

void ProjectStore::setTakeRemoved(std::int64_t take, bool removed, std::int64_t shot, std::int64_t activeOfShot) {
    requireWritable();
    sql::Transaction t(file_->database());
    sql::Statement q(file_->database(), "UPDATE take SET removed = ? WHERE id = ?");
    q.bind(1, std::int64_t{removed}).bind(2, take).run();
    sql::Statement active(file_->database(), "UPDATE shot SET active_take = ? WHERE id = ?");
    if (activeOfShot)
        active.bind(1, activeOfShot);
    else
        active.bindNull(1);
    active.bind(2, shot).run();
    t.commit();
}

void ProjectStore::readClip(std::int64_t take, const std::function<void(const char*, std::size_t)>& write) {
    streamOut(file_->database(), "take_media", "clip", take, write);
}

std::int64_t ProjectStore::insertAsset(const Asset& asset, std::int64_t embedSize,
                                       const std::function<std::size_t(char*, std::size_t)>& readFile) {
    requireWritable();
    auto& db = file_->database();
    sql::Transaction t(db);
    sql::Statement q(db, "INSERT INTO asset (kind, path, content_hash, probe_json, embedded) VALUES (?, ?, ?, ?, ?)");
    q.bind(1, asset.kind).bind(2, asset.path).bind(3, asset.contentHash).bind(4, asset.probeJson);
    if (embedSize > 0)
        q.bindZeroBlob(5, embedSize);
    else
        q.bindNull(5);
    q.run();
    const std::int64_t id = db.lastInsertId();
    streamIn(db, "asset", "embedded", id, embedSize, readFile);
    t.commit();
    return id;
}

void ProjectStore::readEmbedded(std::int64_t asset, const std::function<void(const char*, std::size_t)>& write) {
    streamOut(file_->database(), "asset", "embedded", asset, write);
}

void ProjectStore::saveSequence(const SequenceState& q) {
    requireWritable();
    sql::Transaction t(file_->database());
    sql::Statement u(file_->database(), "UPDATE sequence SET playhead = ?, in_point = ?, out_point = ? WHERE id = 1");
    u.bind(1, q.playhead);
    if (q.inPoint >= 0)
        u.bind(2, q.inPoint);
    else
        u.bindNull(2);
    if (q.outPoint >= 0)
        u.bind(3, q.outPoint);
    else
        u.bindNull(3);
    u.run();
    t.commit();
}

void ProjectStore::saveThumbnail(std::int64_t take, const std::vector<std::uint8_t>& png) {
    requireWritable();
    sql::Transaction t(file_->database());
    sql::Statement u(file_->database(), "UPDATE take_media SET thumbnail = ? WHERE take = ?");
    u.bindBlob(1, png.data(), png.size()).bind(2, take).run();
    t.commit();
}

std::vector<std::uint8_t> ProjectStore::thumbnail(std::int64_t take) {
    sql::Statement q(file_->database(), "SELECT thumbnail FROM take_media WHERE take = ?");
    q.bind(1, take);
    return q.step() ? q.blob(0) : std::vector<std::uint8_t>{};
}

void ProjectStore::setAssetRemoved(std::int64_t asset, bool removed) {
    requireWritable();
    sql::Transaction t(file_->database());
    sql::Statement q(file_->database(), "UPDATE asset SET removed = ? WHERE id = ?");
    q.bind(1, std::int64_t{removed}).bind(2, asset).run();
    t.commit();
}

void ProjectStore::setAssetLocation(std::int64_t asset, const std::string& path, const std::string& contentHash) {
    requireWritable();
    sql::Transaction t(file_->database());
    sql::Statement q(file_->database(), "UPDATE asset SET path = ?, content_hash = ? WHERE id = ?");
    q.bind(1, path).bind(2, contentHash).bind(3, asset).run();
    t.commit();
}

std::int64_t ProjectStore::shotOfTake(std::int64_t take) {
    sql::Statement q(file_->database(), "SELECT shot FROM take WHERE id = ?");
    q.bind(1, take);
    if (!q.step()) throw StoreError(StoreError::Kind::Other, "no take " + std::to_string(take));
    return q.integer(0);
}

bool ProjectStore::positionsAreDense() {
    sql::Statement q(file_->database(), "SELECT position FROM shot WHERE removed = 0 ORDER BY position");
    std::int64_t expected = 0;
    while (q.step()) {
        if (q.integer(0) != expected++) return false;
    }
    return true;
}

void ProjectStore::setMaximumFileSize(std::int64_t bytes) {
    auto& db = file_->database();
    sql::Statement pageSize(db, "PRAGMA page_size");
    pageSize.step();
    const std::int64_t pages = std::max<std::int64_t>(1, bytes / std::max<std::int64_t>(1, pageSize.integer(0)));
    db.exec("PRAGMA max_page_count = " + std::to_string(pages));
}

}  // namespace shotcraft::timeline
