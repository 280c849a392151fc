#pragma once

#include <QDateTime>
#include <QString>

namespace guichet {

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

} // namespace guichet
