#include "core/reminders/messagetemplates.h"

#include "core/access/session.h"
#include "core/base/timeutil.h"
#include "core/domain/text.h"
#include "core/reminders/reminderservice.h"
#include "core/store/database.h"
#include "core/store/practicesettings.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QString key(const QString &kind, const QString &channel, const QString &language)
{
    return kind + u'|' + channel + u'|' + language;
}

// Guichet's own wording. Short, neutral, no health detail in the SMS; the e-mails may name
// the visit reason. The first line of an e-mail is its subject.
const QHash<QString, QString> &builtins()
{
    static const QHash<QString, QString> texts = [] {
        QHash<QString, QString> t;
        auto put = [&t](const char *kind, const char *channel, const char *lang, const char *text) {
            t.insert(key(QString::fromLatin1(kind), QString::fromLatin1(channel), QString::fromLatin1(lang)),
                     QString::fromUtf8(text));
        };
        // French
        put("confirmation", "email", "fr",
            "Rendez-vous confirmé\nBonjour {patient},\nVotre rendez-vous avec {practitioner} est confirmé le {date} à "
            "{time} "
            "({motif}).\nAdresse : {site}, {address}.\nEn cas d'empêchement, prévenez-nous au {phone}.");
        put("confirmation", "sms", "fr",
            "Rendez-vous confirmé avec {practitioner} le {date} à {time}, {site}. Empêchement : {phone}.");
        put("reminder", "email", "fr",
            "Rappel de votre rendez-vous\nBonjour {patient},\nNous vous rappelons votre rendez-vous avec "
            "{practitioner} le "
            "{date} à {time} ({motif}).\nAdresse : {site}, {address}.\nSi vous ne pouvez pas venir, prévenez-nous au "
            "{phone} "
            "pour libérer la place.");
        put("reminder", "sms", "fr",
            "Rappel : rendez-vous avec {practitioner} le {date} à {time}, {site}. Empêchement : {phone}.");
        put("cancellation", "email", "fr",
            "Rendez-vous annulé\nBonjour {patient},\nVotre rendez-vous avec {practitioner} du {date} à {time} est "
            "annulé.\n"
            "Pour en prendre un autre : {phone}.");
        put("cancellation", "sms", "fr",
            "Votre rendez-vous avec {practitioner} du {date} à {time} est annulé. Pour en reprendre un : {phone}.");
        put("move", "email", "fr",
            "Rendez-vous déplacé\nBonjour {patient},\nVotre rendez-vous avec {practitioner} du {old_date} à {old_time} "
            "est "
            "déplacé au {date} à {time}.\nAdresse : {site}, {address}.\nEn cas d'empêchement : {phone}.");
        put("move", "sms", "fr",
            "Votre rendez-vous avec {practitioner} est déplacé au {date} à {time}, {site}. Empêchement : {phone}.");
        put("noshow-notice", "email", "fr",
            "Votre rendez-vous du {date}\nBonjour {patient},\nVous aviez rendez-vous avec {practitioner} le {date} à "
            "{time}. "
            "Avez-vous manqué ce rendez-vous ?\nQuand vous ne pouvez pas venir, merci d'annuler à l'avance : la place "
            "sert "
            "à un autre patient. Pour nous joindre : {phone}.");
        put("noshow-notice", "sms", "fr",
            "Vous aviez rendez-vous avec {practitioner} le {date} à {time}. Avez-vous manqué ce rendez-vous ? "
            "Merci d'annuler à l'avance quand vous ne pouvez pas venir : {phone}.");
        // A late cancellation is not a missed appointment: the patient called; the notice says
        // so, neutrally, and asks to cancel earlier next time.
        put("late-cancellation-notice", "email", "fr",
            "Votre rendez-vous du {date}\nBonjour {patient},\nVotre rendez-vous avec {practitioner} le {date} à {time} "
            "a été annulé peu avant l'heure. Merci de prévenir plus tôt quand c'est possible : la place sert à un "
            "autre "
            "patient. Pour nous joindre : {phone}.");
        put("late-cancellation-notice", "sms", "fr",
            "Votre rendez-vous avec {practitioner} le {date} à {time} a été annulé peu avant l'heure. Merci de "
            "prévenir "
            "plus tôt quand c'est possible : {phone}.");
        put("document-notice", "email", "fr",
            "Un document vous attend\nBonjour {patient},\nUn nouveau document de {site} est disponible dans votre "
            "espace "
            "patient.\nPour toute question : {phone}.");
        put("document-notice", "sms", "fr", "Un nouveau document de {site} est disponible dans votre espace patient.");
        put("waitlist-offer", "email", "fr",
            "Un créneau plus tôt s'est libéré\nBonjour {patient},\nUn créneau s'est libéré avec {practitioner} le "
            "{date} à "
            "{time}, plus tôt que votre rendez-vous du {old_date} à {old_time}.\nPour le prendre, acceptez-le depuis "
            "votre "
            "espace patient ou appelez le {phone} ; votre rendez-vous actuel sera alors annulé.");
        put("waitlist-offer", "sms", "fr",
            "Un créneau plus tôt s'est libéré avec {practitioner} le {date} à {time}. Pour le prendre : espace patient "
            "ou "
            "{phone}.");
        // Dutch
        put("confirmation", "email", "nl",
            "Afspraak bevestigd\nBeste {patient},\nUw afspraak met {practitioner} is bevestigd op {date} om {time} "
            "({motif}).\n"
            "Adres: {site}, {address}.\nKunt u niet komen, laat het ons weten op {phone}.");
        put("confirmation", "sms", "nl",
            "Afspraak bevestigd met {practitioner} op {date} om {time}, {site}. Verhinderd: {phone}.");
        put("reminder", "email", "nl",
            "Herinnering aan uw afspraak\nBeste {patient},\nWij herinneren u aan uw afspraak met {practitioner} op "
            "{date} om "
            "{time} ({motif}).\nAdres: {site}, {address}.\nKunt u niet komen, verwittig ons op {phone}.");
        put("reminder", "sms", "nl",
            "Herinnering: afspraak met {practitioner} op {date} om {time}, {site}. Verhinderd: {phone}.");
        put("cancellation", "email", "nl",
            "Afspraak geannuleerd\nBeste {patient},\nUw afspraak met {practitioner} van {date} om {time} is "
            "geannuleerd.\n"
            "Voor een nieuwe afspraak: {phone}.");
        put("cancellation", "sms", "nl",
            "Uw afspraak met {practitioner} van {date} om {time} is geannuleerd. Nieuwe afspraak: {phone}.");
        put("move", "email", "nl",
            "Afspraak verplaatst\nBeste {patient},\nUw afspraak met {practitioner} van {old_date} om {old_time} is "
            "verplaatst "
            "naar {date} om {time}.\nAdres: {site}, {address}.\nVerhinderd: {phone}.");
        put("move", "sms", "nl",
            "Uw afspraak met {practitioner} is verplaatst naar {date} om {time}, {site}. Verhinderd: {phone}.");
        put("noshow-notice", "email", "nl",
            "Uw afspraak van {date}\nBeste {patient},\nU had een afspraak met {practitioner} op {date} om {time}. Hebt "
            "u deze "
            "afspraak gemist?\nAls u niet kunt komen, annuleer dan op voorhand: zo kan een andere patiënt geholpen "
            "worden. "
            "Contact: {phone}.");
        put("noshow-notice", "sms", "nl",
            "U had een afspraak met {practitioner} op {date} om {time}. Hebt u deze gemist? Annuleer op voorhand als u "
            "niet "
            "kunt komen: {phone}.");
        put("late-cancellation-notice", "email", "nl",
            "Uw afspraak van {date}\nBeste {patient},\nUw afspraak met {practitioner} op {date} om {time} werd kort "
            "vooraf geannuleerd. Verwittig ons zo mogelijk vroeger: zo kan een andere patiënt geholpen worden. "
            "Contact: "
            "{phone}.");
        put("late-cancellation-notice", "sms", "nl",
            "Uw afspraak met {practitioner} op {date} om {time} werd kort vooraf geannuleerd. Verwittig ons zo "
            "mogelijk "
            "vroeger: {phone}.");
        put("document-notice", "email", "nl",
            "Er wacht een document op u\nBeste {patient},\nEr staat een nieuw document van {site} klaar in uw "
            "patiëntenruimte.\nVragen: {phone}.");
        put("document-notice", "sms", "nl", "Er staat een nieuw document van {site} klaar in uw patiëntenruimte.");
        put("waitlist-offer", "email", "nl",
            "Er is een vroeger tijdslot vrijgekomen\nBeste {patient},\nEr is een tijdslot vrijgekomen bij "
            "{practitioner} op "
            "{date} om {time}, vroeger dan uw afspraak van {old_date} om {old_time}.\nAanvaard het in uw "
            "patiëntenruimte of "
            "bel {phone}; uw huidige afspraak wordt dan geannuleerd.");
        put("waitlist-offer", "sms", "nl",
            "Er is een vroeger tijdslot vrij bij {practitioner} op {date} om {time}. Aanvaarden: patiëntenruimte of "
            "{phone}.");
        // English
        put("confirmation", "email", "en",
            "Appointment confirmed\nDear {patient},\nYour appointment with {practitioner} is confirmed on {date} at "
            "{time} "
            "({motif}).\nAddress: {site}, {address}.\nIf you cannot come, please call {phone}.");
        put("confirmation", "sms", "en",
            "Appointment confirmed with {practitioner} on {date} at {time}, {site}. Cannot come: {phone}.");
        put("reminder", "email", "en",
            "Appointment reminder\nDear {patient},\nThis is a reminder of your appointment with {practitioner} on "
            "{date} at "
            "{time} ({motif}).\nAddress: {site}, {address}.\nIf you cannot come, please call {phone} to free the "
            "slot.");
        put("reminder", "sms", "en",
            "Reminder: appointment with {practitioner} on {date} at {time}, {site}. Cannot come: {phone}.");
        put("cancellation", "email", "en",
            "Appointment cancelled\nDear {patient},\nYour appointment with {practitioner} on {date} at {time} is "
            "cancelled.\n"
            "To book another one: {phone}.");
        put("cancellation", "sms", "en",
            "Your appointment with {practitioner} on {date} at {time} is cancelled. To book again: {phone}.");
        put("move", "email", "en",
            "Appointment moved\nDear {patient},\nYour appointment with {practitioner} on {old_date} at {old_time} is "
            "moved to "
            "{date} at {time}.\nAddress: {site}, {address}.\nCannot come: {phone}.");
        put("move", "sms", "en",
            "Your appointment with {practitioner} is moved to {date} at {time}, {site}. Cannot come: {phone}.");
        put("noshow-notice", "email", "en",
            "Your appointment on {date}\nDear {patient},\nYou had an appointment with {practitioner} on {date} at "
            "{time}. Did "
            "you miss it?\nWhen you cannot come, please cancel in advance so that another patient can have the slot. "
            "Contact: {phone}.");
        put("noshow-notice", "sms", "en",
            "You had an appointment with {practitioner} on {date} at {time}. Did you miss it? Please cancel in advance "
            "when "
            "you cannot come: {phone}.");
        put("late-cancellation-notice", "email", "en",
            "Your appointment on {date}\nDear {patient},\nYour appointment with {practitioner} on {date} at {time} was "
            "cancelled shortly before. When you can, please let us know earlier so that another patient can have the "
            "slot. Contact: {phone}.");
        put("late-cancellation-notice", "sms", "en",
            "Your appointment with {practitioner} on {date} at {time} was cancelled shortly before. Please let us know "
            "earlier when you can: {phone}.");
        put("document-notice", "email", "en",
            "A document is waiting for you\nDear {patient},\nA new document from {site} is available in your patient "
            "area.\nQuestions: {phone}.");
        put("document-notice", "sms", "en", "A new document from {site} is available in your patient area.");
        put("waitlist-offer", "email", "en",
            "An earlier slot is free\nDear {patient},\nA slot is free with {practitioner} on {date} at {time}, earlier "
            "than "
            "your appointment on {old_date} at {old_time}.\nAccept it in your patient area or call {phone}; your "
            "current "
            "appointment is then cancelled.");
        put("waitlist-offer", "sms", "en",
            "An earlier slot is free with {practitioner} on {date} at {time}. To take it: patient area or {phone}.");
        put("running-late", "email", "fr",
            "Retard de {practitioner} aujourd'hui\nBonjour {patient},\n{practitioner} a environ {delay} de retard "
            "aujourd'hui. Votre rendez-vous de {time} devrait commencer vers {new_time}.\nVous pouvez venir un peu "
            "plus tard. Pour nous joindre : {phone}.");
        put("running-late", "sms", "fr",
            "{practitioner} a environ {delay} de retard. Votre rendez-vous de {time} devrait commencer vers "
            "{new_time}. Pour nous joindre : {phone}.");
        put("running-late", "email", "nl",
            "Vertraging bij {practitioner} vandaag\nBeste {patient},\n{practitioner} heeft vandaag ongeveer {delay} "
            "vertraging. Uw afspraak van {time} begint wellicht rond {new_time}.\nU mag wat later komen. Contact: "
            "{phone}.");
        put("running-late", "sms", "nl",
            "{practitioner} heeft ongeveer {delay} vertraging. Uw afspraak van {time} begint wellicht rond "
            "{new_time}. Contact: {phone}.");
        put("running-late", "email", "en",
            "{practitioner} is running late today\nDear {patient},\n{practitioner} is running about {delay} late "
            "today. Your appointment at {time} should start around {new_time}.\nYou may come a little later. To "
            "reach us: {phone}.");
        put("running-late", "sms", "en",
            "{practitioner} is running about {delay} late. Your appointment at {time} should start around "
            "{new_time}. To reach us: {phone}.");
        return t;
    }();
    return texts;
}

} // namespace

