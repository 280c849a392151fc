#pragma once

#include "core/base/result.h"
#include "core/domain/notification.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace guichet {

class Database;
class Session;

// What fills a message's placeholders, already formatted for the reader.
struct MessageValues
{
    QString patient; // "Marie Dupont"
    QString date; // "mardi 24 novembre 2026", in the reader's language
    QString time; // "14:30", in the site's time zone
    QString practitioner; // "Dr Anne Martin"
    QString site;
    QString address;
    QString phone; // the practice's public number
    QString motif; // the visit reason: health detail, never in an SMS unless the practice allows it
    QString oldDate; // before a move; the appointment a waiting-list offer would replace
    QString oldTime;
    QString delay; // running late: "30 minutes", in the reader's language
    QString newTime; // running late: when the appointment should start now
    // Where the visit takes place, when not at the site: a line that replaces every line of the
    // text naming {address} (a video consultation, a home visit).
    QString placeLine;
};

// The texts patients receive (DESIGN.md: reminders), one per kind, channel and language,
// written by the practice or Guichet's own. Placeholders: {patient} {date} {time}
// {practitioner} {site} {address} {phone} {motif} {old_date} {old_time} {delay} {new_time}.
class MessageTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplates)
public:
    // confirmation, reminder, cancellation, move, noshow-notice, late-cancellation-notice,
    // document-notice, waitlist-offer, running-late
    static QStringList kinds();
    static QStringList languages(); // fr, nl, en
    static QStringList placeholders();
    static QString kindLabel(const QString &kind);
    static QString channelLabel(MessageChannel channel);
    static QString languageLabel(const QString &language);
    static QString builtin(const QString &kind, MessageChannel channel, const QString &language);
    static constexpr int MaxSmsLength = 480; // three SMS at most
    static constexpr int MaxEmailLength = 4000;

    MessageTemplates() = default; // Guichet's own texts only
    static MessageTemplates load(const Database &db);
    static Result<MessageTemplates> load(const Session &session); // with the practice's own texts

    QString text(const QString &kind, MessageChannel channel, const QString &language) const;
    bool isCustom(const QString &kind, MessageChannel channel, const QString &language) const;
    // What the reader gets. In an SMS {motif} stays empty unless the practice allows it.
    static QString render(const QString &text, const MessageValues &values, bool sms, bool smsMotifAllowed);
    // Refuses an unknown kind, channel or language (as typed: "sms", "email").
    static Result<void> checkKey(const QString &kind, const QString &channel, const QString &language);
    // Refuses an empty or too long text, an unknown or unclosed placeholder, and the visit
    // reason in an SMS when the practice has not allowed it.
    static Result<void> validate(const QString &kind, const QString &channel, const QString &language,
                                 const QString &text, bool smsMotifAllowed);
    // Writes the practice's text (an empty one goes back to Guichet's); needs the settings
    // right; audited; pending messages are planned again with it.
    static Result<void> set(const Session &session, const QString &kind, const QString &channel,
                            const QString &language, const QString &text);

private:
    QHash<QString, QString> m_custom; // kind|channel|language -> text
};

} // namespace guichet
