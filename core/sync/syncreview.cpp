// The desk's list of acts received from the central agenda against the practice's rules.
#include "core/sync/syncreview.h"

#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/bookingrules.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/domain/text.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

const QString kColumns = u"id, appointment_id, patient_id, act, rule, message, acted_at, received_at, state, "
                         "settled_at, settled_by, settle_reason"_s;

SyncReviewItem itemOf(const QSqlQuery &q)
{
    SyncReviewItem i;
    i.id = q.value(0).toString();
    i.appointmentId = q.value(1).toString();
    i.patientId = q.value(2).toString();
    i.act = q.value(3).toString();
    i.rule = q.value(4).toString();
    i.message = q.value(5).toString();
    i.actedAt = fromStored(q.value(6).toLongLong());
    i.receivedAt = fromStored(q.value(7).toLongLong());
    i.state = q.value(8).toString();
    if (!q.value(9).isNull())
        i.settledAt = fromStored(q.value(9).toLongLong());
    i.settledBy = q.value(10).toString();
    i.settleReason = q.value(11).toString();
    return i;
}

} // namespace

Result<int> SyncReview::judge(const Database &db, const Appointment &after, const QString &act,
                              const QDateTime &actedAt, const QDateTime &now, const Appointment *before)
{
    QList<Error> broken;
    if (act == u"move"_s && before)
        if (auto ok = BookingRules::checkOnlineCancellation(db, actedAt, *before); !ok)
            broken << ok.error();
    if (act == u"cancellation"_s) {
        if (auto ok = BookingRules::checkOnlineCancellation(db, actedAt, after); !ok)
            broken << ok.error();
    } else {
        BookingRequest request;
        request.patientId = after.patientId;
        request.practitionerId = after.practitionerId;
        request.motifId = after.motifId;
        request.start = after.start;
        request.end = after.end;
        request.channel = BookingChannel::Online;
        request.excludeAppointmentId = after.id;
        const RuleCheck check = BookingRules::check(db, actedAt, request);
        // Opening hours are kept by the desk that set them (they travel as free slots only): a
        // desk that has none for this practitioner cannot judge the time.
        auto hours =
            db.exec(u"SELECT 1 FROM opening_ranges WHERE practitioner_id = ? LIMIT 1"_s, {after.practitionerId});
        if (!hours)
            return hours.error();
        const bool knowsHours = hours->next();
        for (const Error &e : check.refusals) {
            if (!knowsHours && (e.rule == u"agenda.closed"_s || e.rule == u"agenda.motif-hours"_s))
                continue;
            if (e.rule == u"agenda.read"_s)
                return e; // not judged is not "nothing broken"
            // Two bookings of one slot are a conflict of their own (SyncConflicts).
            if (e.rule != u"agenda.overlap"_s)
                broken << e;
        }
    }
    int raised = 0;
    for (const Error &e : std::as_const(broken)) {
        auto r =
            db.exec(u"INSERT INTO sync_reviews(id, appointment_id, patient_id, act, rule, message, acted_at, "
                    "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(appointment_id, act, rule, acted_at) DO NOTHING"_s,
                    {newUuid(), after.id, after.patientId, act, e.rule, e.message, toStored(actedAt), toStored(now)});
        if (!r)
            return r.error();
        auto changed = db.exec(u"SELECT changes()"_s);
        if (!changed)
            return changed.error();
        raised += changed->next() && changed->value(0).toInt() > 0 ? 1 : 0;
    }
    return raised;
}

Result<void> SyncReview::settledElsewhere(const Database &db, const QString &appointmentId, const QDateTime &now)
{
    auto r = db.exec(u"UPDATE sync_reviews SET state = 'cancelled', settled_at = ?, settled_by = ? "
                     "WHERE appointment_id = ? AND state = 'open' AND act <> 'cancellation'"_s,
                     {toStored(now), tr("another desk"), appointmentId});
    if (!r)
        return r.error();
    return {};
}

Result<int> SyncReview::openCount(const Database &db)
{
    auto r = db.exec(u"SELECT count(*) FROM sync_reviews WHERE state = 'open'"_s);
    if (!r)
        return r.error();
    return r->next() ? r->value(0).toInt() : 0;
}

