#include "core/sync/synccontext.h"

#include "core/base/clock.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/store/database.h"
#include "core/sync/fhirclient.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/syncengine_p.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace guichet {

using namespace syncdetail;

SyncContext::SyncContext(const Database &db, FhirClient &client, const Clock &clock, FhirMapping &mapping)
    : db(db)
    , client(client)
    , clock(clock)
    , mapping(mapping)
{}

// ---------------------------------------------------------------- links

std::optional<SyncLink> SyncContext::link(const QString &type, const QString &localId) const
{
    auto r = db.lookup(u"SELECT server_id, version, shadow FROM sync_links WHERE resource_type = ? AND local_id = ?"_s,
                       {type, localId});
    if (!r || !r->next())
        return std::nullopt;
    return SyncLink{r->value(0).toString(), r->value(1).toString(), parseObject(r->value(2).toString())};
}

QString SyncContext::localIdOf(const QString &type, const QString &serverId) const
{
    auto r =
        db.lookup(u"SELECT local_id FROM sync_links WHERE resource_type = ? AND server_id = ?"_s, {type, serverId});
    return r && r->next() ? r->value(0).toString() : QString();
}

QString SyncContext::matchLocal(const QString &type, const QString &serverId, const QString &carried) const
{
    const QString linked = localIdOf(type, serverId);
    if (!linked.isEmpty() || carried.isEmpty())
        return linked;
    const ResourceHandler *handler = ResourceHandlers::of(type);
    if (!handler || handler->table().isEmpty())
        return QString();
    auto r = db.lookup(u"SELECT 1 FROM "_s + handler->table() + u" WHERE id = ?"_s, {carried});
    return r && r->next() ? carried : QString();
}

Result<void> SyncContext::saveLink(const QString &type, const QString &localId, const QString &serverId,
                                   const QString &version, const QJsonObject &shadow) const
{
    // A server id seen before under another local row (a lost link) moves to this one.
    if (auto r = db.exec(u"DELETE FROM sync_links WHERE resource_type = ? AND server_id = ? AND local_id <> ?"_s,
                         {type, serverId, localId});
        !r)
        return r.error();
    if (auto r = db.exec(u"INSERT INTO sync_links(resource_type, local_id, server_id, version, shadow, synced_at) "
                         "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(resource_type, local_id) DO UPDATE SET "
                         "server_id = excluded.server_id, version = excluded.version, shadow = excluded.shadow, "
                         "synced_at = excluded.synced_at"_s,
                         {type, localId, serverId, version, compact(shadow), toStored(clock.now())});
        !r)
        return r.error();
    const ResourceHandler *handler = ResourceHandlers::of(type);
    if (handler && !handler->table().isEmpty())
        if (auto r = db.exec(u"UPDATE "_s + handler->table() + u" SET server_id = ?, version = ? WHERE id = ?"_s,
                             {serverId, version, localId});
            !r)
            return r.error();
    return {};
}

// ---------------------------------------------------------------- push

PushOutcome SyncContext::refuse(const QString &why)
{
    lastError = why;
    lastRefused = true;
    return PushOutcome::Failed;
}

PushOutcome SyncContext::failed(const QString &error, bool networkFailure, bool serverFailure)
{
    lastError = error;
    if (networkFailure)
        return PushOutcome::Offline;
    lastRefused = !serverFailure;
    return PushOutcome::Failed;
}

PushOutcome SyncContext::pushEntity(const QString &type, const QString &localId, SyncReport &report, int depth)
{
    if (depth > kMaxDepth)
        return refuse(tr("references nested too deeply"));
    const ResourceHandler *handler = ResourceHandlers::of(type);
    if (!handler)
        return refuse(tr("resource type %1 is not synchronised").arg(type.left(40)));
    return handler->push(*this, localId, report, depth);
}

PushOutcome SyncContext::need(const QString &type, const QString &localId, SyncReport &report, int depth)
{
    if (localId.isEmpty() || link(type, localId))
        return PushOutcome::Done;
    return pushEntity(type, localId, report, depth + 1);
}