QStringList MessageTemplates::kinds()
{
    return {u"confirmation"_s,    u"reminder"_s,
            u"cancellation"_s,    u"move"_s,
            u"noshow-notice"_s,   u"late-cancellation-notice"_s,
            u"document-notice"_s, u"waitlist-offer"_s,
            u"running-late"_s};
}

QStringList MessageTemplates::languages()
{
    return {u"fr"_s, u"nl"_s, u"en"_s};
}

QStringList MessageTemplates::placeholders()
{
    return {u"patient"_s, u"date"_s,  u"time"_s,     u"practitioner"_s, u"site"_s,  u"address"_s,
            u"phone"_s,   u"motif"_s, u"old_date"_s, u"old_time"_s,     u"delay"_s, u"new_time"_s};
}

QString MessageTemplates::kindLabel(const QString &kind)
{
    if (kind == u"confirmation"_s)
        return tr("Booking confirmation");
    if (kind == u"reminder"_s)
        return tr("Reminder");
    if (kind == u"cancellation"_s)
        return tr("Cancellation");
    if (kind == u"move"_s)
        return tr("Move");
    if (kind == u"noshow-notice"_s)
        return tr("Missed appointment notice");
    if (kind == u"late-cancellation-notice"_s)
        return tr("Late cancellation notice");
    if (kind == u"document-notice"_s)
        return tr("Document available");
    if (kind == u"waitlist-offer"_s)
        return tr("Waiting list offer");
    if (kind == u"running-late"_s)
        return tr("Running late");
    return kind;
}

