#pragma once

#include "core/base/result.h"
#include "core/sync/resourcehandler.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace guichet {

class Clock;
class Database;
class FhirClient;
class FhirMapping;
class Transaction;
struct SyncConflict;

// A local record's counterpart on the central agenda.
struct SyncLink
{
    QString serverId;
    QString version;
    QJsonObject shadow; // the last synchronised copy (fields), to merge against
};

// What the sync engine and the resource handlers share to exchange one record at a time:
// the links between local rows and server resources, pushing a record (its references first,
// a conditional create or an If-Match update, a merge after 412), applying a received one
// through its handler, and the conflicts that wait for a person.
class SyncContext final
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    SyncContext(const Database &db, FhirClient &client, const Clock &clock, FhirMapping &mapping);

    const Database &db;
    FhirClient &client;
    const Clock &clock;
    FhirMapping &mapping;

    // Links.
    std::optional<SyncLink> link(const QString &type, const QString &localId) const;
    QString localIdOf(const QString &type, const QString &serverId) const;
    // The local row a received resource belongs to: linked by its server id, or carrying the
    // Guichet id of a row this desk has (a link lost in a crash). Empty when it is new.
    QString matchLocal(const QString &type, const QString &serverId, const QString &carried) const;
    Result<void> saveLink(const QString &type, const QString &localId, const QString &serverId, const QString &version,
                          const QJsonObject &shadow) const;

    // Push.
    PushOutcome pushEntity(const QString &type, const QString &localId, SyncReport &report, int depth = 0);
    // A record this one refers to, sent first unless the server has it already.
    PushOutcome need(const QString &type, const QString &localId, SyncReport &report, int depth);
    PushOutcome pushResource(const QString &type, const QString &localId, SyncReport &report);
    PushOutcome refuse(const QString &why); // a step this data cannot pass (retrying it as is will not help)
    PushOutcome failed(const QString &error, bool networkFailure, bool serverFailure);
    QString lastError; // of the last failed step, for the report
    bool lastRefused = false; // the server refused it (4xx): retrying the same will not help

    // Pull.
    // The appointments received in the page being applied: their messages are planned once
    // the page is (ReminderService::replanMany), not one by one.
    QStringList plansDue;
    Result<bool> apply(const QJsonObject &resource, SyncReport &report, int depth = 0);
    // The local id of a referenced resource, fetched and applied when not known yet.
    Result<QString> ensureLocal(const QString &type, const QString &serverId, SyncReport &report, int depth);
    // Links the applied resource, commits the step and counts it.
    Result<bool> commitApplied(Transaction &tx, const QString &type, const QString &local, const QString &serverId,
                               const QString &version, const QJsonObject &shadow, SyncReport &report);
    // Records a conflict on the fields both sides changed, and commits the step.
    Result<bool> holdForAPerson(Transaction &tx, const QString &type, const QString &local, const QString &kind,
                                const QStringList &fields, const QJsonObject &localFields,
                                const QJsonObject &remoteFields, const QJsonObject &resource, SyncReport &report);
    Result<void> recordConflict(const SyncConflict &conflict, SyncReport &report) const;
    // Whether the desk has changes of this record not sent yet.
    bool hasPending(const QString &entity, const QString &localId) const;

    static constexpr int kMaxDepth = 4;

private:
    PushOutcome mergeAfterPrecondition(const ResourceHandler &handler, const QString &localId, SyncReport &report);
};

} // namespace guichet
