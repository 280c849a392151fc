#pragma once

#include "core/base/result.h"
#include "core/sync/syncconflicts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace guichet {

class Clock;
class Database;
class FhirClient;
class FhirMapping;
class Session;
class SyncContext;

struct SyncReport
{
    int pushed = 0; // resources written to the server
    int pulled = 0; // resources applied locally
    int rejected = 0; // received resources refused by validation (logged)
    int newConflicts = 0;
    int openConflicts = 0; // after the run
    int newReviews = 0; // received acts against the practice's rules (SyncReview)
    int openReviews = 0; // after the run
    int parked = 0; // journal entries parked after failing too often
    int pending = 0; // journal entries still to push after the run
    bool offline = false; // the server could not be reached
    bool serverError = false; // the server answered with errors (5xx, malformed)
    bool signInNeeded = false; // the server refused the sign-in even after renewing it
    QStringList log; // what went wrong, for the log file and the CLI; never a secret
    // The local ids of the appointments received, for views that re-read only those; empty
    // with `manyAppointments` when there were more than MaxNamed.
    static constexpr int MaxNamed = 256;
    QStringList receivedAppointments;
    bool manyAppointments = false;
};

// Exchanges the local database with the central agenda (DESIGN.md: Synchronisation).
// Push: the change journal (and, once, everything never sent), each entity's current state
// written with a conditional create on Guichet's identifier or an If-Match update; a 412
// re-reads and merges field by field against the last synchronised copy. Pull: each
// resource type by _lastUpdated with an overlap, paging with or without `next` links, the
// watermark from the server's times. Every local write of a step is one transaction, so
// a crash at any point leaves a sound database and a journal that completes on replay.
class SyncEngine final
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    SyncEngine(const Database &db, FhirClient &client, const Clock &clock);
    ~SyncEngine();
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    void setPageSize(int size) { m_pageSize = size; }
    // How long one run may take at most (15 minutes by default): past it, what is left waits
    // for the next run, nothing lost, and the report says the central agenda is too slow.
    void setTimeLimitMs(qint64 ms) { m_timeLimitMs = ms; }
    void setOverlapSeconds(int seconds) { m_overlapSecs = seconds; }
    // (done, total, what) as the run goes; called on the engine's thread.
    void setProgress(std::function<void(int, int, const QString &)> progress) { m_progress = std::move(progress); }

    SyncReport runOnce();
    void push(SyncReport &report);
    void pull(SyncReport &report);
    // Only these resource types (in pull order): what a subscription said changed.
    void pull(SyncReport &report, const QStringList &types);
    // Only the messages (CommunicationRequests) not yet known to the server, with what they
    // refer to; `guichet-cli reminders push`.
    void pushMessages(SyncReport &report) { pushNotifications(report); }

    // The identifier system of this installation: urn:guichet:<database id>.
    static Result<QString> installationSystem(const Database &db);
    static int pendingCount(const Database &db);
    static Result<int> pendingCount(const Session &session); // journal entries of synchronised entities
    static int parkedCount(const Database &db);

    static QStringList resourceTypes(); // pulled, in pull order (core/sync/handlers)

private:
    void pushNotifications(SyncReport &report);
    void markJournal(const QString &entity, const QString &localId, qint64 upToSeq, const QString &state,
                     const QString &error, bool countAttempt);
    bool pullType(const QString &type, SyncReport &report);

    const Database &m_db;
    FhirClient &m_client;
    qint64 m_timeLimitMs = 15LL * 60 * 1000;
    const Clock &m_clock;
    std::unique_ptr<FhirMapping> m_mapping;
    int m_pageSize = 200;
    int m_overlapSecs = 120;
    std::function<void(int, int, const QString &)> m_progress;
    std::unique_ptr<SyncContext> m_ctx;
};

} // namespace guichet
