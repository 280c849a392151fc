#include "core/agenda/waitinglist.h"

#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/appointmentwrite.h"
#include "core/agenda/bookingrules.h"
#include "core/agenda/freeslots.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/domain/jsonformat.h"
#include "core/reminders/reminderservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/notificationrepository.h"
#include "core/store/practicerepository.h"
#include "core/store/practicesettings.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

const auto kEntryColumns = u"id, appointment_id, patient_id, practitioner_id, motif_id, joined_at, offers_sent, state, "
                           "ended_at, end_reason, created_by"_s;
const auto kOfferColumns = u"id, entry_id, start_utc, end_utc, offered_at, state, closed_at"_s;

QList<WaitlistEntry> readEntries(QSqlQuery &q)
{
    QList<WaitlistEntry> out;
    while (q.next()) {
        WaitlistEntry e;
        e.id = q.value(0).toString();
        e.appointmentId = q.value(1).toString();
        e.patientId = q.value(2).toString();
        e.practitionerId = q.value(3).toString();
        e.motifId = q.value(4).toString();
        e.joinedAt = fromStored(q.value(5).toLongLong());
        e.offersSent = q.value(6).toInt();
        e.state = q.value(7).toString();
        if (!q.value(8).isNull())
            e.endedAt = fromStored(q.value(8).toLongLong());
        e.endReason = q.value(9).toString();
        e.createdBy = q.value(10).toString();
        out << e;
    }
    return out;
}

QList<WaitlistOffer> readOffers(QSqlQuery &q)
{
    QList<WaitlistOffer> out;
    while (q.next()) {
        WaitlistOffer o;
        o.id = q.value(0).toString();
        o.entryId = q.value(1).toString();
        o.start = fromStored(q.value(2).toLongLong());
        o.end = fromStored(q.value(3).toLongLong());
        o.offeredAt = fromStored(q.value(4).toLongLong());
        o.state = q.value(5).toString();
        if (!q.value(6).isNull())
            o.closedAt = fromStored(q.value(6).toLongLong());
        out << o;
    }
    return out;
}

Result<void> endEntry(const Database &db, const QString &id, const QString &state, const QString &reason,
                      const QDateTime &now)
{
    auto r = db.exec(
        u"UPDATE waitlist_entries SET state = ?, ended_at = ?, end_reason = ? WHERE id = ? AND state = 'waiting'"_s,
        {state, toStored(now), reason, id});
    if (!r)
        return r.error();
    return {};
}

// Closes an offer and withdraws its messages not sent yet.
Result<void> closeOffer(const Database &db, const QString &id, const QString &state, const QDateTime &now,
                        const QString &appointmentId = {})
{
    auto r = db.exec(
        u"UPDATE waitlist_offers SET state = ?, closed_at = ?, appointment_id = ? WHERE id = ? AND state = 'open'"_s,
        {state, toStored(now),
         appointmentId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(appointmentId), id});
    if (!r)
        return r.error();
    NotificationRepository notifications(db);
    for (const NotificationRequest &n : notifications.forOffer(id))
        if (auto ok = notifications.revoke(n.id); !ok)
            return ok;
    return {};
}

// Every open offer of the entry, and the open offers of others for the slot just taken.
Result<void> closeAfterAcceptance(const Database &db, const WaitlistEntry &entry, const WaitlistOffer &taken,
                                  const QDateTime &now, const QString &appointmentId)
{
    if (auto ok = closeOffer(db, taken.id, u"accepted"_s, now, appointmentId); !ok)
        return ok;
    auto r = db.exec(
        u"SELECT o.id, o.entry_id FROM waitlist_offers o JOIN waitlist_entries e ON e.id = o.entry_id "
        "WHERE o.state = 'open' AND (o.entry_id = ? OR (e.practitioner_id = ? AND o.start_utc < ? AND o.end_utc > ?))"_s,
        {entry.id, entry.practitionerId, toStored(taken.end), toStored(taken.start)});
    QStringList others;
    while (r && r->next())
        others << r->value(0).toString();
    for (const QString &id : std::as_const(others))
        if (auto ok = closeOffer(db, id, u"expired"_s, now); !ok)
            return ok;
    return endEntry(db, entry.id, u"accepted"_s, WaitingList::tr("earlier slot taken"), now);
}

