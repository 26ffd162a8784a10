// The .shotcraft file: created with its identity and pragmas; every bad file (newer
// format, not a project, not SQLite, corrupt, held by another instance) is refused with
// a clear message and left untouched; read-only files open for viewing; Save As copies.

#include "timeline/ProjectFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace shotcraft::timeline;

namespace {
QByteArray fileHash(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
}  // namespace

class TestProjectFile : public QObject {
    Q_OBJECT

private slots:
    void createsAnIdentifiedWalFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("a.shotcraft").toStdString();
        {
            auto file = ProjectFile::create(path, "Storyboard");
            sql::Statement s(file->database(), "SELECT name FROM project");
            QVERIFY(s.step());
            QCOMPARE(s.text(0), std::string("Storyboard"));
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, ProjectFile::create(path, "again"));  // never overwrites
        auto file = ProjectFile::open(path);
        QVERIFY(!file->readOnly());
        auto pragma = [&](const char* name) {
            sql::Statement s(file->database(), std::string("PRAGMA ") + name);
            s.step();
            return s.text(0);
        };
        QCOMPARE(pragma("application_id"), std::to_string(ProjectFile::kApplicationId));
        QCOMPARE(pragma("user_version"), std::string("1"));
        QCOMPARE(pragma("journal_mode"), std::string("wal"));
        QCOMPARE(pragma("foreign_keys"), std::string("1"));
    }

    void badFilesAreRefusedAndUntouched_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("newer format") << "newer" << int(StoreError::Kind::NewerFormat) << "newer Shotcraft";
        QTest::newRow("other sqlite file") << "other" << int(StoreError::Kind::NotAProject) << "another program";
        QTest::newRow("text file") << "text" << int(StoreError::Kind::NotAProject) << "not a Shotcraft project";
        QTest::newRow("empty file") << "empty" << int(StoreError::Kind::NotAProject) << "not a Shotcraft project";
        QTest::newRow("corrupt pages") << "corrupt" << int(StoreError::Kind::Corrupt) << "damaged";
        QTest::newRow("missing") << "missing" << int(StoreError::Kind::Io) << "not found";
    }

    void badFilesAreRefusedAndUntouched() {
        QFETCH(QString, kind);
        QFETCH(int, error);
        QFETCH(QString, phrase);
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.shotcraft");
        if (kind == "newer" || kind == "corrupt") {
            ProjectFile::create(path.toStdString(), "x");
            if (kind == "newer") {
                sql::Database db(path.toStdString(), sql::Database::Mode::ReadWrite);
                db.exec("PRAGMA user_version = 99");
            } else {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                f.seek(4096);  // the second page: the project table's b-tree header
                f.write(QByteArray(2000, '\x5a'));
            }
        } else if (kind == "other") {
            sql::Database db(path.toStdString(), sql::Database::Mode::Create);
            db.exec("CREATE TABLE notes (text TEXT)");
        } else if (kind == "text" || kind == "empty") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == "text") f.write("shots: 1, 2, 3\n");
        }
        const QByteArray before = kind == "missing" ? QByteArray() : fileHash(path);
        try {
            ProjectFile::open(path.toStdString());
            QFAIL("a bad file opened");
        } catch (const StoreError& e) {
            QCOMPARE(int(e.kind()), error);
            QVERIFY2(QString(e.what()).contains(phrase), e.what());
        }
        if (kind != "missing") QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + "-wal"));
    }

    void readOnlyFilesOpenForViewing() {
        QTemporaryDir dir;
        const QString path = dir.filePath("ro.shotcraft");
        ProjectFile::create(path.toStdString(), "x");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        auto file = ProjectFile::open(path.toStdString());
        QVERIFY(file->readOnly());
        QVERIFY_THROWS_EXCEPTION(StoreError, file->database().exec("UPDATE project SET name = 'y'"));
        auto asked = ProjectFile::open(dir.filePath("ro.shotcraft").toStdString(), true);
        QVERIFY(asked->readOnly());
    }

    void aSecondInstanceIsRefused() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("held.shotcraft").toStdString();
        auto first = ProjectFile::create(path, "x");
        first.reset();
        auto holder = ProjectFile::open(path);
        try {
            ProjectFile::open(path);
            QFAIL("a held project opened twice");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Locked);
            QVERIFY2(QString(e.what()).contains("in use"), e.what());
        }
        holder.reset();
        QVERIFY(ProjectFile::open(path));  // free again
    }

    void saveAsMakesAWholeCopy() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("orig.shotcraft").toStdString();
        auto file = ProjectFile::create(path, "Original");
        const std::string copy = dir.filePath("copy.shotcraft").toStdString();
        file->saveCopyAs(copy);
        file.reset();
        auto opened = ProjectFile::open(copy);
        sql::Statement s(opened->database(), "SELECT name FROM project");
        QVERIFY(s.step());
        QCOMPARE(s.text(0), std::string("Original"));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_project_file.moc"
