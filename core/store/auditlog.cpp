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
    // Audit times come from the computer's real clock, whatever clock the rules follow (a demo's or
    // a test's --now): entry.at is not written.
    auto r = db.exec(u"INSERT INTO audit_log(at_utc, user_name, action, entity, entity_id, reason, details) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {toStored(QDateTime::currentDateTimeUtc()), entry.user, entry.action, entry.entity, entry.entityId,
                      entry.reason, QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact))});
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

Result<QList<AuditEntry>> AuditLog::query(const Database &db, const AuditFilter &f)
{
    QStringList where;
    QVariantList values;
    if (f.from.isValid()) {
        where << u"at_utc >= ?"_s;
        values << toStored(f.from);
    }
    if (f.to.isValid()) {
        where << u"at_utc < ?"_s;
        values << toStored(f.to);
    }
    if (!f.user.isEmpty()) {
        where << u"user_name = ?"_s;
        values << f.user;
    }
    if (!f.kind.isEmpty()) {
        where << u"(action = ? OR substr(action, 1, length(?) + 1) = ? || '.')"_s;
        values << f.kind << f.kind << f.kind;
    }
    if (!f.patientId.isEmpty()) {
        where << u"((entity = 'patient' AND entity_id = ?) OR json_extract(details, '$.patient_id') = ? "
                 "OR (entity = 'appointment' AND entity_id IN (SELECT id FROM appointments WHERE patient_id = ?)))"_s;
        values << f.patientId << f.patientId << f.patientId;
    }
    values << qMax(1, f.limit);
    auto r = db.exec(u"SELECT "_s + kColumns + u" FROM audit_log"_s
                         + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s))
                         + u" ORDER BY seq DESC LIMIT ?"_s,
                     values);
    if (!r)
        return r.error();
    return readEntries(r.value());
}

Result<QStringList> AuditLog::families(const Database &db)
{
    auto r = db.exec(u"SELECT DISTINCT CASE WHEN instr(action, '.') > 0 THEN substr(action, 1, instr(action, '.') - 1) "
                     "ELSE action END AS family FROM audit_log ORDER BY family"_s);
    if (!r)
        return r.error();
    QStringList out;
    while (r->next())
        out << r->value(0).toString();
    return out;
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
