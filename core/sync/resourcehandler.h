#pragma once

#include "core/base/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace guichet {

class SyncContext;
struct SyncReport;

enum class PushOutcome { Done, Failed, Offline, Conflict };

// What is sent to the central agenda for one local record.
struct Outgoing
{
    QJsonObject resource; // FHIR, before pruning
    QJsonObject shadow; // the synchronised copy kept to merge against later
    QString identifierId; // Guichet's identifier value on the server (empty: the local id)
    QString identifierSystem; // its system (empty: this installation's, urn:guichet:<database id>)
};

// One FHIR resource type as Guichet exchanges it (DESIGN.md, FHIR mapping): the local table
// it maps to, the change journal's entity, how a record goes up (its references first) and
// what is sent, and how a received one is applied. Every handler is registered once, in
// handlers/handlers.cpp (in pull order): adding a resource type is one file and one line.
class ResourceHandler
{
public:
    virtual ~ResourceHandler() = default;

    virtual QString type() const = 0;
    virtual QString table() const { return {}; } // the rows it maps to ("" for none)
    virtual QString journalEntity() const { return {}; } // change_journal.entity ("" if not journalled)
    virtual bool pulled() const { return true; } // received by the pull
    // What the pull (and the live link's subscription) asks of this type only ("status=…").
    virtual QString pullQuery() const { return {}; }
    // On 412: apply the server's version (merged field by field) then push again; otherwise
    // the practice's own records: this desk's copy wins.
    virtual bool mergedOnPrecondition() const { return false; }

    // Sends the record: what it refers to first, then the resource (and what follows it).
    virtual PushOutcome push(SyncContext &ctx, const QString &localId, SyncReport &report, int depth) const;
    // The resource to send for a local record, or why it cannot be.
    virtual Result<Outgoing> outgoing(SyncContext &ctx, const QString &localId) const = 0;
    // The synchronised copy to keep when the server already had the resource (a replayed create).
    virtual QJsonObject shadowOfServerCopy(const QJsonObject &resource, const QString &localId) const;
    // Applies a received resource: true when something changed here.
    virtual Result<bool> apply(SyncContext &ctx, const QJsonObject &resource, SyncReport &report, int depth) const;
};

namespace ResourceHandlers {
// Every handler, in pull order (what is referred to before what refers to it).
const QList<const ResourceHandler *> &all();
// The handler of a FHIR type, or null.
const ResourceHandler *of(const QString &type);
} // namespace ResourceHandlers

} // namespace guichet
