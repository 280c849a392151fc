#pragma once

#include "core/base/result.h"
#include "core/domain/appointment.h"

#include <QCoreApplication>
#include <QList>

namespace guichet {

class Database;

// What is asked: a slot for a patient with a practitioner, through a channel.
struct BookingRequest
{
    QString patientId;
    QString practitionerId;
    QString motifId;
    QDateTime start; // UTC
    QDateTime end; // UTC
    BookingChannel channel = BookingChannel::Desk;
    QString overrideReason; // the desk books over a taken slot only with a reason
    QString holdId; // the hold this online booking confirms
    QString excludeAppointmentId; // the appointment being moved
    // The desk keeps both appointments despite the spacing rule, for this reason (never online).
    QString spacingReason;
};

struct RuleCheck
{
    QList<Error> refusals; // each names its rule
    QStringList warnings; // told to the desk, not blocking
    QList<Appointment> spacingConflicts; // too close to this one (the desk keeps the first or replaces it)

    bool allowed() const { return refusals.isEmpty(); }
};

// The practice's booking rules (DESIGN.md), all in one place, for the GUI, the CLI and sync.
class BookingRules final
{
    Q_DECLARE_TR_FUNCTIONS(BookingRules)
public:
    static RuleCheck check(const Database &db, const QDateTime &now, const BookingRequest &request);

    // A cancellation through the online channel after the practitioner's deadline is refused.
    static Result<void> checkOnlineCancellation(const Database &db, const QDateTime &now, const Appointment &a);

    static bool occupies(const Appointment &a) { return AppointmentStatuses::occupiesSlot(a.status); }
};

} // namespace guichet
