#pragma once

#include "core/base/result.h"
#include "core/domain/appointment.h"

#include <QCoreApplication>

namespace guichet {

class Database;

// The one way an appointment's change is written (DESIGN.md, "Data flows"): inside the
// caller's transaction, the row, its history line, its messages planned again and, for a
// change made here, its journal entry (the appointment as the central agenda reads it, in
// the time zone of its site). Every service that changes an appointment (booking, move,
// status, no-show, waiting list) and the sync's pull and conflicts go through it.
class AppointmentWrite final
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentWrite)
public:
    enum class Origin {
        Here, // journalled so that it reaches the central agenda
        CentralAgenda, // received: not journalled back
    };

    struct Step
    {
        QDateTime at; // when (UTC), for the history and the messages
        QString actor; // who, as the history shows it
        QString why; // the history line's reason
        Origin origin = Origin::Here;
        // A booking received from another desk: that desk plans its messages, here they are
        // only withdrawn (appointments.plans_messages).
        bool plansMessages = true;
        // When set, the messages are not planned here: the appointment's id is added to the
        // list, for its caller to plan a whole page of received bookings at once.
        QStringList *planLater = nullptr;
        // A correction at the desk (AppointmentTransition::kind): its history line is written
        // even when neither the status nor the time changed.
        QString kind;
    };

    // A new appointment: row, history line (none -> its status), messages, journal "create".
    static Result<void> create(const Database &db, const Appointment &appointment, const Step &step);
    // A change of an existing appointment. The row is written when it differs; a history line
    // when the status, the start or the end changed; the messages always follow; the journal
    // records "status" when the status changed, "update" otherwise.
    static Result<void> change(const Database &db, const Appointment &before, const Appointment &after,
                               const Step &step);
};

} // namespace guichet
