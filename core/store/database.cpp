#include "core/store/database.h"

#include "core/base/ownerfiles.h"
#include "core/base/uuid.h"
#include "core/domain/matching.h"
#include "core/store/backup.h"
#include "core/store/fastrows.h"
#include "core/store/migrations.h"
#include "core/store/patientrepository.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "guichet.store", QtInfoMsg)

namespace guichet {

namespace {

// QFile's permission bits as the octal mode `ls -l` and `chmod` speak.
int unixMode(QFileDevice::Permissions p)
{
    const int bits = int(p);
    return ((bits >> 12) & 7) << 6 | ((bits >> 4) & 7) << 3 | (bits & 7);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"guichet-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Error sqlError(const QString &what, const QString &error)
{
    qCWarning(lcStore) << what << error;
    // Another connection held the write lock longer than the 5 s waited (an import, another
    // desk's long change): said in words, never as SQLite's "database is locked".
    if (error.contains(u"database is locked"_s) || error.contains(u"database table is locked"_s))
        return Error::io(Database::tr("Guichet is waiting for the end of a large change (an import, or another "
                                      "desk's): nothing was written. Try again in a moment."),
                         u"db.busy"_s);
    return Error::io(Database::tr("The database could not be written or read (%1).").arg(error));
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return sqlError(what, error.text());
}

} // namespace

// The prepared statements kept for the connection's life (bounded: statements built from
// varying column lists are dropped when too many).
struct Database::Statements
{
    static constexpr qsizetype Limit = 256;
    std::unordered_map<QString, std::unique_ptr<FastRows>> writes; // and BEGIN, COMMIT, savepoints
    struct Select
    {
        std::unique_ptr<FastRows> rows;
        bool leased = false;
    };
    std::unordered_map<QString, Select> selects;
};

Lookup::Lookup(FastRows *rows, bool *leased, std::unique_ptr<FastRows> owned, bool firstRow)
    : m_rows(rows)
    , m_first(firstRow ? 1 : 0)
    , m_leased(leased)
    , m_owned(std::move(owned))
{}

Lookup::Lookup(Lookup &&other) noexcept
    : m_rows(std::exchange(other.m_rows, nullptr))
    , m_first(other.m_first)
    , m_leased(std::exchange(other.m_leased, nullptr))
    , m_owned(std::move(other.m_owned))
{}

Lookup::~Lookup()
{
    if (!m_rows)
        return;
    m_rows->reset();
    if (m_leased)
        *m_leased = false;
}

bool Lookup::next()
{
    if (m_first >= 0)
        return std::exchange(m_first, -1) == 1;
    return m_rows->next();
}

QVariant Lookup::value(int column) const
{
    return m_rows->value(column);
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_statements(std::make_unique<Statements>())
{}

Database::~Database()
{
    m_statements.reset();
    m_connection = QSqlDatabase();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    if (!m_connection.isValid())
        m_connection = QSqlDatabase::database(m_connectionName, false);
    return m_connection;
}

Result<void> Database::checkLooksLikeGuichetFile(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return {};
    if (info.isDir())
        return Error::invalid(tr("\"%1\" is a folder, not a database file.").arg(path), u"db.not-a-file"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("The database file \"%1\" cannot be read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error::invalid(
            tr("\"%1\" is not a Guichet database (it is not an SQLite file). It was left untouched.").arg(path),
            u"db.not-sqlite"_s);
    // Offset 68: application id, big-endian. 0 means a fresh or foreign SQLite file.
    const quint32 appId = (quint32(quint8(header[68])) << 24) | (quint32(quint8(header[69])) << 16)
        | (quint32(quint8(header[70])) << 8) | quint32(quint8(header[71]));
    if (appId != 0 && appId != quint32(ApplicationId))
        return Error::invalid(
            tr("\"%1\" is an SQLite database of another program, not of Guichet. It was left untouched.").arg(path),
            u"db.foreign"_s);
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    if (path.isEmpty())
        return Error::invalid(tr("No database file was given."), u"db.path"_s);
    // A restore cut during its swap is finished before anything opens (or creates) the file.
    if (auto finished = Backup::finishInterruptedRestore(path); !finished)
        return finished.error();
    if (auto looks = checkLooksLikeGuichetFile(path); !looks)
        return looks.error();

    if (!QFileInfo::exists(path)) {
        // Created owner-only before SQLite opens it: SQLite gives its WAL and shared-memory files
        // the database file's permissions.
        QFile created(path);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error::io(tr("The database \"%1\" cannot be created: %2").arg(path, created.errorString()));
        created.close();
        if (auto restricted = restrictToOwner(path); !restricted)
            return restricted.error();
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return Error::io(tr("The database \"%1\" cannot be opened: %2").arg(path, db.lastError().text()));
    }
    FastRows::waitWhenBusy(*database, 5000);
    if (auto configured = database->configure(); !configured)
        return configured.error();
    if (auto migrated = database->migrate(); !migrated)
        return migrated.error();
    // The database's own identity: a backup names it, a restore refuses another's.
    if (database->setting(u"database.id"_s).isEmpty())
        if (auto named = database->setSetting(u"database.id"_s, newUuid()); !named)
            return named.error();
    return database;
}

Result<void> Database::configure()
{
    // Read before writing anything: a foreign or newer file must stay byte-for-byte untouched.
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        return Error::invalid(tr("\"%1\" is not a readable Guichet database: %2. It was left untouched.")
                                  .arg(m_path, q.lastError().text()),
                              u"db.unreadable"_s);
    }
    q.next();
    const int objects = q.value(0).toInt();
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return sqlError(u"application_id"_s, q.lastError());
    const int appId = q.value(0).toInt();
    if (objects > 0 && appId != ApplicationId)
        return Error::invalid(
            tr("\"%1\" is an SQLite database of another program, not of Guichet. It was left untouched.").arg(m_path),
            u"db.foreign"_s);
    const int version = schemaVersion();
    if (version > SchemaVersion)
        return Error::refused(tr("This database was written by a newer version of Guichet (schema %1; this version "
                                 "knows up to %2). Install the newer Guichet; the database was left untouched.")
                                  .arg(version)
                                  .arg(SchemaVersion),
                              u"db.newer"_s);

    // A larger page cache and memory-mapped reads: the agenda and the search read scattered pages.
    for (const auto &pragma :
         {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s,
          // What is deleted or overwritten is zeroed, not left readable in free pages.
          u"PRAGMA secure_delete=ON"_s, u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA cache_size=-16384"_s,
          u"PRAGMA mmap_size=67108864"_s}) {
        if (!q.exec(pragma))
            return sqlError(pragma, q.lastError());
    }
    return {};
}

Result<void> Database::refreshIdentityKeys()
{
    // The duplicate finder's keys are computed in C++: written again, in one transaction,
    // when they were made by another version of the rules (or never).
    // So are they when an import was cut short before writing its keys (its lease, renewed with
    // each chunk, has run out; one still running writes them itself).
    if (auto finished = PatientRepository::finishInterruptedImport(*this); !finished)
        return finished;
    const QString current = QString::number(IdentityRecord::KeysVersion);
    {
        QSqlQuery q(connection());
        bool importCutShort = false;
        if (q.exec(u"SELECT value FROM meta WHERE key = 'identity_keys_pending'"_s) && q.next())
            importCutShort =
                QDateTime::fromString(q.value(0).toString(), Qt::ISODate) < QDateTime::currentDateTimeUtc();
        if (!importCutShort && q.exec(u"SELECT value FROM meta WHERE key = 'identity_keys_version'"_s) && q.next()
            && q.value(0).toString() == current)
            return {};
    }
    Transaction tx(*this);
    if (auto begun = tx.begin(); !begun)
        return begun;
    if (auto built = PatientRepository(*this).rebuildKeys(); !built)
        return built;
    if (auto r = exec(u"DELETE FROM meta WHERE key = 'identity_keys_pending'"_s); !r)
        return r.error();
    if (auto saved = exec(u"INSERT INTO meta(key, value) VALUES ('identity_keys_version', ?) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                          {current});
        !saved)
        return saved.error();
    return tx.commit();
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<void> Database::migrate()
{
    const int from = schemaVersion();
    if (from == SchemaVersion)
        return refreshIdentityKeys();
    Transaction tx(*this);
    if (auto begun = tx.begin(); !begun)
        return begun;
    QSqlQuery q(connection());
    if (from == 0) {
        // PRAGMA takes no bound value; the literal is checked against the constant at compile time.
        static_assert(ApplicationId == 1196771651);
        if (!q.exec(u"PRAGMA application_id = 1196771651"_s))
            return sqlError(u"application_id"_s, q.lastError());
        if (!q.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s))
            return sqlError(u"meta"_s, q.lastError());
    }
    for (int step = from + 1; step <= SchemaVersion; ++step) {
        const auto statements = migrationStatements(step);
        if (!statements)
            return Error{
                ErrorCode::Internal,
                tr("This Guichet does not know how to bring the database to schema %1; nothing was changed.").arg(step),
                u"db.migration"_s};
        for (const QString &statement : *statements) {
            if (!q.exec(statement))
                return sqlError(u"migration %1"_s.arg(step), q.lastError());
        }
        qCDebug(lcStore) << "migrated" << m_path << "to schema" << step;
    }

    q.prepare(u"INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(QString::number(SchemaVersion));
    if (!q.exec())
        return sqlError(u"schema_version"_s, q.lastError());
    if (auto committed = tx.commit(); !committed)
        return committed;
    return refreshIdentityKeys();
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        return QVariant(QString(u""_s));
    return value;
}

namespace {

// INSERT, UPDATE or DELETE returning no rows: nothing is read from it after the next statement.
bool isWrite(const QString &sql)
{
    const QStringView head = QStringView(sql).left(7);
    return (head.startsWith(u"INSERT "_s, Qt::CaseInsensitive) || head.startsWith(u"UPDATE "_s, Qt::CaseInsensitive)
            || head.startsWith(u"DELETE "_s, Qt::CaseInsensitive))
        && !sql.contains(u"RETURNING"_s, Qt::CaseInsensitive);
}

void bindAll(FastRows &statement, const QVariantList &values)
{
    statement.reset();
    for (qsizetype i = 0; i < values.size(); ++i)
        statement.bind(int(i), bindable(values.at(i)));
}

} // namespace

Result<void> Database::runKept(const QString &sql, const QVariantList &values) const
{
    auto found = m_statements->writes.find(sql);
    if (found == m_statements->writes.end()) {
        auto prepared = std::make_unique<FastRows>(*this, sql);
        if (!prepared->error().isEmpty())
            return sqlError(sql, prepared->error());
        if (m_statements->writes.size() >= size_t(Statements::Limit))
            m_statements->writes.clear();
        found = m_statements->writes.emplace(sql, std::move(prepared)).first;
    }
    FastRows &statement = *found->second;
    bindAll(statement, values);
    const bool ok = statement.exec();
    m_changes = statement.changes();
    m_lastRowid = statement.lastInsertRowid();
    const QString error = ok ? QString() : statement.error();
    statement.reset(); // nothing kept running between two uses
    if (!ok)
        return sqlError(sql, error);
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    if (isWrite(sql)) {
        if (auto ok = runKept(sql, values); !ok)
            return ok.error();
        return QSqlQuery(connection()); // holds no result: changes() and lastInsertRowid() say what was written
    }
    QSqlQuery q(connection());
    q.setForwardOnly(true); // rows are read once, in order: no client-side cache of the result
    if (!q.prepare(sql))
        return sqlError(sql, q.lastError());
    for (const QVariant &value : values)
        q.addBindValue(bindable(value));
    if (!q.exec())
        return sqlError(sql, q.lastError());
    return q;
}

Result<Lookup> Database::lookup(const QString &sql, const QVariantList &values) const
{
    auto prepare = [&]() -> Result<std::unique_ptr<FastRows>> {
        auto rows = std::make_unique<FastRows>(*this, sql);
        if (!rows->error().isEmpty())
            return sqlError(sql, rows->error());
        return rows;
    };
    // Bound and stepped once here, so that a failed read is an error, never "no rows".
    auto run = [&](FastRows &rows) -> Result<bool> {
        bindAll(rows, values);
        const bool row = rows.next();
        if (!row && !rows.error().isEmpty()) {
            const QString error = rows.error();
            rows.reset();
            return sqlError(sql, error);
        }
        return row;
    };
    auto found = m_statements->selects.find(sql);
    if (found != m_statements->selects.end() && found->second.leased) {
        // In use further up the stack: a statement of its own.
        auto own = prepare();
        if (!own)
            return own.error();
        auto row = run(**own);
        if (!row)
            return row.error();
        FastRows *raw = own->get();
        return Lookup(raw, nullptr, std::move(own).value(), *row);
    }
    if (found == m_statements->selects.end()) {
        auto prepared = prepare();
        if (!prepared)
            return prepared.error();
        if (m_statements->selects.size() >= size_t(Statements::Limit))
            std::erase_if(m_statements->selects, [](const auto &entry) { return !entry.second.leased; });
        found = m_statements->selects.emplace(sql, Statements::Select{std::move(prepared).value(), false}).first;
    }
    Statements::Select &entry = found->second;
    auto row = run(*entry.rows);
    if (!row)
        return row.error();
    entry.leased = true;
    return Lookup(entry.rows.get(), &entry.leased, nullptr, *row);
}

Result<void> Database::control(const QString &sql) const
{
    return runKept(sql);
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA integrity_check"_s)) {
        problems << q.lastError().text();
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok"_s)
            problems << line;
    }
    if (q.exec(u"PRAGMA foreign_key_check"_s)) {
        while (q.next())
            problems << tr("Row %1 of table %2 points to a missing row of %3.")
                            .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    if (q.exec(u"INSERT INTO patient_search(patient_search, rank) VALUES ('integrity-check', 1)"_s) == false)
        problems << tr("The patient search index does not match the patients: %1").arg(q.lastError().text());
    if (schemaVersion() != SchemaVersion)
        problems << tr("The schema version is %1 instead of %2.").arg(schemaVersion()).arg(SchemaVersion);
    return problems;
}

QStringList Database::permissionProblems() const
{
    QStringList problems;
    for (const QString &file : QStringList{m_path, m_path + u"-wal"_s, m_path + u"-shm"_s}) {
        if (othersMayAccess(file))
            problems << tr("\"%1\" can be read by other accounts of this computer (mode %2); it should be 0600 "
                           "(chmod 600).")
                            .arg(file)
                            .arg(QString::number(unixMode(QFileInfo(file).permissions()), 8));
    }
    return problems;
}

Result<void> Database::restrictToOwner(const QString &path)
{
    const QFileInfo info(path);
    const QFileDevice::Permissions owner = info.isDir()
        ? QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        : QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QFile::setPermissions(path, owner))
        return Error::io(tr("The permissions of \"%1\" could not be restricted to its owner.").arg(path),
                         u"file.permissions"_s);
    return {};
}

bool Database::isForTests() const
{
    return setting(u"database.purpose"_s) == u"test"_s;
}

bool Database::acceptsFixedClock() const
{
    return isForTests() || !setting(u"demo.seed"_s).isEmpty();
}

Result<void> Database::markForTests() const
{
    return setSetting(u"database.purpose"_s, u"test"_s);
}

Result<void> Database::backupTo(const QString &file) const
{
    return Backup::write(*this, file);
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    auto q = lookup(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (q && q->next())
        return q->value(0).toString();
    return fallback;
}

Result<void> Database::setSetting(const QString &key, const QString &value) const
{
    auto r = exec(u"INSERT INTO settings(key, value) VALUES (?, ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                  {key, value});
    if (!r)
        return r.error();
    return {};
}

Transaction::Transaction(const Database &db)
    : m_db(db)
{}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::begin()
{
    m_depth = m_db.m_transactionDepth + 1;
    // Savepoints share one name: SQLite releases and rolls back to the innermost of that name,
    // which is this transaction's, as they are unwound in order.
    const QString sql = m_depth == 1 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT nested"_s;
    if (auto ok = m_db.control(sql); !ok)
        return ok;
    m_db.m_transactionDepth = m_depth;
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    const QString sql = m_depth == 1 ? u"COMMIT"_s : u"RELEASE nested"_s;
    if (auto ok = m_db.control(sql); !ok) {
        rollback();
        return ok;
    }
    m_active = false;
    m_db.m_transactionDepth = m_depth - 1;
    return {};
}

void Transaction::rollback()
{
    if (m_depth == 1) {
        (void)m_db.control(u"ROLLBACK"_s);
    } else {
        (void)m_db.control(u"ROLLBACK TO nested"_s);
        (void)m_db.control(u"RELEASE nested"_s);
    }
    m_active = false;
    m_db.m_transactionDepth = m_depth - 1;
}

} // namespace guichet
