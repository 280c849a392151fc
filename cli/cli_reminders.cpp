// guichet-cli reminders (plan, show, push, templates) and waitlist (add, list, offers, offer,
// accept, decline, leave).
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/access/directory.h"
#include "core/agenda/waitinglist.h"
#include "core/base/timeutil.h"
#include "core/reminders/messagetemplates.h"
#include "core/reminders/practicerules.h"
#include "core/reminders/reminderservice.h"
#include "core/sync/fhirclient.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncsettings.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QJsonObject messageJson(const NotificationRequest &n, const QTimeZone &zone)
{
    QJsonObject o = noticeJson(n, zone);
    o.insert(u"language"_s, n.language);
    o.insert(u"text"_s, n.body);
    if (!n.offerId.isEmpty())
        o.insert(u"offer_id"_s, n.offerId);
    return o;
}

void printMessages(CliContext &ctx, QList<NotificationRequest> list)
{
    std::sort(list.begin(), list.end(), [](const NotificationRequest &a, const NotificationRequest &b) {
        return a.due != b.due ? a.due < b.due : a.id < b.id;
    });
    const QTimeZone zone = ctx.siteZone();
    if (ctx.json) {
        QJsonArray array;
        for (const NotificationRequest &n : std::as_const(list))
            array << messageJson(n, zone);
        ctx.print(array);
        return;
    }
    QList<QStringList> rows;
    for (const NotificationRequest &n : std::as_const(list))
        rows << QStringList{n.due.toTimeZone(zone).toString(u"dd/MM/yyyy HH:mm"_s),
                            MessageTemplates::kindLabel(n.kind),
                            MessageTemplates::channelLabel(n.channel),
                            n.recipient,
                            n.state,
                            n.appointmentId};
    ctx.printTable({CliContext::tr("Due"), CliContext::tr("Message"), CliContext::tr("Channel"),
                    CliContext::tr("Recipient"), CliContext::tr("State"), CliContext::tr("Appointment")},
                   rows);
}

