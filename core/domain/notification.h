#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

// How a message reaches a patient.
enum class MessageChannel { Sms, Email };

// The one conversion of a message channel to and from its code ("sms", "email": the database,
// the templates, the CLI, the FHIR medium).
class MessageChannels final
{
public:
    static QString code(MessageChannel channel);
    static std::optional<MessageChannel> fromCode(QStringView code);
    static QList<MessageChannel> all(); // e-mail first, as the templates list them
};

// A message the central agenda is asked to send (DESIGN.md: CommunicationRequest).
struct NotificationRequest
{
    QString id;
    QString patientId; // whom it is about
    QString appointmentId;
    QString kind; // noshow-notice, confirmation, reminder, ...
    MessageChannel channel = MessageChannel::Sms;
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
