#include "core/agenda/freeslots.h"

#include "core/access/session.h"
#include "core/agenda/bookingrules.h"
#include "core/agenda/openinghours.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"
#include "core/store/practicesettings.h"

using namespace Qt::StringLiterals;

namespace guichet {

Result<QList<FreeSlot>> FreeSlots::find(const Database &db, const QDateTime &now, const QString &practitionerId,
                                        const QString &motifId, const QDate &from, const QDate &to, int count)
{
    PracticeRepository practice(db);
    auto practitioner = practice.practitioner(practitionerId);
    if (!practitioner)
        return Error::invalid(practitioner.error().message, u"slots.practitioner"_s);
    auto motif = practice.motif(motifId);
    if (!motif)
        return Error::invalid(motif.error().message, u"slots.motif"_s);
    if (motif->practitionerId != practitionerId)
        return Error::invalid(tr("This visit reason is not one of this practitioner's."), u"slots.motif"_s);
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(tr("The last day cannot come before the first."), u"slots.dates"_s);
    if (from.daysTo(to) > 366)
        return Error::invalid(tr("Look for free slots over a year at most."), u"slots.dates"_s);

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
    while (holds && holds->next())
        busy << std::pair{holds->value(0).toLongLong(), holds->value(1).toLongLong()};

    const qint64 length = qint64(motif->durationMinutes) * 60;
    auto loaded = OpeningHours::load(db, practitionerId, from, to);
    if (!loaded)
        return loaded.error();
    const OpeningHours &hours = *loaded;
    QList<FreeSlot> out;
    for (QDate day = from; day <= to && out.size() < count; day = day.addDays(1)) {
        for (const OpeningRange &r : hours.on(day)) {
            if (!r.motifIds.isEmpty() && !r.motifIds.contains(motifId))
                continue;
            qint64 t = toStored(QDateTime(day, r.start, zone));
            const qint64 end = toStored(QDateTime(day, r.end, zone));
            while (t + length <= end && out.size() < count) {
                if (t < toStored(now)) {
                    t += length;
                    continue;
                }
                qint64 blockedUntil = 0;
                for (const auto &[b0, b1] : std::as_const(busy)) {
                    if (b0 < t + length && b1 > t)
                        blockedUntil = std::max(blockedUntil, b1);
                }
                if (blockedUntil > 0) {
                    t = blockedUntil; // the next slot starts where the obstacle ends
                    continue;
                }
                out << FreeSlot{practitionerId, motifId, fromStored(t), fromStored(t + length)};
                t += length;
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const FreeSlot &a, const FreeSlot &b) { return a.start < b.start; });
    return out;
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
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return h;
}

} // namespace guichet
