#pragma once

#include "domain/appointment.h"
#include "domain/user.h"
#include "result.h"

#include <QCoreApplication>

namespace guichet {

class Session;

struct AppointmentDraft
{
    QString practitionerId;
    QString patientId;
    QString motifId;
    QDateTime start; // UTC
    int durationMinutes = 0; // 0: the motif's duration
    QString channel = QStringLiteral("desk");
    QString note;
};

// The appointment's life: creation and status transitions, each with its
// history line and journal entry in one transaction. Booking rules (opening
// hours, spacing, no-show blocks) are layered on top by the agenda.
class AppointmentService final
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentService)
public:
    static Result<Appointment> create(const Session &session, const AppointmentDraft &draft);
    // Moves along the status machine; a cancellation records who cancelled and
    // whether it came after the practitioner's deadline (late).
    static Result<Appointment> changeStatus(const Session &session, const QString &appointmentId,
                                            AppointmentStatus to, const QString &reason,
                                            CancelledBy cancelledBy = CancelledBy::Practice);
    // The appointment a session may act on with `right`, or why not.
    static Result<Appointment> load(const Session &session, const QString &appointmentId, Right right);
    static bool isLateCancellation(const QDateTime &start, const QDateTime &now, int deadlineHours);
};

} // namespace guichet
