#pragma once

#include "core/base/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace guichet {

class Database;

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString user;
    QString action; // e.g. "user.create", "signin.failed", "backup.restore"
    QString entity;
    QString entityId;
    QString reason;
    QJsonObject details;
};

// What the audit viewer and `guichet-cli audit list` ask for; every field optional.
struct AuditFilter
{
    QDateTime from; // inclusive (UTC)
    QDateTime to; // exclusive (UTC)
    QString user; // login
    QString patientId; // acts on the patient, on their appointments, or naming them in the details
    QString kind; // an action ("user.create") or its family ("user", "signin")
    int limit = 5000;
};

// Append-only: the table's triggers refuse UPDATE and DELETE.
class AuditLog final
{
public:
    static Result<void> append(const Database &db, const AuditEntry &entry);
    static QList<AuditEntry> recent(const Database &db, int limit = 200);
    // Newest first. A failed read is an error, never "no acts".
    static Result<QList<AuditEntry>> query(const Database &db, const AuditFilter &filter);
    // The action families present, for the viewer's choice ("appointment", "signin", ...).
    static Result<QStringList> families(const Database &db);
    static QList<AuditEntry> forEntity(const Database &db, const QString &entity, const QString &entityId);
};

} // namespace guichet
