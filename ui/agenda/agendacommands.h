#pragma once

#include "core/agenda/appointmentservice.h"

#include <QUndoCommand>

#include <functional>

namespace guichet {

class Session;

// The agenda's acts that the desk can undo and redo (QUndoStack). Each command is pushed
// after its first run succeeded, so its first redo() does nothing; a later undo or redo
// that a rule refuses (the slot was taken meanwhile) reports why and drops the command.
class AgendaCommand : public QUndoCommand
{
public:
    // After an undo or a redo: the appointment, the refusal if any, and what was done, in words.
    using Report = std::function<void(const QString &appointmentId, const Error *error, const QString &done)>;
    AgendaCommand(const Session &session, Report report, const QString &text);

protected:
    // Runs an act; reports it and marks the command obsolete when it failed.
    template <typename T>
    bool settle(const QString &appointmentId, const Result<T> &result, const QString &done)
    {
        if (result) {
            m_report(appointmentId, nullptr, done);
            return true;
        }
        setObsolete(true);
        m_report(appointmentId, &result.error(), QString());
        return false;
    }
    bool firstRun();
    // "DUPONT Anne, lundi 7 décembre 10:40": whose appointment and when, in the site's time.
    QString describe(const Appointment &a) const;

    const Session &m_session;

private:
    Report m_report;
    bool m_done = true; // the act ran before the command was pushed
};

// Undo marks the booking entered in error (nothing is deleted); redo books it again.
class BookCommand final : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(BookCommand)
public:
    BookCommand(const Session &session, Report report, const AppointmentDraft &draft, const QString &bookedId);
    void undo() override;
    void redo() override;
    QString appointmentId() const { return m_id; }

private:
    AppointmentDraft m_draft;
    QString m_id;
};

// A move or a change of length; undo puts it back where it was.
class RescheduleCommand final : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(RescheduleCommand)
public:
    RescheduleCommand(const Session &session, Report report, const Appointment &before, const Appointment &after);
    void undo() override;
    void redo() override;

private:
    QString m_id;
    QDateTime m_oldStart, m_oldEnd, m_newStart, m_newEnd;
};

// Undo books the cancelled appointment again when its slot is still free.
class CancelCommand final : public AgendaCommand
{
    Q_DECLARE_TR_FUNCTIONS(CancelCommand)
public:
    CancelCommand(const Session &session, Report report, const QString &appointmentId, CancelledBy by,
                  const QString &reason);
    void undo() override;
    void redo() override;

private:
    QString m_id;
    CancelledBy m_by;
    QString m_reason;
};

} // namespace guichet