QString MessageTemplates::channelLabel(MessageChannel channel)
{
    return channel == MessageChannel::Sms ? tr("SMS") : tr("E-mail");
}

QString MessageTemplates::languageLabel(const QString &language)
{
    // The patients' language, named in the desk's (the settings' language list keeps endonyms).
    if (language == u"nl"_s)
        return tr("Dutch");
    if (language == u"en"_s)
        return tr("English");
    return tr("French");
}

QString MessageTemplates::builtin(const QString &kind, MessageChannel channel, const QString &language)
{
    const QString lang = languages().contains(language) ? language : u"fr"_s;
    return builtins().value(key(kind, MessageChannels::code(channel), lang));
}

MessageTemplates MessageTemplates::load(const Database &db)
{
    MessageTemplates out;
    auto r = db.exec(u"SELECT kind, channel, language, body FROM message_templates"_s);
    while (r && r->next())
        out.m_custom.insert(key(r->value(0).toString(), r->value(1).toString(), r->value(2).toString()),
                            r->value(3).toString());
    return out;
}

QString MessageTemplates::text(const QString &kind, MessageChannel channel, const QString &language) const
{
    const QString lang = languages().contains(language) ? language : u"fr"_s;
    const QString custom = m_custom.value(key(kind, MessageChannels::code(channel), lang));
    return custom.isEmpty() ? builtin(kind, channel, lang) : custom;
}

