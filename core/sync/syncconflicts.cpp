// Settling the conflicts the sync engine raised: the desk's version, the central agenda's,
// or for two bookings of one slot, which booking keeps it.
#include "core/sync/syncconflicts.h"

#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/appointmentwrite.h"
#include "core/base/timeutil.h"
#include "core/store/appointmentrepository.h"
#include "core/store/auditlog.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/syncengine_p.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guichet {

using namespace syncdetail;

int SyncConflicts::openCount(const Database &db)
{
    auto r = db.exec(u"SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"_s);
    return r && r->next() ? r->value(0).toInt() : 0;
}

QList<SyncConflict> SyncConflicts::list(const Database &db, bool openOnly)
{
    QList<SyncConflict> out;
    auto r = db.exec(u"SELECT id, resource_type, local_id, kind, fields, local, remote, remote_version, other_id, "
                     "created_at, resolved_at, resolution FROM sync_conflicts "_s
                     + (openOnly ? u"WHERE resolved_at IS NULL "_s : QString()) + u"ORDER BY created_at, id"_s);
    if (!r)
        return out;
    while (r->next()) {
        SyncConflict c;
        c.id = r->value(0).toString();
        c.resourceType = r->value(1).toString();
        c.localId = r->value(2).toString();
        c.kind = r->value(3).toString();
        for (const auto &f : QJsonDocument::fromJson(r->value(4).toString().toUtf8()).array())
            c.fields << f.toString();
        c.local = parseObject(r->value(5).toString());
        c.remote = parseObject(r->value(6).toString());
        c.remoteVersion = r->value(7).toString();
        c.otherId = r->value(8).toString();
        c.createdAt = fromStored(r->value(9).toLongLong());
        if (!r->value(10).isNull())
            c.resolvedAt = fromStored(r->value(10).toLongLong());
        c.resolution = r->value(11).toString();
        out << c;
    }
    return out;
}

