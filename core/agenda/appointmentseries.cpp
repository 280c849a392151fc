#include "core/agenda/appointmentseries.h"

#include "core/access/session.h"
#include "core/base/uuid.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

int SeriesReport::booked() const
{
    return int(std::count_if(occurrences.begin(), occurrences.end(),
                             [](const SeriesOccurrence &o) { return o.appointment.has_value(); }));
}

int SeriesReport::refused() const
{
    return int(occurrences.size()) - booked();
}

Result<QList<QDateTime>> AppointmentSeries::starts(const SeriesRequest &r, const QTimeZone &zone)
{
    if ((r.everyDays > 0) == (r.everyWeeks > 0))
        return Error::invalid(tr("A series repeats every N days or every N weeks (one of the two)."),
                              u"series.interval"_s);
    const int step = r.everyDays > 0 ? r.everyDays : r.everyWeeks * 7;
    if (step < 1 || step > 366)
        return Error::invalid(tr("A series repeats at most once a day and at least once a year."),
                              u"series.interval"_s);
    if ((r.count > 0) == r.until.isValid())
        return Error::invalid(tr("Give either the number of appointments or the last day of the series."),
                              u"series.end"_s);
    if (r.count > MaxOccurrences)
        return Error::invalid(tr("A series holds at most %1 appointments.").arg(MaxOccurrences), u"series.count"_s);
    if (!r.first.start.isValid())
        return Error::invalid(tr("The appointment needs a start date and time."), u"appointment.start"_s);
    const QDateTime local = r.first.start.toTimeZone(zone);
    if (r.until.isValid() && r.until < local.date())
        return Error::invalid(tr("The last day of the series comes before its first appointment."), u"series.end"_s);
    QList<QDateTime> out;
    for (int i = 0;; ++i) {
        const QDate day = local.date().addDays(qint64(i) * step);
        if (r.count > 0 && i >= r.count)
            break;
        if (r.until.isValid() && day > r.until)
            break;
        if (i >= MaxOccurrences)
            return Error::invalid(
                tr("A series holds at most %1 appointments: choose an earlier last day.").arg(MaxOccurrences),
                u"series.count"_s);
        out << QDateTime(day, local.time(), zone).toUTC();
    }
    return out;
}

namespace {

// The free slot of the same practitioner and reason nearest to `wanted`, within a week either side.
std::optional<FreeSlot> nearest(const Database &db, const QDateTime &now, const AppointmentDraft &draft,
                                const QDateTime &wanted, const QTimeZone &zone)
{
    if (draft.motifId.isEmpty())
        return std::nullopt;
    const QDate day = wanted.toTimeZone(zone).date();
    const QDate today = now.toTimeZone(zone).date();
    SlotQuery query;
    query.practitionerId = draft.practitionerId;
    query.motifId = draft.motifId;
    query.from = std::max(today, day.addDays(-7));
    query.to = day.addDays(7);
    query.count = 1000;
    if (query.to < query.from)
        return std::nullopt;
    auto found = FreeSlots::search(db, now, query);
    if (!found || found->isEmpty())
        return std::nullopt;
    std::optional<FreeSlot> best;
    qint64 bestGap = 0;
    for (const FreeSlot &s : std::as_const(*found)) {
        const qint64 gap = std::abs(s.start.secsTo(wanted));
        if (!best || gap < bestGap) {
            best = s;
            bestGap = gap;
        }
    }
    return best;
}

} // namespace

