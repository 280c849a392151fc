#include "core/agenda/daylist.h"

#include "core/access/session.h"
#include "core/base/timeutil.h"
#include "core/domain/patient.h"
#include "core/store/database.h"
#include "core/store/fastrows.h"

#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace guichet {

Q_LOGGING_CATEGORY(lcAgenda, "guichet.agenda", QtInfoMsg)

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
        (times->value(1).toString() == u"arrived"_s ? e.arrivedAt : e.calledAt) =
            fromStored(times->value(2).toLongLong());
    }
    auto noShows = db.exec(uR"(SELECT n.patient_id, count(*) FROM appointments n
        WHERE n.status = 'noshow' AND n.excused = 0 AND n.noshow_erased = 0
          AND n.patient_id IN (SELECT patient_id FROM appointments WHERE start_utc >= ? AND start_utc < ?)
        GROUP BY n.patient_id)"_s,
                           {toStored(from), toStored(to)});
    QHash<QString, int> counts;
    while (noShows && noShows->next())
        counts.insert(noShows->value(0).toString(), noShows->value(1).toInt());
    QHash<QString, int> documents;
    auto docs = db.exec(uR"(SELECT d.patient_id, count(*) FROM documents d
        WHERE d.archived_at IS NULL
          AND d.patient_id IN (SELECT patient_id FROM appointments WHERE start_utc >= ? AND start_utc < ?)
        GROUP BY d.patient_id)"_s,
                        {toStored(from), toStored(to)});
    while (docs && docs->next())
        documents.insert(docs->value(0).toString(), docs->value(1).toInt());
    for (DayListEntry &e : entries) {
        e.noShows = counts.value(e.appointment.patientId);
        e.documents = documents.value(e.appointment.patientId);
    }
    return entries;
}

namespace {

QString displayNameOf(const QString &patientNames)
{
    const qsizetype first = patientNames.indexOf(QChar(0x1f));
    const qsizetype second = first < 0 ? -1 : patientNames.indexOf(QChar(0x1f), first + 1);
    if (second < 0)
        return patientNames;
    return Patient::displayName(patientNames.left(first), patientNames.mid(first + 1, second - first - 1),
                                patientNames.mid(second + 1));
}

} // namespace

QString AgendaRow::patientName() const
{
    return displayNameOf(patientNames);
}

QString DayListEntry::patientName() const
{
    return displayNameOf(patientNames);
}

AgendaRows DayList::loadRows(const Database &db, qint64 from, qint64 to, const QStringList &practitionerIds,
                             bool withPatientIds, const QStringList &onlyIds)
{
    AgendaRows out;
    // Practitioners and visit reasons are few: read once, found by the UTF-8 bytes of their
    // id in a sorted table, and referred to by index from every row.
    struct Key
    {
        QByteArray key;
        int index;
        quint64 prefix = 0; // the first eight bytes, big-endian: most comparisons end there
    };
    auto prefixOf = [](QByteArrayView bytes) {
        quint64 p = 0;
        for (qsizetype i = 0; i < 8; ++i)
            p = (p << 8) | (i < bytes.size() ? quint8(bytes[i]) : 0);
        return p;
    };
    auto byKey = [](const Key &x, const Key &y) { return x.key < y.key; };
    std::vector<Key> practitioners;
    if (auto r = db.exec(u"SELECT id, title, first_name, last_name, color FROM practitioners"_s)) {
        while (r->next()) {
            const QString title = r->value(1).toString();
            const QString id = r->value(0).toString();
            practitioners.push_back({id.toUtf8(), int(out.practitioners.size())});
            practitioners.back().prefix = prefixOf(practitioners.back().key);
            out.practitioners.append(
                {id,
                 (title.isEmpty() ? QString() : title + u' ') + r->value(2).toString() + u' ' + r->value(3).toString(),
                 r->value(4).toString()});
        }
    }
    {
        QList<int> byName(out.practitioners.size());
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(),
                  [&](int x, int y) { return out.practitioners.at(x).name < out.practitioners.at(y).name; });
        for (int i = 0; i < byName.size(); ++i)
            out.practitioners[byName.at(i)].rank = i;
    }
    std::sort(practitioners.begin(), practitioners.end(), byKey);
    std::vector<Key> motifs;
    if (auto r = db.exec(u"SELECT id, label, color, video FROM motifs"_s)) {
        while (r->next()) {
            const QString id = r->value(0).toString();
            motifs.push_back({id.toUtf8(), int(out.motifs.size())});
            motifs.back().prefix = prefixOf(motifs.back().key);
            out.motifs.append({id, r->value(1).toString(), r->value(2).toString(), 0, r->value(3).toBool()});
        }
    }
    std::sort(motifs.begin(), motifs.end(), byKey);
    auto lookup = [&](const std::vector<Key> &keys, QByteArrayView id) -> int {
        const quint64 prefix = prefixOf(id);
        const auto it = std::lower_bound(keys.begin(), keys.end(), id, [prefix](const Key &k, QByteArrayView key) {
            return k.prefix != prefix ? k.prefix < prefix : QByteArrayView(k.key) < key;
        });
        return it != keys.end() && QByteArrayView(it->key) == id ? it->index : -1;
    };
    // No join: each appointment carries its patient's names (schema version 3).
    QString sql = uR"(SELECT id, practitioner_id, motif_id, start_utc, end_utc, status,
               late_cancellation, excused, patient_names, patient_id, channel, note <> ''
        FROM appointments WHERE start_utc >= ? AND start_utc < ?)"_s;
    // Every practitioner chosen is no filter at all (the whole practice's week).
    bool everyone = !practitionerIds.isEmpty() && practitionerIds.size() >= out.practitioners.size();
    for (qsizetype i = 0; everyone && i < out.practitioners.size(); ++i)
        everyone = practitionerIds.contains(out.practitioners.at(i).id);
    const QStringList filter = everyone ? QStringList() : practitionerIds;
    if (!filter.isEmpty())
        // Unary plus: filter while reading the covering index by start, rather than an index per
        // practitioner followed by a sort of the whole week.
        sql += u" AND +practitioner_id IN ("_s + QStringList(filter.size(), u"?"_s).join(u", "_s) + u')';
    if (!onlyIds.isEmpty())
        sql += u" AND id IN ("_s + QStringList(onlyIds.size(), u"?"_s).join(u", "_s) + u')';
    sql += u" ORDER BY start_utc"_s;
    FastRows rows(db, sql);
    rows.bind(0, from);
    rows.bind(1, to);
    for (int i = 0; i < filter.size(); ++i)
        rows.bind(2 + i, filter.at(i));
    for (int i = 0; i < onlyIds.size(); ++i)
        rows.bind(2 + int(filter.size()) + i, onlyIds.at(i));
    while (rows.next()) {
        AgendaRow &row = out.rows.emplace_back(); // filled in place
        row.id = rows.string(0);
        row.practitioner = lookup(practitioners, rows.utf8(1));
        row.motif = lookup(motifs, rows.utf8(2));
        row.start = rows.int64(3);
        row.end = rows.int64(4);
        row.status = AppointmentStatuses::fromCode(rows.utf8(5)).value_or(AppointmentStatus::Booked);
        row.lateCancellation = rows.int64(6) != 0;
        row.excused = rows.int64(7) != 0;
        row.patientNames = rows.string(8);
        if (withPatientIds)
            row.patientId = rows.string(9);
        row.channel = BookingChannels::fromCode(rows.utf8(10)).value_or(BookingChannel::Desk); // no QString made
        row.hasNote = rows.int64(11) != 0;
    }
    if (!rows.error().isEmpty())
        qCWarning(lcAgenda) << "agenda rows:" << rows.error();
    return out;
}

