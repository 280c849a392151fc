#pragma once

#include "domain/patient.h"
#include "result.h"

#include <QList>

namespace guichet {

class Database;

// Rows of `patients`. No rules here: services validate and journal.
class PatientRepository final
{
public:
    explicit PatientRepository(const Database &db) : m_db(db) { }

    Result<void> insert(const Patient &patient);
    // One prepared statement for many rows (imports, demo); call inside a transaction.
    Result<void> insertMany(const QList<Patient> &patients);
    // Around a large insertMany, inside the same transaction: the search index is
    // rebuilt once at the end instead of row by row (several times faster at a million).
    Result<void> suspendSearchIndex();
    Result<void> rebuildSearchIndex();
    Result<void> update(const Patient &patient);
    // The duplicate finder's blocking keys of a record (written with it), or of every record.
    Result<void> writeKeys(const Patient &patient);
    Result<void> rebuildKeys(qint64 afterRowid = 0); // of the records after that rowid (0: all)
    static qint64 keyHash(const QString &key);
    Result<Patient> byId(const QString &id) const;
    // Guichet's id for what was given: the id itself, or the external identifier of an
    // imported record; unchanged when neither is known.
    QString resolveId(const QString &idOrExternal) const;
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
    const Database &m_db;
    bool m_bulk = false; // between suspendSearchIndex and rebuildSearchIndex
    qint64 m_bulkAfter = 0; // the last rowid before the bulk load
    QStringList m_droppedIndexes; // their CREATE statements, run again after the load
};

} // namespace guichet
