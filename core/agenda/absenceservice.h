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
};

} // namespace guichet
