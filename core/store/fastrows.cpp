#include "core/store/fastrows.h"

#include "core/store/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <chrono>
#include <cstdint>
#include <new>
#include <vector>

#if GUICHET_DIRECT_SQLITE
#include <sqlite3.h>
#endif

namespace guichet {

#if GUICHET_DIRECT_SQLITE

namespace {

// guichet_pairs(?): the rows of a std::vector<std::pair<qint64, qint64>> bound as a pointer.
using Pairs = std::vector<std::pair<qint64, qint64>>;
constexpr char kPairsType[] = "guichet_pairs";

struct PairsCursor
{
    sqlite3_vtab_cursor base; // first: SQLite casts between the two
    const Pairs *pairs = nullptr;
    size_t at = 0;
};

int pairsConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **vtab, char **)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(first INTEGER, second INTEGER, source HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    *vtab = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!*vtab)
        return SQLITE_NOMEM;
    **vtab = sqlite3_vtab{};
    return SQLITE_OK;
}

int pairsDisconnect(sqlite3_vtab *vtab)
{
    sqlite3_free(vtab);
    return SQLITE_OK;
}

int pairsBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    // Only usable with its source given: guichet_pairs(?).
    for (int i = 0; i < info->nConstraint; ++i) {
        if (info->aConstraint[i].iColumn == 2 && info->aConstraint[i].op == SQLITE_INDEX_CONSTRAINT_EQ) {
            if (!info->aConstraint[i].usable)
                return SQLITE_CONSTRAINT;
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1;
            return SQLITE_OK;
        }
    }
    return SQLITE_CONSTRAINT;
}

int pairsOpen(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    auto *c = new (std::nothrow) PairsCursor;
    if (!c)
        return SQLITE_NOMEM;
    c->base = sqlite3_vtab_cursor{};
    *cursor = &c->base;
    return SQLITE_OK;
}

int pairsClose(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<PairsCursor *>(cursor);
    return SQLITE_OK;
}

int pairsFilter(sqlite3_vtab_cursor *cursor, int, const char *, int argc, sqlite3_value **argv)
{
    auto *c = reinterpret_cast<PairsCursor *>(cursor);
    c->pairs = argc == 1 ? static_cast<const Pairs *>(sqlite3_value_pointer(argv[0], kPairsType)) : nullptr;
    c->at = 0;
    return SQLITE_OK;
}

int pairsNext(sqlite3_vtab_cursor *cursor)
{
    ++reinterpret_cast<PairsCursor *>(cursor)->at;
    return SQLITE_OK;
}

int pairsEof(sqlite3_vtab_cursor *cursor)
{
    const auto *c = reinterpret_cast<PairsCursor *>(cursor);
    return !c->pairs || c->at >= c->pairs->size();
}

int pairsColumn(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int column)
{
    const auto *c = reinterpret_cast<PairsCursor *>(cursor);
    const auto &[first, second] = (*c->pairs)[c->at];
    if (column == 0)
        sqlite3_result_int64(context, first);
    else if (column == 1)
        sqlite3_result_int64(context, second);
    else
        sqlite3_result_null(context);
    return SQLITE_OK;
}

int pairsRowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *rowid)
{
    *rowid = sqlite3_int64(reinterpret_cast<PairsCursor *>(cursor)->at);
    return SQLITE_OK;
}

const sqlite3_module *pairsModule()
{
    static const sqlite3_module module = [] {
        sqlite3_module m{}; // version 0, eponymous only (no xCreate), read-only
        m.xConnect = pairsConnect;
        m.xBestIndex = pairsBestIndex;
        m.xDisconnect = pairsDisconnect;
        m.xOpen = pairsOpen;
        m.xClose = pairsClose;
        m.xFilter = pairsFilter;
        m.xNext = pairsNext;
        m.xEof = pairsEof;
        m.xColumn = pairsColumn;
        m.xRowid = pairsRowid;
        return m;
    }();
    return &module;
}

} // namespace

