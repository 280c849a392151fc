#include "daylist.h"

#include "domain/patient.h"
#include "store/database.h"
#include "store/fastrows.h"
#include "timeutil.h"

#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace guichet {

Q_LOGGING_CATEGORY(lcAgenda, "guichet.agenda", QtInfoMsg)

QString DayListEntry::patientName() const
{
    const qsizetype first = patientNames.indexOf(QChar(0x1f));
    const qsizetype second = first < 0 ? -1 : patientNames.indexOf(QChar(0x1f), first + 1);
    if (second < 0)
        return patientNames;
    return Patient::displayName(patientNames.left(first), patientNames.mid(first + 1, second - first - 1),
                                patientNames.mid(second + 1));
}

QList<DayListEntry> DayList::load(const Database &db, const QDate &day, const QTimeZone &zone,
                                  const QStringList &practitionerIds)
{
    const QDateTime from(day, QTime(0, 0), zone);
    const QDateTime to(day.addDays(1), QTime(0, 0), zone);
    QList<DayListEntry> entries = loadRange(db, from, to, practitionerIds, true);
    if (entries.isEmpty())
        return entries;
    QHash<QString, int> row;
    for (int i = 0; i < entries.size(); ++i)
        row.insert(entries.at(i).appointment.id, i);
    // Arrival and call-in times from the history; the patients' counting no-shows. Two
    // grouped queries for the whole day rather than one per line.
    auto times = db.exec(uR"(SELECT h.appointment_id, h.to_status, max(h.at_utc) FROM appointment_history h
        JOIN appointments a ON a.id = h.appointment_id
        WHERE a.start_utc >= ? AND a.start_utc < ? AND h.to_status IN ('arrived', 'in-consultation')
        GROUP BY h.appointment_id, h.to_status)"_s,
                         {toStored(from), toStored(to)});
    while (times && times->next()) {
        const auto it = row.constFind(times->value(0).toString());
        if (it == row.constEnd())
            continue;
        DayListEntry &e = entries[*it];
        (times->value(1).toString() == u"arrived"_s ? e.arrivedAt : e.calledAt) = fromStored(times->value(2).toLongLong());
    }
    auto noShows = db.exec(uR"(SELECT n.patient_id, count(*) FROM appointments n
        WHERE n.status = 'noshow' AND n.excused = 0 AND n.noshow_erased = 0
          AND n.patient_id IN (SELECT patient_id FROM appointments WHERE start_utc >= ? AND start_utc < ?)
        GROUP BY n.patient_id)"_s,
                           {toStored(from), toStored(to)});
    QHash<QString, int> counts;
    while (noShows && noShows->next())
        counts.insert(noShows->value(0).toString(), noShows->value(1).toInt());
    for (DayListEntry &e : entries)
        e.noShows = counts.value(e.appointment.patientId);
    return entries;
}

