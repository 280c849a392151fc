#include "core/store/changejournal.h"

#include "core/base/timeutil.h"
#include "core/store/database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QList<JournalEntry> readEntries(QSqlQuery &q)
{
    QList<JournalEntry> entries;
    while (q.next()) {
        JournalEntry e;
        e.seq = q.value(0).toLongLong();
        e.entity = q.value(1).toString();
        e.entityId = q.value(2).toString();
        e.operation = q.value(3).toString();
        e.payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        e.createdAt = fromStored(q.value(5).toLongLong());
        e.state = q.value(6).toString();
        e.attempts = q.value(7).toInt();
        e.lastError = q.value(8).toString();
        entries << e;
    }
    return entries;
}

const auto kColumns = u"seq, entity, entity_id, operation, payload, created_at, state, attempts, last_error"_s;

} // namespace

Result<void> ChangeJournal::record(const Database &db, const QString &entity, const QString &entityId,
                                   const QString &operation, const QJsonObject &payload, const QDateTime &at)
{
    auto r = db.exec(u"INSERT INTO change_journal(entity, entity_id, operation, payload, created_at) "
                     "VALUES (?, ?, ?, ?, ?)"_s,
                     {entity, entityId, operation,
                      QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), toStored(at)});
    if (!r)
        return r.error();
    return {};
}

QList<JournalEntry> ChangeJournal::pending(const Database &db, int limit)
{
    auto r = db.exec(u"SELECT "_s + kColumns + u" FROM change_journal WHERE state = 'pending' ORDER BY seq LIMIT ?"_s,
                     {limit});
    if (!r)
        return {};
    return readEntries(r.value());
}

QList<JournalEntry> ChangeJournal::parked(const Database &db, int limit)
{
    auto r = db.exec(u"SELECT "_s + kColumns + u" FROM change_journal WHERE state = 'parked' ORDER BY seq LIMIT ?"_s,
                     {limit});
    if (!r)
        return {};
    return readEntries(r.value());
}

int ChangeJournal::pendingCount(const Database &db)
{
    auto r = db.exec(u"SELECT count(*) FROM change_journal WHERE state = 'pending'"_s);
    if (!r || !r->next())
        return 0;
    return r->value(0).toInt();
}

QList<JournalEntry> ChangeJournal::forEntity(const Database &db, const QString &entity, const QString &entityId)
{
    auto r =
        db.exec(u"SELECT "_s + kColumns + u" FROM change_journal WHERE entity = ? AND entity_id = ? ORDER BY seq"_s,
                {entity, entityId});
    if (!r)
        return {};
    return readEntries(r.value());
}

} // namespace guichet
