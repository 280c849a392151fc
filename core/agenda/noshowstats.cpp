#include "core/agenda/noshowstats.h"

#include "core/access/session.h"
#include "core/base/ownerfiles.h"
#include "core/base/timeutil.h"
#include "core/domain/csv.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace guichet {

QList<NoShowStatsRow> NoShowStats::compute(const Database &db, const QDate &from, const QDate &to,
                                           const QTimeZone &zone)
{
    auto r =
        db.exec(uR"(SELECT a.start_utc, a.end_utc, a.practitioner_id, a.motif_id, a.status, a.excused,
                                a.noshow_erased, a.late_cancellation, a.cancelled_by,
                                pr.title, pr.first_name, pr.last_name, coalesce(m.label, '')
                         FROM appointments a
                         JOIN practitioners pr ON pr.id = a.practitioner_id
                         LEFT JOIN motifs m ON m.id = a.motif_id
                         WHERE a.start_utc >= ? AND a.start_utc < ? AND a.status <> 'entered-in-error')"_s,
                {toStored(QDateTime(from, QTime(0, 0), zone)), toStored(QDateTime(to.addDays(1), QTime(0, 0), zone))});
    QMap<QString, NoShowStatsRow> rows; // ordered by month, practitioner name, reason
    while (r && r->next()) {
        const QString status = r->value(4).toString();
        const bool lateByPatient =
            status == u"cancelled"_s && r->value(7).toBool() && r->value(8).toString() == u"patient"_s;
        if (status == u"cancelled"_s && !lateByPatient)
            continue; // cancelled in time or by the practice: the slot could be given again
        const QDateTime start = fromStored(r->value(0).toLongLong());
        const QString month = start.toTimeZone(zone).toString(u"yyyy-MM"_s);
        const QString title = r->value(9).toString();
        const QString name =
            (title.isEmpty() ? QString() : title + u' ') + r->value(10).toString() + u' ' + r->value(11).toString();
        const QString key = month + u'|' + r->value(11).toString() + name + u'|' + r->value(12).toString();
        NoShowStatsRow &row = rows[key];
        if (row.month.isEmpty()) {
            row.month = month;
            row.practitionerId = r->value(2).toString();
            row.practitionerName = name;
            row.motifId = r->value(3).toString();
            row.motifLabel = r->value(12).toString();
        }
        ++row.appointments;
        const int minutes = int((r->value(1).toLongLong() - r->value(0).toLongLong()) / 60);
        if (status == u"noshow"_s && !r->value(6).toBool()) {
            ++row.noShows;
            if (!r->value(5).toBool())
                ++row.unexcused;
            row.minutesLost += minutes;
        } else if (lateByPatient) {
            ++row.lateCancellations;
            row.minutesLost += minutes;
        }
    }
    return rows.values();
}

QList<NoShowStatsRow> NoShowStats::perPractitioner(const QList<NoShowStatsRow> &rows)
{
    QMap<QString, NoShowStatsRow> sums;
    for (const NoShowStatsRow &row : rows) {
        NoShowStatsRow &sum = sums[row.practitionerName + row.practitionerId];
        sum.practitionerId = row.practitionerId;
        sum.practitionerName = row.practitionerName;
        sum.appointments += row.appointments;
        sum.noShows += row.noShows;
        sum.unexcused += row.unexcused;
        sum.lateCancellations += row.lateCancellations;
        sum.minutesLost += row.minutesLost;
    }
    return sums.values();
}

Result<QList<NoShowStatsRow>> NoShowStats::compute(const Session &session, const QDate &from, const QDate &to)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return compute(session.database(), from, to, PracticeRepository(session.database()).displayZone());
}

Result<qsizetype> NoShowStats::exportCsv(const Session &session, const QDate &from, const QDate &to,
                                         const QString &path)
{
    auto rows = compute(session, from, to);
    if (!rows)
        return rows.error();
    QSaveFile file(path);
    if (!openOwnerOnly(file) || file.write(toCsv(*rows).toUtf8()) < 0)
        return Error::io(tr("The file %1 could not be written.").arg(path), u"file.write"_s);
    if (auto audited = session.audit(u"stats.export"_s, u"stats"_s, QString(), QString(),
                                     QJsonObject{{u"from"_s, from.toString(Qt::ISODate)},
                                                 {u"to"_s, to.toString(Qt::ISODate)},
                                                 {u"rows"_s, qint64(rows->size())},
                                                 {u"file"_s, QFileInfo(path).absoluteFilePath()}});
        !audited)
        return audited.error();
    if (!file.commit())
        return Error::io(tr("The file %1 could not be written.").arg(path), u"file.write"_s);
    return rows->size();
}

QString NoShowStats::toCsv(const QList<NoShowStatsRow> &rows)
{
    auto quote = [](QString s) {
        if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
            s = u'"' + s.replace(u"\""_s, u"\"\""_s) + u'"';
        return s;
    };
    QString csv = u"month,practitioner_id,practitioner,motif_id,motif,appointments,noshows,unexcused,"
                  "late_cancellations,noshow_rate,late_cancellation_rate,minutes_lost\n"_s;
    for (const NoShowStatsRow &r : rows) {
        csv += QStringList{r.month,
                           r.practitionerId,
                           quote(r.practitionerName),
                           r.motifId,
                           quote(r.motifLabel),
                           QString::number(r.appointments),
                           QString::number(r.noShows),
                           QString::number(r.unexcused),
                           QString::number(r.lateCancellations),
                           QString::number(r.noShowRate(), 'f', 4),
                           QString::number(r.lateCancellationRate(), 'f', 4),
                           QString::number(r.minutesLost)}
                   .join(u',')
            + u'\n';
    }
    return csv;
}

} // namespace guichet