bool MessageTemplates::isCustom(const QString &kind, MessageChannel channel, const QString &language) const
{
    return m_custom.contains(key(kind, MessageChannels::code(channel), language));
}

QString MessageTemplates::render(const QString &templateText, const MessageValues &v, bool sms, bool smsMotifAllowed)
{
    const QHash<QString, QString> values{
        {u"patient"_s, v.patient},  {u"date"_s, v.date},
        {u"time"_s, v.time},        {u"practitioner"_s, v.practitioner},
        {u"site"_s, v.site},        {u"address"_s, v.address},
        {u"phone"_s, v.phone},      {u"motif"_s, sms && !smsMotifAllowed ? QString() : v.motif},
        {u"old_date"_s, v.oldDate}, {u"old_time"_s, v.oldTime},
        {u"delay"_s, v.delay},      {u"new_time"_s, v.newTime}};
    QString text = templateText;
    if (!v.placeLine.isEmpty() && text.contains(u"{address}"_s)) {
        QStringList lines = text.split(u'\n');
        for (QString &line : lines)
            if (line.contains(u"{address}"_s))
                line = v.placeLine;
        text = lines.join(u'\n');
    }
    QString out;
    out.reserve(text.size() + 64);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'{') {
            const qsizetype close = text.indexOf(u'}', i + 1);
            if (close > i) {
                const QString name = text.mid(i + 1, close - i - 1);
                if (values.contains(name)) {
                    out += values.value(name);
                    i = close;
                    continue;
                }
            }
        }
        out += text.at(i);
    }
    // A placeholder left empty must not leave "()" or ", ." behind.
    out.replace(u" ()"_s, QString());
    out.replace(u"()"_s, QString());
    out.replace(u", ."_s, u"."_s);
    out.replace(u", ,"_s, u","_s);
    while (out.contains(u"  "_s))
        out.replace(u"  "_s, u" "_s);
    out.replace(u" ."_s, u"."_s);
    out.replace(u" ,"_s, u","_s);
    return out.trimmed();
}

