#include "core/agenda/bookingrules.h"

#include "core/agenda/noshowpolicy.h"
#include "core/agenda/openinghours.h"
#include "core/base/timeutil.h"
#include "core/domain/phone.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/store/practicesettings.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QString localText(const QDateTime &utc, const QTimeZone &zone)
{
    return QLocale().toString(utc.toTimeZone(zone), u"dddd d MMMM yyyy HH:mm"_s);
}

// `ranges`: the hours of the start's local day.
bool insideOpeningHours(const QList<OpeningRange> &ranges, const QDateTime &start, const QDateTime &end,
                        const QTimeZone &zone, const QString &motifId, bool *motifAllowed)
{
    const QDateTime ls = start.toTimeZone(zone);
    const QDateTime le = end.toTimeZone(zone);
    *motifAllowed = true;
    if (ls.date() != le.date() && le.time() != QTime(0, 0))
        return false;
    for (const OpeningRange &r : ranges) {
        const QTime rangeEnd = r.end;
        const bool endsInside = le.date() == ls.date() ? le.time() <= rangeEnd : rangeEnd >= QTime(23, 59);
        if (ls.time() >= r.start && endsInside) {
            *motifAllowed = r.motifIds.isEmpty() || motifId.isEmpty() || r.motifIds.contains(motifId);
            return true;
        }
    }
    return false;
}

} // namespace

