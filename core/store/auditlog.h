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

// Append-only: the table's triggers refuse UPDATE and DELETE.
class AuditLog final
{
public:
    static Result<void> append(const Database &db, const AuditEntry &entry);
    static QList<AuditEntry> recent(const Database &db, int limit = 200);
    static QList<AuditEntry> forEntity(const Database &db, const QString &entity, const QString &entityId);
};

} // namespace guichet
