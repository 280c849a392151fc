#pragma once

#include "core/base/result.h"
#include "core/domain/audit.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace guichet {

class Database;

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
