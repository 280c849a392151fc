#include "core/agenda/absenceservice.h"

#include "core/access/session.h"
#include "core/base/uuid.h"
#include "core/store/appointmentrepository.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace guichet {

Result<DeclaredAbsence> AbsenceService::declare(const Session &session, const QString &practitionerId,
                                                const QDateTime &start, const QDateTime &end, const QString &label)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    PracticeRepository practice(db);
    if (auto p = practice.practitioner(practitionerId); !p)
        return p.error();
    if (!start.isValid() || !end.isValid())
        return Error::invalid(tr("The absence needs a start and an end."), u"absence.times"_s);
    if (end <= start)
        return Error::invalid(tr("The absence must end after it starts."), u"absence.times"_s);
    if (start.daysTo(end) > 366)
        return Error::invalid(tr("An absence lasts at most a year; declare a longer one in parts."),
                              u"absence.length"_s);
    if (label.size() > 200)
        return Error::invalid(tr("The reason of the absence is at most 200 characters."), u"absence.label"_s);
    DeclaredAbsence out;
    Absence &a = out.absence;
    a.id = newUuid();
    a.practitionerId = practitionerId;
    a.start = start.toUTC();
    a.end = end.toUTC();
    a.label = label.trimmed();
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = practice.insertAbsence(a); !ok)
        return ok.error();
    if (auto ok = ChangeJournal::record(db, u"absence"_s, a.id, u"create"_s,
                                        QJsonObject{{u"practitioner_id"_s, a.practitionerId},
                                                    {u"start"_s, a.start.toString(Qt::ISODate)},
                                                    {u"end"_s, a.end.toString(Qt::ISODate)},
                                                    {u"label"_s, a.label}},
                                        session.now());
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    auto booked = AppointmentRepository(db).inRange(a.start, a.end, {a.practitionerId});
    if (!booked)
        return booked.error();
    for (const Appointment &ap : *booked) {
        if (ap.status == AppointmentStatus::Booked)
            out.affected << ap;
    }
    return out;
}

} // namespace guichet
