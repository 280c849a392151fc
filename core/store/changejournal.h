#pragma once

#include "core/base/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace guichet {

class Database;

struct JournalEntry
{
    qint64 seq = 0;
    QString entity; // patient, appointment, practitioner, ...
    QString entityId;
    QString operation; // create, update, status, merge
    QJsonObject payload;
    QDateTime createdAt;
    QString state; // pending, sent, parked
    int attempts = 0;
    QString lastError;
};

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