Result<void> MessageTemplates::checkKey(const QString &kind, const QString &channel, const QString &language)
{
    if (!kinds().contains(kind))
        return Error::invalid(
            tr("Unknown kind of message \"%1\". Known: %2.").arg(kind.left(40), kinds().join(u", "_s)),
            u"template.kind"_s);
    if (!MessageChannels::fromCode(channel))
        return Error::invalid(tr("A message goes by \"email\" or \"sms\", not \"%1\".").arg(channel.left(40)),
                              u"template.channel"_s);
    if (!languages().contains(language))
        return Error::invalid(tr("Messages are written in fr, nl or en, not \"%1\".").arg(language.left(40)),
                              u"template.language"_s);
    return {};
}

Result<void> MessageTemplates::validate(const QString &kind, const QString &channel, const QString &language,
                                        const QString &text, bool smsMotifAllowed)
{
    if (auto ok = checkKey(kind, channel, language); !ok)
        return ok;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(tr("The message is empty."), u"template.empty"_s);
    const bool sms = MessageChannels::fromCode(channel) == MessageChannel::Sms;
    const int max = sms ? MaxSmsLength : MaxEmailLength;
    if (trimmed.size() > max)
        return Error::invalid(
            tr("The message is %1 characters long; at most %2 for this channel.").arg(trimmed.size()).arg(max),
            u"template.length"_s);
    const QStringList known = placeholders();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (trimmed.at(i) == u'}')
            return Error::invalid(tr("A \"}\" has no \"{\" before it, at character %1.").arg(i + 1),
                                  u"template.brace"_s);
        if (trimmed.at(i) != u'{')
            continue;
        const qsizetype close = trimmed.indexOf(u'}', i + 1);
        const qsizetype nextOpen = trimmed.indexOf(u'{', i + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            return Error::invalid(tr("A \"{\" is not closed, at character %1.").arg(i + 1), u"template.brace"_s);
        const QString name = trimmed.mid(i + 1, close - i - 1);
        if (!known.contains(name))
            return Error::invalid(
                tr("Unknown field {%1}. The fields are: %2.").arg(name.left(40), u'{' + known.join(u"} {"_s) + u'}'),
                u"template.placeholder"_s);
        if (sms && name == u"motif"_s && !smsMotifAllowed)
            return Error::invalid(tr("An SMS must not name the visit reason (health detail): remove {motif}, or allow "
                                     "it in the practice settings."),
                                  u"template.sms-motif"_s);
        i = close;
    }
    return {};
}

