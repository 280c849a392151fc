#pragma once

#include "core/base/result.h"
#include "core/domain/appointment.h"
#include "core/domain/practice.h"

#include <QCoreApplication>

namespace guichet {

class Session;

struct DeclaredAbsence
{
    Absence absence;
    QList<Appointment> affected; // booked appointments inside it, by start: to be moved
};

// Holidays, training, illness: a practitioner's time off. Declaring one books nothing away
// by itself; it tells the desk which booked patients must be moved.
class AbsenceService final
{
    Q_DECLARE_TR_FUNCTIONS(AbsenceService)
public:
    static Result<DeclaredAbsence> declare(const Session &session, const QString &practitionerId,
                                           const QDateTime &start, const QDateTime &end, const QString &label);
    // Other times or reason: the booked patients inside the new times are listed again.
    static Result<DeclaredAbsence> edit(const Session &session, const QString &id, const QDateTime &start,
                                        const QDateTime &end, const QString &label);
    // Declared by mistake or cancelled: the slots are free again; `affected` lists the booked
    // patients it covered (they no longer need moving). Audited with the reason.
    static Result<DeclaredAbsence> remove(const Session &session, const QString &id, const QString &reason = {});
    // A practitioner's absences overlapping [from, to) (every practitioner's when empty).
    static Result<QList<Absence>> list(const Session &session, const QString &practitionerId, const QDateTime &from,
                                       const QDateTime &to);
};

} // namespace guichet
