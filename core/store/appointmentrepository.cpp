#include "core/store/appointmentrepository.h"

#include "core/base/timeutil.h"
#include "core/store/database.h"
#include "core/store/migrations.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

const QString kColumns = u"id, practitioner_id, patient_id, motif_id, site_id, start_utc, end_utc, channel, status, "
                         "cancelled_by, late_cancellation, excused, reason, note, created_at, created_by, server_id, "
                         "version, noshow_erased"_s;

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// A QSqlQuery or a Lookup positioned on a row.
template <typename Row>
Appointment readAppointment(const Row &q)
{
    Appointment a;
    a.id = q.value(0).toString();
    a.practitionerId = q.value(1).toString();
    a.patientId = q.value(2).toString();
    a.motifId = q.value(3).toString();
    a.siteId = q.value(4).toString();
    a.start = fromStored(q.value(5).toLongLong());
    a.end = fromStored(q.value(6).toLongLong());
    a.channel = BookingChannels::fromCode(q.value(7).toString()).value_or(BookingChannel::Desk); // CHECKed in the table
    a.status = AppointmentStatuses::fromCode(q.value(8).toString()).value_or(AppointmentStatus::Booked);
    a.cancelledBy = CancelledBys::fromCode(q.value(9).toString());
    a.lateCancellation = q.value(10).toBool();
    a.excused = q.value(11).toBool();
    a.reason = q.value(12).toString();
    a.note = q.value(13).toString();
    a.createdAt = fromStored(q.value(14).toLongLong());
    a.createdBy = q.value(15).toString();
    a.serverId = q.value(16).toString();
    a.version = q.value(17).toString();
    a.noShowErased = q.value(18).toBool();
    return a;
}

QVariantList values(const Appointment &a)
{
    return {a.id,
            a.practitionerId,
            a.patientId,
            nullable(a.motifId),
            a.siteId,
            toStored(a.start),
            toStored(a.end),
            BookingChannels::code(a.channel),
            AppointmentStatuses::code(a.status),
            CancelledBys::code(a.cancelledBy),
            a.lateCancellation,
            a.excused,
            a.reason,
            a.note,
            toStored(a.createdAt),
            a.createdBy,
            nullable(a.serverId),
            nullable(a.version),
            a.noShowErased};
}

// The row and, last, its patient's names for the agenda (bound with the patient id again).
QString insertStatement()
{
    return u"INSERT INTO appointments("_s + kColumns
        + u", patient_names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce((SELECT "_s
        + appointmentPatientNamesExpression(u"p"_s) + u" FROM patients p WHERE p.id = ?), ''))"_s;
}

} // namespace

Result<void> AppointmentRepository::insert(const Appointment &a)
{
    QVariantList vals = values(a);
    vals << a.patientId;
    auto r = m_db.exec(insertStatement(), vals);
    if (!r)
        return r.error();
    return {};
}

Result<void> AppointmentRepository::insertMany(const QList<Appointment> &appointments,
                                               const QList<AppointmentTransition> &history)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(insertStatement()))
        return Error::io(q.lastError().text());
    for (const Appointment &a : appointments) {
        const QVariantList vals = values(a);
        for (int i = 0; i < vals.size(); ++i)
            q.bindValue(i, bindable(vals.at(i)));
        q.bindValue(int(vals.size()), a.patientId);
        if (!q.exec())
            return Error::io(q.lastError().text());
    }
    QSqlQuery h(m_db.connection());
    if (!h.prepare(u"INSERT INTO appointment_history(appointment_id, from_status, to_status, at_utc, user_name, "
                   "reason, start_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"_s))
        return Error::io(h.lastError().text());
    for (const AppointmentTransition &t : history) {
        h.bindValue(0, t.appointmentId);
        h.bindValue(1, bindable(AppointmentStatuses::code(t.from)));
        h.bindValue(2, AppointmentStatuses::code(t.to));
        h.bindValue(3, toStored(t.at));
        h.bindValue(4, t.user);
        h.bindValue(5, bindable(t.reason));
        h.bindValue(6, t.start.isValid() ? QVariant(toStored(t.start)) : QVariant());
        if (!h.exec())
            return Error::io(h.lastError().text());
    }
    return {};
}

