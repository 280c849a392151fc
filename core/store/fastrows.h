#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <memory>
#include <utility>
#include <vector>

namespace guichet {

class Database;

// Runs one statement many times, or reads the rows of one query, for the hot paths (a week of 6,000 appointments).
// Where Guichet and Qt's SQLite driver share the system SQLite library (Linux builds), it
// steps the statement on Qt's own connection handle and hands out UTF-8 views, skipping
// the QVariant and UTF-16 conversion of every value; elsewhere it goes through QSqlQuery.
// Values are bound positionally (0-based) before the first next().
class FastRows final
{
public:
    FastRows(const Database &db, const QString &sql);
    ~FastRows();
    FastRows(const FastRows &) = delete;
    FastRows &operator=(const FastRows &) = delete;

    static bool isDirect(); // true when the statement runs on SQLite without Qt in between
    // A connection refused by another's write lock tries again every millisecond for up to
    // `timeoutMs` (instead of SQLite's growing sleeps), so it gets in between an import's chunks.
    // False where the handle is not reachable (Qt's driver keeps its own timeout then).
    static bool waitWhenBusy(const Database &db, int timeoutMs);

    // Inserts (first, second) pairs into two integer columns of `table`, in the order given:
    // one INSERT ... SELECT over the pairs (a table-valued function on SQLite itself), not a
    // statement run per pair (three times faster for the duplicate finder's millions of keys).
    // Returns an empty string, or SQLite's error.
    static QString insertPairs(const Database &db, const QString &table, const QString &firstColumn,
                               const QString &secondColumn, const std::vector<std::pair<qint64, qint64>> &pairs);

    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    // Binds without a copy: `utf8` must stay alive and unchanged until exec() or next() returned.
    void bindUtf8View(int index, QByteArrayView utf8);
    void bindNull(int index);
    void bind(int index, double value);
    void bindBlob(int index, const QByteArray &value);
    // A value as Qt's SQLite driver binds it: null, integers, booleans, doubles, text, bytes;
    // any other type as its text.
    void bind(int index, const QVariant &value);
    qint64 changes() const; // rows the last exec() inserted, changed or deleted
    qint64 lastInsertRowid() const; // the rowid of the row the last exec() inserted
    bool next(); // false at the end or on error (see error())
    // Runs a statement that returns no row (an INSERT with the values bound); false on error.
    bool exec();
    void reset(); // ready to bind and run again
    QString error() const;

    qint64 int64(int column) const;
    QByteArrayView utf8(int column) const; // valid until the next call to next()
    QString string(int column) const;
    // As Qt's driver gives it: integers as qint64, text as QString, bytes, doubles; NULL as QVariant().
    QVariant value(int column) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace guichet
