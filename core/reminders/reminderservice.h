#pragma once

#include "core/base/result.h"
#include "core/domain/notification.h"
#include "core/reminders/reminderplanner.h"

namespace guichet {

class Session;

class Database;

struct ReplanReport
{
    int created = 0;
    int revoked = 0;
    int kept = 0;
    ReplanReport &operator+=(const ReplanReport &o)
    {
        created += o.created;
        revoked += o.revoked;
        kept += o.kept;
        return *this;
    }
};

// Keeps notification_requests equal to what the planner wants, idempotently: a pending
// request no longer wanted (or whose text changed) is revoked, a wanted one not there yet is
// created, a sent one is never touched. Called in the transaction of every change that can
// alter a plan (booking, move, cancellation, no-show, patient edit, merge, received change,
// template or switch). The sync engine pushes the result as CommunicationRequests.
class ReminderService final
{
public:
    // A message first planned more than this after it was due is not created (an old booking
    // seen for the first time does not get its confirmation weeks later).
    static constexpr int GraceMinutes = 60;

    // An appointment booked at another desk (appointments.plans_messages = 0) is only
    // withdrawn from here: the desk that booked it plans its messages.
    // Whether this desk plans the messages of changes received from the central agenda
    // (sync.plan_received, on by default; in a practice with several desks, one desk plans).
    static bool plansReceivedChanges(const Database &db);

    static ReminderRules rules(const Database &db);
    static Result<PlanInput> input(const Database &db, const QString &appointmentId);
    static Result<ReplanReport> replan(const Database &db, const QString &appointmentId, const QDateTime &now);
    // The patient's appointments still to come, and those of their relatives.
    // The same for several appointments at once (the practice's rules, templates and records
    // read once); ids no longer found are passed over.
    static Result<ReplanReport> replanMany(const Database &db, const QStringList &appointmentIds, const QDateTime &now);
    static Result<ReplanReport> replanPatient(const Database &db, const QString &patientId, const QDateTime &now);
    // A practitioner's or one of their visit reasons' settings changed (messages on or off, …).
    static Result<ReplanReport> replanPractitioner(const Database &db, const QString &practitionerId,
                                                   const QDateTime &now);
    // Every appointment from the day before `now` on (a template or a switch changed).
    static Result<ReplanReport> replanFuture(const Database &db, const QDateTime &now);
    // The appointments starting in [from, to).
    static Result<ReplanReport> replanRange(const Database &db, const QDateTime &from, const QDateTime &to,
                                            const QDateTime &now);
    // The same, asked for at the desk or the command line (the right to book).
    static Result<ReplanReport> replanRange(const Session &session, const QDateTime &from, const QDateTime &to);

    // At most once an hour (sync.reminders_sweep): the appointments of the next 15 days are
    // planned again, so that bookings imported or made before planning existed, and any
    // change that escaped a replan, still get their messages in time.
    static Result<ReplanReport> sweep(const Database &db, const QDateTime &now);

    // Writes one planned message as a pending request.
    static Result<NotificationRequest> record(const Database &db, const PlannedMessage &message, const QDateTime &now);

    // The single notice that a document is available (never the document), due now.
    static Result<std::optional<NotificationRequest>>
    documentNotice(const Database &db, const QString &patientId, const QString &appointmentId, const QDateTime &now);
};

} // namespace guichet
