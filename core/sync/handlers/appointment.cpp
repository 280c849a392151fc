// Appointment: merged field by field with the desk's changes not sent yet; two bookings of
// one slot, or a cancellation online of a visit the desk moved, wait for a person.
#include "core/agenda/appointmentservice.h"
#include "core/agenda/appointmentwrite.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/waitinglist.h"
#include "core/base/clock.h"
#include "core/base/uuid.h"
#include "core/reminders/reminderservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/synccontext.h"
#include "core/sync/syncengine_p.h"
#include "core/sync/syncreview.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace guichet {

using namespace syncdetail;

class AppointmentHandler final : public ResourceHandler
{
public:
    QString type() const override { return u"Appointment"_s; }
    QString table() const override { return u"appointments"_s; }
    QString journalEntity() const override { return u"appointment"_s; }
    bool mergedOnPrecondition() const override { return true; }

    PushOutcome push(SyncContext &ctx, const QString &localId, SyncReport &report, int depth) const override
    {
        auto a = AppointmentRepository(ctx.db).byId(localId);
        if (!a)
            return ctx.refuse(a.error().message);
        for (const auto &[t, id] :
             {std::pair{u"Patient"_s, a->patientId}, std::pair{u"Practitioner"_s, a->practitionerId}})
            if (const PushOutcome o = ctx.need(t, id, report, depth); o != PushOutcome::Done)
                return o;
        if (const PushOutcome o = ctx.pushResource(type(), localId, report); o != PushOutcome::Done)
            return o;
        // A no-show or a late cancellation may block (or no longer block) online booking.
        const NoShowStatus status = NoShowPolicy::status(ctx.db, a->patientId, a->practitionerId);
        const QString key = a->patientId + u'|' + a->practitionerId;
        const auto flag = ctx.link(u"Flag"_s, key);
        if ((!flag && !status.blocked) || (flag && flag->shadow.value(u"blocked"_s).toBool() == status.blocked))
            return PushOutcome::Done;
        return ctx.pushResource(u"Flag"_s, key, report);
    }

    Result<Outgoing> outgoing(SyncContext &ctx, const QString &localId) const override
    {
        auto a = AppointmentRepository(ctx.db).byId(localId);
        if (!a)
            return a.error();
        QString label;
        if (!a->motifId.isEmpty())
            if (auto m = PracticeRepository(ctx.db).motif(a->motifId))
                label = m->label;
        return Outgoing{ctx.mapping.appointment(*a, label), FhirMapping::fields(*a), {}};
    }

