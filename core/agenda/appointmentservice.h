#pragma once

#include "core/base/result.h"
#include "core/domain/appointment.h"
#include "core/domain/user.h"

#include <QCoreApplication>

namespace guichet {

class Session;
struct AppointmentFilter;

struct AppointmentDraft
{
    QString practitionerId;
    QString patientId;
    QString motifId;
    QDateTime start; // UTC
    int durationMinutes = 0; // 0: the motif's duration
    BookingChannel channel = BookingChannel::Desk;
    QString note;
    QString overrideReason; // book over a taken slot (desk only), recorded in the history
    bool replaceConflicts = false; // spacing rule: cancel the too-close appointment and book this one
    QString spacingReason; // spacing rule: keep both appointments, for this reason (desk only, audited)
    QString holdId; // the online hold this booking confirms
    QString seriesId; // one occurrence of a series (AppointmentSeries)
    int seriesPosition = 0;
};

struct Booking
{
    Appointment appointment;
    QStringList warnings; // for the desk: outside opening hours, absence, no-show block, ...
    QList<Appointment> replaced; // cancelled because of the spacing rule
};

// The appointment's life: creation and status transitions, each with its
// history line and journal entry in one transaction. Booking rules (opening
// hours, spacing, no-show blocks) are layered on top by the agenda.
class AppointmentService final
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentService)
public:
    static Result<Appointment> create(const Session &session, const AppointmentDraft &draft);
    // The same with what the desk must be told; every booking rule is checked here.
    static Result<Booking> book(const Session &session, const AppointmentDraft &draft);
    // Several members of one family one after the other: `first` for its patient, then each of
    // `others` at the end of the previous one (same practitioner and reason). Every booking is
    // checked before any is made, so a refusal (naming whose) books nobody; a booking slipped in
    // between the check and the writes is still refused, the ones already made then stay.
    static Result<QList<Booking>> bookConsecutive(const Session &session, const AppointmentDraft &first,
                                                  const QStringList &others);
    // Moves to a new start (same duration), with the same rules as a booking.
    static Result<Booking> move(const Session &session, const QString &appointmentId, const QDateTime &start,
                                const QString &overrideReason = {});
    // Moves and/or changes the length (a drag on the grid, its undo); the same rules as a booking.
    static Result<Booking> reschedule(const Session &session, const QString &appointmentId, const QDateTime &start,
                                      const QDateTime &end, const QString &overrideReason = {});
    // Books a cancelled appointment again (the patient keeps it after all; undoing a cancellation)
    // when its slot is still free; a pending late-cancellation notice is withdrawn.
    static Result<Appointment> reinstate(const Session &session, const QString &appointmentId, const QString &reason);
    // Cancels; through the online channel a patient cannot cancel after the practitioner's deadline.
    static Result<Appointment> cancel(const Session &session, const QString &appointmentId, CancelledBy by,
                                      const QString &reason, bool online = false);
    // Moves along the status machine; a cancellation records who cancelled and
    // whether it came after the practitioner's deadline (late).
    static Result<Appointment> changeStatus(const Session &session, const QString &appointmentId, AppointmentStatus to,
                                            const QString &reason, CancelledBy cancelledBy = CancelledBy::Practice);
    // The appointment a session may act on with `right`, or why not.
    static Result<Appointment> load(const Session &session, const QString &appointmentId, Right right);
    // Corrections at the desk, each with its history line and journal entry.
    // Gives the appointment to another patient (a booking made for the wrong person): the first
    // patient's pending messages are withdrawn, the right one's planned as for a new booking; audited.
    static Result<Booking> changePatient(const Session &session, const QString &appointmentId, const QString &patientId,
                                         const QString &reason);
    // Another visit reason of the same practitioner; the length becomes the reason's and every
    // booking rule is checked again.
    static Result<Booking> setMotif(const Session &session, const QString &appointmentId, const QString &motifId);
    static Result<Appointment> setNote(const Session &session, const QString &appointmentId, const QString &note);
    // Never happened (a mistake found afterwards): pending messages withdrawn, nothing sent; audited.
    static Result<Appointment> markEnteredInError(const Session &session, const QString &appointmentId,
                                                  const QString &reason);
    // The desk's search (a patient's past and future appointments, a day, a practitioner, a status).
    static Result<QList<Appointment>> search(const Session &session, const AppointmentFilter &filter);
    static bool isLateCancellation(const QDateTime &start, const QDateTime &now, int deadlineHours);
};

} // namespace guichet
