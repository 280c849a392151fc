#include "fastrows.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

#if GUICHET_DIRECT_SQLITE
#include <sqlite3.h>
#endif

namespace guichet {

#if GUICHET_DIRECT_SQLITE

struct FastRows::Impl
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    QString error;
};

FastRows::FastRows(const Database &db, const QString &sql)
    : d(std::make_unique<Impl>())
{
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !(d->db = *static_cast<sqlite3 *const *>(handle.constData()))) {
        d->error = QStringLiteral("no SQLite handle");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(d->db, text.constData(), int(text.size()), &d->stmt, nullptr) != SQLITE_OK) {
        d->error = QString::fromUtf8(sqlite3_errmsg(d->db));
        d->stmt = nullptr;
    }
}

FastRows::~FastRows()
{
    if (d->stmt)
        sqlite3_finalize(d->stmt);
}

bool FastRows::isDirect()
{
    return true;
}

void FastRows::bind(int index, qint64 value)
{
    if (d->stmt)
        sqlite3_bind_int64(d->stmt, index + 1, value);
}

void FastRows::bind(int index, const QString &value)
{
    if (!d->stmt)
        return;
    // SQLite copies the text (SQLITE_TRANSIENT): nothing is kept here, row after row.
    const QByteArray text = value.toUtf8();
    sqlite3_bind_text(d->stmt, index + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void FastRows::bindView(int index, const QString &value)
{
    if (!d->stmt)
        return;
    // SQLite turns the UTF-16 into the database's UTF-8 itself, once, while the row is written.
    sqlite3_bind_text16(d->stmt, index + 1, value.utf16(), int(value.size() * 2), SQLITE_STATIC);
}

void FastRows::bindUtf8View(int index, QByteArrayView utf8)
{
    if (d->stmt)
        sqlite3_bind_text(d->stmt, index + 1, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void FastRows::bindNull(int index)
{
    if (d->stmt)
        sqlite3_bind_null(d->stmt, index + 1);
}

qint64 FastRows::lastInsertRowid() const
{
    return d->db ? sqlite3_last_insert_rowid(d->db) : 0;
}

bool FastRows::exec()
{
    if (!d->stmt)
        return false;
    const int rc = sqlite3_step(d->stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    d->error = QString::fromUtf8(sqlite3_errmsg(d->db));
    return false;
}

void FastRows::reset()
{
    if (!d->stmt)
        return;
    sqlite3_reset(d->stmt);
    sqlite3_clear_bindings(d->stmt);
}

bool FastRows::next()
{
    if (!d->stmt)
        return false;
    const int rc = sqlite3_step(d->stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        d->error = QString::fromUtf8(sqlite3_errmsg(d->db));
    return false;
}

QString FastRows::error() const
{
    return d->error;
}

qint64 FastRows::int64(int column) const
{
    return sqlite3_column_int64(d->stmt, column);
}

QByteArrayView FastRows::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(d->stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(d->stmt, column)) : QByteArrayView();
}

#else

struct FastRows::Impl
{
    QSqlQuery query;
    bool prepared = false;
    bool executed = false;
    QString error;
    mutable std::vector<QByteArray> columns; // UTF-8 copies handed out by utf8()
};

FastRows::FastRows(const Database &db, const QString &sql)
    : d(std::make_unique<Impl>())
{
    d->query = db.query();
    d->query.setForwardOnly(true);
    d->prepared = d->query.prepare(sql);
    if (!d->prepared)
        d->error = d->query.lastError().text();
}

FastRows::~FastRows() = default;

bool FastRows::isDirect()
{
    return false;
}

void FastRows::bind(int index, qint64 value)
{
    d->query.bindValue(index, value);
}

void FastRows::bind(int index, const QString &value)
{
    d->query.bindValue(index, value);
}

void FastRows::bindView(int index, const QString &value)
{
    d->query.bindValue(index, value);
}

void FastRows::bindUtf8View(int index, QByteArrayView utf8)
{
    d->query.bindValue(index, QString::fromUtf8(utf8));
}

void FastRows::bindNull(int index)
{
    d->query.bindValue(index, QVariant());
}

qint64 FastRows::lastInsertRowid() const
{
    return d->query.lastInsertId().toLongLong();
}

bool FastRows::exec()
{
    if (!d->prepared)
        return false;
    if (!d->query.exec()) {
        d->error = d->query.lastError().text();
        return false;
    }
    return true;
}

void FastRows::reset()
{
    d->executed = false;
    d->columns.clear();
}

bool FastRows::next()
{
    if (!d->prepared)
        return false;
    if (!d->executed) {
        d->executed = true;
        if (!d->query.exec()) {
            d->error = d->query.lastError().text();
            return false;
        }
    }
    d->columns.clear();
    return d->query.next();
}

QString FastRows::error() const
{
    return d->error;
}

qint64 FastRows::int64(int column) const
{
    return d->query.value(column).toLongLong();
}

QByteArrayView FastRows::utf8(int column) const
{
    d->columns.push_back(d->query.value(column).toString().toUtf8());
    return d->columns.back();
}

#endif

QString FastRows::string(int column) const
{
    return QString::fromUtf8(utf8(column));
}

} // namespace guichet
