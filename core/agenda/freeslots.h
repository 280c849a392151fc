#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace guichet {

class Database;
class Session;

struct FreeSlot
{
    QString practitionerId;
    QString motifId;
    QDateTime start; // UTC
    QDateTime end;
};

struct SlotHold
{
    QString id;
    QString practitionerId;
    QDateTime start;
    QDateTime end;
    QDateTime expiresAt;
};

// The next free slots for a visit reason, from the weekly opening ranges that offer it,
// less appointments, absences, slots held online and the past.
class FreeSlots final
{
    Q_DECLARE_TR_FUNCTIONS(FreeSlots)
public:
    static Result<QList<FreeSlot>> find(const Database &db, const QDateTime &now, const QString &practitionerId,
                                        const QString &motifId, const QDate &from, const QDate &to, int count);
    // Holds a slot chosen online while the patient confirms (15 minutes by default); expired holds are ignored.
    static Result<SlotHold> hold(const Session &session, const QString &practitionerId, const QString &motifId,
                                 const QDateTime &start);
};

} // namespace guichet