QList<DayListEntry> DayList::loadRange(const Database &db, const QDateTime &fromTime, const QDateTime &toTime,
                                       const QStringList &practitionerIds, bool byPractitioner)
{
    const qint64 from = toStored(fromTime);
    const qint64 to = toStored(toTime);
    // Practitioners and visit reasons are few: read once and shared by every row (the
    // QStrings are implicitly shared), found by the UTF-8 bytes of their id in a sorted table.
    struct Names
    {
        QByteArray key;
        QString id;
        QString name;
        QString color;
        int rank = 0; // practitioners by name: the order of a same-time run in the list
    };
    auto byKey = [](const Names &x, const Names &y) { return x.key < y.key; };
    std::vector<Names> practitioners;
    if (auto r = db.exec(u"SELECT id, title, first_name, last_name, color FROM practitioners"_s)) {
        while (r->next()) {
            const QString title = r->value(1).toString();
            const QString id = r->value(0).toString();
            practitioners.push_back({id.toUtf8(), id,
                                     (title.isEmpty() ? QString() : title + u' ') + r->value(2).toString() + u' '
                                         + r->value(3).toString(),
                                     r->value(4).toString()});
        }
    }
    std::sort(practitioners.begin(), practitioners.end(), [](const Names &x, const Names &y) { return x.name < y.name; });
    for (size_t i = 0; i < practitioners.size(); ++i)
        practitioners[i].rank = int(i);
    std::sort(practitioners.begin(), practitioners.end(), byKey);
    std::vector<Names> motifs;
    if (auto r = db.exec(u"SELECT id, label, color FROM motifs"_s)) {
        while (r->next()) {
            const QString id = r->value(0).toString();
            motifs.push_back({id.toUtf8(), id, r->value(1).toString(), r->value(2).toString()});
        }
    }
    std::sort(motifs.begin(), motifs.end(), byKey);
    auto lookup = [](const std::vector<Names> &names, QByteArrayView id) -> const Names * {
        const auto it = std::lower_bound(names.begin(), names.end(), id,
                                         [](const Names &n, QByteArrayView key) { return QByteArrayView(n.key) < key; });
        return it != names.end() && QByteArrayView(it->key) == id ? &*it : nullptr;
    };
    // No join: each appointment carries its patient's names (schema version 3).
    QString sql = uR"(SELECT id, practitioner_id, patient_id, motif_id, start_utc, end_utc, status,
               late_cancellation, excused, patient_names
        FROM appointments WHERE start_utc >= ? AND start_utc < ?)"_s;
    // Every practitioner chosen is no filter at all (the whole practice's week).
    bool everyone = !practitionerIds.isEmpty() && size_t(practitionerIds.size()) >= practitioners.size();
    for (size_t i = 0; everyone && i < practitioners.size(); ++i)
        everyone = practitionerIds.contains(practitioners[i].id);
    const QStringList filter = everyone ? QStringList() : practitionerIds;
    if (!filter.isEmpty())
        // Unary plus: filter while reading the covering index by start, rather than an index per
        // practitioner followed by a sort of the whole week.
        sql += u" AND +practitioner_id IN ("_s + QStringList(filter.size(), u"?"_s).join(u", "_s) + u')';
    sql += u" ORDER BY start_utc"_s;
    FastRows rows(db, sql);
    rows.bind(0, from);
    rows.bind(1, to);
    for (int i = 0; i < filter.size(); ++i)
        rows.bind(2 + i, filter.at(i));
    QList<DayListEntry> out;
    struct Order
    {
        qint64 start;
        int rank;
        int index;
    };
    std::vector<Order> order;
    while (rows.next()) {
        DayListEntry e;
        Appointment &a = e.appointment;
        a.id = rows.string(0);
        a.patientId = rows.string(2);
        int rank = int(practitioners.size());
        if (const Names *practitioner = lookup(practitioners, rows.utf8(1))) {
            rank = practitioner->rank;
            a.practitionerId = practitioner->id;
            e.practitionerName = practitioner->name;
            e.practitionerColor = practitioner->color;
        } else {
            a.practitionerId = rows.string(1);
        }
        if (const Names *motif = lookup(motifs, rows.utf8(3))) {
            a.motifId = motif->id;
            e.motifLabel = motif->name;
            e.motifColor = motif->color;
        } else {
            a.motifId = rows.string(3);
        }
        order.push_back({rows.int64(4), rank, int(out.size())});
        a.start = fromStored(rows.int64(4));
        a.end = fromStored(rows.int64(5));
        a.status = AppointmentStatuses::fromCode(rows.utf8(6)).value_or(AppointmentStatus::Booked);
        a.lateCancellation = rows.int64(7) != 0;
        a.excused = rows.int64(8) != 0;
        e.patientNames = rows.string(9);
        out.emplace_back(std::move(e));
    }
    if (!rows.error().isEmpty())
        qCWarning(lcAgenda) << "day list:" << rows.error();
    if (!byPractitioner)
        return out;
    // Same start: by practitioner, as the desk reads the list. Sorting small keys and moving
    // each entry once is far cheaper than sorting the entries themselves.
    std::sort(order.begin(), order.end(), [](const Order &x, const Order &y) {
        return x.start != y.start ? x.start < y.start : x.rank != y.rank ? x.rank < y.rank : x.index < y.index;
    });
    QList<DayListEntry> sorted;
    sorted.reserve(out.size());
    for (const Order &o : order)
        sorted.emplace_back(std::move(out[o.index]));
    return sorted;
}

} // namespace guichet
