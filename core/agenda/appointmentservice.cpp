#include "core/agenda/appointmentservice.h"

#include "core/access/session.h"
#include "core/agenda/appointmentwrite.h"
#include "core/agenda/bookingrules.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/noshowservice.h"
#include "core/base/uuid.h"
#include "core/domain/jsonformat.h"
#include "core/domain/text.h"
#include "core/reminders/reminderservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QTimeZone zoneOf(const Database &db, const QString &siteId)
{
    auto site = PracticeRepository(db).site(siteId);
    return QTimeZone(site ? site->timeZone.toUtf8() : QByteArrayLiteral("Europe/Paris"));
}

} // namespace

Result<Appointment> AppointmentService::load(const Session &session, const QString &appointmentId, Right right)
{
    if (auto ok = session.require(right); !ok)
        return ok.error();
    return AppointmentRepository(session.database()).byId(appointmentId);
}

Result<QList<Appointment>> AppointmentService::search(const Session &session, const AppointmentFilter &filter)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from)
        return Error::invalid(tr("The end of the search must come after its start."), u"appointment.search-dates"_s);
    return AppointmentRepository(session.database()).search(filter);
}

bool AppointmentService::isLateCancellation(const QDateTime &start, const QDateTime &now, int deadlineHours)
{
    return now > start.addSecs(-qint64(deadlineHours) * 3600);
}

Result<Appointment> AppointmentService::create(const Session &session, const AppointmentDraft &draft)
{
    auto booked = book(session, draft);
    if (!booked)
        return booked.error();
    return booked->appointment;
}