Result<QDateTime> dayStart(CliContext &ctx, const QString &text, const QDate &fallback, const QString &option)
{
    const QDate day = text.isEmpty() ? fallback : QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return Error::invalid(CliContext::tr("%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(option, text.left(40)),
                              u"cli.date"_s);
    return QDateTime(day, QTime(0, 0), ctx.siteZone()).toUTC();
}

QJsonObject offerJson(const WaitlistOffer &o, const QTimeZone &zone)
{
    return {{u"id"_s, o.id},
            {u"entry_id"_s, o.entryId},
            {u"start"_s, toIsoInZone(o.start, zone)},
            {u"end"_s, toIsoInZone(o.end, zone)},
            {u"offered_at"_s, toIsoInZone(o.offeredAt, zone)},
            {u"state"_s, o.state}};
}

QJsonObject entryJson(const WaitlistEntry &e, const QTimeZone &zone, const QList<WaitlistOffer> &offers)
{
    QJsonArray list;
    for (const WaitlistOffer &o : offers)
        list << offerJson(o, zone);
    return {{u"id"_s, e.id},
            {u"appointment_id"_s, e.appointmentId},
            {u"patient_id"_s, e.patientId},
            {u"practitioner_id"_s, e.practitionerId},
            {u"motif_id"_s, e.motifId},
            {u"joined_at"_s, toIsoInZone(e.joinedAt, zone)},
            {u"offers_sent"_s, e.offersSent},
            {u"state"_s, e.state},
            {u"end_reason"_s, e.endReason},
            {u"offers"_s, list}};
}

int runTemplates(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0, u"list"_s);
    QCommandLineParser parser;
    const QCommandLineOption text(u"text"_s, CliContext::tr("The new text."), u"TEXT"_s);
    const QCommandLineOption file(u"file"_s, CliContext::tr("Read the new text from a UTF-8 file."), u"FILE"_s);
    parser.addOptions({text, file});
    parser.addPositionalArgument(u"key"_s, CliContext::tr("KIND CHANNEL LANGUAGE"));
    int code = 0;
    if (!parseCommand(ctx, parser, u"reminders templates "_s + sub, args.mid(1), code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto loaded = MessageTemplates::load(**session);
    if (!loaded)
        return ctx.fail(loaded.error());
    const MessageTemplates &templates = *loaded;
    const QStringList pos = parser.positionalArguments();
    if (sub == u"list"_s) {
        QJsonArray array;
        QList<QStringList> rows;
        for (const QString &kind : MessageTemplates::kinds())
            for (const MessageChannel channel : MessageChannels::all())
                for (const QString &language : MessageTemplates::languages()) {
                    const bool custom = templates.isCustom(kind, channel, language);
                    array << QJsonObject{{u"kind"_s, kind},
                                         {u"channel"_s, MessageChannels::code(channel)},
                                         {u"language"_s, language},
                                         {u"custom"_s, custom},
                                         {u"text"_s, templates.text(kind, channel, language)}};
                    rows << QStringList{kind, MessageChannels::code(channel), language,
                                        custom ? CliContext::tr("practice") : u"Guichet"_s};
                }
        if (ctx.json)
            ctx.print(array);
        else
            ctx.printTable(
                {CliContext::tr("Kind"), CliContext::tr("Channel"), CliContext::tr("Language"), CliContext::tr("Text")},
                rows);
        return Cli::Done;
    }
    if (pos.size() != 3)
        return ctx.usage(
            CliContext::tr("Usage: reminders templates show|set|reset KIND CHANNEL LANGUAGE [--text T | --file F]"));
    if (sub == u"show"_s) {
        if (auto ok = MessageTemplates::checkKey(pos.at(0), pos.at(1), pos.at(2)); !ok)
            return ctx.fail(ok.error());
        ctx.out << templates.text(pos.at(0), *MessageChannels::fromCode(pos.at(1)), pos.at(2)) << Qt::endl;
        return Cli::Done;
    }
    QString value;
    if (sub == u"set"_s) {
        if (parser.isSet(text) == parser.isSet(file))
            return ctx.usage(CliContext::tr("Give the text with --text or --file, not both."));
        value = parser.value(text);
        if (parser.isSet(file)) {
            QFile f(parser.value(file));
            if (!f.open(QIODevice::ReadOnly))
                return ctx.fail(Error::io(CliContext::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString())));
            value = QString::fromUtf8(f.readAll());
        }
        if (value.trimmed().isEmpty())
            return ctx.fail(Error::invalid(MessageTemplates::tr("The message is empty."), u"template.empty"_s));
    } else if (sub != u"reset"_s) {
        return ctx.usage(CliContext::tr("Usage: reminders templates list|show|set|reset"));
    }
    if (auto ok = MessageTemplates::set(**session, pos.at(0), pos.at(1), pos.at(2), value); !ok)
        return ctx.fail(ok.error());
    auto saved = MessageTemplates::load(**session);
    if (!saved)
        return ctx.fail(saved.error());
    ctx.out << saved->text(pos.at(0), *MessageChannels::fromCode(pos.at(1)), pos.at(2)) << Qt::endl; // set() checked it
    return Cli::Done;
}

} // namespace

