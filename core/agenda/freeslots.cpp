#include "core/agenda/freeslots.h"

#include "core/access/session.h"
#include "core/agenda/bookingrules.h"
#include "core/agenda/openinghours.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/store/appointmentrepository.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"
#include "core/store/practicesettings.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

struct DayFilter
{
    SlotQuery::Half half = SlotQuery::Half::Any;
    QList<int> weekdays;
};

Result<QList<FreeSlot>> slotsIn(const Database &db, const QDateTime &now, const Practitioner &practitioner,
                                const Motif &motif, const QDate &from, const QDate &to, int count,
                                const DayFilter &filter);

// The first `count` free slots, looked for a fortnight at a time: the desk wants the next ones,
// most often found in the first days, so weeks further on are not read for nothing.
Result<QList<FreeSlot>> slotsOf(const Database &db, const QDateTime &now, const Practitioner &practitioner,
                                const Motif &motif, const QDate &from, const QDate &to, int count,
                                const DayFilter &filter)
{
    QList<FreeSlot> out;
    for (QDate first = from; first <= to && out.size() < count; first = first.addDays(14)) {
        auto found = slotsIn(db, now, practitioner, motif, first, std::min(to, first.addDays(13)),
                             count - int(out.size()), filter);
        if (!found)
            return found.error();
        out << *found;
    }
    return out;
}

Result<QList<FreeSlot>> slotsIn(const Database &db, const QDateTime &now, const Practitioner &practitioner,
                                const Motif &motif, const QDate &from, const QDate &to, int count,
                                const DayFilter &filter)
{
    PracticeRepository practice(db);
    const QString practitionerId = practitioner.id;
    const QString motifId = motif.id;
    const QTimeZone zone = practice.displayZone();
    const QDateTime rangeStart = QDateTime(from, QTime(0, 0), zone).toUTC();
    const QDateTime rangeEnd = QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC();
    // Everything that takes time away, loaded once for the range.
    QList<std::pair<qint64, qint64>> busy;
    auto booked = AppointmentRepository(db).inRange(rangeStart, rangeEnd, {practitionerId});
    if (!booked)
        return booked.error();
    for (const Appointment &a : *booked) {
        if (BookingRules::occupies(a))
            busy << std::pair{toStored(a.start), toStored(a.end)};
    }
    auto absences = practice.absences(practitionerId, rangeStart, rangeEnd);
    if (!absences)
        return absences.error();
    for (const Absence &a : *absences)
        busy << std::pair{toStored(a.start), toStored(a.end)};
    auto holds = db.exec(u"SELECT start_utc, end_utc FROM slot_holds WHERE practitioner_id = ? AND expires_at > ? "
                         "AND end_utc > ? AND start_utc < ?"_s,
                         {practitionerId, toStored(now), toStored(rangeStart), toStored(rangeEnd)});
    if (!holds)
        return holds.error();
    while (holds->next())
        busy << std::pair{holds->value(0).toLongLong(), holds->value(1).toLongLong()};
    std::sort(busy.begin(), busy.end());

    const qint64 length = qint64(motif.durationMinutes) * 60;
    auto loaded = OpeningHours::load(db, practitionerId, from, to);
    if (!loaded)
        return loaded.error();
    const OpeningHours &hours = *loaded;
    const qint64 nowStored = toStored(now);
    QList<FreeSlot> out;
    for (QDate day = from; day <= to && out.size() < count; day = day.addDays(1)) {
        if (!filter.weekdays.isEmpty() && !filter.weekdays.contains(day.dayOfWeek()))
            continue;
        const qint64 noon = toStored(QDateTime(day, QTime(12, 0), zone));
        QList<FreeSlot> today;
        for (const OpeningRange &r : hours.on(day)) {
            if (!r.motifIds.isEmpty() && !r.motifIds.contains(motifId))
                continue;
            qint64 t = toStored(QDateTime(day, r.start, zone));
            qint64 end = toStored(QDateTime(day, r.end, zone));
            if (filter.half == SlotQuery::Half::Morning)
                end = std::min(end, noon);
            else if (filter.half == SlotQuery::Half::Afternoon && t < noon)
                t = noon;
            while (t + length <= end) {
                if (t < nowStored) {
                    t += length;
                    continue;
                }
                qint64 blockedUntil = 0;
                for (const auto &[b0, b1] : std::as_const(busy)) {
                    if (b0 >= t + length)
                        break; // sorted by start: nothing further can overlap
                    if (b1 > t)
                        blockedUntil = std::max(blockedUntil, b1);
                }
                if (blockedUntil > 0) {
                    t = blockedUntil; // the next slot starts where the obstacle ends
                    continue;
                }
                today << FreeSlot{practitionerId, motifId, fromStored(t), fromStored(t + length)};
                t += length;
            }
        }
        std::sort(today.begin(), today.end(), [](const FreeSlot &a, const FreeSlot &b) { return a.start < b.start; });
        out << today;
    }
    if (out.size() > count)
        out.resize(count);
    return out;
}

} // namespace

std::optional<SlotQuery::Half> SlotQuery::halfFromCode(const QString &code)
{
    if (code == u"morning"_s || code == u"matin"_s)
        return Half::Morning;
    if (code == u"afternoon"_s || code == u"apres-midi"_s || code == u"après-midi"_s)
        return Half::Afternoon;
    if (code.isEmpty() || code == u"any"_s)
        return Half::Any;
    return std::nullopt;
}

Result<QList<FreeSlot>> FreeSlots::find(const Database &db, const QDateTime &now, const QString &practitionerId,
                                        const QString &motifId, const QDate &from, const QDate &to, int count)
{
    SlotQuery query;
    query.practitionerId = practitionerId;
    query.motifId = motifId;
    query.from = from;
    query.to = to;
    query.count = count;
    return search(db, now, query);
}

