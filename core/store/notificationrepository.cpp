#include "core/store/notificationrepository.h"

#include "core/base/timeutil.h"
#include "core/store/database.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

const auto kColumns = u"id, patient_id, appointment_id, kind, channel, recipient, recipient_patient_id, due_utc, "
                      "state, created_at, body, language, offer_id"_s;

template <typename Rows>
QList<NotificationRequest> readAll(Rows &q)
{
    QList<NotificationRequest> out;
    while (q.next()) {
        NotificationRequest r;
        r.id = q.value(0).toString();
        r.patientId = q.value(1).toString();
        r.appointmentId = q.value(2).toString();
        r.kind = q.value(3).toString();
        r.channel =
            MessageChannels::fromCode(q.value(4).toString()).value_or(MessageChannel::Sms); // CHECKed in the table
        r.recipient = q.value(5).toString();
        r.recipientPatientId = q.value(6).toString();
        r.due = fromStored(q.value(7).toLongLong());
        r.state = q.value(8).toString();
        r.createdAt = fromStored(q.value(9).toLongLong());
        r.body = q.value(10).toString();
        r.language = q.value(11).toString();
        r.offerId = q.value(12).toString();
        out << r;
    }
    return out;
}

} // namespace

Result<void> NotificationRepository::insert(const NotificationRequest &r)
{
    auto q = m_db.exec(
        u"INSERT INTO notification_requests("_s + kColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {r.id, r.patientId,
         r.appointmentId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.appointmentId), r.kind,
         MessageChannels::code(r.channel), r.recipient, r.recipientPatientId, toStored(r.due), r.state,
         toStored(r.createdAt), r.body, r.language.isEmpty() ? u"fr"_s : r.language,
         r.offerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.offerId)});
    if (!q)
        return q.error();
    return {};
}

QList<NotificationRequest> NotificationRepository::forAppointment(const QString &appointmentId) const
{
    auto q = m_db.lookup(u"SELECT "_s + kColumns
                             + u" FROM notification_requests WHERE appointment_id = ? ORDER BY created_at, id"_s,
                         {appointmentId});
    return q ? readAll(q.value()) : QList<NotificationRequest>{};
}

Result<NotificationRequest> NotificationRepository::byId(const QString &id) const
{
    auto q = m_db.exec(u"SELECT "_s + kColumns + u" FROM notification_requests WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    const QList<NotificationRequest> found = readAll(q.value());
    if (found.isEmpty())
        return Error::notFound(Database::tr("No notification request has the identifier %1.").arg(id));
    return found.first();
}

Result<void> NotificationRepository::revoke(const QString &id)
{
    auto q =
        m_db.exec(u"UPDATE notification_requests SET state = 'revoked' WHERE id = ? AND state = 'pending'"_s, {id});
    if (!q)
        return q.error();
    return {};
}

QList<NotificationRequest> NotificationRepository::forOffer(const QString &offerId) const
{
    auto q =
        m_db.exec(u"SELECT "_s + kColumns + u" FROM notification_requests WHERE offer_id = ? ORDER BY created_at, id"_s,
                  {offerId});
    return q ? readAll(q.value()) : QList<NotificationRequest>{};
}

QList<NotificationRequest> NotificationRepository::dueBetween(const QDateTime &from, const QDateTime &to) const
{
    auto q = m_db.exec(u"SELECT "_s + kColumns
                           + u" FROM notification_requests WHERE due_utc >= ? AND due_utc < ? "
                             "ORDER BY due_utc, id"_s,
                       {toStored(from), toStored(to)});
    return q ? readAll(q.value()) : QList<NotificationRequest>{};
}

QList<NotificationRequest> NotificationRepository::forPatient(const QString &patientId) const
{
    auto q = m_db.exec(u"SELECT "_s + kColumns
                           + u" FROM notification_requests WHERE patient_id = ? ORDER BY created_at, id"_s,
                       {patientId});
    return q ? readAll(q.value()) : QList<NotificationRequest>{};
}

} // namespace guichet
