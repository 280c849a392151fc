#pragma once

#include "core/base/result.h"
#include "core/domain/appointment.h"
#include "core/domain/notification.h"

#include <QCoreApplication>

#include <optional>

namespace guichet {

class Database;
class Session;

// Marking an appointment as not honoured, undoing it the same day, erasing an
// unjustified one, and the neutral notice the patient is sent.
class NoShowService final
{
    Q_DECLARE_TR_FUNCTIONS(NoShowService)
public:
    static Result<Appointment> mark(const Session &session, const QString &appointmentId, bool excused);
    // Only the same day (site time) as the mark: back to booked, the notice revoked.
    static Result<Appointment> undo(const Session &session, const QString &appointmentId);
    // The practice judges the no-show unjustified: it stays in the history but no longer counts.
    static Result<Appointment> erase(const Session &session, const QString &appointmentId, const QString &reason);

    // The "did you miss your appointment?" notice (also after a late cancellation) is planned
    // by ReminderPlanner with the appointment's other messages.
};

} // namespace guichet
