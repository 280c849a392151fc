// Flag: a patient's online booking blocked (or no longer) with one practitioner.
#include "core/agenda/noshowpolicy.h"
#include "core/base/clock.h"
#include "core/base/timeutil.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/synccontext.h"
#include "core/sync/syncengine.h"

using namespace Qt::StringLiterals;

namespace guichet {

class FlagHandler final : public ResourceHandler
{
public:
    QString type() const override { return u"Flag"_s; }
    QString journalEntity() const override { return u"booking-block"_s; }

    // The local id is "<patient>|<practitioner>".
    PushOutcome push(SyncContext &ctx, const QString &localId, SyncReport &report, int depth) const override
    {
        const QString patientId = localId.section(u'|', 0, 0);
        const QString practitionerId = localId.section(u'|', 1, 1);
        for (const auto &[t, id] : {std::pair{u"Patient"_s, patientId}, std::pair{u"Practitioner"_s, practitionerId}})
            if (const PushOutcome o = ctx.need(t, id, report, depth); o != PushOutcome::Done)
                return o;
        return ctx.pushResource(type(), localId, report);
    }

    Result<Outgoing> outgoing(SyncContext &ctx, const QString &localId) const override
    {
        const QString patientId = localId.section(u'|', 0, 0);
        const QString practitionerId = localId.section(u'|', 1, 1);
        const NoShowStatus status = NoShowPolicy::status(ctx.db, patientId, practitionerId);
        // The block's period: from when it began; once lifted, until the lift.
        return Outgoing{ctx.mapping.bookingFlag(patientId, practitionerId, status.blocked, status.blockStart,
                                                status.blocked ? QDateTime() : status.lastLiftAt),
                        QJsonObject{{u"blocked"_s, status.blocked}}, FhirMapping::flagId(patientId, practitionerId)};
    }

    Result<bool> apply(SyncContext &ctx, const QJsonObject &resource, SyncReport &report, int depth) const override
    {
        auto remote = FhirMapping::readBookingFlag(resource);
        if (!remote)
            return remote.error().code == ErrorCode::NotFound ? Result<bool>(false) : Result<bool>(remote.error());
        auto patient = ctx.ensureLocal(u"Patient"_s, remote->patientServerId, report, depth);
        if (!patient)
            return patient.error();
        auto practitioner = ctx.ensureLocal(u"Practitioner"_s, remote->practitionerServerId, report, depth);
        if (!practitioner)
            return practitioner.error();
        const QString key = *patient + u'|' + *practitioner;
        const QString version = FhirMapping::versionOf(resource);
        if (const auto l = ctx.link(u"Flag"_s, key); l && l->version == version)
            return false;
        Transaction tx(ctx.db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        // A block or lift decided at this desk and not sent yet wins; it goes up next.
        auto pending = ctx.db.exec(u"SELECT 1 FROM change_journal WHERE entity = 'booking-block' AND entity_id = ? "
                                   "AND state = 'pending' LIMIT 1"_s,
                                   {key});
        const bool deskDecided = pending && pending->next();
        const NoShowStatus status = NoShowPolicy::status(ctx.db, *patient, *practitioner);
        if (!deskDecided && remote->blocked != status.blocked) {
            const QString action = remote->blocked ? u"block"_s : u"lift"_s;
            if (auto ok =
                    ctx.db.exec(u"INSERT INTO booking_blocks(patient_id, practitioner_id, action, reason, at_utc, "
                                "user_name) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                {*patient, *practitioner, action, SyncEngine::tr("Decided on the central agenda"),
                                 toStored(ctx.clock.now()), SyncEngine::tr("central agenda")});
                !ok)
                return ok.error();
            AuditEntry audit;
            audit.at = ctx.clock.now();
            audit.user = SyncEngine::tr("central agenda");
            audit.action = remote->blocked ? u"booking.block"_s : u"booking.unblock"_s;
            audit.entity = u"patient"_s;
            audit.entityId = *patient;
            audit.reason = SyncEngine::tr("Decided on the central agenda");
            audit.details = {{u"practitioner_id"_s, *practitioner}, {u"flag"_s, FhirMapping::serverId(resource)}};
            if (auto ok = AuditLog::append(ctx.db, audit); !ok)
                return ok.error();
        }
        return ctx.commitApplied(tx, u"Flag"_s, key, FhirMapping::serverId(resource), version,
                                 QJsonObject{{u"blocked"_s, remote->blocked}}, report);
    }
};

const ResourceHandler &flagHandler()
{
    static const FlagHandler handler;
    return handler;
}

} // namespace guichet