// Records the offer of `slot` to `e` and plans its messages (e-mail and SMS, due now).
Result<WaitlistOffer> makeOffer(const Database &db, const ReminderPlanner &planner, const WaitlistEntry &e,
                                const FreeSlot &slot, const QDateTime &now)
{
    WaitlistOffer o{newUuid(), e.id, slot.start, slot.end, now, u"open"_s, {}};
    if (auto ok = db.exec(u"INSERT INTO waitlist_offers(id, entry_id, start_utc, end_utc, offered_at, state) "
                          "VALUES (?, ?, ?, ?, ?, 'open')"_s,
                          {o.id, o.entryId, toStored(o.start), toStored(o.end), toStored(now)});
        !ok)
        return ok.error();
    if (auto ok = db.exec(u"UPDATE waitlist_entries SET offers_sent = offers_sent + 1 WHERE id = ?"_s, {e.id}); !ok)
        return ok.error();
    auto input = ReminderService::input(db, e.appointmentId);
    if (!input)
        return input.error();
    for (const PlannedMessage &m : planner.waitlistOffer(*input, slot.start, now, o.id))
        if (auto ok = ReminderService::record(db, m, now); !ok)
            return ok.error();
    return o;
}

QTimeZone zoneOf(const Database &db)
{
    return PracticeRepository(db).displayZone();
}

} // namespace

Result<void> WaitingList::eligible(const Database &db, const Appointment &a, const QDateTime &now)
{
    if (a.status != AppointmentStatus::Booked)
        return Error::refused(tr("Only a booked appointment can go on the waiting list."), u"waitlist.status"_s);
    if (a.motifId.isEmpty())
        return Error::refused(tr("The appointment needs a visit reason to look for an earlier slot."),
                              u"waitlist.motif"_s);
    const int days = PracticeSettings(db).waitlistMinDays();
    if (now.secsTo(a.start) <= qint64(days) * 86400)
        return Error::refused(
            tr("The waiting list is offered only for an appointment more than %n days away.", nullptr, days),
            u"waitlist.too-soon"_s);
    const QTimeZone zone = zoneOf(db);
    const QDate today = now.toTimeZone(zone).date();
    auto free = FreeSlots::find(db, now, a.practitionerId, a.motifId, today, today.addDays(days - 1), 1);
    if (!free)
        return free.error();
    if (!free->isEmpty())
        return Error::refused(tr("A slot is free sooner, on %1: offer it to the patient rather than the waiting list.")
                                  .arg(free->first().start.toTimeZone(zone).toString(u"dd/MM/yyyy HH:mm"_s)),
                              u"waitlist.free-sooner"_s);
    if (forAppointment(db, a.id))
        return Error::refused(tr("This appointment is already on the waiting list."), u"waitlist.already"_s);
    return {};
}

Result<WaitlistEntry> WaitingList::join(const Session &session, const QString &appointmentId)
{
    auto a = AppointmentService::load(session, appointmentId, Right::Book);
    if (!a)
        return a.error();
    const Database &db = session.database();
    if (auto ok = eligible(db, *a, session.now()); !ok)
        return ok.error();
    WaitlistEntry e;
    e.id = newUuid();
    e.appointmentId = a->id;
    e.patientId = a->patientId;
    e.practitionerId = a->practitionerId;
    e.motifId = a->motifId;
    e.joinedAt = session.now();
    e.state = u"waiting"_s;
    e.createdBy = session.actor();
    auto r =
        db.exec(u"INSERT INTO waitlist_entries("_s + kEntryColumns
                    + u") VALUES (?, ?, ?, ?, ?, ?, 0, 'waiting', NULL, '', ?)"_s,
                {e.id, e.appointmentId, e.patientId, e.practitionerId, e.motifId, toStored(e.joinedAt), e.createdBy});
    if (!r)
        return r.error();
    return e;
}

