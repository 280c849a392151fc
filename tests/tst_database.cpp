#include "core/base/uuid.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/fastrows.h"
#include "core/store/migrations.h"
#include "core/store/patientrepository.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString scalar(Database &db, const QString &sql)
{
    auto r = db.exec(sql);
    if (!r || !r->next())
        return {};
    return r->value(0).toString();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeOrderedIds();
    void pairsInsertedInOneStatement();
    void createsSchema();
    void pragmas();
    void aWriterWaitsForTheLockAndGetsIn();
    void reopeningKeepsData();
    void refusesNonSqliteFileUntouched();
    void refusesForeignSqliteUntouched();
    void refusesNewerSchemaUntouched();
    void refusesFolder();
    void integrityCheckFindsBrokenReference();
    void auditLogIsAppendOnly();
    void backupIsConsistentAndRefusesOverwrite();
    void settingsRoundTrip();
    void busyDatabaseSaidInWords();
    void failedMigrationLeavesNothing();
    void migratesAnOlderDatabaseKeepingItsData();
};

void TestDatabase::createsSchema()
{
    TempDatabase t;
    QCOMPARE(t.db().schemaVersion(), Database::SchemaVersion);
    QCOMPARE(scalar(t.db(), u"PRAGMA application_id"_s).toInt(), Database::ApplicationId);
    for (const auto &table : {u"patients"_s, u"appointments"_s, u"appointment_history"_s, u"change_journal"_s,
                              u"audit_log"_s, u"users"_s, u"documents"_s, u"opening_ranges"_s, u"absences"_s}) {
        QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM sqlite_master WHERE name = '"_s + table + u"'"_s), u"1"_s);
    }
    QVERIFY(t.db().integrityProblems().isEmpty());
}

void TestDatabase::pragmas()
{
    TempDatabase t;
    QCOMPARE(scalar(t.db(), u"PRAGMA journal_mode"_s), u"wal"_s);
    QCOMPARE(scalar(t.db(), u"PRAGMA foreign_keys"_s), u"1"_s);
    QCOMPARE(scalar(t.db(), u"PRAGMA synchronous"_s), u"1"_s); // NORMAL
    // A connection refused by another's write lock tries again every millisecond (Guichet's own
    // busy handler, which SQLite's busy_timeout then reads as 0), or Qt's 5 s timeout elsewhere.
    QCOMPARE(scalar(t.db(), u"PRAGMA busy_timeout"_s), FastRows::isDirect() ? u"0"_s : u"5000"_s);
}

void TestDatabase::aWriterWaitsForTheLockAndGetsIn()
{
    // This connection holds the write lock; another desk's connection writing meanwhile waits
    // for it instead of failing, and writes once it is released.
    TempDatabase t;
    Transaction holding(t.db());
    QVERIFY(holding.begin());
    QVERIFY(t.db().setSetting(u"held"_s, u"1"_s));
    std::atomic<bool> trying{false};
    QString error;
    std::thread other([&] {
        auto second = Database::open(t.path());
        if (!second) {
            error = second.error().message;
            trying = true;
            return;
        }
        trying = true;
        if (auto written = (*second)->setSetting(u"other"_s, u"2"_s); !written)
            error = written.error().message;
        second.value().reset();
    });
    QVERIFY(QTest::qWaitFor([&] { return trying.load(); }));
    QVERIFY(holding.commit());
    other.join();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    t.reopen();
    QCOMPARE(t.db().setting(u"other"_s), u"2"_s);
}

void TestDatabase::reopeningKeepsData()
{
    TempDatabase t;
    QVERIFY(t.db().setSetting(u"practice.name"_s, u"Cabinet"_s));
    t.reopen();
    QCOMPARE(t.db().setting(u"practice.name"_s), u"Cabinet"_s);
    QCOMPARE(t.db().schemaVersion(), Database::SchemaVersion);
}

