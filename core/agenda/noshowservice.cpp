#include "core/agenda/noshowservice.h"

#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/appointmentwrite.h"
#include "core/base/uuid.h"
#include "core/domain/jsonformat.h"
#include "core/reminders/reminderservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/store/practicesettings.h"

using namespace Qt::StringLiterals;

namespace guichet {

Result<Appointment> NoShowService::mark(const Session &session, const QString &appointmentId, bool excused)
{
    auto found = AppointmentService::load(session, appointmentId, Right::Book);
    if (!found)
        return found.error();
    const Database &db = session.database();
    Appointment a = found.value();
    if (a.status == AppointmentStatus::NoShow)
        return Error::refused(tr("This appointment is already marked as not honoured."), u"noshow.already"_s);
    if (session.now() < a.start)
        return Error::refused(tr("An appointment cannot be marked as not honoured before it starts."),
                              u"noshow.future"_s);
    if (!AppointmentStatuses::canTransition(a.status, AppointmentStatus::NoShow))
        return Error::refused(tr("An appointment that is \"%1\" cannot be marked as not honoured.")
                                  .arg(AppointmentStatuses::label(a.status)),
                              u"appointment.transition"_s);
    a.status = AppointmentStatus::NoShow;
    a.excused = excused;
    a.noShowErased = false;
    a.reason = excused ? tr("excused") : QString();

    // The neutral notice (not for an excused absence), planned with the other messages.
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = AppointmentWrite::change(db, found.value(), a,
                                           {session.now(), session.actor(), excused ? u"excused"_s : u"unexcused"_s});
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return a;
}

Result<Appointment> NoShowService::undo(const Session &session, const QString &appointmentId)
{
    auto found = AppointmentService::load(session, appointmentId, Right::Book);
    if (!found)
        return found.error();
    const Database &db = session.database();
    AppointmentRepository appointments(db);
    Appointment a = found.value();
    if (a.status != AppointmentStatus::NoShow)
        return Error::refused(tr("This appointment is not marked as not honoured."), u"noshow.not-marked"_s);
    auto history = appointments.history(a.id);
    if (!history)
        return history.error();
    QDateTime markedAt;
    for (const AppointmentTransition &t : *history) {
        if (t.to == AppointmentStatus::NoShow)
            markedAt = t.at;
    }
    const QTimeZone zone = PracticeRepository(db).displayZone();
    if (!markedAt.isValid() || markedAt.toTimeZone(zone).date() != session.now().toTimeZone(zone).date())
        return Error::refused(tr("A no-show can be undone only on the day it was marked. After that, a practitioner "
                                 "or an administrator can erase it with a reason."),
                              u"noshow.undo-day"_s);
    a.status = AppointmentStatus::Booked;
    a.excused = false;
    a.reason.clear();
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = AppointmentWrite::change(db, found.value(), a, {session.now(), session.actor(), u"undo"_s}); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return a;
}

Result<Appointment> NoShowService::erase(const Session &session, const QString &appointmentId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Give the reason for erasing this no-show: it is kept in the audit log."),
                              u"noshow.reason"_s);
    auto found = AppointmentService::load(session, appointmentId, Right::EraseNoShow);
    if (!found)
        return found.error();
    const Database &db = session.database();
    Appointment a = found.value();
    if (auto ok = session.requireFor(Right::EraseNoShow, a.practitionerId); !ok)
        return ok.error();
    if (a.status != AppointmentStatus::NoShow)
        return Error::refused(tr("This appointment is not marked as not honoured."), u"noshow.not-marked"_s);
    if (a.noShowErased)
        return Error::refused(tr("This no-show is already erased."), u"noshow.already-erased"_s);
    a.noShowErased = true;
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    // The erasure reaches the central agenda too (the appointment's noshow-erased extension).
    if (auto ok = AppointmentWrite::change(db, found.value(), a, {session.now(), session.actor(), reason.trimmed()});
        !ok)
        return ok.error();
    if (auto ok = session.audit(u"noshow.erase"_s, u"appointment"_s, a.id, reason.trimmed(),
                                QJsonObject{{u"patient_id"_s, a.patientId},
                                            {u"practitioner_id"_s, a.practitionerId},
                                            {u"excused"_s, a.excused}});
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return a;
}

} // namespace guichet