Result<WaitlistEntry> WaitingList::leave(const Session &session, const QString &entryId, const QString &reason)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    auto e = entry(db, entryId);
    if (!e)
        return e.error();
    if (e->state != u"waiting"_s)
        return Error::refused(tr("This patient is no longer on the waiting list."), u"waitlist.not-waiting"_s);
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    for (const WaitlistOffer &o : offers(db, entryId))
        if (o.state == u"open"_s)
            if (auto ok = closeOffer(db, o.id, u"expired"_s, session.now()); !ok)
                return ok.error();
    if (auto ok = endEntry(db, entryId, u"ended"_s,
                           reason.trimmed().isEmpty() ? tr("left at the patient's request") : reason.trimmed(),
                           session.now());
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return entry(db, entryId);
}

QList<WaitlistEntry> WaitingList::entries(const Database &db, bool waitingOnly)
{
    auto q = db.exec(u"SELECT "_s + kEntryColumns + u" FROM waitlist_entries "_s
                     + (waitingOnly ? u"WHERE state = 'waiting' "_s : QString()) + u"ORDER BY joined_at, id"_s);
    return q ? readEntries(q.value()) : QList<WaitlistEntry>{};
}

std::optional<WaitlistEntry> WaitingList::forAppointment(const Database &db, const QString &appointmentId)
{
    auto q = db.exec(u"SELECT "_s + kEntryColumns
                         + u" FROM waitlist_entries WHERE appointment_id = ? AND state = 'waiting'"_s,
                     {appointmentId});
    if (!q)
        return std::nullopt;
    const QList<WaitlistEntry> found = readEntries(q.value());
    return found.isEmpty() ? std::nullopt : std::optional<WaitlistEntry>(found.first());
}

