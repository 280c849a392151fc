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

namespace {

Result<void> checkTimes(const QDateTime &start, const QDateTime &end, const QString &label)
{
    if (!start.isValid() || !end.isValid())
        return Error::invalid(AbsenceService::tr("The absence needs a start and an end."), u"absence.times"_s);
    if (end <= start)
        return Error::invalid(AbsenceService::tr("The absence must end after it starts."), u"absence.times"_s);
    if (start.daysTo(end) > 366)
        return Error::invalid(AbsenceService::tr("An absence lasts at most a year; declare a longer one in parts."),
                              u"absence.length"_s);
    if (label.size() > 200)
        return Error::invalid(AbsenceService::tr("The reason of the absence is at most 200 characters."),
                              u"absence.label"_s);
    return {};
}

QJsonObject payload(const Absence &a)
{
    return {{u"practitioner_id"_s, a.practitionerId},
            {u"start"_s, a.start.toString(Qt::ISODate)},
            {u"end"_s, a.end.toString(Qt::ISODate)},
            {u"label"_s, a.label}};
}

// Audited and journalled (the free slots published follow), inside the caller's transaction.
Result<void> record(const Session &session, const Absence &a, const QString &operation, const QString &reason = {})
{
    if (auto ok = session.audit(u"absence."_s + operation, u"absence"_s, a.id, reason, payload(a)); !ok)
        return ok;
    // The journal knows create and update: a removal is an update of the slots published.
    QJsonObject changed = payload(a);
    if (operation == u"remove"_s)
        changed.insert(u"removed"_s, true);
    return ChangeJournal::record(session.database(), u"absence"_s, a.id,
                                 operation == u"create"_s ? operation : u"update"_s, changed, session.now());
}

Result<DeclaredAbsence> withAffected(const Database &db, const Absence &a)
{
    DeclaredAbsence out;
    out.absence = a;
    auto booked = AppointmentRepository(db).inRange(a.start, a.end, {a.practitionerId});
    if (!booked)
        return booked.error();
    for (const Appointment &ap : *booked) {
        if (ap.status == AppointmentStatus::Booked)
            out.affected << ap;
    }
    return out;
}

} // namespace

Result<DeclaredAbsence> AbsenceService::declare(const Session &session, const QString &practitionerId,
                                                const QDateTime &start, const QDateTime &end, const QString &label)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    PracticeRepository practice(db);
    if (auto p = practice.practitioner(practitionerId); !p)
        return p.error();
    if (auto ok = checkTimes(start, end, label); !ok)
        return ok.error();
    Absence a;
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
    if (auto ok = record(session, a, u"create"_s); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return withAffected(db, a);
}

Result<DeclaredAbsence> AbsenceService::edit(const Session &session, const QString &id, const QDateTime &start,
                                             const QDateTime &end, const QString &label)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    PracticeRepository practice(db);
    if (auto ok = checkTimes(start, end, label); !ok)
        return ok.error();
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    auto a = practice.absence(id);
    if (!a)
        return a.error();
    a->start = start.toUTC();
    a->end = end.toUTC();
    a->label = label.trimmed();
    if (auto ok = practice.updateAbsence(*a); !ok)
        return ok.error();
    if (auto ok = record(session, *a, u"update"_s); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return withAffected(db, *a);
}

Result<DeclaredAbsence> AbsenceService::remove(const Session &session, const QString &id, const QString &reason)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    PracticeRepository practice(db);
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    auto a = practice.absence(id);
    if (!a)
        return a.error();
    if (auto ok = practice.removeAbsence(id); !ok)
        return ok.error();
    if (auto ok = record(session, *a, u"remove"_s, reason.trimmed()); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return withAffected(db, *a);
}

Result<QList<Absence>> AbsenceService::list(const Session &session, const QString &practitionerId,
                                            const QDateTime &from, const QDateTime &to)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return PracticeRepository(session.database()).absences(practitionerId, from, to);
}

} // namespace guichet
