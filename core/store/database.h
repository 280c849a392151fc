#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <memory>

namespace guichet {

class Database;

class FastRows;

// A prepared SELECT kept by its Database for the connection's life and leased for one use:
// the hot lookups (a row by its id, a sync link) parse no SQL again, and read their values
// from SQLite without Qt's per-column records. Read it like a forward-only QSqlQuery; on
// destruction the statement is reset (no read snapshot kept open) and returned.
class Lookup final
{
public:
    Lookup(Lookup &&other) noexcept;
    Lookup &operator=(Lookup &&) = delete;
    Lookup(const Lookup &) = delete;
    ~Lookup();

    bool next();
    QVariant value(int column) const;

private:
    friend class Database;
    Lookup(FastRows *rows, bool *leased, std::unique_ptr<FastRows> owned, bool firstRow);
    FastRows *m_rows;
    int m_first; // the first step, taken by Database::lookup to report its error: 1 a row, 0 none, -1 taken
    bool *m_leased; // the cache entry's flag, or null for a statement of its own
    std::unique_ptr<FastRows> m_owned;
};

// One SQLite file per installation (DESIGN.md: Storage). Owns one Qt Sql
// connection; use it from the thread that opened it.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr int SchemaVersion = 14;
    static constexpr int ApplicationId = 0x47554943; // "GUIC"

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when absent) and migrates. A file that is not a Guichet
    // database, or one written by a newer Guichet, is refused and left untouched.
    static Result<std::unique_ptr<Database>> open(const QString &path);

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    QSqlQuery query() const { return QSqlQuery(connection()); }
    int schemaVersion() const;

    // Prepares `sql`, binds `values` positionally and runs it. INSERT, UPDATE and DELETE
    // statements are prepared once, kept, and run through FastRows (on SQLite directly where
    // Qt's driver shares its library): what they changed is read with changes() and
    // lastInsertRowid(), not from the query returned (which holds no result).
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    qint64 changes() const { return m_changes; } // rows the last INSERT, UPDATE or DELETE touched
    qint64 lastInsertRowid() const { return m_lastRowid; }
    // Runs a SELECT on a statement prepared once and kept (see Lookup): for the lookups run
    // thousands of times (a sync applying pages of resources).
    Result<Lookup> lookup(const QString &sql, const QVariantList &values = {}) const;

    // Empty when sound; otherwise one line per problem found.
    QStringList integrityProblems() const;
    // Files of this database (the file, its WAL and shared memory) that other local accounts may
    // read or write: one line each (DESIGN.md: the files are protected by the system account).
    QStringList permissionProblems() const;
    // Makes `path` readable and writable by its owner only (0600), or a folder 0700.
    static Result<void> restrictToOwner(const QString &path);

    // A demo clinic or a database created for tests (`init --test`), marked so for good: the only
    // ones on which the rules' clock may be fixed (--now). Audit times never follow it.
    bool acceptsFixedClock() const;
    bool isForTests() const;
    Result<void> markForTests() const;

    // An online, consistent copy (VACUUM INTO); refuses to overwrite an existing file.
    Result<void> backupTo(const QString &file) const;

    // Practice-wide settings (non-secret), stored in the database so every desk shares them.
    QString setting(const QString &key, const QString &fallback = {}) const;
    Result<void> setSetting(const QString &key, const QString &value) const;

    static Result<void> checkLooksLikeGuichetFile(const QString &path);

private:
    explicit Database(QString path, QString connectionName);
    Result<void> configure();
    Result<void> migrate();
    Result<void> refreshIdentityKeys();

    struct Statements;

    QString m_path;
    QString m_connectionName;
    mutable QSqlDatabase m_connection; // looked up once: QSqlDatabase::database() takes a global lock
    std::unique_ptr<Statements> m_statements;
    mutable int m_transactionDepth = 0;
    mutable qint64 m_changes = 0;
    mutable qint64 m_lastRowid = 0;
    Result<void> runKept(const QString &sql, const QVariantList &values = {}) const;
    Result<void> control(const QString &sql) const; // BEGIN, COMMIT, savepoints: kept prepared // Transactions open on
                                                    // this connection (nested ones are savepoints)
    friend class Transaction;
};

// Qt binds a null QString as SQL NULL; Guichet's text columns hold '' for "nothing".
// A deliberate NULL is passed as a null QVariant.
QVariant bindable(const QVariant &value);

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted. Inside another
// transaction of the same connection it is a savepoint: its rollback undoes only its own work.
class Transaction final
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    const Database &m_db;
    bool m_active = false;
    int m_depth = 0;
};

} // namespace guichet