void TestDatabase::refusesNonSqliteFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Rendez-vous de Mme Dupont lundi 9h\n" + QByteArray(200, 'x'));
    f.close();
    const QByteArray before = fileHash(path);
    auto r = Database::open(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().rule, u"db.not-sqlite"_s);
    QVERIFY(r.error().message.contains(u"notes.db"_s));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestDatabase::refusesForeignSqliteUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"_s));
        QVERIFY(q.exec(u"INSERT INTO invoices(total) VALUES (42.0)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    const QByteArray before = fileHash(path);
    auto r = Database::open(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().rule, u"db.foreign"_s);
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesNewerSchemaUntouched()
{
    TempDatabase t;
    const QString path = t.path();
    QVERIFY(t.db().exec(u"UPDATE meta SET value = ? WHERE key = 'schema_version'"_s, {Database::SchemaVersion + 1}));
    QVERIFY(t.db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    QVERIFY(t.db().exec(u"PRAGMA journal_mode=DELETE"_s));
    t.db().connection().close();
    const QByteArray before = fileHash(path);
    auto r = Database::open(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().rule, u"db.newer"_s);
    QCOMPARE(r.error().code, ErrorCode::Refused);
    QVERIFY(r.error().message.contains(u"newer"_s));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesFolder()
{
    QTemporaryDir dir;
    auto r = Database::open(dir.path());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().rule, u"db.not-a-file"_s);
}

void TestDatabase::integrityCheckFindsBrokenReference()
{
    TempDatabase t;
    QVERIFY(t.db().exec(u"PRAGMA foreign_keys=OFF"_s));
    QVERIFY(t.db().exec(
        u"INSERT INTO motifs(id, practitioner_id, label, duration_minutes) VALUES ('m', 'ghost', 'x', 10)"_s));
    QVERIFY(t.db().exec(u"PRAGMA foreign_keys=ON"_s));
    const QStringList problems = t.db().integrityProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(u"motifs"_s));
}

void TestDatabase::auditLogIsAppendOnly()
{
    TempDatabase t;
    AuditEntry e;
    e.at = t.clock().now();
    e.user = u"admin"_s;
    e.action = u"test.act"_s;
    e.reason = u"because"_s;
    QVERIFY(AuditLog::append(t.db(), e));
    QCOMPARE(AuditLog::recent(t.db()).size(), 1);
    auto update = t.db().exec(u"UPDATE audit_log SET reason = 'rewritten'"_s);
    QVERIFY(!update.ok());
    auto erase = t.db().exec(u"DELETE FROM audit_log"_s);
    QVERIFY(!erase.ok());
    QCOMPARE(AuditLog::recent(t.db()).first().reason, u"because"_s);
}

void TestDatabase::backupIsConsistentAndRefusesOverwrite()
{
    TempDatabase t;
    QVERIFY(t.db().setSetting(u"practice.name"_s, u"Cabinet du Parc"_s));
    const QString file = t.dir() + u"/backup.db"_s;
    QVERIFY(t.db().backupTo(file));
    {
        auto copy = Database::open(file);
        QVERIFY(copy.ok());
        QCOMPARE((*copy)->setting(u"practice.name"_s), u"Cabinet du Parc"_s);
        QVERIFY((*copy)->integrityProblems().isEmpty());
    }
    auto again = t.db().backupTo(file);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().rule, u"backup.exists"_s);
}

void TestDatabase::settingsRoundTrip()
{
    TempDatabase t;
    QCOMPARE(t.db().setting(u"missing"_s, u"fallback"_s), u"fallback"_s);
    QVERIFY(t.db().setSetting(u"k"_s, u"v1"_s));
    QVERIFY(t.db().setSetting(u"k"_s, u"v2"_s));
    QCOMPARE(t.db().setting(u"k"_s), u"v2"_s);
}

// A write that waited its 5 s behind another connection's long change (an import) fails with a
// sentence and rule db.busy, never SQLite's "database is locked"; nothing written.
void TestDatabase::busyDatabaseSaidInWords()
{
    TempDatabase t;
    auto other = Database::open(t.path());
    QVERIFY(other.ok());
    Transaction holding(**other);
    QVERIFY(holding.begin());
    QVERIFY((*other)->setSetting(u"held"_s, u"1"_s).ok());
    const auto refused = t.db().setSetting(u"waited"_s, u"1"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, u"db.busy"_s);
    QVERIFY2(!refused.error().message.contains(u"locked"_s), qPrintable(refused.error().message));
    holding.rollback();
    QCOMPARE(t.db().setting(u"waited"_s), QString());
    QVERIFY(t.db().setSetting(u"waited"_s, u"1"_s).ok());
}

void TestDatabase::failedMigrationLeavesNothing()
{
    // A transaction that fails half-way leaves no table behind: the same mechanism the migrations use.
    TempDatabase t;
    {
        Transaction tx(t.db());
        QVERIFY(tx.begin());
        QVERIFY(t.db().exec(u"CREATE TABLE half_done (x INTEGER)"_s));
        QVERIFY(!t.db().exec(u"CREATE TABLE half_done (x INTEGER)"_s).ok());
    } // rolled back by the destructor
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"_s), u"0"_s);
    // Every step up to the program's schema is known; the next one is not, and a database that
    // would need it is refused by the migration rather than skipped.
    for (int step = 1; step <= Database::SchemaVersion; ++step)
        QVERIFY2(migrationStatements(step) && !migrationStatements(step)->isEmpty(), qPrintable(QString::number(step)));
    QVERIFY(!migrationStatements(Database::SchemaVersion + 1));
}

void TestDatabase::migratesAnOlderDatabaseKeepingItsData()
{
    // A database as Guichet with schema 1 left it, with a patient in it: an upgrade migrates it in place.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA application_id = 1196771651"_s));
        QVERIFY(q.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s));
        const QStringList first = migrationStatements(1).value();
        for (const QString &statement : first)
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"INSERT INTO meta VALUES ('schema_version', '1')"_s));
        QVERIFY(
            q.exec(u"INSERT INTO patients(id, birth_name, first_names, birth_date, sex, created_at, updated_at, "
                   "search_text) VALUES ('p1', 'Dupont', 'Marie', '1985-07-30', 'female', 0, 0, 'dupont marie')"_s));
        // Phones indexed in both forms then; a date starting with 0.
        QVERIFY(q.exec(u"INSERT INTO patients(id, birth_name, first_names, birth_date, sex, mobile_phone, other_phone, "
                       "created_at, updated_at, search_text) VALUES ('p2', 'Janssens', 'Luc', '2009-04-05', 'male', "
                       "'+32470123456', '+33612345678', 0, 0, "
                       "'janssens luc 05042009 32470123456 0470123456 33612345678 0612345678')"_s));
        QVERIFY(q.exec(u"INSERT INTO patients(id, birth_name, first_names, birth_date, sex, other_phone, created_at, "
                       "updated_at, search_text) VALUES ('p3', 'Peeters', 'Jan', '2001-01-01', 'male', '+3225551234', "
                       "0, 0, 'peeters jan 01012001 3225551234 025551234')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    Database &db = **opened;
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(scalar(db, u"SELECT birth_name FROM patients WHERE id = 'p1'"_s), u"Dupont"_s);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'booking_blocks'"_s), u"1"_s);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM pragma_table_info('appointments') WHERE name = 'noshow_erased'"_s),
             u"1"_s);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM pragma_table_info('appointments') WHERE name = 'patient_names'"_s),
             u"1"_s);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'appointments_agenda'"_s), u"1"_s);
    // Schema 8: phones indexed once, in international form, and still found as typed.
    QCOMPARE(scalar(db, u"SELECT search_text FROM patients WHERE id = 'p1'"_s), u"dupont marie"_s);
    QCOMPARE(scalar(db, u"SELECT search_text FROM patients WHERE id = 'p2'"_s),
             u"janssens luc 05042009 32470123456 33612345678"_s);
    QCOMPARE(scalar(db, u"SELECT search_text FROM patients WHERE id = 'p3'"_s), u"peeters jan 01012001 3225551234"_s);
    PatientRepository patients(db);
    for (const QString &typed : {u"0470 12"_s, u"06 12 34"_s, u"+33 6 12"_s, u"0032 470"_s, u"0504"_s}) {
        const QList<Patient> found = patients.search(typed);
        QVERIFY2(found.size() == 1 && found.first().id == u"p2"_s, qPrintable(typed));
    }
    QCOMPARE(patients.search(u"02 555"_s).size(), 1);
    QVERIFY(db.integrityProblems().isEmpty());
}