Result<WaitlistEntry> WaitingList::entry(const Database &db, const QString &id)
{
    auto q = db.exec(u"SELECT "_s + kEntryColumns + u" FROM waitlist_entries WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    const QList<WaitlistEntry> found = readEntries(q.value());
    if (found.isEmpty())
        return Error::notFound(tr("No waiting-list entry has the identifier %1.").arg(id));
    return found.first();
}

QList<WaitlistOffer> WaitingList::offers(const Database &db, const QString &entryId)
{
    auto q = db.exec(u"SELECT "_s + kOfferColumns
                         + u" FROM waitlist_offers WHERE entry_id = ? ORDER BY offered_at, start_utc"_s,
                     {entryId});
    return q ? readOffers(q.value()) : QList<WaitlistOffer>{};
}

Result<QList<WaitlistOffer>> WaitingList::openOffers(const Database &db)
{
    auto q = db.exec(u"SELECT "_s + kOfferColumns
                     + u" FROM waitlist_offers WHERE state = 'open' "
                       "ORDER BY offered_at, start_utc"_s);
    if (!q)
        return q.error();
    return readOffers(q.value());
}

Result<WaitlistOffer> WaitingList::offer(const Database &db, const QString &id)
{
    auto q = db.exec(u"SELECT "_s + kOfferColumns + u" FROM waitlist_offers WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    const QList<WaitlistOffer> found = readOffers(q.value());
    if (found.isEmpty())
        return Error::notFound(tr("No waiting-list offer has the identifier %1.").arg(id));
    return found.first();
}

Result<WaitlistOffer> WaitingList::openOffer(const Database &db, const QString &id)
{
    auto o = offer(db, id);
    if (o && o->state != u"open"_s)
        return Error::refused(
            tr("This offer is closed (%1): the slot was taken, has passed or was refused.").arg(o->state),
            u"waitlist.offer-closed"_s);
    return o;
}

Result<OfferRun> WaitingList::run(const Database &db, const QDateTime &now, bool force)
{
    OfferRun run;
    const PracticeSettings settings(db);
    const QString lastText = db.setting(u"waitlist.last_check"_s);
    if (!force && !lastText.isEmpty()) {
        const QDateTime last = fromStored(lastText.toLongLong());
        if (last <= now && last.secsTo(now) < qint64(settings.waitlistCheckMinutes()) * 60) {
            run.skipped = true;
            return run;
        }
    }
    const int perSlot = settings.waitlistOffersPerSlot();
    const int maxOffers = settings.waitlistMaxOffers();
    const QTimeZone zone = zoneOf(db);
    AppointmentRepository appointments(db);
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();

    // Free slots per practitioner, reason and day, read once.
    QHash<QString, QList<FreeSlot>> freeCache;
    auto freeOn = [&](const QString &practitionerId, const QString &motifId, const QDate &day) -> QList<FreeSlot> {
        const QString key = practitionerId + u'|' + motifId + u'|' + day.toString(Qt::ISODate);
        if (!freeCache.contains(key)) {
            auto found = FreeSlots::find(db, now, practitionerId, motifId, day, day, 200);
            freeCache.insert(key, found ? *found : QList<FreeSlot>{});
        }
        return freeCache.value(key);
    };

    // 1. Offers whose slot was taken or has passed are closed.
    auto open = db.exec(u"SELECT o.id, o.entry_id, o.start_utc, o.end_utc, e.practitioner_id, e.motif_id, e.state "
                        "FROM waitlist_offers o JOIN waitlist_entries e ON e.id = o.entry_id WHERE o.state = 'open'"_s);
    if (!open)
        return open.error();
    QStringList toExpire;
    while (open->next()) {
        const QDateTime start = fromStored(open->value(2).toLongLong());
        bool stillFree = false;
        if (start > now && open->value(6).toString() == u"waiting"_s)
            for (const FreeSlot &f :
                 freeOn(open->value(4).toString(), open->value(5).toString(), start.toTimeZone(zone).date()))
                stillFree = stillFree || f.start == start;
        if (!stillFree)
            toExpire << open->value(0).toString();
    }
    for (const QString &id : std::as_const(toExpire)) {
        if (auto ok = closeOffer(db, id, u"expired"_s, now); !ok)
            return ok.error();
        ++run.expired;
    }

    // 2. Entries whose appointment is gone or past end; ten offers not taken and none open: out.
    QList<WaitlistEntry> waiting;
    QHash<QString, Appointment> appointmentOf;
    for (const WaitlistEntry &e : entries(db)) {
        auto a = appointments.byId(e.appointmentId);
        if (!a || a->status != AppointmentStatus::Booked || a->start <= now) {
            if (auto ok = endEntry(db, e.id, u"ended"_s, tr("the appointment is no longer to come"), now); !ok)
                return ok.error();
            ++run.ended;
            continue;
        }
        bool anyOpen = false;
        for (const WaitlistOffer &o : offers(db, e.id))
            anyOpen = anyOpen || o.state == u"open"_s;
        if (e.offersSent >= maxOffers && !anyOpen) {
            if (auto ok = endEntry(db, e.id, u"left"_s, tr("%n offers not taken", nullptr, e.offersSent), now); !ok)
                return ok.error();
            ++run.left;
            continue;
        }
        waiting << e;
        appointmentOf.insert(e.id, *a);
    }

    // 3. Slots freed since the entries joined: cancelled, moved away or entered in error.
    if (!waiting.isEmpty()) {
        QDateTime since = waiting.first().joinedAt;
        for (const WaitlistEntry &e : std::as_const(waiting))
            since = std::min(since, e.joinedAt);
        struct Freed
        {
            QString practitionerId;
            QDateTime start;
            QDateTime end;
            QDateTime at;
        };
        QList<Freed> freed;
        auto h = db.exec(uR"(SELECT a.practitioner_id, h.to_status, h.at_utc, a.start_utc, a.end_utc, h.start_utc,
                (SELECT p.start_utc FROM appointment_history p WHERE p.appointment_id = h.appointment_id AND p.seq < h.seq
                 ORDER BY p.seq DESC LIMIT 1)
            FROM appointment_history h JOIN appointments a ON a.id = h.appointment_id
            WHERE h.at_utc >= ? AND (h.to_status IN ('cancelled', 'entered-in-error') OR
                                     (h.from_status = 'booked' AND h.to_status = 'booked')))"_s,
                         {toStored(since)});
        if (!h)
            return h.error();
        while (h->next()) {
            const qint64 length = h->value(4).toLongLong() - h->value(3).toLongLong();
            Freed f{h->value(0).toString(), {}, {}, fromStored(h->value(2).toLongLong())};
            if (h->value(1).toString() == u"booked"_s) {
                if (h->value(6).isNull() || h->value(6).toLongLong() == h->value(5).toLongLong())
                    continue; // a length change, not a move
                f.start = fromStored(h->value(6).toLongLong());
            } else {
                f.start = fromStored(h->value(3).toLongLong());
            }
            f.end = f.start.addSecs(length);
            if (f.end > now)
                freed << f;
        }
        QSet<QString> offeredThisRun;
        const ReminderPlanner planner(ReminderService::rules(db), MessageTemplates::load(db));
        for (const Freed &f : std::as_const(freed)) {
            // Each reason of each waiting patient of this practitioner, in the freed time.
            QSet<QString> motifs;
            for (const WaitlistEntry &e : std::as_const(waiting))
                if (e.practitionerId == f.practitionerId)
                    motifs.insert(e.motifId);
            for (const QString &motifId : std::as_const(motifs)) {
                for (const FreeSlot &slot : freeOn(f.practitionerId, motifId, f.start.toTimeZone(zone).date())) {
                    if (slot.start < f.start || slot.end > f.end || slot.start <= now)
                        continue;
                    auto count =
                        db.exec(u"SELECT COUNT(*) FROM waitlist_offers o JOIN waitlist_entries e ON e.id = o.entry_id "
                                "WHERE o.state = 'open' AND e.practitioner_id = ? AND o.start_utc = ?"_s,
                                {f.practitionerId, toStored(slot.start)});
                    int need = perSlot - (count && count->next() ? count->value(0).toInt() : 0);
                    for (const WaitlistEntry &e : std::as_const(waiting)) {
                        if (need <= 0)
                            break;
                        const Appointment &a = appointmentOf[e.id];
                        if (e.practitionerId != f.practitionerId || e.motifId != motifId
                            || offeredThisRun.contains(e.id) || e.offersSent >= maxOffers || slot.start >= a.start
                            || e.joinedAt > f.at)
                            continue;
                        auto seen = db.exec(u"SELECT 1 FROM waitlist_offers WHERE entry_id = ? AND start_utc = ?"_s,
                                            {e.id, toStored(slot.start)});
                        if (seen && seen->next())
                            continue;
                        // Offered only when taking it is allowed by every rule, as accepting it
                        // moves the appointment there (AppointmentService::move).
                        const BookingRequest request{a.patientId, a.practitionerId, a.motifId,
                                                     slot.start,  slot.end,         BookingChannel::Desk,
                                                     QString(),   QString(),        a.id};
                        const RuleCheck rules = BookingRules::check(db, now, request);
                        if (!rules.allowed()) {
                            for (const Error &why : rules.refusals)
                                if (why.rule == u"agenda.read"_s)
                                    return why;
                            continue;
                        }
                        auto o = makeOffer(db, planner, e, slot, now);
                        if (!o)
                            return o.error();
                        run.made << *o;
                        offeredThisRun.insert(e.id);
                        ++run.offers;
                        --need;
                    }
                }
            }
        }
    }
    if (auto ok = db.setSetting(u"waitlist.last_check"_s, QString::number(toStored(now))); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return run;
}

Result<Appointment> WaitingList::accept(const Session &session, const QString &offerId)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    auto o = openOffer(db, offerId);
    if (!o)
        return o.error();
    auto e = entry(db, o->entryId);
    if (!e)
        return e.error();
    if (e->state != u"waiting"_s)
        return Error::refused(tr("This patient is no longer on the waiting list."), u"waitlist.not-waiting"_s);
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    auto moved = AppointmentService::move(session, e->appointmentId, o->start);
    if (!moved)
        return moved.error();
    if (auto ok = closeAfterAcceptance(db, *e, *o, session.now(), e->appointmentId); !ok)
        return ok.error();
    if (auto ok = session.audit(u"waitlist.accept"_s, u"appointment"_s, e->appointmentId, QString(),
                                QJsonObject{{u"offer_id"_s, o->id}, {u"start"_s, o->start.toString(Qt::ISODate)}});
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return moved->appointment;
}

Result<WaitlistOffer> WaitingList::decline(const Session &session, const QString &offerId)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    auto o = openOffer(db, offerId);
    if (!o)
        return o.error();
    if (auto ok = closeOffer(db, o->id, u"declined"_s, session.now()); !ok)
        return ok.error();
    return offer(db, offerId);
}

Result<bool> WaitingList::acceptBooked(const Database &db, const QString &appointmentId, const QDateTime &now)
{
    AppointmentRepository appointments(db);
    auto booked = appointments.byId(appointmentId);
    if (!booked)
        return booked.error();
    auto q = db.exec(u"SELECT o.id, o.entry_id FROM waitlist_offers o JOIN waitlist_entries e ON e.id = o.entry_id "
                     "WHERE o.state = 'open' AND e.state = 'waiting' AND e.patient_id = ? AND e.practitioner_id = ? "
                     "AND o.start_utc = ? AND e.appointment_id <> ?"_s,
                     {booked->patientId, booked->practitionerId, toStored(booked->start), booked->id});
    if (!q)
        return q.error();
    if (!q->next())
        return false;
    auto o = offer(db, q->value(0).toString());
    auto e = entry(db, q->value(1).toString());
    if (!o || !e)
        return o ? e.error() : o.error();
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    auto original = appointments.byId(e->appointmentId);
    if (!original)
        return original.error();
    if (original->status == AppointmentStatus::Booked) {
        Appointment a = *original;
        a.status = AppointmentStatus::Cancelled;
        a.cancelledBy = CancelledBy::Patient;
        a.lateCancellation = false;
        a.reason = tr("Replaced by an earlier slot offered from the waiting list");
        if (auto ok = AppointmentWrite::change(db, *original, a, {now, tr("central agenda"), a.reason}); !ok)
            return ok.error();
    }
    if (auto ok = closeAfterAcceptance(db, *e, *o, now, booked->id); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return true;
}

Result<void> WaitingList::eligible(const Session &session, const Appointment &appointment)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return eligible(session.database(), appointment, session.now());
}

Result<QList<WaitlistEntry>> WaitingList::entries(const Session &session, bool waitingOnly)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return entries(session.database(), waitingOnly);
}

Result<std::optional<WaitlistEntry>> WaitingList::forAppointment(const Session &session, const QString &appointmentId)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return forAppointment(session.database(), appointmentId);
}

Result<WaitlistEntry> WaitingList::entry(const Session &session, const QString &id)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return entry(session.database(), id);
}

Result<QList<WaitlistOffer>> WaitingList::offers(const Session &session, const QString &entryId)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return offers(session.database(), entryId);
}

Result<QList<WaitlistOffer>> WaitingList::openOffers(const Session &session)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return openOffers(session.database());
}

Result<OfferRun> WaitingList::run(const Session &session, bool force)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    return run(session.database(), session.now(), force);
}

} // namespace guichet