PushOutcome SyncContext::pushResource(const QString &type, const QString &localId, SyncReport &report)
{
    lastRefused = false;
    const ResourceHandler *handler = ResourceHandlers::of(type);
    if (!handler)
        return refuse(tr("resource type %1 is not synchronised").arg(type.left(40)));
    auto out = handler->outgoing(*this, localId);
    if (!out)
        return refuse(out.error().message);
    QJsonObject resource = FhirMapping::pruned(out->resource);
    const QJsonObject fields = out->shadow;
    const QString identifierId = out->identifierId.isEmpty() ? localId : out->identifierId;
    auto classify = [&](const FhirResponse &r) { return failed(r.error, r.networkFailure(), r.serverFailure()); };
    auto store = [&](const FhirResponse &r, const QJsonObject &shadow) {
        const QString serverId = FhirMapping::serverId(r.json);
        const QString version = r.version.isEmpty() ? FhirMapping::versionOf(r.json) : r.version;
        if (serverId.isEmpty()) {
            lastError = tr("the central agenda's answer has no identifier");
            report.serverError = true;
            return PushOutcome::Failed;
        }
        Transaction tx(db);
        if (auto ok = tx.begin(); !ok) {
            lastError = ok.error().message;
            return PushOutcome::Failed;
        }
        if (auto ok = saveLink(type, localId, serverId, version, shadow); !ok) {
            lastError = ok.error().message;
            return PushOutcome::Failed;
        }
        if (auto ok = tx.commit(); !ok) {
            lastError = ok.error().message;
            return PushOutcome::Failed;
        }
        ++report.pushed;
        return PushOutcome::Done;
    };

    if (const auto l = link(type, localId)) {
        resource.insert(u"id"_s, l->serverId);
        const FhirResponse r = client.update(type, l->serverId, resource, l->version);
        if (r.ok())
            return store(r, fields);
        if (r.status == 412)
            return mergeAfterPrecondition(*handler, localId, report);
        if (r.status != 404 && r.status != 410)
            return classify(r);
        // Gone from the server (a reset test server, a purge): created again below.
        if (auto gone = db.exec(u"DELETE FROM sync_links WHERE resource_type = ? AND local_id = ?"_s, {type, localId});
            !gone)
            return refuse(gone.error().message);
        resource.remove(u"id"_s);
    }
    const FhirResponse r = client.create(type, resource, mapping.identifierQuery(identifierId, out->identifierSystem));
    if (!r.ok())
        return classify(r);
    if (r.status == 200) {
        // Already there (a push replayed after a crash, before its link was written): link it
        // with what the server holds, then write this state over it with If-Match.
        if (const PushOutcome o = store(r, handler->shadowOfServerCopy(r.json, localId)); o != PushOutcome::Done)
            return o;
        --report.pushed; // counted when the state is written below
        return pushResource(type, localId, report);
    }
    return store(r, fields);
}

PushOutcome SyncContext::mergeAfterPrecondition(const ResourceHandler &handler, const QString &localId,
                                                SyncReport &report)
{
    const QString type = handler.type();
    const auto l = link(type, localId);
    if (!l)
        return PushOutcome::Failed;
    const FhirResponse current = client.get(type + u'/' + l->serverId);
    if (!current.ok())
        return failed(current.error, current.networkFailure(), current.serverFailure());
    const QString version = current.version.isEmpty() ? FhirMapping::versionOf(current.json) : current.version;
    if (!handler.mergedOnPrecondition()) {
        // The practice's own records: this desk's copy wins (they are edited here, shown online).
        Transaction tx(db);
        if (!tx.begin() || !saveLink(type, localId, l->serverId, version, l->shadow) || !tx.commit())
            return PushOutcome::Failed;
        return pushResource(type, localId, report);
    }
    // Apply what the server changed (when nobody must choose), then push the merged record.
    auto applied = apply(current.json, report);
    if (!applied)
        return refuse(applied.error().message);
    const auto after = link(type, localId);
    if (!after || after->version != version)
        return PushOutcome::Conflict; // a conflict now waits for a person
    return pushResource(type, localId, report);
}

// ---------------------------------------------------------------- pull

Result<bool> SyncContext::apply(const QJsonObject &resource, SyncReport &report, int depth)
{
    const QString type = resource.value(u"resourceType"_s).toString();
    const ResourceHandler *handler = ResourceHandlers::of(type);
    if (!handler || !handler->pulled())
        return Error::invalid(tr("resource type %1 is not synchronised").arg(type.left(40)), u"fhir.type"_s);
    return handler->apply(*this, resource, report, depth);
}

