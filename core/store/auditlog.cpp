#include "core/store/auditlog.h"

#include "core/base/timeutil.h"
#include "core/store/database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QList<AuditEntry> readEntries(QSqlQuery &q)
{
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = fromStored(q.value(1).toLongLong());
        e.user = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.reason = q.value(6).toString();
        e.details = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        entries << e;
    }
    return entries;
}

const auto kColumns = u"seq, at_utc, user_name, action, entity, entity_id, reason, details"_s;

} // namespace

Result<void> AuditLog::append(const Database &db, const AuditEntry &entry)
{
    auto r = db.exec(u"INSERT INTO audit_log(at_utc, user_name, action, entity, entity_id, reason, details) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {toStored(entry.at), entry.user, entry.action, entry.entity, entry.entityId, entry.reason,
                      QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact))});
    if (!r)
        return r.error();
    return {};
}

QList<AuditEntry> AuditLog::recent(const Database &db, int limit)
{
    auto r = db.exec(u"SELECT "_s + kColumns + u" FROM audit_log ORDER BY seq DESC LIMIT ?"_s, {limit});
    if (!r)
        return {};
    return readEntries(r.value());
}

QList<AuditEntry> AuditLog::forEntity(const Database &db, const QString &entity, const QString &entityId)
{
    auto r = db.exec(u"SELECT "_s + kColumns + u" FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq"_s,
                     {entity, entityId});
    if (!r)
        return {};
    return readEntries(r.value());
}

} // namespace guichet