Result<Booking> AppointmentService::book(const Session &session, const AppointmentDraft &draft)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    PracticeRepository practice(db);
    auto practitioner = practice.practitioner(draft.practitionerId);
    if (!practitioner)
        return Error::invalid(practitioner.error().message, u"appointment.practitioner"_s);
    auto patient = PatientRepository(db).byId(draft.patientId);
    if (!patient)
        return Error::invalid(patient.error().message, u"appointment.patient"_s);
    if (!patient->active)
        return Error::refused(tr("This patient record was merged into another one; book on the surviving record."),
                              u"appointment.patient-inactive"_s);
    if (patient->deceased)
        return Error::refused(tr("This patient is recorded as deceased."), u"appointment.patient-deceased"_s);
    int duration = draft.durationMinutes;
    if (!draft.motifId.isEmpty()) {
        auto motif = practice.motif(draft.motifId);
        if (!motif)
            return Error::invalid(motif.error().message, u"appointment.motif"_s);
        if (motif->practitionerId != practitioner->id)
            return Error::invalid(
                tr("The visit reason \"%1\" is not one of %2's.").arg(motif->label, practitioner->displayName()),
                u"appointment.motif"_s);
        if (duration <= 0)
            duration = motif->durationMinutes;
    }
    if (duration <= 0 || duration > 12 * 60)
        return Error::invalid(tr("An appointment lasts between 1 minute and 12 hours."), u"appointment.duration"_s);
    if (!draft.start.isValid())
        return Error::invalid(tr("The appointment needs a start date and time."), u"appointment.start"_s);
    if (!draft.overrideReason.trimmed().isEmpty() && draft.channel == BookingChannel::Online)
        return Error::refused(tr("Only the desk may book over a taken slot."), u"agenda.overlap"_s);

    Appointment a;
    a.id = newUuid();
    a.practitionerId = practitioner->id;
    a.patientId = patient->id;
    a.motifId = draft.motifId;
    a.siteId = practitioner->siteId;
    a.start = draft.start.toUTC();
    a.end = a.start.addSecs(qint64(duration) * 60);
    a.channel = draft.channel;
    a.note = Text::withoutHidden(draft.note, true).trimmed().left(2000);
    a.createdAt = session.now();
    a.createdBy = session.actor();

    // The rules are checked inside the write transaction (BEGIN IMMEDIATE): a booking pulled by
    // the sync thread, or made by another process, cannot slip between the check and the insert.
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    BookingRequest request{a.patientId, a.practitionerId,     a.motifId,    a.start,  a.end,
                           a.channel,   draft.overrideReason, draft.holdId, QString()};
    request.spacingReason = draft.channel == BookingChannel::Online ? QString() : draft.spacingReason;
    RuleCheck rules = BookingRules::check(db, session.now(), request);
    const bool keptDespiteSpacing = !request.spacingReason.trimmed().isEmpty() && !rules.spacingConflicts.isEmpty();
    const bool replacing =
        draft.replaceConflicts && draft.channel != BookingChannel::Online && !rules.spacingConflicts.isEmpty();
    if (replacing)
        rules.refusals.removeIf([](const Error &e) { return e.rule == u"agenda.spacing"_s; });
    if (!rules.allowed())
        return rules.refusals.first();

    Booking booking;
    booking.warnings = rules.warnings;
    if (draft.channel != BookingChannel::Online) {
        const QString blocked = NoShowPolicy::deskWarning(db, a.patientId, a.practitionerId);
        if (!blocked.isEmpty())
            booking.warnings << blocked;
    }
    const QTimeZone zone = zoneOf(db, a.siteId);
    if (replacing) {
        for (const Appointment &old : std::as_const(rules.spacingConflicts)) {
            Appointment cancelled = old;
            cancelled.status = AppointmentStatus::Cancelled;
            cancelled.cancelledBy = CancelledBy::Practice;
            cancelled.reason =
                tr("Replaced by the appointment of %1").arg(a.start.toTimeZone(zone).toString(u"dd/MM/yyyy HH:mm"_s));
            if (auto ok =
                    AppointmentWrite::change(db, old, cancelled, {session.now(), session.actor(), cancelled.reason});
                !ok)
                return ok.error();
            booking.replaced << cancelled;
        }
    }
    QString why = BookingChannels::code(a.channel)
        + (draft.overrideReason.trimmed().isEmpty() ? QString() : u": "_s + draft.overrideReason.trimmed());
    if (keptDespiteSpacing) {
        why += u"; "_s + tr("kept despite the spacing rule: %1").arg(draft.spacingReason.trimmed());
        QStringList others;
        for (const Appointment &other : std::as_const(rules.spacingConflicts))
            others << other.id;
        if (auto ok =
                session.audit(u"appointment.spacing-kept"_s, u"appointment"_s, a.id, draft.spacingReason.trimmed(),
                              {{u"patient_id"_s, a.patientId}, {u"other_appointments"_s, others.join(u',')}});
            !ok)
            return ok.error();
    }
    if (!draft.holdId.isEmpty()) {
        if (auto ok = db.exec(u"DELETE FROM slot_holds WHERE id = ?"_s, {draft.holdId}); !ok)
            return ok.error();
        // The hold's Slot is released on the central agenda (the booking takes the time).
        if (auto ok =
                ChangeJournal::record(db, u"slot-hold"_s, u"hold-"_s + draft.holdId, u"update"_s, {}, session.now());
            !ok)
            return ok.error();
    }
    if (auto ok = AppointmentWrite::create(db, a, {a.createdAt, session.actor(), why}); !ok)
        return ok.error();
    if (!draft.seriesId.isEmpty()) {
        if (auto ok = AppointmentRepository(db).linkToSeries(a.id, {draft.seriesId, draft.seriesPosition}); !ok)
            return ok.error();
    }
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    booking.appointment = a;
    return booking;
}

Result<QList<Booking>> AppointmentService::bookConsecutive(const Session &session, const AppointmentDraft &first,
                                                           const QStringList &others)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    PracticeRepository practice(db);
    int minutes = first.durationMinutes;
    if (minutes <= 0 && !first.motifId.isEmpty())
        if (auto motif = practice.motif(first.motifId))
            minutes = motif->durationMinutes;
    if (minutes <= 0)
        return Error::invalid(tr("An appointment lasts between 1 minute and 12 hours."), u"appointment.duration"_s);
    QList<AppointmentDraft> drafts{first};
    for (const QString &patientId : others) {
        AppointmentDraft next = drafts.last();
        next.patientId = patientId;
        next.start = drafts.last().start.addSecs(qint64(minutes) * 60);
        next.holdId.clear();
        next.replaceConflicts = false;
        drafts << next;
    }
    // Each one checked first, so that the family is booked whole or not at all (a booking made
    // between the check and the write is still refused by its own transaction).
    PatientRepository patients(db);
    for (const AppointmentDraft &d : std::as_const(drafts)) {
        BookingRequest request{
            d.patientId, d.practitionerId, d.motifId, d.start.toUTC(), d.start.toUTC().addSecs(qint64(minutes) * 60),
            d.channel,   d.overrideReason, QString(), QString()};
        request.spacingReason = d.spacingReason;
        const RuleCheck rules = BookingRules::check(db, session.now(), request);
        if (!rules.allowed()) {
            Error refusal = rules.refusals.first();
            if (auto p = patients.byId(d.patientId))
                refusal.message = p->displayName() + u": "_s + refusal.message;
            return refusal;
        }
    }
    QList<Booking> out;
    for (const AppointmentDraft &d : std::as_const(drafts)) {
        auto booked = book(session, d);
        if (!booked)
            return booked.error();
        out << *booked;
    }
    return out;
}

