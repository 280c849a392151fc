#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

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

// What the desk looks for: a visit reason with one practitioner, or with every practitioner
// of a specialty (each one's visit reason of the same name), from a date, in the morning or the
// afternoon, on some weekdays, a page at a time.
struct SlotQuery
{
    enum class Half { Any, Morning, Afternoon }; // the morning ends at noon, site time

    // One practitioner; or, left empty, every practitioner of `specialty` (empty: of the
    // practice) offering a visit reason of the same name as `motifId` (an ID, or the name).
    QString practitionerId;
    QString specialty;
    QString motifId;
    QDate from;
    QDate to; // included
    Half half = Half::Any;
    QList<int> weekdays; // 1 (Monday) .. 7; empty: every day
    int count = 10;
    int offset = 0; // paging: the slots skipped first

    static std::optional<Half> halfFromCode(const QString &code); // morning, afternoon, any
};

// The next free slots for a visit reason, from the weekly opening ranges that offer it,
// less appointments, absences, slots held online and the past.
class FreeSlots final
{
    Q_DECLARE_TR_FUNCTIONS(FreeSlots)
public:
    static Result<QList<FreeSlot>> find(const Database &db, const QDateTime &now, const QString &practitionerId,
                                        const QString &motifId, const QDate &from, const QDate &to, int count);
    // The desk's search, slots of every practitioner asked for in time order.
    static Result<QList<FreeSlot>> search(const Database &db, const QDateTime &now, const SlotQuery &query);
    static Result<QList<FreeSlot>> search(const Session &session, const SlotQuery &query);
    // Holds a slot chosen online while the patient confirms (15 minutes by default); expired holds are ignored.
    static Result<SlotHold> hold(const Session &session, const QString &practitionerId, const QString &motifId,
                                 const QDateTime &start);
};

} // namespace guichet