Result<int> SyncReview::openCount(const Session &session)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return openCount(session.database());
}

Result<QList<SyncReviewItem>> SyncReview::list(const Session &session, bool openOnly)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    auto r = session.database().exec(u"SELECT "_s + kColumns + u" FROM sync_reviews "_s
                                     + (openOnly ? u"WHERE state = 'open' "_s : QString())
                                     + u"ORDER BY received_at, acted_at, id"_s);
    if (!r)
        return r.error();
    QList<SyncReviewItem> out;
    while (r->next())
        out << itemOf(*r);
    return out;
}

Result<SyncReviewItem> SyncReview::settle(const Session &session, const QString &id, Settlement how,
                                          const QString &reason)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    const QString key = id.trimmed();
    if (key.size() < 8)
        return Error::invalid(tr("Give the item's identifier (at least its first eight characters)."),
                              u"sync.review.id"_s);
    auto r = db.exec(u"SELECT "_s + kColumns + u" FROM sync_reviews WHERE id = ? OR substr(id, 1, ?) = ? LIMIT 2"_s,
                     {key, key.size(), key});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::notFound(tr("No item to check has the identifier %1.").arg(key.left(40)));
    SyncReviewItem item = itemOf(*r);
    if (r->next())
        return Error::invalid(tr("Several items to check start with %1: give more characters.").arg(key.left(40)),
                              u"sync.review.id"_s);
    if (item.state != u"open"_s)
        return Error::refused(tr("This item was already settled (%1).").arg(stateLabel(item.state)),
                              u"sync.review.settled"_s);
    auto why = Text::field(
        reason, [] { return tr("The reason"); }, 500);
    if (!why)
        return why.error();
    if (how != Settlement::Called && why->isEmpty())
        return Error::invalid(how == Settlement::Keep ? tr("Say why the appointment is kept despite the rule.")
                                                      : tr("A cancellation needs a reason."),
                              u"sync.review.reason"_s);

    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    QString state = u"kept"_s;
    QString action = u"sync.review.keep"_s;
    if (how == Settlement::Cancel) {
        auto a = AppointmentRepository(db).byId(item.appointmentId);
        if (!a)
            return a.error();
        if (!AppointmentStatuses::occupiesSlot(a->status))
            return Error::refused(tr("This appointment is no longer booked (%1): there is nothing to cancel.")
                                      .arg(AppointmentStatuses::label(a->status)),
                                  u"sync.review.not-booked"_s);
        // The patient is told by the cancellation message, as for any cancellation by the practice.
        auto cancelled =
            AppointmentService::changeStatus(session, item.appointmentId, AppointmentStatus::Cancelled, *why);
        if (!cancelled)
            return cancelled.error();
        state = u"cancelled"_s;
        action = u"sync.review.cancel"_s;
    } else if (how == Settlement::Called) {
        state = u"called"_s;
        action = u"sync.review.called"_s;
    }
    const QDateTime now = session.now();
    if (auto ok = db.exec(u"UPDATE sync_reviews SET state = ?, settled_at = ?, settled_by = ?, settle_reason = ? "
                          "WHERE id = ?"_s,
                          {state, toStored(now), session.actor(), *why, item.id});
        !ok)
        return ok.error();
    if (auto ok = session.audit(
            action, u"appointment"_s, item.appointmentId, *why,
            {{u"review"_s, item.id}, {u"rule"_s, item.rule}, {u"act"_s, item.act}, {u"patient_id"_s, item.patientId}});
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    item.state = state;
    item.settledAt = now;
    item.settledBy = session.actor();
    item.settleReason = *why;
    return item;
}

QString SyncReview::actLabel(const QString &act)
{
    if (act == u"booking"_s)
        return tr("Booked online");
    if (act == u"move"_s)
        return tr("Moved online");
    if (act == u"reinstatement"_s)
        return tr("Booked again online");
    if (act == u"cancellation"_s)
        return tr("Cancelled online");
    return act;
}

QString SyncReview::stateLabel(const QString &state)
{
    if (state == u"open"_s)
        return tr("to check");
    if (state == u"kept"_s)
        return tr("kept");
    if (state == u"cancelled"_s)
        return tr("cancelled");
    if (state == u"called"_s)
        return tr("patient called");
    return state;
}

} // namespace guichet