Result<void> MessageTemplates::set(const Session &session, const QString &kind, const QString &channel,
                                   const QString &language, const QString &text)
{
    if (auto ok = session.require(Right::ChangePracticeSettings); !ok)
        return ok;
    if (auto ok = checkKey(kind, channel, language); !ok)
        return ok;
    const Database &db = session.database();
    const QString trimmed = Text::withoutHidden(text, true).trimmed();
    const MessageChannel by = *MessageChannels::fromCode(channel); // checked above
    const bool reset = trimmed.isEmpty() || trimmed == builtin(kind, by, language);
    if (!reset)
        if (auto ok = validate(kind, channel, language, trimmed, PracticeSettings(db).smsMotifAllowed()); !ok)
            return ok;
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok;
    const QString before = load(db).text(kind, by, language);
    auto written = reset
        ? db.exec(u"DELETE FROM message_templates WHERE kind = ? AND channel = ? AND language = ?"_s,
                  {kind, channel, language})
        : db.exec(u"INSERT INTO message_templates(kind, channel, language, body, updated_at, updated_by) "
                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(kind, channel, language) DO UPDATE SET "
                  "body = excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by"_s,
                  {kind, channel, language, trimmed, toStored(session.now()), session.actor()});
    if (!written)
        return written.error();
    if (auto ok = session.audit(
            u"settings.template"_s, u"template"_s, key(kind, channel, language), QString(),
            QJsonObject{{u"before"_s, before}, {u"after"_s, reset ? builtin(kind, by, language) : trimmed}});
        !ok)
        return ok;
    // Messages not sent yet say what the practice now wants said.
    if (auto ok = ReminderService::replanFuture(db, session.now()); !ok)
        return ok.error();
    return tx.commit();
}

Result<MessageTemplates> MessageTemplates::load(const Session &session)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return load(session.database());
}

} // namespace guichet
