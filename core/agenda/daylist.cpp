#include "daylist.h"

#include "domain/patient.h"
#include "store/database.h"
#include "timeutil.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace guichet {

QList<DayListEntry> DayList::load(const Database &db, const QDate &day, const QTimeZone &zone,
                                  const QStringList &practitionerIds)
{
    return loadRange(db, QDateTime(day, QTime(0, 0), zone), QDateTime(day.addDays(1), QTime(0, 0), zone),
                     practitionerIds);
}

QList<DayListEntry> DayList::loadRange(const Database &db, const QDateTime &fromTime, const QDateTime &toTime,
                                       const QStringList &practitionerIds)
{
    const qint64 from = toStored(fromTime);
    const qint64 to = toStored(toTime);
    // Practitioners and visit reasons are few: read once, joined here rather than per row in SQL.
    struct Names
    {
        QString name;
        QString color;
    };
    QHash<QString, Names> practitioners;
    if (auto r = db.exec(u"SELECT id, title, first_name, last_name, color FROM practitioners"_s)) {
        while (r->next()) {
            const QString title = r->value(1).toString();
            practitioners.insert(r->value(0).toString(),
                                 {(title.isEmpty() ? QString() : title + u' ') + r->value(2).toString() + u' '
                                      + r->value(3).toString(),
                                  r->value(4).toString()});
        }
    }
    QHash<QString, Names> motifs;
    if (auto r = db.exec(u"SELECT id, label, color FROM motifs"_s)) {
        while (r->next())
            motifs.insert(r->value(0).toString(), {r->value(1).toString(), r->value(2).toString()});
    }
    QString sql = uR"(SELECT a.id, a.practitioner_id, a.patient_id, a.motif_id, a.start_utc, a.end_utc, a.status,
               a.late_cancellation, a.excused, p.birth_name, p.usage_name, p.first_names, p.used_first_name
        FROM appointments a
        JOIN patients p ON p.id = a.patient_id
        WHERE a.start_utc >= ? AND a.start_utc < ?)"_s;
    QVariantList values{from, to};
    if (!practitionerIds.isEmpty()) {
        sql += u" AND a.practitioner_id IN ("_s + QStringList(practitionerIds.size(), u"?"_s).join(u", "_s) + u')';
        for (const QString &id : practitionerIds)
            values << id;
    }
    sql += u" ORDER BY a.start_utc"_s;
    QList<DayListEntry> out;
    auto r = db.exec(sql, values);
    while (r && r->next()) {
        const QSqlQuery &q = r.value();
        DayListEntry e;
        Appointment &a = e.appointment;
        a.id = q.value(0).toString();
        a.practitionerId = q.value(1).toString();
        a.patientId = q.value(2).toString();
        a.motifId = q.value(3).toString();
        a.start = fromStored(q.value(4).toLongLong());
        a.end = fromStored(q.value(5).toLongLong());
        a.status = AppointmentStatuses::fromCode(q.value(6).toString()).value_or(AppointmentStatus::Booked);
        a.lateCancellation = q.value(7).toBool();
        a.excused = q.value(8).toBool();
        Patient p;
        p.birthName = q.value(9).toString();
        p.usageName = q.value(10).toString();
        p.firstNames = q.value(11).toString();
        p.usedFirstName = q.value(12).toString();
        e.patientName = p.displayName();
        const Names practitioner = practitioners.value(a.practitionerId);
        e.practitionerName = practitioner.name;
        e.practitionerColor = practitioner.color;
        const Names motif = motifs.value(a.motifId);
        e.motifLabel = motif.name;
        e.motifColor = motif.color;
        out << e;
    }
    // Same start: by practitioner, as the desk reads the list (SQL sorted by start; runs are short).
    for (qsizetype run = 0; run < out.size();) {
        qsizetype end = run + 1;
        while (end < out.size() && out.at(end).appointment.start == out.at(run).appointment.start)
            ++end;
        if (end - run > 1)
            std::sort(out.begin() + run, out.begin() + end, [](const DayListEntry &x, const DayListEntry &y) {
                return x.practitionerName < y.practitionerName;
            });
        run = end;
    }
    return out;
}

} // namespace guichet
