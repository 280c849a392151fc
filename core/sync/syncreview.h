#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace guichet {

class Database;
class Session;
struct Appointment;

// An act received from the central agenda (a booking, a move, a reinstatement or a
// cancellation made online) that breaks one of the practice's rules. The act is applied (the
// platform has already told the patient); the item tells the desk, who keeps it (with a
// reason), cancels the appointment (the patient gets the cancellation message) or marks that
// the patient was called.
struct SyncReviewItem
{
    QString id;
    QString appointmentId;
    QString patientId;
    QString act; // booking, move, reinstatement, cancellation
    QString rule; // the rule's code, as BookingRules names it (agenda.spacing, …)
    QString message; // the rule in words
    QDateTime actedAt; // when the act was made on the central agenda (UTC)
    QDateTime receivedAt; // when this desk received it (UTC)
    QString state = QStringLiteral("open"); // open, kept, cancelled, called
    QDateTime settledAt;
    QString settledBy;
    QString settleReason;
};

class SyncReview final
{
    Q_DECLARE_TR_FUNCTIONS(SyncReview)
public:
    enum class Settlement { Keep, Cancel, Called };

    // The sync's pull: judges a received act by the rules as an online act made at `actedAt`
    // (the appointment as it now is, already written) and raises one item per broken rule.
    // Returns the number of items raised.
    // `before`: the appointment as it was (a move made inside the cancellation deadline breaks
    // it, as a cancellation would).
    static Result<int> judge(const Database &db, const Appointment &after, const QString &act, const QDateTime &actedAt,
                             const QDateTime &now, const Appointment *before = nullptr);
    // A booking cancelled by another desk settles what was raised about it.
    static Result<void> settledElsewhere(const Database &db, const QString &appointmentId, const QDateTime &now);

    static Result<int> openCount(const Database &db);
    static Result<int> openCount(const Session &session);
    static Result<QList<SyncReviewItem>> list(const Session &session, bool openOnly = true);
    // `id` or its first eight characters or more.
    static Result<SyncReviewItem> settle(const Session &session, const QString &id, Settlement how,
                                         const QString &reason);

    static QString actLabel(const QString &act);
    static QString stateLabel(const QString &state);
};

} // namespace guichet