QString FastRows::insertPairs(const Database &db, const QString &table, const QString &firstColumn,
                              const QString &secondColumn, const std::vector<std::pair<qint64, qint64>> &pairs)
{
    if (pairs.empty())
        return {};
    const QVariant handle = db.connection().driver()->handle();
    sqlite3 *sqlite = nullptr;
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !(sqlite = *static_cast<sqlite3 *const *>(handle.constData())))
        return QStringLiteral("no SQLite handle");
    if (sqlite3_create_module_v2(sqlite, kPairsType, pairsModule(), nullptr, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(sqlite));
    const QByteArray sql = QStringLiteral("INSERT INTO %1(%2, %3) SELECT first, second FROM guichet_pairs(?)")
                               .arg(table, firstColumn, secondColumn)
                               .toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(sqlite, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(sqlite));
    sqlite3_bind_pointer(stmt, 1, const_cast<Pairs *>(&pairs), kPairsType, nullptr);
    const int rc = sqlite3_step(stmt);
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(sqlite));
    sqlite3_finalize(stmt);
    return error;
}

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

qint64 FastRows::changes() const
{
    return d->db ? sqlite3_changes64(d->db) : 0;
}

void FastRows::bind(int index, double value)
{
    if (d->stmt)
        sqlite3_bind_double(d->stmt, index + 1, value);
}

void FastRows::bindBlob(int index, const QByteArray &value)
{
    if (d->stmt)
        sqlite3_bind_blob64(d->stmt, index + 1, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
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
    d->error.clear();
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

QVariant FastRows::value(int column) const
{
    switch (sqlite3_column_type(d->stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(d->stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(d->stmt, column));
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(d->stmt, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(d->stmt, column)));
    }
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(string(column));
    }
}

QByteArrayView FastRows::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(d->stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(d->stmt, column)) : QByteArrayView();
}

namespace {

// SQLite's own busy timeout sleeps longer and longer between tries (up to 100 ms): a writer
// that commits often (an import in chunks) takes the lock again before a desk waiting that
// long tries. This one tries every millisecond until `timeoutMs` have passed since the wait
// began (SQLite calls it with count 0 on the first refusal of each wait).
int busyWait(void *timeoutMs, int count)
{
    thread_local std::chrono::steady_clock::time_point started;
    const auto now = std::chrono::steady_clock::now();
    if (count == 0)
        started = now;
    if (now - started >= std::chrono::milliseconds(reinterpret_cast<std::intptr_t>(timeoutMs)))
        return 0;
    sqlite3_sleep(1);
    return 1;
}

} // namespace

bool FastRows::waitWhenBusy(const Database &db, int timeoutMs)
{
    const QVariant handle = db.connection().driver()->handle();
    sqlite3 *sqlite = nullptr;
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !(sqlite = *static_cast<sqlite3 *const *>(handle.constData())))
        return false;
    return sqlite3_busy_handler(sqlite, &busyWait, reinterpret_cast<void *>(std::intptr_t(timeoutMs))) == SQLITE_OK;
}

#else

bool FastRows::waitWhenBusy(const Database &, int)
{
    return false; // Qt's driver keeps its own busy timeout
}

QString FastRows::insertPairs(const Database &db, const QString &table, const QString &firstColumn,
                              const QString &secondColumn, const std::vector<std::pair<qint64, qint64>> &pairs)
{
    FastRows insert(db, QStringLiteral("INSERT INTO %1(%2, %3) VALUES (?, ?)").arg(table, firstColumn, secondColumn));
    for (const auto &[first, second] : pairs) {
        insert.reset();
        insert.bind(0, first);
        insert.bind(1, second);
        if (!insert.exec())
            return insert.error();
    }
    return {};
}

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

qint64 FastRows::changes() const
{
    return d->query.numRowsAffected();
}

void FastRows::bind(int index, double value)
{
    d->query.bindValue(index, value);
}

void FastRows::bindBlob(int index, const QByteArray &value)
{
    d->query.bindValue(index, value);
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
    if (d->prepared)
        d->error.clear();
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

QVariant FastRows::value(int column) const
{
    return d->query.value(column);
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

void FastRows::bind(int index, const QVariant &value)
{
    if (value.isNull()) { // QVariant() or a typed null: SQL NULL, as Qt binds them
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        bindBlob(index, value.toByteArray());
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
        bind(index, value.toDouble());
        break;
    default: // text, and what Qt's driver writes as text (dates, times)
        bind(index, value.toString());
        break;
    }
}

} // namespace guichet