    Result<bool> apply(SyncContext &ctx, const QJsonObject &resource, SyncReport &report, int depth) const override
    {
        auto remote = FhirMapping::readAppointment(resource);
        if (!remote)
            return remote.error();
        const QString serverId = FhirMapping::serverId(resource);
        const QString version = FhirMapping::versionOf(resource);
        AppointmentRepository appointments(ctx.db);
        PracticeRepository practice(ctx.db);
        const QString carried = remote->appointment.id;
        QString local = ctx.matchLocal(u"Appointment"_s, serverId, carried);
        const auto l = local.isEmpty() ? std::nullopt : ctx.link(u"Appointment"_s, local);
        if (l && l->version == version)
            return false;
        Appointment incoming = remote->appointment;
        auto patient = ctx.ensureLocal(u"Patient"_s, remote->patientServerId, report, depth);
        if (!patient)
            return patient.error();
        auto practitionerId = ctx.ensureLocal(u"Practitioner"_s, remote->practitionerServerId, report, depth);
        if (!practitionerId)
            return practitionerId.error();
        auto practitioner = practice.practitioner(*practitionerId);
        if (!practitioner)
            return practitioner.error();
        incoming.patientId = *patient;
        incoming.practitionerId = *practitionerId;
        incoming.siteId = practitioner->siteId;

        Transaction tx(ctx.db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        if (!remote->motifId.isEmpty()) {
            auto motif = practice.motif(remote->motifId);
            if (motif && motif->practitionerId == incoming.practitionerId) {
                incoming.motifId = motif->id;
            } else if (!motif) {
                // A visit reason this desk has not seen yet: known by its code and label.
                Motif m;
                m.id = remote->motifId;
                m.practitionerId = incoming.practitionerId;
                m.label = remote->motifLabel.isEmpty() ? SyncEngine::tr("Visit") : remote->motifLabel.left(120);
                m.durationMinutes = int(qMax<qint64>(5, incoming.start.secsTo(incoming.end) / 60));
                m.color = u"#7fb3e6"_s;
                if (auto ok = practice.insertMotif(m); !ok)
                    return ok.error();
                incoming.motifId = m.id;
            }
        }
        const QDateTime now = ctx.clock.now();
        // Made on the platform, not by a desk (which judged it by the rules when it was made):
        // judged here as an online act, at the time the central agenda recorded it.
        const bool fromPlatform = !FhirMapping::madeByADesk(resource);
        QDateTime actedAt = QDateTime::fromString(
            resource.value(u"meta"_s).toObject().value(u"lastUpdated"_s).toString(), Qt::ISODateWithMs);
        if (!actedAt.isValid() || actedAt > now)
            actedAt = now;
        QString act;
        std::optional<Appointment> before;
        // Two bookings of one slot are always shown to a person, never resolved silently.
        auto overlapping = [&](const Appointment &a) -> Result<QString> {
            if (!AppointmentStatuses::occupiesSlot(a.status))
                return QString();
            auto others = appointments.inRange(a.start, a.end, {a.practitionerId});
            if (!others)
                return others.error();
            for (const Appointment &other : *others)
                if (other.id != a.id && AppointmentStatuses::occupiesSlot(other.status) && other.start < a.end
                    && a.start < other.end && other.patientId != a.patientId)
                    return other.id;
            return QString();
        };
        QString otherId;
        bool statusChanged = true;
        AppointmentStatus fromStatus = incoming.status;
        if (local.isEmpty()) {
            incoming.id = isUuid(carried) ? carried : newUuid();
            if (!incoming.createdAt.isValid())
                incoming.createdAt = now;
            if (incoming.createdBy.isEmpty())
                incoming.createdBy = SyncEngine::tr("central agenda");
            local = incoming.id;
            auto other = overlapping(incoming);
            if (!other)
                return other.error();
            otherId = *other;
            // Booked at another desk: that desk plans its messages. Booked online: the desk that
            // plans received changes does.
            AppointmentWrite::Step step{
                now, SyncEngine::tr("central agenda"), {}, AppointmentWrite::Origin::CentralAgenda};
            step.plansMessages = !isUuid(carried) && ReminderService::plansReceivedChanges(ctx.db);
            step.planLater = &ctx.plansDue;
            if (auto ok = AppointmentWrite::create(ctx.db, incoming, step); !ok)
                return ok.error();
            statusChanged = false;
            if (fromPlatform && AppointmentStatuses::occupiesSlot(incoming.status))
                act = u"booking"_s;
        } else {
            auto current = appointments.byId(local);
            if (!current)
                return current.error();
            before = *current;
            incoming.id = local;
            incoming.createdAt = current->createdAt;
            incoming.createdBy = current->createdBy;
            fromStatus = current->status;
            const QJsonObject localFields = FhirMapping::fields(*current);
            const QJsonObject remoteFields = FhirMapping::fields(incoming);
            Appointment merged = *current;
            if (!ctx.hasPending(u"appointment"_s, local)) {
                const QStringList keys = remoteFields.keys();
                FhirMapping::copyFields(merged, incoming, QSet<QString>(keys.begin(), keys.end()));
            } else {
                const QJsonObject base = l ? l->shadow : localFields;
                ThreeWay diff = compare(base, localFields, remoteFields);
                QString kind = u"fields"_s;
                const bool cancelledOnline =
                    remoteFields.value(u"status"_s) == u"cancelled"_s && base.value(u"status"_s) != u"cancelled"_s;
                const bool movedHere = localFields.value(u"start"_s) != base.value(u"start"_s)
                    || localFields.value(u"end"_s) != base.value(u"end"_s);
                if (cancelledOnline && movedHere && !diff.conflicting.contains(u"status"_s)) {
                    kind = u"cancelled-moved"_s;
                    diff.conflicting << u"status"_s << u"start"_s;
                }
                if (!diff.conflicting.isEmpty())
                    return ctx.holdForAPerson(tx, u"Appointment"_s, local, kind, diff.conflicting, localFields,
                                              remoteFields, resource, report);
                FhirMapping::copyFields(merged, incoming, diff.remoteOnly);
            }
            const QJsonObject mergedFields = FhirMapping::fields(merged);
            if (mergedFields.value(u"start"_s) != localFields.value(u"start"_s)
                || mergedFields.value(u"end"_s) != localFields.value(u"end"_s)
                || mergedFields.value(u"practitioner_id"_s) != localFields.value(u"practitioner_id"_s)
                || (mergedFields.value(u"status"_s) != localFields.value(u"status"_s)
                    && !AppointmentStatuses::occupiesSlot(fromStatus))) {
                auto other = overlapping(merged);
                if (!other)
                    return other.error();
                otherId = *other;
            }
            statusChanged = merged.status != fromStatus;
            const bool cancelled =
                merged.status == AppointmentStatus::Cancelled && AppointmentStatuses::occupiesSlot(fromStatus);
            if (fromPlatform) {
                if (cancelled && merged.cancelledBy == CancelledBy::Patient) {
                    // Late exactly as at the desk: counted, the notice planned by the rules.
                    auto who = practice.practitioner(merged.practitionerId);
                    const int deadline = who ? who->onlineCancelDeadlineHours : 4;
                    merged.lateCancellation = merged.lateCancellation
                        || AppointmentService::isLateCancellation(merged.start, actedAt, deadline);
                    act = u"cancellation"_s;
                } else if (fromStatus == AppointmentStatus::Cancelled && merged.status == AppointmentStatus::Booked) {
                    act = u"reinstatement"_s;
                } else if (AppointmentStatuses::occupiesSlot(merged.status)
                           && (merged.start != current->start || merged.end != current->end
                               || merged.practitionerId != current->practitionerId)) {
                    act = u"move"_s;
                }
            } else if (cancelled) {
                if (auto ok = SyncReview::settledElsewhere(ctx.db, local, now); !ok)
                    return ok.error();
            }
            incoming.status = merged.status;
            incoming.lateCancellation = merged.lateCancellation;
            if (auto ok = AppointmentWrite::change(ctx.db, *current, merged,
                                                   {now, SyncEngine::tr("central agenda"),
                                                    statusChanged ? merged.reason : SyncEngine::tr("moved"),
                                                    AppointmentWrite::Origin::CentralAgenda, true, &ctx.plansDue});
                !ok)
                return ok.error();
        }
        if (!act.isEmpty()) {
            auto stored = appointments.byId(local);
            if (!stored)
                return stored.error();
            auto raised = SyncReview::judge(ctx.db, *stored, act, actedAt, now, before ? &*before : nullptr);
            if (!raised)
                return raised.error();
            report.newReviews += *raised;
        }
        // The messages followed what the central agenda changed (AppointmentWrite); a booking of a
        // slot offered from the waiting list replaces the patient's later appointment.
        if (incoming.status == AppointmentStatus::Booked && otherId.isEmpty())
            if (auto ok = WaitingList::acceptBooked(ctx.db, local, now); !ok)
                return ok.error();
        if (!otherId.isEmpty()) {
            Appointment mine;
            if (auto other = appointments.byId(otherId))
                mine = *other;
            QJsonObject remoteShown = FhirMapping::fields(incoming);
            remoteShown.insert(u"_resource"_s, resource);
            if (auto ok = ctx.recordConflict({{},
                                              u"Appointment"_s,
                                              local,
                                              u"double-booking"_s,
                                              {u"start"_s},
                                              FhirMapping::fields(mine),
                                              remoteShown,
                                              version,
                                              otherId,
                                              {},
                                              {},
                                              {}},
                                             report);
                !ok)
                return ok.error();
        }
        Appointment shadow = incoming;
        shadow.status = remote->appointment.status;
        return ctx.commitApplied(tx, u"Appointment"_s, local, serverId, version, FhirMapping::fields(shadow), report);
    }
};

const ResourceHandler &appointmentHandler()
{
    static const AppointmentHandler handler;
    return handler;
}

} // namespace guichet
