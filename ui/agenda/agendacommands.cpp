#include "ui/agenda/agendacommands.h"

#include "core/access/session.h"

using namespace Qt::StringLiterals;

namespace guichet {

AgendaCommand::AgendaCommand(const Session &session, Report report, const QString &text)
    : m_session(session)
    , m_report(std::move(report))
{
    setText(text);
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
    settle(m_id,
           AppointmentService::changeStatus(m_session, m_id, AppointmentStatus::EnteredInError,
                                            tr("Booking undone at the desk")));
}

void BookCommand::redo()
{
    if (firstRun())
        return;
    auto booked = AppointmentService::book(m_session, m_draft);
    if (booked)
        m_id = booked->appointment.id;
    settle(m_id, booked);
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
    settle(m_id, AppointmentService::reschedule(m_session, m_id, m_oldStart, m_oldEnd));
}

void RescheduleCommand::redo()
{
    if (firstRun())
        return;
    settle(m_id, AppointmentService::reschedule(m_session, m_id, m_newStart, m_newEnd));
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
    settle(m_id, AppointmentService::reinstate(m_session, m_id, tr("Cancellation undone at the desk")));
}

void CancelCommand::redo()
{
    if (firstRun())
        return;
    settle(m_id, AppointmentService::cancel(m_session, m_id, m_by, m_reason));
}

} // namespace guichet