int runReminders(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"templates"_s)
        return runTemplates(ctx, rest);
    QCommandLineParser parser;
    int code = 0;
    if (sub == u"plan"_s) {
        const QCommandLineOption from(u"from"_s, CliContext::tr("First day of the appointments (default today)."),
                                      u"DATE"_s);
        const QCommandLineOption to(u"to"_s, CliContext::tr("Last day of the appointments (default 60 days later)."),
                                    u"DATE"_s);
        parser.addOptions({from, to});
        if (!parseCommand(ctx, parser, u"reminders plan"_s, rest, code))
            return code;
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        const QDateTime now = ctx.clock->now();
        const QDate today = now.toTimeZone(ctx.siteZone()).date();
        auto first = dayStart(ctx, parser.value(from), today, u"--from"_s);
        if (!first)
            return ctx.fail(first.error());
        auto last = dayStart(ctx, parser.value(to), first->toTimeZone(ctx.siteZone()).date().addDays(60), u"--to"_s);
        if (!last)
            return ctx.fail(last.error());
        const QDateTime end = last->toTimeZone(ctx.siteZone()).addDays(1).toUTC();
        if (end <= *first)
            return ctx.fail(Error::invalid(CliContext::tr("--to comes before --from."), u"cli.date"_s));
        auto report = ReminderService::replanRange(**session, *first, end);
        if (!report)
            return ctx.fail(report.error());
        // The messages of these appointments, and the notices due in the range.
        QList<NotificationRequest> list;
        QSet<QString> seen;
        auto appointments = AppointmentDirectory(**session).inRange(*first, end);
        if (!appointments)
            return ctx.fail(appointments.error());
        for (const Appointment &a : *appointments)
            if (a.start >= *first)
                for (const NotificationRequest &n : AppointmentDirectory(**session).messages(a.id).valueOr({}))
                    if (!seen.contains(n.id)) {
                        seen.insert(n.id);
                        list << n;
                    }
        auto due = AppointmentDirectory(**session).messagesDue(*first, end);
        if (!due)
            return ctx.fail(due.error());
        for (const NotificationRequest &n : std::as_const(*due))
            if (!seen.contains(n.id)) {
                seen.insert(n.id);
                list << n;
            }
        ctx.err << CliContext::tr("%1 created, %2 withdrawn, %3 unchanged")
                       .arg(report->created)
                       .arg(report->revoked)
                       .arg(report->kept)
                << Qt::endl;
        printMessages(ctx, list);
        return Cli::Done;
    }
    if (sub == u"show"_s) {
        QString id;
        if (!parseWithId(ctx, parser, u"reminders show"_s, rest, code, id))
            return code;
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        if (auto a = AppointmentDirectory(**session).byId(id); !a)
            return ctx.fail(a.error());
        auto messages = AppointmentDirectory(**session).messages(id);
        if (!messages)
            return ctx.fail(messages.error());
        const QList<NotificationRequest> list = *messages;
        if (ctx.json) {
            printMessages(ctx, list);
            return Cli::Done;
        }
        const QTimeZone zone = ctx.siteZone();
        for (const NotificationRequest &n : list)
            ctx.out << u"— "_s << MessageTemplates::kindLabel(n.kind) << u", "_s
                    << MessageTemplates::channelLabel(n.channel) << u" → "_s << n.recipient << u", "_s
                    << n.due.toTimeZone(zone).toString(u"dd/MM/yyyy HH:mm"_s) << u" ("_s << n.state << u")\n"_s
                    << n.body << u"\n\n"_s;
        ctx.out.flush();
        return Cli::Done;
    }
    if (sub == u"push"_s) {
        if (!parseCommand(ctx, parser, u"reminders push"_s, rest, code))
            return code;
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        auto client = SyncSettings::client(**session);
        if (!client)
            return ctx.fail(client.error());
        auto file = ctx.file();
        if (!file)
            return ctx.fail(file.error());
        SyncEngine engine((*file)->database(), **client, *ctx.clock);
        SyncReport report;
        engine.pushMessages(report);
        for (const QString &line : report.log)
            ctx.err << line << Qt::endl;
        if (ctx.json)
            ctx.print(QJsonObject{{u"pushed"_s, report.pushed}, {u"offline"_s, report.offline}});
        else
            ctx.out << CliContext::tr("%n message change(s) sent", nullptr, report.pushed) << Qt::endl;
        return report.offline || report.serverError ? int(Cli::IoError) : int(Cli::Done);
    }
    return ctx.usage(
        CliContext::tr("Usage: reminders plan [--from D --to D] | show APPOINTMENT | push | templates ..."));
}