Result<void> SyncConflicts::resolve(const Session &session, const QString &conflictId, const QString &choice)
{
    const Database &db = session.database();
    SyncConflict conflict;
    bool found = false;
    for (const SyncConflict &c : list(db, false))
        if (c.id == conflictId || (conflictId.size() >= 8 && c.id.startsWith(conflictId))) {
            conflict = c;
            found = true;
            break;
        }
    if (!found)
        return Error::notFound(tr("No synchronisation conflict has the identifier %1.").arg(conflictId));
    if (conflict.resolvedAt.isValid())
        return Error::refused(tr("This conflict was already settled (%1).").arg(conflict.resolution),
                              u"sync.conflict.resolved"_s);
    const bool doubleBooking = conflict.kind == u"double-booking"_s;
    const QStringList allowed =
        doubleBooking ? QStringList{u"local"_s, u"remote"_s, u"both"_s} : QStringList{u"local"_s, u"remote"_s};
    if (!allowed.contains(choice))
        return Error::invalid(tr("Choose %1.").arg(allowed.join(u", "_s)), u"sync.conflict.choice"_s);

    if (doubleBooking && choice != u"both"_s) {
        // Keep one booking of the slot; the other is cancelled by the practice (and the
        // cancellation reaches the central agenda, which tells the patient).
        const QString cancelled = choice == u"local"_s ? conflict.localId : conflict.otherId;
        auto ok =
            AppointmentService::cancel(session, cancelled, CancelledBy::Practice, tr("Two bookings of the same slot"));
        if (!ok)
            return ok.error();
    }
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (!doubleBooking) {
        auto r = db.exec(u"SELECT remote_resource FROM sync_conflicts WHERE id = ?"_s, {conflict.id});
        const QJsonObject resource = r && r->next() ? parseObject(r->value(0).toString()) : QJsonObject();
        const QString serverId = FhirMapping::serverId(resource);
        auto linkRow = db.exec(u"SELECT server_id FROM sync_links WHERE resource_type = ? AND local_id = ?"_s,
                               {conflict.resourceType, conflict.localId});
        const QString linkedServer = linkRow && linkRow->next() ? linkRow->value(0).toString() : serverId;
        const QString entity = journalEntity(conflict.resourceType);
        if (choice == u"remote"_s) {
            // The server's version: every field as received, this desk's pending changes dropped.
            QSet<QString> all;
            for (auto it = conflict.remote.constBegin(); it != conflict.remote.constEnd(); ++it)
                all.insert(it.key());
            auto localOf = [&](const QString &type, const QString &sid) {
                auto q = db.exec(u"SELECT local_id FROM sync_links WHERE resource_type = ? AND server_id = ?"_s,
                                 {type, sid});
                return q && q->next() ? q->value(0).toString() : QString();
            };
            if (conflict.resourceType == u"Patient"_s) {
                auto remote = FhirMapping::readPatient(resource);
                auto current = PatientRepository(db).byId(conflict.localId);
                if (!remote || !current)
                    return !remote ? remote.error() : current.error();
                Patient incoming = remote->patient;
                incoming.holderId = localOf(u"Patient"_s, remote->holderServerId);
                incoming.replacedBy = localOf(u"Patient"_s, remote->replacedByServerId);
                Patient merged = *current;
                FhirMapping::copyFields(merged, incoming, all);
                merged.updatedAt = session.now();
                if (auto ok = PatientRepository(db).update(merged); !ok)
                    return ok.error();
            } else {
                auto remote = FhirMapping::readAppointment(resource);
                auto current = AppointmentRepository(db).byId(conflict.localId);
                if (!remote || !current)
                    return !remote ? remote.error() : current.error();
                Appointment incoming = remote->appointment;
                incoming.patientId = localOf(u"Patient"_s, remote->patientServerId);
                incoming.practitionerId = localOf(u"Practitioner"_s, remote->practitionerServerId);
                if (incoming.patientId.isEmpty() || incoming.practitionerId.isEmpty())
                    return Error::invalid(tr("The server's version refers to a patient or practitioner not "
                                             "received yet: synchronise first."),
                                          u"sync.conflict.reference"_s);
                incoming.motifId = current->motifId;
                Appointment merged = *current;
                FhirMapping::copyFields(merged, incoming, all);
                // The server's version is the agreed state: nothing to journal back.
                if (auto ok = AppointmentWrite::change(db, *current, merged,
                                                       {session.now(), session.actor(),
                                                        tr("Conflict settled: the central agenda's version"),
                                                        AppointmentWrite::Origin::CentralAgenda});
                    !ok)
                    return ok.error();
            }
            if (auto ok = db.exec(u"UPDATE change_journal SET state = 'sent', last_error = 'superseded by the server' "
                                  "WHERE entity = ? AND entity_id = ? AND state IN ('pending', 'parked')"_s,
                                  {entity, conflict.localId});
                !ok)
                return ok.error();
        } else if (auto ok = ChangeJournal::record(db, entity, conflict.localId, u"update"_s,
                                                   QJsonObject{{u"conflict"_s, conflict.id}}, session.now());
                   !ok) {
            return ok.error();
        }
        // Either way the next push starts from the server's version: as the base of "local",
        // as the agreed state of "remote".
        if (!linkedServer.isEmpty())
            if (auto ok =
                    db.exec(u"INSERT INTO sync_links(resource_type, local_id, server_id, version, shadow, synced_at) "
                            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(resource_type, local_id) DO UPDATE SET "
                            "version = excluded.version, shadow = excluded.shadow, synced_at = excluded.synced_at"_s,
                            {conflict.resourceType, conflict.localId, linkedServer, conflict.remoteVersion,
                             compact(conflict.remote), toStored(session.now())});
                !ok)
                return ok.error();
    }
    if (auto ok = db.exec(u"UPDATE sync_conflicts SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?"_s,
                          {toStored(session.now()), choice, session.actor(), conflict.id});
        !ok)
        return ok.error();
    AuditEntry audit;
    audit.at = session.now();
    audit.user = session.actor();
    audit.action = u"sync.conflict.resolve"_s;
    audit.entity = journalEntity(conflict.resourceType);
    audit.entityId = conflict.localId;
    audit.details = {{u"conflict"_s, conflict.id},
                     {u"kind"_s, conflict.kind},
                     {u"choice"_s, choice},
                     {u"local"_s, conflict.local},
                     {u"remote"_s, conflict.remote}};
    if (auto ok = AuditLog::append(db, audit); !ok)
        return ok.error();
    return tx.commit();
}

Result<QList<SyncConflict>> SyncConflicts::list(const Session &session, bool openOnly)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return list(session.database(), openOnly);
}

Result<int> SyncConflicts::openCount(const Session &session)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return openCount(session.database());
}

} // namespace guichet