Result<Booking> AppointmentService::move(const Session &session, const QString &appointmentId, const QDateTime &start,
                                         const QString &overrideReason)
{
    auto found = load(session, appointmentId, Right::Book);
    if (!found)
        return found.error();
    if (!start.isValid())
        return Error::invalid(tr("The appointment needs a start date and time."), u"appointment.start"_s);
    return reschedule(session, appointmentId, start, start.addSecs(found->start.secsTo(found->end)), overrideReason);
}

Result<Booking> AppointmentService::reschedule(const Session &session, const QString &appointmentId,
                                               const QDateTime &start, const QDateTime &end,
                                               const QString &overrideReason)
{
    auto found = load(session, appointmentId, Right::Book);
    if (!found)
        return found.error();
    Appointment a = found.value();
    if (a.status != AppointmentStatus::Booked)
        return Error::refused(
            tr("Only a booked appointment can be moved; this one is \"%1\".").arg(AppointmentStatuses::label(a.status)),
            u"appointment.move-status"_s);
    if (!start.isValid() || !end.isValid())
        return Error::invalid(tr("The appointment needs a start date and time."), u"appointment.start"_s);
    if (end <= start)
        return Error::invalid(tr("The end of the appointment must come after its start."), u"appointment.end"_s);
    if (start.secsTo(end) > 12 * 3600)
        return Error::invalid(tr("An appointment lasts at most 12 hours."), u"appointment.duration"_s);
    if (start.toUTC() == a.start && end.toUTC() == a.end)
        return Booking{a, {}, {}};
    const Database &db = session.database();
    const QDateTime oldStart = a.start;
    const qint64 oldMinutes = a.start.secsTo(a.end) / 60;
    a.start = start.toUTC();
    a.end = end.toUTC();
    const QTimeZone zone = zoneOf(db, a.siteId);
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    BookingRequest request{a.patientId,          a.practitionerId, a.motifId, a.start, a.end,
                           BookingChannel::Desk, overrideReason,   QString(), a.id};
    const RuleCheck rules = BookingRules::check(db, session.now(), request);
    if (!rules.allowed())
        return rules.refusals.first();
    QString why;
    if (oldStart != a.start)
        why = tr("moved from %1").arg(oldStart.toTimeZone(zone).toString(u"dd/MM/yyyy HH:mm"_s));
    if (a.start.secsTo(a.end) / 60 != oldMinutes) {
        const QString length = tr("length %1 min instead of %2").arg(a.start.secsTo(a.end) / 60).arg(oldMinutes);
        why = why.isEmpty() ? length : why + u"; "_s + length;
    }
    if (!overrideReason.trimmed().isEmpty())
        why += u" — "_s + overrideReason.trimmed();
    // Reminders follow the new time; a move confirmation names the old one.
    if (auto ok = AppointmentWrite::change(db, found.value(), a, {session.now(), session.actor(), why}); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    Booking booking;
    booking.appointment = a;
    booking.warnings = rules.warnings;
    return booking;
}

Result<Appointment> AppointmentService::reinstate(const Session &session, const QString &appointmentId,
                                                  const QString &reason)
{
    auto found = load(session, appointmentId, Right::Book);
    if (!found)
        return found.error();
    Appointment a = found.value();
    if (a.status != AppointmentStatus::Cancelled)
        return Error::refused(tr("Only a cancelled appointment can be booked again; this one is \"%1\".")
                                  .arg(AppointmentStatuses::label(a.status)),
                              u"appointment.reinstate-status"_s);
    const Database &db = session.database();
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    BookingRequest request{a.patientId,          a.practitionerId, a.motifId, a.start, a.end,
                           BookingChannel::Desk, QString(),        QString(), a.id};
    const RuleCheck rules = BookingRules::check(db, session.now(), request);
    if (!rules.allowed())
        return rules.refusals.first();
    a.status = AppointmentStatus::Booked;
    a.cancelledBy.reset();
    a.lateCancellation = false;
    a.reason = reason.trimmed();
    if (auto ok = AppointmentWrite::change(db, found.value(), a, {session.now(), session.actor(), a.reason}); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return a;
}

Result<Booking> AppointmentService::changePatient(const Session &session, const QString &appointmentId,
                                                  const QString &patientId, const QString &reason)
{
    auto found = load(session, appointmentId, Right::Book);
    if (!found)
        return found.error();
    Appointment a = found.value();
    if (a.status != AppointmentStatus::Booked && a.status != AppointmentStatus::Arrived)
        return Error::refused(tr("Only a booked appointment can be given to another patient; this one is \"%1\".")
                                  .arg(AppointmentStatuses::label(a.status)),
                              u"appointment.patient-status"_s);
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the appointment goes to another patient."), u"appointment.patient-reason"_s);
    const Database &db = session.database();
    PatientRepository patients(db);
    auto patient = patients.byId(patients.resolveId(patientId));
    if (!patient)
        return Error::invalid(patient.error().message, u"appointment.patient"_s);
    if (patient->id == a.patientId)
        return Error::invalid(tr("The appointment is already this patient's."), u"appointment.patient"_s);
    if (!patient->active)
        return Error::refused(tr("This patient record was merged into another one; choose the surviving record."),
                              u"appointment.patient-inactive"_s);
    if (patient->deceased)
        return Error::refused(tr("This patient is recorded as deceased."), u"appointment.patient-deceased"_s);
    auto before = patients.byId(a.patientId);
    const QString beforeName = before ? before->displayName() : a.patientId;

    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    BookingRequest request{patient->id,          a.practitionerId, a.motifId, a.start, a.end,
                           BookingChannel::Desk, QString(),        QString(), a.id};
    const RuleCheck rules = BookingRules::check(db, session.now(), request);
    // The slot stays where it is: only the rules about the patient can refuse (age, new
    // patients, the last visit, the spacing between two appointments).
    static const QStringList patientRules = {u"agenda.age"_s, u"agenda.new-patients"_s, u"agenda.last-visit"_s,
                                             u"agenda.spacing"_s, u"agenda.read"_s};
    for (const Error &refusal : rules.refusals) {
        if (patientRules.contains(refusal.rule))
            return refusal;
    }
    const QString previous = a.patientId;
    a.patientId = patient->id;
    const QString why = tr("patient changed (was %1): %2").arg(beforeName, reason.trimmed());
    AppointmentWrite::Step step{session.now(), session.actor(), why};
    step.kind = u"patient"_s;
    if (auto ok = AppointmentWrite::change(db, found.value(), a, step); !ok)
        return ok.error();
    if (auto ok = session.audit(u"appointment.change-patient"_s, u"appointment"_s, a.id, reason.trimmed(),
                                {{u"from_patient_id"_s, previous}, {u"patient_id"_s, a.patientId}});
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    Booking booking;
    booking.appointment = a;
    booking.warnings = rules.warnings;
    if (const QString blocked = NoShowPolicy::deskWarning(db, a.patientId, a.practitionerId); !blocked.isEmpty())
        booking.warnings << blocked;
    return booking;
}

Result<Booking> AppointmentService::setMotif(const Session &session, const QString &appointmentId,
                                             const QString &motifId)
{
    auto found = load(session, appointmentId, Right::Book);
    if (!found)
        return found.error();
    Appointment a = found.value();
    if (a.status != AppointmentStatus::Booked && a.status != AppointmentStatus::Arrived)
        return Error::refused(tr("Only a booked appointment can change its visit reason; this one is \"%1\".")
                                  .arg(AppointmentStatuses::label(a.status)),
                              u"appointment.motif-status"_s);
    const Database &db = session.database();
    PracticeRepository practice(db);
    auto motif = practice.motif(motifId);
    if (!motif)
        return Error::invalid(motif.error().message, u"appointment.motif"_s);
    if (motif->practitionerId != a.practitionerId) {
        auto practitioner = practice.practitioner(a.practitionerId);
        return Error::invalid(tr("The visit reason \"%1\" is not one of %2's.")
                                  .arg(motif->label, practitioner ? practitioner->displayName() : a.practitionerId),
                              u"appointment.motif"_s);
    }
    if (motif->id == a.motifId)
        return Booking{a, {}, {}};
    QString oldLabel;
    if (auto old = practice.motif(a.motifId))
        oldLabel = old->label;
    a.motifId = motif->id;
    a.end = a.start.addSecs(qint64(motif->durationMinutes) * 60);
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    BookingRequest request{a.patientId,          a.practitionerId, a.motifId, a.start, a.end,
                           BookingChannel::Desk, QString(),        QString(), a.id};
    const RuleCheck rules = BookingRules::check(db, session.now(), request);
    if (!rules.allowed())
        return rules.refusals.first();
    AppointmentWrite::Step step{
        session.now(), session.actor(),
        tr("visit reason: %1 instead of %2").arg(motif->label, oldLabel.isEmpty() ? tr("none") : oldLabel)};
    step.kind = u"motif"_s;
    if (auto ok = AppointmentWrite::change(db, found.value(), a, step); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return Booking{a, rules.warnings, {}};
}

Result<Appointment> AppointmentService::setNote(const Session &session, const QString &appointmentId,
                                                const QString &note)
{
    auto found = load(session, appointmentId, Right::Book);
    if (!found)
        return found.error();
    const QString text = Text::withoutHidden(note, true).trimmed();
    if (text.size() > 2000)
        return Error::invalid(tr("A note holds at most 2000 characters."), u"appointment.note"_s);
    Appointment a = found.value();
    if (a.note == text)
        return a;
    a.note = text;
    const Database &db = session.database();
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    AppointmentWrite::Step step{session.now(), session.actor(),
                                text.isEmpty() ? tr("note removed") : tr("note changed")};
    step.kind = u"note"_s;
    if (auto ok = AppointmentWrite::change(db, found.value(), a, step); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return a;
}

Result<Appointment> AppointmentService::markEnteredInError(const Session &session, const QString &appointmentId,
                                                           const QString &reason)
{
    return changeStatus(session, appointmentId, AppointmentStatus::EnteredInError, reason);
}

Result<Appointment> AppointmentService::cancel(const Session &session, const QString &appointmentId, CancelledBy by,
                                               const QString &reason, bool online)
{
    if (online) {
        auto found = load(session, appointmentId, Right::Book);
        if (!found)
            return found.error();
        if (auto ok = BookingRules::checkOnlineCancellation(session.database(), session.now(), *found); !ok)
            return ok.error();
    }
    return changeStatus(session, appointmentId, AppointmentStatus::Cancelled, reason, by);
}

Result<Appointment> AppointmentService::changeStatus(const Session &session, const QString &appointmentId,
                                                     AppointmentStatus to, const QString &reason,
                                                     CancelledBy cancelledBy)
{
    if (to == AppointmentStatus::NoShow)
        return NoShowService::mark(session, appointmentId, false);
    if (to == AppointmentStatus::Booked) {
        auto current = load(session, appointmentId, Right::Book);
        if (current && current->status == AppointmentStatus::Cancelled)
            return reinstate(session, appointmentId, reason);
    }
    auto found = load(session, appointmentId, Right::Book);
    if (!found)
        return found.error();
    const Database &db = session.database();
    Appointment a = found.value();
    const AppointmentStatus from = a.status;
    if (!AppointmentStatuses::canTransition(from, to))
        return Error::refused(tr("An appointment that is \"%1\" cannot become \"%2\".")
                                  .arg(AppointmentStatuses::label(from), AppointmentStatuses::label(to)),
                              u"appointment.transition"_s);
    if (to == AppointmentStatus::Cancelled && reason.trimmed().isEmpty())
        return Error::invalid(tr("A cancellation needs a reason."), u"appointment.cancel-reason"_s);
    if (to == AppointmentStatus::EnteredInError && reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why this appointment was entered in error."), u"appointment.error-reason"_s);

    a.status = to;
    a.reason = reason.trimmed();
    if (to == AppointmentStatus::Cancelled) {
        a.cancelledBy = cancelledBy;
        auto practitioner = PracticeRepository(db).practitioner(a.practitionerId);
        const int deadline = practitioner ? practitioner->onlineCancelDeadlineHours : 4;
        a.lateCancellation =
            cancelledBy == CancelledBy::Patient && isLateCancellation(a.start, session.now(), deadline);
    }

    // Pending reminders withdrawn; a cancellation confirmation, and after a late cancellation
    // the same neutral notice as a no-show.
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = AppointmentWrite::change(db, found.value(), a, {session.now(), session.actor(), a.reason}); !ok)
        return ok.error();
    if (to == AppointmentStatus::EnteredInError) {
        if (auto ok = session.audit(u"appointment.entered-in-error"_s, u"appointment"_s, a.id, a.reason,
                                    {{u"patient_id"_s, a.patientId}, {u"from"_s, AppointmentStatuses::code(from)}});
            !ok)
            return ok.error();
    }
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return a;
}

} // namespace guichet
