#pragma once

#include "core/base/result.h"
#include "core/domain/notification.h"

#include <QDateTime>
#include <QList>

namespace guichet {

class Database;

class NotificationRepository final
{
public:
    explicit NotificationRepository(const Database &db)
        : m_db(db)
    {}

    Result<void> insert(const NotificationRequest &request);
    QList<NotificationRequest> forAppointment(const QString &appointmentId) const;
    QList<NotificationRequest> forPatient(const QString &patientId) const;
    QList<NotificationRequest> forOffer(const QString &offerId) const;
    QList<NotificationRequest> dueBetween(const QDateTime &from, const QDateTime &to) const;
    // Withdraws one pending request (a sent one stays as it was).
    Result<void> revoke(const QString &id);
    Result<NotificationRequest> byId(const QString &id) const;

private:
    const Database &m_db;
};

} // namespace guichet