RuleCheck BookingRules::check(const Database &db, const QDateTime &now, const BookingRequest &req)
{
    RuleCheck out;
    const bool online = req.channel == BookingChannel::Online;
    PracticeRepository practice(db);
    auto practitioner = practice.practitioner(req.practitionerId);
    auto patient = PatientRepository(db).byId(req.patientId);
    if (!practitioner || !patient) {
        out.refusals << Error::invalid(tr("Unknown practitioner or patient."), u"agenda.unknown"_s);
        return out;
    }
    std::optional<Motif> motif;
    if (!req.motifId.isEmpty()) {
        if (auto m = practice.motif(req.motifId))
            motif = m.value();
    }
    const QTimeZone zone = practice.displayZone();
    if (!req.start.isValid() || !req.end.isValid() || req.end <= req.start) {
        out.refusals << Error::invalid(tr("The appointment must end after it starts."), u"agenda.times"_s);
        return out;
    }
    if (online && req.start < now) {
        out.refusals << Error::refused(tr("This time has passed."), u"agenda.past"_s);
        return out;
    }
    // Deactivated: kept for the history, no longer bookable.
    if (!practitioner->active)
        out.refusals << Error::refused(tr("%1 no longer takes appointments here (deactivated in the administration).")
                                           .arg(practitioner->displayName()),
                                       u"agenda.inactive"_s);
    if (motif && !motif->active)
        out.refusals << Error::refused(
            tr("The visit reason \"%1\" is no longer offered (deactivated in the administration).").arg(motif->label),
            u"agenda.inactive"_s);
    // The practitioner's online window and minimum notice.
    if (online && practitioner->onlineDays > 0 && req.start > now.addDays(practitioner->onlineDays))
        out.refusals << Error::refused(tr("%1 can be booked online at most %n day(s) ahead: the patient must phone the "
                                          "practice for a later date.",
                                          nullptr, practitioner->onlineDays)
                                           .arg(practitioner->displayName()),
                                       u"agenda.online-window"_s);
    if (online && practitioner->onlineNoticeHours > 0
        && req.start < now.addSecs(qint64(practitioner->onlineNoticeHours) * 3600))
        out.refusals << Error::refused(tr("%1 must be booked online at least %n hour(s) before the appointment: the "
                                          "patient must phone the practice.",
                                          nullptr, practitioner->onlineNoticeHours)
                                           .arg(practitioner->displayName()),
                                       u"agenda.online-notice"_s);

    // Overlap with another appointment of the practitioner, or a slot held online.
    // A slot that cannot be read is not free: the booking is refused with the reason.
    AppointmentRepository appointments(db);
    auto overlapping = appointments.inRange(req.start, req.end, {req.practitionerId});
    if (!overlapping) {
        out.refusals << Error::io(tr("Guichet could not read the agenda to check this slot (%1). Nothing was booked; "
                                     "try again.")
                                      .arg(overlapping.error().message),
                                  u"agenda.read"_s);
        return out;
    }
    for (const Appointment &other : *overlapping) {
        if (other.id == req.excludeAppointmentId || !occupies(other))
            continue;
        if (online || req.overrideReason.trimmed().isEmpty()) {
            out.refusals << Error::refused(tr("The slot of %1 is already taken by another appointment (%2 to %3). "
                                              "The desk may book over it only with a reason.")
                                               .arg(localText(req.start, zone),
                                                    other.start.toTimeZone(zone).toString(u"HH:mm"_s),
                                                    other.end.toTimeZone(zone).toString(u"HH:mm"_s)),
                                           u"agenda.overlap"_s);
            break;
        }
        out.warnings << tr("Booked over another appointment: %1.").arg(req.overrideReason.trimmed());
        break;
    }
    {
        auto holds = db.exec(u"SELECT id FROM slot_holds WHERE practitioner_id = ? AND expires_at > ? "
                             "AND start_utc < ? AND end_utc > ?"_s,
                             {req.practitionerId, toStored(now), toStored(req.end), toStored(req.start)});
        if (!holds) {
            out.refusals << Error::io(tr("Guichet could not read the slots held online (%1). Nothing was booked; "
                                         "try again.")
                                          .arg(holds.error().message),
                                      u"agenda.read"_s);
            return out;
        }
        while (holds->next()) {
            if (holds->value(0).toString() == req.holdId)
                continue;
            out.refusals << Error::refused(tr("This slot is held for a patient who is confirming online; it frees up "
                                              "within 15 minutes."),
                                           u"agenda.held"_s);
            break;
        }
    }

    // Opening hours and absences: the desk is warned, online is refused.
    bool motifAllowed = true;
    const QDate localDay = req.start.toTimeZone(zone).date();
    auto hours = OpeningHours::load(db, req.practitionerId, localDay, localDay);
    if (!hours) {
        out.refusals << Error::io(tr("Guichet could not read the opening hours to check this slot (%1). Nothing was "
                                     "booked; try again.")
                                      .arg(hours.error().message),
                                  u"agenda.read"_s);
        return out;
    }
    const bool open = insideOpeningHours(hours->on(localDay), req.start, req.end, zone, req.motifId, &motifAllowed);
    if (!open) {
        if (online)
            out.refusals << Error::refused(tr("%1 does not consult at this time.").arg(practitioner->displayName()),
                                           u"agenda.closed"_s);
        else
            out.warnings << tr("Outside %1's opening hours.").arg(practitioner->displayName());
    } else if (!motifAllowed) {
        if (online)
            out.refusals << Error::refused(tr("This visit reason is not offered at this time."),
                                           u"agenda.motif-hours"_s);
        else
            out.warnings << tr("This visit reason is not planned at this time.");
    }
    auto absences = practice.absences(req.practitionerId, req.start, req.end);
    if (!absences) {
        out.refusals << Error::io(tr("Guichet could not read the absences to check this slot (%1). Nothing was "
                                     "booked; try again.")
                                      .arg(absences.error().message),
                                  u"agenda.read"_s);
        return out;
    }
    if (!absences->isEmpty()) {
        const QString label = absences->first().label.isEmpty() ? tr("absence") : absences->first().label;
        if (online)
            out.refusals << Error::refused(tr("%1 is absent (%2).").arg(practitioner->displayName(), label),
                                           u"agenda.absence"_s);
        else
            out.warnings << tr("%1 is absent then (%2).").arg(practitioner->displayName(), label);
    }

    // Online only: blocks, new patients, age limits, last visit too old, phone-only reasons.
    const QDate day = req.start.toTimeZone(zone).date();
    if (motif && motif->deskOnly && req.channel != BookingChannel::Desk) {
        const QString text = tr("\"%1\" is booked at the desk only, in person.").arg(motif->label);
        if (online)
            out.refusals << Error::refused(text, u"agenda.desk-only"_s);
        else
            out.warnings << text;
    } else if (motif && online && !motif->bookableOnline) {
        QString number = motif->bookingPhone;
        if (number.isEmpty())
            if (auto site = practice.site(practitioner->siteId))
                number = site->phone;
        number = Phone::display(number, u"BE"_s);
        out.refusals << Error::refused(number.isEmpty()
                                           ? tr("\"%1\" is booked by phone only.").arg(motif->label)
                                           : tr("\"%1\" is booked by phone only: call %2.").arg(motif->label, number),
                                       u"agenda.phone-only"_s);
    }
    if (motif && (motif->minAgeYears > 0 || motif->maxAgeYears > 0)) {
        // A birth date known in part gives the youngest and the oldest the patient may be: the
        // limits are judged on both, and an age that cannot be decided is said, never guessed.
        const auto [youngest, oldest] = PartialDates::ageRangeOn(patient->birth(), day);
        const int min = motif->minAgeYears;
        const int max = motif->maxAgeYears;
        const bool known = patient->birthDate.isValid();
        const bool tooYoung = known && min > 0 && oldest < min;
        const bool tooOld = known && max > 0 && youngest > max;
        const bool undecided =
            !tooYoung && !tooOld && (!known || (min > 0 && youngest < min) || (max > 0 && oldest > max));
        const QString limits = tr("\"%1\" is for patients aged %2 to %3")
                                   .arg(motif->label)
                                   .arg(min)
                                   .arg(max > 0 ? QString::number(max) : u"…"_s);
        QString text;
        QString rule = u"agenda.age"_s;
        if (tooYoung || tooOld) {
            text = tr("%1; this patient is %2.").arg(limits, PartialDates::ageLabel(patient->birth(), day));
        } else if (undecided) {
            rule = u"agenda.age-unknown"_s;
            text = known ? tr("%1; this patient's age cannot be told from the birth date %2.")
                               .arg(limits, PartialDates::display(patient->birth()))
                         : tr("%1; this patient's birth date is not known.").arg(limits);
        }
        if (!text.isEmpty()) {
            if (online)
                out.refusals << Error::refused(text, rule);
            else
                out.warnings << text;
        }
    }
    if (online) {
        if (auto ok = NoShowPolicy::checkOnlineBooking(db, req.patientId, req.practitionerId); !ok)
            out.refusals << ok.error();
        auto seen = db.exec(u"SELECT max(start_utc) FROM appointments WHERE patient_id = ? AND practitioner_id = ? "
                            "AND status IN ('arrived', 'in-consultation', 'fulfilled') AND start_utc < ?"_s,
                            {req.patientId, req.practitionerId, toStored(now)});
        const bool known = seen && seen->next() && !seen->value(0).isNull();
        if (!known) {
            if (!practitioner->acceptsNewPatientsOnline || (motif && !motif->newPatients))
                out.refusals << Error::refused(tr("%1 does not take new patients online: the patient must phone the "
                                                  "practice.")
                                                   .arg(practitioner->displayName()),
                                               u"agenda.new-patients"_s);
        } else if (const int months = motif && motif->lastVisitMonths > 0 ? motif->lastVisitMonths
                                                                          : practitioner->phoneOnlyAfterMonths;
                   months > 0) {
            const QDateTime last = fromStored(seen->value(0).toLongLong());
            if (last.addMonths(months) < now)
                out.refusals << Error::refused(tr("The last visit with %1 was more than %n month(s) ago: the patient "
                                                  "must phone the practice.",
                                                  nullptr, months)
                                                   .arg(practitioner->displayName()),
                                               u"agenda.last-visit"_s);
        }
    }

    // Minimum spacing between two appointments with the same practitioner or specialty.
    if (motif && motif->spacingRule) {
        const int days = PracticeSettings(db).spacingDays();
        auto r = db.exec(u"SELECT a.id FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id "
                         "WHERE a.patient_id = ? AND (a.practitioner_id = ? OR p.specialty = ?) "
                         "AND a.status IN ('booked', 'arrived', 'in-consultation', 'fulfilled') "
                         "AND a.start_utc > ? AND a.start_utc < ? AND a.id <> ? ORDER BY a.start_utc"_s,
                         {req.patientId, req.practitionerId, practitioner->specialty,
                          toStored(req.start) - qint64(days) * 86400, toStored(req.start) + qint64(days) * 86400,
                          req.excludeAppointmentId});
        QStringList ids;
        while (r && r->next())
            ids << r->value(0).toString();
        for (const QString &id : std::as_const(ids)) {
            if (auto a = appointments.byId(id))
                out.spacingConflicts << a.value();
        }
        if (!out.spacingConflicts.isEmpty() && !online && !req.spacingReason.trimmed().isEmpty()) {
            out.warnings << tr("Kept despite the %1-day spacing rule: %2.").arg(days).arg(req.spacingReason.trimmed());
        } else if (!out.spacingConflicts.isEmpty()) {
            const Appointment &first = out.spacingConflicts.first();
            out.refusals << Error::refused(tr("This patient already has an appointment on %1, less than %2 days away "
                                              "(same practitioner or specialty). Keep the first one, or replace it.")
                                               .arg(localText(first.start, zone))
                                               .arg(days),
                                           u"agenda.spacing"_s);
        }
    }
    return out;
}

Result<void> BookingRules::checkOnlineCancellation(const Database &db, const QDateTime &now, const Appointment &a)
{
    auto practitioner = PracticeRepository(db).practitioner(a.practitionerId);
    const int hours = practitioner ? practitioner->onlineCancelDeadlineHours : 4;
    if (now > a.start.addSecs(-qint64(hours) * 3600))
        return Error::refused(tr("Online cancellation closes %n hour(s) before the appointment: the patient must phone "
                                 "the practice.",
                                 nullptr, hours),
                              u"agenda.cancel-deadline"_s);
    return {};
}

} // namespace guichet