Result<SeriesReport> AppointmentSeries::book(const Session &session, const SeriesRequest &request)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    PracticeRepository practice(db);
    auto practitioner = practice.practitioner(request.first.practitionerId);
    if (!practitioner)
        return Error::invalid(practitioner.error().message, u"appointment.practitioner"_s);
    auto site = practice.site(practitioner->siteId);
    const QTimeZone zone = site ? QTimeZone(site->timeZone.toUtf8()) : practice.displayZone();
    auto times = starts(request, zone);
    if (!times)
        return times.error();
    SeriesReport report;
    report.seriesId = newUuid();
    int position = 0;
    for (const QDateTime &start : std::as_const(*times)) {
        SeriesOccurrence occurrence;
        occurrence.position = ++position;
        occurrence.start = start;
        AppointmentDraft draft = request.first;
        draft.start = start;
        draft.holdId.clear();
        draft.replaceConflicts = false;
        draft.seriesId = report.seriesId;
        draft.seriesPosition = position;
        auto booked = AppointmentService::book(session, draft);
        if (booked) {
            occurrence.appointment = booked->appointment;
            occurrence.warnings = booked->warnings;
        } else {
            // A refusal by a rule is listed; a wrong request or a failure to write stops the
            // series here (the occurrences already booked stay, as the report would say).
            if (booked.error().code != ErrorCode::Refused && booked.error().code != ErrorCode::Conflict) {
                if (report.booked() == 0)
                    return booked.error();
                occurrence.refusal = booked.error();
                report.occurrences << occurrence;
                break;
            }
            occurrence.refusal = booked.error();
            occurrence.alternative = nearest(db, session.now(), draft, start, zone);
        }
        report.occurrences << occurrence;
    }
    if (report.booked() > 0) {
        QString first; // the first appointment booked names the series in the audit log
        for (const SeriesOccurrence &o : std::as_const(report.occurrences))
            if (o.appointment && first.isEmpty())
                first = o.appointment->id;
        if (auto ok = session.audit(u"appointment.series"_s, u"appointment"_s, first,
                                    tr("%1 booked, %2 refused").arg(report.booked()).arg(report.refused()),
                                    {{u"patient_id"_s, request.first.patientId},
                                     {u"series_id"_s, report.seriesId},
                                     {u"booked"_s, report.booked()},
                                     {u"refused"_s, report.refused()}});
            !ok)
            return ok.error();
    }
    return report;
}

Result<QList<Appointment>> AppointmentSeries::rest(const Session &session, const QString &appointmentId)
{
    auto found = AppointmentService::load(session, appointmentId, Right::ViewAgenda);
    if (!found)
        return found.error();
    AppointmentRepository appointments(session.database());
    auto link = appointments.seriesOf(appointmentId);
    if (!link)
        return link.error();
    if (link->seriesId.isEmpty())
        return Error::invalid(tr("This appointment is not part of a series."), u"series.none"_s);
    auto all = appointments.series(link->seriesId);
    if (!all)
        return all.error();
    QList<Appointment> out;
    for (const auto &[l, a] : std::as_const(*all)) {
        if (l.position >= link->position && a.status == AppointmentStatus::Booked)
            out << a;
    }
    return out;
}

Result<SeriesChange> AppointmentSeries::cancelRest(const Session &session, const QString &appointmentId,
                                                   const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(AppointmentService::tr("A cancellation needs a reason."), u"appointment.cancel-reason"_s);
    auto appointments = rest(session, appointmentId);
    if (!appointments)
        return appointments.error();
    SeriesChange change;
    for (const Appointment &a : std::as_const(*appointments)) {
        auto cancelled = AppointmentService::cancel(session, a.id, CancelledBy::Practice, reason);
        if (cancelled)
            change.changed << *cancelled;
        else
            change.refused << std::pair{a, cancelled.error()};
    }
    return change;
}

Result<SeriesChange> AppointmentSeries::moveRest(const Session &session, const QString &appointmentId,
                                                 const QDateTime &start)
{
    if (!start.isValid())
        return Error::invalid(AppointmentService::tr("The appointment needs a start date and time."),
                              u"appointment.start"_s);
    auto appointments = rest(session, appointmentId);
    if (!appointments)
        return appointments.error();
    if (appointments->isEmpty() || appointments->first().id != appointmentId)
        return Error::refused(tr("Only a booked appointment of the series can move the rest of it."),
                              u"series.move-status"_s);
    PracticeRepository practice(session.database());
    auto site = practice.site(appointments->first().siteId);
    const QTimeZone zone = site ? QTimeZone(site->timeZone.toUtf8()) : practice.displayZone();
    const QDateTime from = appointments->first().start.toTimeZone(zone);
    const QDateTime to = start.toTimeZone(zone);
    const qint64 days = from.date().daysTo(to.date());
    const int seconds = from.time().secsTo(to.time());
    SeriesChange change;
    // The latest first when moving later, the earliest first when moving earlier: an
    // occurrence never lands on one not moved yet.
    QList<Appointment> order = *appointments;
    if (from < to)
        std::reverse(order.begin(), order.end());
    for (const Appointment &a : std::as_const(order)) {
        const QDateTime local = a.start.toTimeZone(zone);
        const QDateTime moved(local.date().addDays(days), local.time().addSecs(seconds), zone);
        auto result = AppointmentService::move(session, a.id, moved);
        if (result)
            change.changed << result->appointment;
        else
            change.refused << std::pair{a, result.error()};
    }
    std::sort(change.changed.begin(), change.changed.end(),
              [](const Appointment &x, const Appointment &y) { return x.start < y.start; });
    return change;
}

} // namespace guichet
