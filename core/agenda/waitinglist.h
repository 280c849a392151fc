#pragma once

#include "core/base/result.h"
#include "core/domain/appointment.h"

#include <QCoreApplication>
#include <QList>

namespace guichet {

class Database;
class Session;

struct WaitlistEntry
{
    QString id;
    QString appointmentId; // the appointment the patient would like earlier
    QString patientId;
    QString practitionerId;
    QString motifId;
    QDateTime joinedAt;
    int offersSent = 0;
    QString state; // waiting, accepted, left (too many offers not taken), ended (appointment gone or left)
    QDateTime endedAt;
    QString endReason;
    QString createdBy;
};

struct WaitlistOffer
{
    QString id;
    QString entryId;
    QDateTime start; // the earlier slot offered (UTC)
    QDateTime end;
    QDateTime offeredAt;
    QString state; // open, accepted, declined, expired
    QDateTime closedAt;
};

struct OfferRun
{
    bool skipped = false; // checked less than waitlist.check_minutes ago
    int offers = 0;
    int expired = 0;
    int left = 0;
    int ended = 0;
    QList<WaitlistOffer> made;
};

// The waiting list for an earlier slot (DESIGN.md): joined only for an appointment more than
// 14 days away when nothing is free sooner; when a slot frees up earlier, the first 5 on the
// list (by join date) get an offer, looked for at most every 10 minutes; taking an offer
// moves the appointment to the offered slot (the later one is freed); after 10 offers not
// taken the patient leaves the list.
class WaitingList final
{
    Q_DECLARE_TR_FUNCTIONS(WaitingList)
public:
    // Why this appointment may not go on the list, or nothing when it may.
    static Result<void> eligible(const Database &db, const Appointment &appointment, const QDateTime &now);
    static Result<void> eligible(const Session &session, const Appointment &appointment);
    static Result<WaitlistEntry> join(const Session &session, const QString &appointmentId);
    static Result<WaitlistEntry> leave(const Session &session, const QString &entryId, const QString &reason);
    static QList<WaitlistEntry> entries(const Database &db, bool waitingOnly = true);
    static Result<QList<WaitlistEntry>> entries(const Session &session, bool waitingOnly = true);
    static std::optional<WaitlistEntry> forAppointment(const Database &db, const QString &appointmentId);
    static Result<std::optional<WaitlistEntry>> forAppointment(const Session &session, const QString &appointmentId);
    static Result<WaitlistEntry> entry(const Database &db, const QString &id);
    static Result<WaitlistEntry> entry(const Session &session, const QString &id);
    static QList<WaitlistOffer> offers(const Database &db, const QString &entryId);
    static Result<QList<WaitlistOffer>> offers(const Session &session, const QString &entryId);
    // Every open offer, oldest first: without a central agenda to send them, the desk phones
    // these patients. A failed read is an error.
    static Result<QList<WaitlistOffer>> openOffers(const Database &db);
    static Result<QList<WaitlistOffer>> openOffers(const Session &session);
    static Result<WaitlistOffer> offer(const Database &db, const QString &id);
    // The offer, refused when it is no longer open.
    static Result<WaitlistOffer> openOffer(const Database &db, const QString &id);
    // Looks for freed slots and makes the offers; `force` ignores the 10-minute pace.
    static Result<OfferRun> run(const Database &db, const QDateTime &now, bool force = false);
    static Result<OfferRun> run(const Session &session, bool force = false);
    // Taken at the desk (the patient phoned): the appointment moves to the offered slot.
    static Result<Appointment> accept(const Session &session, const QString &offerId);
    // The patient refused this offer (at the desk); they stay on the list.
    static Result<WaitlistOffer> decline(const Session &session, const QString &offerId);
    // A booking received from the central agenda on a slot offered to its patient: the offer
    // was taken online, so the later appointment is cancelled and the entry closed.
    static Result<bool> acceptBooked(const Database &db, const QString &appointmentId, const QDateTime &now);
};

} // namespace guichet