QList<DayListEntry> DayList::loadRange(const Database &db, const QDateTime &fromTime, const QDateTime &toTime,
                                       const QStringList &practitionerIds, bool byPractitioner)
{
    const AgendaRows lean = loadRows(db, toStored(fromTime), toStored(toTime), practitionerIds, true);
    QList<DayListEntry> out;
    out.reserve(lean.rows.size());
    for (const AgendaRow &row : lean.rows) {
        DayListEntry &e = out.emplace_back();
        Appointment &a = e.appointment;
        a.id = row.id;
        a.patientId = row.patientId;
        if (row.practitioner >= 0) {
            const AgendaRows::Name &p = lean.practitioners.at(row.practitioner);
            a.practitionerId = p.id;
            e.practitionerName = p.name;
            e.practitionerColor = p.color;
        }
        if (row.motif >= 0) {
            const AgendaRows::Name &m = lean.motifs.at(row.motif);
            a.motifId = m.id;
            e.motifLabel = m.name;
            e.motifColor = m.color;
            e.video = m.video;
        }
        a.channel = row.channel;
        e.hasNote = row.hasNote;
        a.start = fromStored(row.start);
        a.end = fromStored(row.end);
        a.status = row.status;
        a.lateCancellation = row.lateCancellation;
        a.excused = row.excused;
        e.patientNames = row.patientNames;
    }
    if (!byPractitioner)
        return out;
    // Same start: by practitioner, as the desk reads the list (a stable sort keeps the rest).
    auto rank = [&](int index) {
        const int p = lean.rows.at(index).practitioner;
        return p < 0 ? int(lean.practitioners.size()) : lean.practitioners.at(p).rank;
    };
    QList<int> order(out.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        const qint64 sx = lean.rows.at(x).start;
        const qint64 sy = lean.rows.at(y).start;
        return sx != sy ? sx < sy : rank(x) < rank(y);
    });
    QList<DayListEntry> sorted;
    sorted.reserve(out.size());
    for (const int i : std::as_const(order))
        sorted.emplace_back(std::move(out[i]));
    return sorted;
}

Result<AgendaRows> DayList::loadRows(const Session &session, qint64 from, qint64 to, const QStringList &practitionerIds,
                                     bool withPatientIds, const QStringList &onlyIds)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return loadRows(session.database(), from, to, practitionerIds, withPatientIds, onlyIds);
}

Result<QList<DayListEntry>> DayList::load(const Session &session, const QDate &day, const QTimeZone &zone,
                                          const QStringList &practitionerIds)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return load(session.database(), day, zone, practitionerIds);
}

} // namespace guichet