int runWaitlist(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    QCommandLineParser parser;
    int code = 0;
    QString id;
    const QTimeZone zone = ctx.siteZone();
    if (sub == u"add"_s || sub == u"accept"_s || sub == u"decline"_s || sub == u"leave"_s) {
        const QCommandLineOption reason(u"reason"_s, CliContext::tr("Why the patient leaves the list."), u"TEXT"_s);
        if (sub == u"leave"_s)
            parser.addOption(reason);
        if (!parseWithId(ctx, parser, u"waitlist "_s + sub, rest, code, id))
            return code;
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        if (sub == u"add"_s) {
            auto e = WaitingList::join(**session, id);
            if (!e)
                return ctx.fail(e.error());
            if (ctx.json)
                ctx.print(entryJson(*e, zone, {}));
            else
                ctx.out << CliContext::tr("On the waiting list: %1").arg(e->id) << Qt::endl;
            return Cli::Done;
        }
        if (sub == u"leave"_s) {
            auto e = WaitingList::leave(**session, id, parser.value(reason));
            if (!e)
                return ctx.fail(e.error());
            if (ctx.json)
                ctx.print(entryJson(*e, zone, WaitingList::offers(**session, e->id).valueOr({})));
            else
                ctx.out << CliContext::tr("Off the waiting list: %1").arg(e->id) << Qt::endl;
            return Cli::Done;
        }
        if (sub == u"decline"_s) {
            auto o = WaitingList::decline(**session, id);
            if (!o)
                return ctx.fail(o.error());
            if (ctx.json)
                ctx.print(offerJson(*o, zone));
            else
                ctx.out << CliContext::tr("Offer declined; the patient stays on the list.") << Qt::endl;
            return Cli::Done;
        }
        auto a = WaitingList::accept(**session, id);
        if (!a)
            return ctx.fail(a.error());
        return printAppointment(ctx, *a);
    }
    if (sub == u"list"_s) {
        const QCommandLineOption all(u"all"_s, CliContext::tr("Entries no longer waiting too."));
        parser.addOption(all);
        if (!parseCommand(ctx, parser, u"waitlist list"_s, rest, code))
            return code;
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        QJsonArray array;
        QList<QStringList> rows;
        auto entries = WaitingList::entries(**session, !parser.isSet(all));
        if (!entries)
            return ctx.fail(entries.error());
        for (const WaitlistEntry &e : std::as_const(*entries)) {
            array << entryJson(e, zone, WaitingList::offers(**session, e.id).valueOr({}));
            rows << QStringList{e.id,
                                e.joinedAt.toTimeZone(zone).toString(u"dd/MM/yyyy HH:mm"_s),
                                e.patientId,
                                e.appointmentId,
                                QString::number(e.offersSent),
                                e.state};
        }
        if (ctx.json)
            ctx.print(array);
        else
            ctx.printTable({CliContext::tr("Entry"), CliContext::tr("Joined"), CliContext::tr("Patient"),
                            CliContext::tr("Appointment"), CliContext::tr("Offers"), CliContext::tr("State")},
                           rows);
        return Cli::Done;
    }
    if (sub == u"offer"_s) {
        const QCommandLineOption force(u"force"_s, CliContext::tr("Look now, even if the last look is recent."));
        parser.addOption(force);
        if (!parseCommand(ctx, parser, u"waitlist offer"_s, rest, code))
            return code;
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        auto run = WaitingList::run(**session, parser.isSet(force));
        if (!run)
            return ctx.fail(run.error());
        QJsonArray made;
        for (const WaitlistOffer &o : run->made)
            made << offerJson(o, zone);
        if (ctx.json)
            ctx.print(QJsonObject{{u"skipped"_s, run->skipped},
                                  {u"offers"_s, made},
                                  {u"expired"_s, run->expired},
                                  {u"left"_s, run->left},
                                  {u"ended"_s, run->ended}});
        else if (run->skipped)
            ctx.out << CliContext::tr("Looked less than %1 minutes ago; use --force to look now.")
                           .arg(
                               PracticeRules::value(**session, PracticeRuleKeys::WaitlistCheckMinutes).valueOr(u"10"_s))
                    << Qt::endl;
        else
            ctx.out << CliContext::tr("%1 offers made, %2 expired, %3 patients left the list")
                           .arg(run->offers)
                           .arg(run->expired)
                           .arg(run->left)
                    << Qt::endl;
        return Cli::Done;
    }
    return ctx.usage(CliContext::tr("Usage: waitlist add APPOINTMENT | list [--all] | offer [--force] | accept OFFER | "
                                    "decline OFFER | leave ENTRY [--reason T]"));
}

} // namespace guichet