Result<void> AppointmentRepository::update(const Appointment &a)
{
    QVariantList vals = values(a);
    vals.removeFirst();
    vals << a.id;
    auto r = m_db.exec(u"UPDATE appointments SET practitioner_id = ?, patient_id = ?, motif_id = ?, site_id = ?, "
                       "start_utc = ?, end_utc = ?, channel = ?, status = ?, cancelled_by = ?, late_cancellation = ?, "
                       "excused = ?, reason = ?, note = ?, created_at = ?, created_by = ?, server_id = ?, version = ?, "
                       "noshow_erased = ? WHERE id = ?"_s,
                       vals);
    if (!r)
        return r.error();
    if (m_db.changes() != 1)
        return Error::notFound(Database::tr("No appointment has the identifier %1.").arg(a.id));
    return {};
}

Result<void> AppointmentRepository::setPlansMessages(const QString &appointmentId, bool plans)
{
    auto r = m_db.exec(u"UPDATE appointments SET plans_messages = ? WHERE id = ?"_s, {plans ? 1 : 0, appointmentId});
    if (!r)
        return r.error();
    return {};
}

Result<void> AppointmentRepository::addTransition(const AppointmentTransition &t)
{
    // The start is read from the row just written: every caller updates the appointment first.
    auto r = m_db.exec(
        u"INSERT INTO appointment_history(appointment_id, from_status, to_status, at_utc, user_name, "
        "reason, kind, start_utc) VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT start_utc FROM appointments WHERE id = ?))"_s,
        {t.appointmentId, bindable(AppointmentStatuses::code(t.from)), AppointmentStatuses::code(t.to), toStored(t.at),
         t.user, t.reason, t.kind, t.appointmentId});
    if (!r)
        return r.error();
    return {};
}

Result<Appointment> AppointmentRepository::byId(const QString &id) const
{
    auto r = m_db.lookup(u"SELECT "_s + kColumns + u" FROM appointments WHERE id = ?"_s, {id});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::notFound(Database::tr("No appointment has the identifier %1.").arg(id));
    return readAppointment(r.value());
}

Result<QList<Appointment>> AppointmentRepository::inRange(const QDateTime &from, const QDateTime &to,
                                                          const QStringList &practitionerIds) const
{
    QList<Appointment> out;
    // Appointments last at most a day, so the start bound keeps the index useful.
    QString sql =
        u"SELECT "_s + kColumns + u" FROM appointments WHERE start_utc >= ? AND start_utc < ? AND end_utc > ?"_s;
    QVariantList vals{toStored(from) - 86400, toStored(to), toStored(from)};
    if (!practitionerIds.isEmpty()) {
        sql += u" AND practitioner_id IN ("_s + QStringList(practitionerIds.size(), u"?"_s).join(u", "_s) + u')';
        for (const QString &id : practitionerIds)
            vals << id;
    }
    sql += u" ORDER BY start_utc, practitioner_id"_s;
    auto r = m_db.lookup(sql, vals);
    if (!r)
        return r.error();
    while (r->next())
        out << readAppointment(r.value());
    return out;
}

Result<QList<Appointment>> AppointmentRepository::forPatient(const QString &patientId) const
{
    QList<Appointment> out;
    auto r = m_db.exec(u"SELECT "_s + kColumns + u" FROM appointments WHERE patient_id = ? ORDER BY start_utc DESC"_s,
                       {patientId});
    if (!r)
        return r.error();
    while (r->next())
        out << readAppointment(r.value());
    return out;
}

