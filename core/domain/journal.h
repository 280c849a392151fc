#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace guichet {

// One change waiting in the journal the sync engine pushes (core/store ChangeJournal).
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

} // namespace guichet
