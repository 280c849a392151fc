#pragma once

#include "core/base/result.h"

#include <QDateTime>
#include <QList>

namespace guichet {

class Database;

// A message the central agenda is asked to send (DESIGN.md: CommunicationRequest).
struct NotificationRequest
{
    QString id;
    QString patientId; // whom it is about
    QString appointmentId;
    QString kind; // noshow-notice, confirmation, reminder, ...
    QString channel; // sms, email
    QString recipient; // E.164 number or e-mail address
    QString recipientPatientId; // the holder when a relative has no contact of their own
    QDateTime due; // UTC
    QString state = QStringLiteral("pending"); // pending, sent, revoked
    QDateTime createdAt;
    QString body; // the text as the recipient reads it
    QString language = QStringLiteral("fr"); // fr, nl, en
    QString offerId; // the waiting-list offer it carries
};

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
