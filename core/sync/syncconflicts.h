#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace guichet {

class Database;
class Session;

// A change that needs a person: the same field changed on both sides, two bookings of one
// slot, an appointment cancelled online while the desk moved it.
struct SyncConflict
{
    QString id;
    QString resourceType; // Patient, Appointment
    QString localId;
    QString kind; // fields, double-booking, cancelled-moved
    QStringList fields; // the fields changed on both sides
    QJsonObject local; // Guichet's fields (snake_case) at the time
    QJsonObject remote;
    QString remoteVersion;
    QString otherId; // double-booking: the local appointment already in the slot
    QDateTime createdAt;
    QDateTime resolvedAt;
    QString resolution;
};

// The conflicts the sync raised, and settling them.
class SyncConflicts final
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    static QList<SyncConflict> list(const Database &db, bool openOnly = true);
    static Result<QList<SyncConflict>> list(const Session &session, bool openOnly = true);
    static int openCount(const Database &db);
    static Result<int> openCount(const Session &session);
    // Resolves a conflict: "local" keeps the desk's version (pushed at the next sync),
    // "remote" takes the server's; for two bookings of one slot, "both" keeps both
    // appointments, "local" cancels the one from the server, "remote" the desk's.
    static Result<void> resolve(const Session &session, const QString &conflictId, const QString &choice);
};

} // namespace guichet
