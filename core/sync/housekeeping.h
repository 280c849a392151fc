#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace guichet {

class Session;

class Database;

struct HousekeepingReport
{
    QStringList ran; // the pieces of work done this time
    QStringList skipped; // held by another process on this database
    int messagesPlanned = 0; // the reminder sweep
    int offers = 0; // waiting-list offers made
    int archived = 0; // documents archived
    QString backup; // the scheduled backup made this time
    QStringList log; // what failed
};

// The work a practice needs done whether or not a central agenda is configured: the reminder
// sweep (hourly), the waiting-list offers (every waitlist.check_minutes), the archiving of
// documents past documents.retention_months. The desktop runs it every minute, the live link
// and `guichet-cli sync` too. One process at a time does each piece: a lease in the database
// (setting housekeeping.lease.<piece> = holder and until when, taken in a write transaction,
// 5 minutes) keeps the desktop, a headless desk and a script on the same database from doing
// the same work at once. Desks with databases of their own each do their own rows' work: the
// messages planned by several of them meet on one CommunicationRequest (practice-wide ids).
class Housekeeping final
{
    Q_DECLARE_TR_FUNCTIONS(Housekeeping)
public:
    static HousekeepingReport run(const Database &db, const QDateTime &now, const QString &holder);
    // Run by the desk of a signed-in person.
    static HousekeepingReport run(const Session &session, const QString &holder);
    // Takes the lease of a piece of work for `holder`, or says who holds it.
    static Result<bool> take(const Database &db, const QString &piece, const QString &holder, const QDateTime &now,
                             int seconds = 300);
    static Result<void> release(const Database &db, const QString &piece, const QString &holder);
};

} // namespace guichet
