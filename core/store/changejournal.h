#pragma once

#include "core/base/result.h"
#include "core/domain/journal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace guichet {

class Database;

// The journal of changes the sync engine must push. Writers call `record`
// inside the transaction of the change itself, so either both land or neither.
class ChangeJournal final
{
public:
    static Result<void> record(const Database &db, const QString &entity, const QString &entityId,
                               const QString &operation, const QJsonObject &payload, const QDateTime &at);
    static QList<JournalEntry> pending(const Database &db, int limit = 100);
    static int pendingCount(const Database &db);
    // Changes that kept failing and wait for someone (the sync page shows them with their error).
    static QList<JournalEntry> parked(const Database &db, int limit = 100);
    static QList<JournalEntry> forEntity(const Database &db, const QString &entity, const QString &entityId);
};

} // namespace guichet