Result<QList<FreeSlot>> FreeSlots::search(const Database &db, const QDateTime &now, const SlotQuery &query)
{
    const QDate &from = query.from;
    const QDate &to = query.to;
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(tr("The last day cannot come before the first."), u"slots.dates"_s);
    if (from.daysTo(to) > 366)
        return Error::invalid(tr("Look for free slots over a year at most."), u"slots.dates"_s);
    if (query.count < 1 || query.count > 100000 || query.offset < 0 || query.offset > 100000)
        return Error::invalid(tr("Ask for at least one free slot."), u"slots.count"_s);
    for (int day : query.weekdays) {
        if (day < 1 || day > 7)
            return Error::invalid(tr("Weekdays go from 1 (Monday) to 7 (Sunday)."), u"slots.weekday"_s);
    }
    PracticeRepository practice(db);
    // Each practitioner asked for, with their visit reason.
    QList<std::pair<Practitioner, Motif>> wanted;
    const QString specialty = query.specialty.trimmed();
    if (query.practitionerId.isEmpty()) {
        QString label = query.motifId.trimmed();
        if (auto m = practice.motif(query.motifId))
            label = m->label;
        for (const Practitioner &p : practice.practitioners()) {
            if (!specialty.isEmpty() && p.specialty.compare(specialty, Qt::CaseInsensitive) != 0)
                continue;
            for (const Motif &m : practice.motifs(p.id)) {
                if (m.active && m.label.compare(label, Qt::CaseInsensitive) == 0) {
                    wanted << std::pair{p, m};
                    break;
                }
            }
        }
        if (wanted.isEmpty() && !specialty.isEmpty())
            return Error::invalid(
                tr("No practitioner of the specialty \"%1\" offers the visit reason \"%2\".").arg(specialty, label),
                u"slots.specialty"_s);
        if (wanted.isEmpty())
            return Error::invalid(tr("No practitioner offers the visit reason \"%1\".").arg(label), u"slots.motif"_s);
    } else {
        auto practitioner = practice.practitioner(query.practitionerId);
        if (!practitioner)
            return Error::invalid(practitioner.error().message, u"slots.practitioner"_s);
        auto motif = practice.motif(query.motifId);
        if (!motif)
            return Error::invalid(motif.error().message, u"slots.motif"_s);
        if (motif->practitionerId != practitioner->id)
            return Error::invalid(tr("This visit reason is not one of this practitioner's."), u"slots.motif"_s);
        wanted << std::pair{*practitioner, *motif};
    }
    const DayFilter filter{query.half, query.weekdays};
    const int needed = query.offset + query.count;
    QList<FreeSlot> all;
    for (const auto &[practitioner, motif] : std::as_const(wanted)) {
        auto found = slotsOf(db, now, practitioner, motif, from, to, needed, filter);
        if (!found)
            return found.error();
        all << *found;
    }
    std::stable_sort(all.begin(), all.end(), [](const FreeSlot &a, const FreeSlot &b) { return a.start < b.start; });
    return all.mid(query.offset, query.count);
}

Result<SlotHold> FreeSlots::hold(const Session &session, const QString &practitionerId, const QString &motifId,
                                 const QDateTime &start)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    auto motif = PracticeRepository(db).motif(motifId);
    if (!motif)
        return Error::invalid(motif.error().message, u"slots.motif"_s);
    SlotHold h;
    h.id = newUuid();
    h.practitionerId = practitionerId;
    h.start = start.toUTC();
    h.end = h.start.addSecs(qint64(motif->durationMinutes) * 60);
    h.expiresAt = session.now().addSecs(qint64(PracticeSettings(db).holdMinutes()) * 60);
    // A hold is taken where an online booking could be made, by nobody else.
    auto overlaps = AppointmentRepository(db).inRange(h.start, h.end, {practitionerId});
    if (!overlaps)
        return overlaps.error();
    for (const Appointment &a : *overlaps) {
        if (BookingRules::occupies(a))
            return Error::refused(tr("This slot is already taken."), u"agenda.overlap"_s);
    }
    auto held = db.exec(u"SELECT 1 FROM slot_holds WHERE practitioner_id = ? AND expires_at > ? AND start_utc < ? "
                        "AND end_utc > ?"_s,
                        {practitionerId, toStored(session.now()), toStored(h.end), toStored(h.start)});
    if (!held)
        return held.error();
    if (held->next())
        return Error::refused(tr("This slot is held for a patient who is confirming online; it frees up within 15 "
                                 "minutes."),
                              u"agenda.held"_s);
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    // Expired holds are cleared as new ones come.
    if (auto ok = db.exec(u"DELETE FROM slot_holds WHERE expires_at <= ?"_s, {toStored(session.now())}); !ok)
        return ok.error();
    if (auto ok = db.exec(
            u"INSERT INTO slot_holds(id, practitioner_id, start_utc, end_utc, created_at, expires_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"_s,
            {h.id, practitionerId, toStored(h.start), toStored(h.end), toStored(session.now()), toStored(h.expiresAt)});
        !ok)
        return ok.error();
    // Published to the central agenda (a busy-tentative Slot): every desk and the platform see
    // the time as taken until the hold ends.
    if (auto ok = ChangeJournal::record(db, u"slot-hold"_s, u"hold-"_s + h.id, u"create"_s, {}, session.now()); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return h;
}

Result<QList<FreeSlot>> FreeSlots::search(const Session &session, const SlotQuery &query)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return search(session.database(), session.now(), query);
}

} // namespace guichet