Result<QList<AppointmentTransition>> AppointmentRepository::history(const QString &appointmentId) const
{
    QList<AppointmentTransition> out;
    auto r = m_db.lookup(u"SELECT seq, appointment_id, from_status, to_status, at_utc, user_name, reason, start_utc, "
                         "kind FROM appointment_history WHERE appointment_id = ? ORDER BY seq"_s,
                         {appointmentId});
    if (!r)
        return r.error();
    while (r->next()) {
        AppointmentTransition t;
        t.seq = r->value(0).toLongLong();
        t.appointmentId = r->value(1).toString();
        t.from = AppointmentStatuses::fromCode(r->value(2).toString()); // NULL: the creation
        const auto to = AppointmentStatuses::fromCode(r->value(3).toString());
        if (!to)
            return Error::io(
                QCoreApplication::translate("AppointmentRepository",
                                            "The history of appointment %1 holds an unknown status \"%2\".")
                    .arg(appointmentId, r->value(3).toString()));
        t.to = *to;
        t.at = fromStored(r->value(4).toLongLong());
        t.user = r->value(5).toString();
        t.reason = r->value(6).toString();
        if (!r->value(7).isNull())
            t.start = fromStored(r->value(7).toLongLong());
        t.kind = r->value(8).toString();
        out << t;
    }
    return out;
}

qint64 AppointmentRepository::count() const
{
    auto r = m_db.exec(u"SELECT count(*) FROM appointments"_s);
    if (!r || !r->next())
        return 0;
    return r->value(0).toLongLong();
}

Result<QList<Appointment>> AppointmentRepository::search(const AppointmentFilter &f) const
{
    QStringList where;
    QVariantList vals;
    if (!f.patientId.isEmpty()) {
        where << u"patient_id = ?"_s;
        vals << f.patientId;
    }
    if (!f.practitionerId.isEmpty()) {
        where << u"practitioner_id = ?"_s;
        vals << f.practitionerId;
    }
    if (f.from.isValid()) {
        where << u"start_utc >= ?"_s;
        vals << toStored(f.from);
    }
    if (f.to.isValid()) {
        where << u"start_utc < ?"_s;
        vals << toStored(f.to);
    }
    if (!f.statuses.isEmpty()) {
        where << u"status IN ("_s + QStringList(f.statuses.size(), u"?"_s).join(u", "_s) + u')';
        for (const QString &s : f.statuses)
            vals << s;
    }
    QString sql = u"SELECT "_s + kColumns + u" FROM appointments"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY start_utc, practitioner_id LIMIT ?"_s;
    vals << std::clamp(f.limit, 1, 100000);
    auto r = m_db.exec(sql, vals);
    if (!r)
        return r.error();
    QList<Appointment> out;
    while (r->next())
        out << readAppointment(r.value());
    return out;
}

Result<void> AppointmentRepository::linkToSeries(const QString &appointmentId, const SeriesLink &link)
{
    auto r = m_db.exec(u"INSERT INTO appointment_series(appointment_id, series_id, position) VALUES (?, ?, ?)"_s,
                       {appointmentId, link.seriesId, link.position});
    if (!r)
        return r.error();
    return {};
}

Result<SeriesLink> AppointmentRepository::seriesOf(const QString &appointmentId) const
{
    auto r =
        m_db.lookup(u"SELECT series_id, position FROM appointment_series WHERE appointment_id = ?"_s, {appointmentId});
    if (!r)
        return r.error();
    if (!r->next())
        return SeriesLink{};
    return SeriesLink{r->value(0).toString(), r->value(1).toInt()};
}

Result<QList<std::pair<SeriesLink, Appointment>>> AppointmentRepository::series(const QString &seriesId) const
{
    auto r = m_db.exec(u"SELECT series_id, position, appointment_id FROM appointment_series WHERE series_id = ? "
                       "ORDER BY position"_s,
                       {seriesId});
    if (!r)
        return r.error();
    QList<std::pair<SeriesLink, Appointment>> out;
    QList<std::pair<SeriesLink, QString>> ids;
    while (r->next())
        ids << std::pair{SeriesLink{r->value(0).toString(), r->value(1).toInt()}, r->value(2).toString()};
    for (const auto &[link, id] : std::as_const(ids)) {
        auto a = byId(id);
        if (!a)
            return a.error();
        out << std::pair{link, *a};
    }
    return out;
}

} // namespace guichet
