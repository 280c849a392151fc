// Slot, for the holds only: a desk's hold of a time while a patient confirms online goes up as a
// busy-tentative Slot and is released (deleted) when it ends; the other desks receive it and
// treat the time as taken until its end. The free slots are the SlotPublisher's.
#include "core/base/clock.h"
#include "core/base/timeutil.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"
#include "core/sync/fhirclient.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/slotpublisher.h"
#include "core/sync/synccontext.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncengine_p.h"

using namespace Qt::StringLiterals;

namespace guichet {

using namespace syncdetail;

namespace {

struct HoldRow
{
    QString practitionerId;
    QDateTime start, end, expiresAt;
    bool received = false;
};

// The hold behind "hold-<id>", when it is still there.
Result<std::optional<HoldRow>> holdRow(const Database &db, const QString &localId)
{
    auto r = db.exec(u"SELECT practitioner_id, start_utc, end_utc, expires_at, received FROM slot_holds WHERE id = ?"_s,
                     {localId.mid(5)});
    if (!r)
        return r.error();
    if (!r->next())
        return std::optional<HoldRow>();
    return std::optional<HoldRow>(HoldRow{r->value(0).toString(), fromStored(r->value(1).toLongLong()),
                                          fromStored(r->value(2).toLongLong()), fromStored(r->value(3).toLongLong()),
                                          r->value(4).toBool()});
}

} // namespace

class SlotHoldHandler final : public ResourceHandler
{
public:
    QString type() const override { return u"Slot"_s; }
    QString journalEntity() const override { return u"slot-hold"_s; }
    QString pullQuery() const override { return u"status=busy-tentative"_s; }

    PushOutcome push(SyncContext &ctx, const QString &localId, SyncReport &report, int depth) const override
    {
        auto row = holdRow(ctx.db, localId);
        if (!row)
            return ctx.refuse(row.error().message);
        const bool live = *row && !(*row)->received && (*row)->expiresAt > ctx.clock.now();
        if (!live)
            return release(ctx, localId);
        if (const PushOutcome o = ctx.need(u"Practitioner"_s, (*row)->practitionerId, report, depth);
            o != PushOutcome::Done)
            return o;
        auto practitioner = PracticeRepository(ctx.db).practitioner((*row)->practitionerId);
        if (!practitioner)
            return ctx.refuse(practitioner.error().message);
        if (!SlotPublisher(ctx).ensureSchedule(*practitioner, report))
            return ctx.failed(report.log.value(report.log.size() - 1), report.offline, report.serverError);
        return ctx.pushResource(type(), localId, report);
    }

    Result<Outgoing> outgoing(SyncContext &ctx, const QString &localId) const override
    {
        auto row = holdRow(ctx.db, localId);
        if (!row)
            return row.error();
        if (!*row)
            return Error::notFound(SyncEngine::tr("the hold has ended"));
        const HoldRow &h = **row;
        return Outgoing{ctx.mapping.holdSlot(localId.mid(5), h.practitionerId, h.start, h.end, h.expiresAt),
                        QJsonObject{{u"own"_s, true}}, localId, u"urn:guichet:slot"_s};
    }

    Result<bool> apply(SyncContext &ctx, const QJsonObject &resource, SyncReport &report, int depth) const override
    {
        auto remote = FhirMapping::readHoldSlot(resource);
        if (!remote)
            return remote.error().code == ErrorCode::NotFound ? Result<bool>(false) : Result<bool>(remote.error());
        const QString localId = u"hold-"_s + remote->holdId;
        auto row = holdRow(ctx.db, localId);
        if (!row)
            return row.error();
        if (*row && !(*row)->received)
            return false; // this desk's own hold
        const QString version = FhirMapping::versionOf(resource);
        if (const auto l = ctx.link(type(), localId); l && l->version == version)
            return false;
        auto practitioner = ctx.ensureLocal(u"Practitioner"_s, remote->practitionerServerId, report, depth);
        if (!practitioner)
            return practitioner.error();
        Transaction tx(ctx.db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        // Cleared with the other ended holds as they come; taken until then.
        if (remote->busy && remote->expiresAt > ctx.clock.now()) {
            if (auto ok = ctx.db.exec(
                    u"INSERT INTO slot_holds(id, practitioner_id, start_utc, end_utc, created_at, expires_at, "
                    u"received) "
                    "VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT(id) DO UPDATE SET start_utc = excluded.start_utc, "
                    "end_utc = excluded.end_utc, expires_at = excluded.expires_at"_s,
                    {remote->holdId, *practitioner, toStored(remote->start), toStored(remote->end),
                     toStored(ctx.clock.now()), toStored(remote->expiresAt)});
                !ok)
                return ok.error();
        } else if (auto ok = ctx.db.exec(u"DELETE FROM slot_holds WHERE id = ? AND received = 1"_s, {remote->holdId});
                   !ok) {
            return ok.error();
        }
        return ctx.commitApplied(tx, type(), localId, FhirMapping::serverId(resource), version,
                                 QJsonObject{{u"own"_s, false}}, report);
    }

    // A hold that ended (booked, or its time up): its Slot leaves the central agenda.
    static PushOutcome release(SyncContext &ctx, const QString &localId)
    {
        const auto l = ctx.link(u"Slot"_s, localId);
        if (!l || !l->shadow.value(u"own"_s).toBool())
            return PushOutcome::Done;
        const FhirResponse r = ctx.client.remove(u"Slot"_s, l->serverId);
        if (!r.ok() && r.status != 404 && r.status != 410)
            return ctx.failed(r.error, r.networkFailure(), r.serverFailure());
        if (auto gone =
                ctx.db.exec(u"DELETE FROM sync_links WHERE resource_type = 'Slot' AND local_id = ?"_s, {localId});
            !gone)
            return ctx.refuse(gone.error().message);
        return PushOutcome::Done;
    }
};

const ResourceHandler &slotHoldHandler()
{
    static const SlotHoldHandler handler;
    return handler;
}

// The holds this desk published whose time is up: released at each exchange.
void syncdetail::releaseEndedHolds(SyncContext &ctx, SyncReport &report)
{
    auto r = ctx.db.exec(u"SELECT l.local_id FROM sync_links l LEFT JOIN slot_holds h ON 'hold-' || h.id = l.local_id "
                         "WHERE l.resource_type = 'Slot' AND l.local_id LIKE 'hold-%' "
                         "AND (h.id IS NULL OR h.expires_at <= ?)"_s,
                         {toStored(ctx.clock.now())});
    if (!r)
        return;
    QStringList ended;
    while (r->next())
        ended << r->value(0).toString();
    for (const QString &localId : std::as_const(ended))
        if (SlotHoldHandler::release(ctx, localId) == PushOutcome::Offline) {
            report.offline = true;
            return;
        }
    (void)ctx.db.exec(u"DELETE FROM slot_holds WHERE received = 1 AND expires_at <= ?"_s, {toStored(ctx.clock.now())});
}

} // namespace guichet
