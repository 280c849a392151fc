#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace guichet {

class Database;
class Session;

// Where a patient stands with one practitioner (DESIGN.md: no-show).
struct NoShowStatus
{
    QString patientId;
    QString practitionerId;
    int count = 0; // counting no-shows since the last lift: unexcused, not erased (and late cancellations if counted)
    int total = 0; // counting no-shows ever, for the record
    int threshold = 3;
    bool manualBlock = false; // blocked on purpose by the practice
    bool blocked = false; // may not book this practitioner online
    QDateTime lastLiftAt; // invalid when never lifted
    // When the current block began (blocked), or the last one ended began (lifted; invalid when
    // it was reached by counting, not decided): the Flag's period.
    QDateTime blockStart;
};

// Counts unexcused no-shows per patient and practitioner and decides the online-booking block.
// Counts are always computed from the appointments, never stored, so a merge recomputes them.
class NoShowPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(NoShowPolicy)
public:
    static NoShowStatus status(const Database &db, const QString &patientId, const QString &practitionerId);
    static Result<NoShowStatus> status(const Session &session, const QString &patientId, const QString &practitionerId);
    // One status per practitioner the patient has a no-show or a block act with.
    static QList<NoShowStatus> statuses(const Database &db, const QString &patientId);
    static Result<QList<NoShowStatus>> statuses(const Session &session, const QString &patientId);

    // The refusal of an online booking, or nothing. The desk may always book.
    static Result<void> checkOnlineBooking(const Database &db, const QString &patientId, const QString &practitionerId);
    // What the desk is told when it books a blocked patient; empty when not blocked.
    static QString deskWarning(const Database &db, const QString &patientId, const QString &practitionerId);
    static Result<QString> deskWarning(const Session &session, const QString &patientId, const QString &practitionerId);

    // The practice's acts, each with its reason, right and audit entry.
    static Result<NoShowStatus> block(const Session &session, const QString &patientId, const QString &practitionerId,
                                      const QString &reason);
    static Result<NoShowStatus> lift(const Session &session, const QString &patientId, const QString &practitionerId,
                                     const QString &reason);
};

} // namespace guichet
