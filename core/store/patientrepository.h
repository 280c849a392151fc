#pragma once

#include "core/base/result.h"
#include "core/domain/patient.h"

#include <QHash>
#include <QList>

#include <utility>
#include <vector>

namespace guichet {

class Database;

// Rows of `patients`. No rules here: services validate and journal.
class PatientRepository final
{
public:
    explicit PatientRepository(const Database &db)
        : m_db(db)
    {}

    // A record made ready to be written, on any thread: its column values (text as UTF-8)
    // and the duplicate finder's blocking keys. An import prepares rows while others are written.
    struct Row
    {
        struct Value
        {
            enum Kind : quint8 { Null, Integer, Text } kind = Null;
            qint32 size = 0; // of a text, in bytes
            qint64 number = 0; // an integer, or where a text starts in `text`
        };
        QString id;
        std::vector<Value> values; // one per column, in column order
        QByteArray text; // every text value, in UTF-8, one after the other
        std::vector<qint64> keys; // hashed, sorted, distinct
    };
    static Row prepare(const Patient &patient);

    Result<void> insert(const Patient &patient);
    // One prepared statement for many rows (imports, demo); call inside a transaction.
    Result<void> insertMany(const QList<Patient> &patients); // prepared on every core
    Result<void> insertMany(const std::vector<Row> &rows);
    // Around large insertMany calls, inside the same transaction: the search index is filled
    // once per call instead of row by row, the duplicate finder's keys and the secondary indexes
    // are written once, sorted, at the end (several times faster at a million).
    Result<void> suspendSearchIndex();
    Result<void> rebuildSearchIndex();
    // An import in many short transactions: the duplicate finder's keys of the rows insertMany
    // writes are kept aside, then written sorted by writeDeferredKeys, `count` at a time (each
    // call in its own transaction); true once all are written. Meanwhile the database says so
    // (markKeysPending, renewed each chunk), and a Guichet opening it after the import was cut
    // short rebuilds every key (Database::refreshIdentityKeys).
    void deferKeys();
    Result<bool> writeDeferredKeys(size_t count);
    static Result<void> markKeysPending(const Database &db);
    static constexpr int KeysPendingLeaseSecs = 120;
    // An import in short transactions fills the search index a chunk at a time (one statement,
    // not the per-row trigger: twice as fast): suspendSearchTrigger in the first chunk,
    // resumeSearchTrigger in the last. Meanwhile the database records it (a lease and the last
    // row indexed, renewed each chunk); a Guichet opening it after the import was cut short
    // indexes the rest and puts the trigger back (finishInterruptedImport).
    Result<void> suspendSearchTrigger();
    Result<void> resumeSearchTrigger();
    static Result<void> finishInterruptedImport(const Database &db);
    Result<void> update(const Patient &patient);
    // The duplicate finder's blocking keys are written with the record (insert, update). A row
    // rewritten directly (an unmerge restores it) has them moved from what `before` gave to what
    // `after` gives. Keys are found by recomputing them, never by patient (no index on it): the
    // rules' version (IdentityRecord::KeysVersion) changing rebuilds them all (rebuildKeys).
    Result<void> rekey(const Patient &before, const Patient &after);
    Result<void> rebuildKeys();
    static std::vector<qint64> identityKeys(const Patient &patient); // hashed, sorted, distinct
    static qint64 keyHash(const QString &key);
    Result<Patient> byId(const QString &id) const;
    // Guichet's id for what was given: the id itself, or the external identifier of an
    // imported record; unchanged when neither is known.
    QString resolveId(const QString &idOrExternal) const;
    // Every record's external id (the identifier in the system it was imported from), by id;
    // records without one are not listed.
    Result<QHash<QString, QString>> externalIds() const;
    QList<Patient> list(int limit, int offset = 0) const;
    QList<Patient> relativesOf(const QString &holderId) const;
    // First `limit` active patients whose names, birth date, phones or ids start with the words of `text`.
    QList<Patient> search(const QString &text, int limit = 50) const;
    qint64 count() const;

    // The text indexed for search: folded names, birth date, phone digits, ids.
    static QString searchText(const Patient &patient);
    // An FTS5 MATCH expression for what a secretary typed; empty when nothing searchable.
    static QString matchExpression(const QString &typed);

private:
    // SELECT every column FROM patients WHERE `condition` (ORDER BY, LIMIT may follow); an empty
    // list when the read fails.
    QList<Patient> selectWhere(const QString &condition, const QVariantList &values) const;
    qint64 rowidOf(const QString &id) const; // 0 when unknown
    Result<void> replaceKeys(qint64 rowid, const std::vector<qint64> &before, const std::vector<qint64> &after);
    Result<void> indexBulkRows();
    Result<void> writeSortedKeys(std::vector<std::pair<qint64, qint64>> &keys); // (key, rowid), emptied

    const Database &m_db;
    bool m_bulk = false; // between suspendSearchIndex and rebuildSearchIndex
    bool m_deferKeys = false; // between deferKeys and the last writeDeferredKeys
    bool m_searchSuspended = false; // between suspendSearchTrigger and resumeSearchTrigger
    Result<void> recordSuspended();
    size_t m_deferredWritten = 0;
    qint64 m_bulkIndexed = 0; // the last rowid in the search index during a bulk load
    std::vector<std::pair<qint64, qint64>> m_bulkKeys; // (key, rowid) of the rows loaded in bulk
    QStringList m_droppedIndexes; // their CREATE statements, run again after the load
};

} // namespace guichet