Result<QString> SyncContext::ensureLocal(const QString &type, const QString &serverId, SyncReport &report, int depth)
{
    if (serverId.isEmpty())
        return QString();
    QString local = localIdOf(type, serverId);
    if (!local.isEmpty())
        return local;
    if (depth >= kMaxDepth)
        return Error::invalid(tr("references nested too deeply"), u"fhir.reference"_s);
    const FhirResponse r = client.get(type + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(serverId)));
    if (!r.ok())
        return Error::io(tr("%1/%2 could not be read: %3").arg(type, serverId.left(64), r.error));
    auto applied = apply(r.json, report, depth + 1);
    if (!applied)
        return applied.error();
    local = localIdOf(type, serverId);
    if (local.isEmpty())
        return Error::invalid(tr("%1/%2 could not be linked").arg(type, serverId.left(64)), u"fhir.reference"_s);
    return local;
}

Result<bool> SyncContext::commitApplied(Transaction &tx, const QString &type, const QString &local,
                                        const QString &serverId, const QString &version, const QJsonObject &shadow,
                                        SyncReport &report)
{
    if (auto ok = saveLink(type, local, serverId, version, shadow); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    ++report.pulled;
    if (type == u"Appointment"_s && !report.manyAppointments) {
        if (report.receivedAppointments.size() < SyncReport::MaxNamed) {
            if (!report.receivedAppointments.contains(local))
                report.receivedAppointments << local;
        } else {
            report.manyAppointments = true;
            report.receivedAppointments.clear();
        }
    }
    return true;
}

Result<bool> SyncContext::holdForAPerson(Transaction &tx, const QString &type, const QString &local,
                                         const QString &kind, const QStringList &fields, const QJsonObject &localFields,
                                         const QJsonObject &remoteFields, const QJsonObject &resource,
                                         SyncReport &report)
{
    // The link keeps its older version: the desk's change is not pushed over the server's
    // until the conflict is settled.
    QJsonObject remoteShown = remoteFields;
    remoteShown.insert(u"_resource"_s, resource);
    if (auto ok = recordConflict(
            {{}, type, local, kind, fields, localFields, remoteShown, FhirMapping::versionOf(resource), {}, {}, {}, {}},
            report);
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return true;
}

Result<void> SyncContext::recordConflict(const SyncConflict &c, SyncReport &report) const
{
    // One open conflict per record and kind: a newer server version replaces the older one.
    auto r = db.exec(u"SELECT id FROM sync_conflicts WHERE resolved_at IS NULL AND resource_type = ? AND local_id = ? "
                     "AND kind = ?"_s,
                     {c.resourceType, c.localId, c.kind});
    if (!r)
        return r.error();
    QJsonArray fields;
    for (const QString &f : c.fields)
        fields.append(f);
    const QString fieldsText = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    if (r->next()) {
        auto u = db.exec(u"UPDATE sync_conflicts SET fields = ?, local = ?, remote = ?, remote_version = ?, "
                         "remote_resource = ?, other_id = ? WHERE id = ?"_s,
                         {fieldsText, compact(c.local), compact(c.remote), c.remoteVersion,
                          compact(c.remote.value(u"_resource"_s).toObject()), c.otherId, r->value(0)});
        if (!u)
            return u.error();
        return {};
    }
    QJsonObject remote = c.remote;
    const QJsonObject resource = remote.take(u"_resource"_s).toObject();
    auto ins =
        db.exec(u"INSERT INTO sync_conflicts(id, resource_type, local_id, kind, fields, local, remote, "
                "remote_version, remote_resource, other_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {newUuid(), c.resourceType, c.localId, c.kind, fieldsText, compact(c.local), compact(remote),
                 c.remoteVersion, compact(resource), c.otherId, toStored(clock.now())});
    if (!ins)
        return ins.error();
    ++report.newConflicts;
    return {};
}

bool SyncContext::hasPending(const QString &entity, const QString &localId) const
{
    auto r = db.lookup(
        u"SELECT 1 FROM change_journal WHERE entity = ? AND entity_id = ? AND state IN ('pending', 'parked') LIMIT 1"_s,
        {entity, localId});
    return r && r->next();
}

// ---------------------------------------------------------------- handlers' defaults

PushOutcome ResourceHandler::push(SyncContext &ctx, const QString &localId, SyncReport &report, int) const
{
    return ctx.pushResource(type(), localId, report);
}

QJsonObject ResourceHandler::shadowOfServerCopy(const QJsonObject &, const QString &) const
{
    return {};
}

Result<bool> ResourceHandler::apply(SyncContext &, const QJsonObject &, SyncReport &, int) const
{
    return Error::invalid(SyncContext::tr("resource type %1 is not synchronised").arg(type().left(40)), u"fhir.type"_s);
}

} // namespace guichet
