#pragma once

#include "core/base/result.h"
#include "core/domain/appointment.h"
#include "core/domain/notification.h"
#include "core/reminders/reminderplanner.h"

#include <QCoreApplication>

namespace guichet {

class Session;

// One patient told that the practitioner runs late, or why nobody can be told.
struct LateNotice
{
    Appointment appointment;
    QString patientName;
    std::optional<PlannedMessage> message; // none: no mobile, no e-mail, or messages switched off
};

// Messages the desk sends now, outside the planned reminders (DESIGN.md: reminders), each a
// CommunicationRequest the central agenda sends, journalled, listed with the appointment.
class DeskMessages final
{
    Q_DECLARE_TR_FUNCTIONS(DeskMessages)
public:
    static constexpr int MaxLateMinutes = 240;

    // The patients still expected on `day` (site time) by the practitioner: booked, not yet
    // arrived, starting from now on. Each gets the practice's "running late" text, by SMS to a
    // mobile, by e-mail otherwise (a relative under 18 through the account holder).
    static Result<QList<LateNotice>> previewLate(const Session &session, const QString &practitionerId,
                                                 const QDate &day, int minutes);
    // The same, recorded to be sent now; audited. Returns what was sent to whom.
    static Result<QList<LateNotice>> sendLate(const Session &session, const QString &practitionerId, const QDate &day,
                                              int minutes);
    // A message written at the desk to one patient (or their account holder), by `channel`
    // ("sms", "email", or empty: SMS to a mobile, else e-mail), about an appointment or not.
    static Result<NotificationRequest> sendFree(const Session &session, const QString &patientId, const QString &text,
                                                const QString &channel, const QString &appointmentId = {});
};

} // namespace guichet