void TestDatabase::timeOrderedIds()
{
    // Ids made in bulk: valid version-7 UUIDs, the milliseconds first, ordered as made.
    const qint64 ms = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
    const UuidSequence ids(ms);
    QString previous;
    for (const quint64 sequence :
         {0ULL, 1ULL, 2ULL, 4194303ULL, 4194304ULL, 268435455ULL, 268435456ULL, 1000000ULL * 1000ULL}) {
        const QString id = ids.at(sequence);
        QVERIFY2(isUuid(id), qPrintable(id));
        QCOMPARE(id, id.toLower());
        QCOMPARE(id.at(14), u'7'); // the version (Qt 6.4 names versions up to 5 only)
        QCOMPARE(QUuid::fromString(id).variant(), QUuid::DCE);
        QCOMPARE(QString(id.left(8) + id.mid(9, 4)), u"%1"_s.arg(ms, 12, 16, QChar(u'0')));
        QVERIFY2(previous < id, qPrintable(previous + u" then "_s + id));
        previous = id;
    }
    // Another run in the same millisecond makes other ids.
    QVERIFY(UuidSequence(ms).at(0) != ids.at(0) || UuidSequence(ms).at(0) != ids.at(0));
}

void TestDatabase::pairsInsertedInOneStatement()
{
    TempDatabase t;
    QVERIFY(t.db().exec(u"CREATE TABLE pairs (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b)) "
                        "WITHOUT ROWID"_s));
    std::vector<std::pair<qint64, qint64>> pairs;
    for (qint64 i = 0; i < 5000; ++i)
        pairs.emplace_back(i * 7919 % 10007 - 5000, i);
    QCOMPARE(FastRows::insertPairs(t.db(), u"pairs"_s, u"a"_s, u"b"_s, pairs), QString());
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM pairs"_s), u"5000"_s);
    QCOMPARE(scalar(t.db(), u"SELECT b FROM pairs WHERE a = ?"_s.replace(u"?"_s, QString::number(pairs[42].first))),
             u"42"_s);
    QCOMPARE(FastRows::insertPairs(t.db(), u"pairs"_s, u"a"_s, u"b"_s, {}), QString());
    // A pair already there: SQLite's error, nothing of the statement kept.
    const QString error = FastRows::insertPairs(t.db(), u"pairs"_s, u"a"_s, u"b"_s, {{1000000, 1}, pairs[7]});
    QVERIFY(error.contains(u"UNIQUE"_s));
    QCOMPARE(scalar(t.db(), u"SELECT count(*) FROM pairs"_s), u"5000"_s);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
