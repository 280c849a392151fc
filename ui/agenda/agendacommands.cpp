#include "ui/agenda/agendacommands.h"

#include "core/access/directory.h"
#include "core/access/session.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

AgendaCommand::AgendaCommand(const Session &session, Report report, const QString &text)
    : m_session(session)
    , m_report(std::move(report))
{
    setText(text);
}

QString AgendaCommand::describe(const Appointment &a) const
{
    QString who;
    if (auto patient = PatientDirectory(m_session).byId(a.patientId))
        who = patient->displayName();
    const QString when =
        QLocale().toString(a.start.toTimeZone(PracticeDirectory(m_session).displayZone()), u"dddd d MMMM HH:mm"_s);
    return who.isEmpty() ? when : who + u", "_s + when;
}

bool AgendaCommand::firstRun()
{
    if (!m_done)
        return false;
    m_done = false;
    return true;
}

BookCommand::BookCommand(const Session &session, Report report, const AppointmentDraft &draft, const QString &bookedId)
    : AgendaCommand(session, std::move(report), tr("booking"))
    , m_draft(draft)
    , m_id(bookedId)
{}

void BookCommand::undo()
{
    auto undone = AppointmentService::changeStatus(m_session, m_id, AppointmentStatus::EnteredInError,
                                                   tr("Booking undone at the desk"));
    settle(m_id, undone,
           undone ? tr("Booking undone: %1 is no longer booked (kept as entered in error). Ctrl+Y books it again.")
                        .arg(describe(*undone))
                  : QString());
}

void BookCommand::redo()
{
    if (firstRun())
        return;
    auto booked = AppointmentService::book(m_session, m_draft);
    if (booked)
        m_id = booked->appointment.id;
    settle(m_id, booked, booked ? tr("Booked again: %1.").arg(describe(booked->appointment)) : QString());
}

RescheduleCommand::RescheduleCommand(const Session &session, Report report, const Appointment &before,
                                     const Appointment &after)
    : AgendaCommand(session, std::move(report),
                    before.start.secsTo(before.end) == after.start.secsTo(after.end) ? tr("move")
                                                                                     : tr("change of length"))
    , m_id(before.id)
    , m_oldStart(before.start)
    , m_oldEnd(before.end)
    , m_newStart(after.start)
    , m_newEnd(after.end)
{}

void RescheduleCommand::undo()
{
    auto back = AppointmentService::reschedule(m_session, m_id, m_oldStart, m_oldEnd);
    settle(m_id, back, back ? tr("Move undone: back to %1.").arg(describe(back->appointment)) : QString());
}

void RescheduleCommand::redo()
{
    if (firstRun())
        return;
    auto again = AppointmentService::reschedule(m_session, m_id, m_newStart, m_newEnd);
    settle(m_id, again, again ? tr("Moved again: %1.").arg(describe(again->appointment)) : QString());
}

CancelCommand::CancelCommand(const Session &session, Report report, const QString &appointmentId, CancelledBy by,
                             const QString &reason)
    : AgendaCommand(session, std::move(report), tr("cancellation"))
    , m_id(appointmentId)
    , m_by(by)
    , m_reason(reason)
{}

void CancelCommand::undo()
{
    auto back = AppointmentService::reinstate(m_session, m_id, tr("Cancellation undone at the desk"));
    settle(m_id, back, back ? tr("Cancellation undone: %1 is booked again.").arg(describe(*back)) : QString());
}

void CancelCommand::redo()
{
    if (firstRun())
        return;
    auto cancelled = AppointmentService::cancel(m_session, m_id, m_by, m_reason);
    settle(m_id, cancelled, cancelled ? tr("Cancelled again: %1.").arg(describe(*cancelled)) : QString());
}

} // namespace guichet
