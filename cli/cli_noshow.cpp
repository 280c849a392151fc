// guichet-cli appointment (book, show, cancel, no-show), noshow, patient block, stats, settings.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/access/directory.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/noshowservice.h"
#include "core/agenda/noshowstats.h"
#include "core/base/timeutil.h"
#include "core/domain/jsonformat.h"
#include "core/reminders/practicerules.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QJsonObject statusJson(const NoShowStatus &s)
{
    return {
        {u"id"_s, QString(s.patientId + u':' + s.practitionerId)},
        {u"patient_id"_s, s.patientId},
        {u"practitioner_id"_s, s.practitionerId},
        {u"count"_s, s.count},
        {u"total"_s, s.total},
        {u"threshold"_s, s.threshold},
        {u"blocked"_s, s.blocked},
        {u"manual_block"_s, s.manualBlock},
        {u"last_lift_at"_s, s.lastLiftAt.isValid() ? QJsonValue(s.lastLiftAt.toString(Qt::ISODate)) : QJsonValue()}};
}

} // namespace

QJsonObject noticeJson(const NotificationRequest &n, const QTimeZone &zone)
{
    return {{u"id"_s, n.id},
            {u"kind"_s, n.kind},
            {u"channel"_s, MessageChannels::code(n.channel)},
            {u"recipient"_s, n.recipient},
            {u"recipient_patient_id"_s, n.recipientPatientId},
            {u"due"_s, toIsoInZone(n.due, zone)},
            {u"state"_s, n.state},
            {u"appointment_id"_s, n.appointmentId},
            {u"patient_id"_s, n.patientId}};
}

// Parses `name ID [options]` with one positional ID; returns false with the exit code set.
bool parseWithId(CliContext &ctx, QCommandLineParser &parser, const QString &name, const QStringList &args, int &code,
                 QString &id)
{
    parser.addPositionalArgument(u"id"_s, CliContext::tr("The identifier."));
    if (!parseCommand(ctx, parser, name, args, code))
        return false;
    if (parser.positionalArguments().size() != 1) {
        code = ctx.usage(CliContext::tr("Usage: %1 ID").arg(name));
        return false;
    }
    id = parser.positionalArguments().first();
    return true;
}

int patientBlock(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Blocks a patient's online booking with a practitioner."));
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("The practitioner's ID."), u"ID"_s);
    const QCommandLineOption reason(u"reason"_s, CliContext::tr("Why (kept in the audit log)."), u"TEXT"_s);
    parser.addOptions({practitioner, reason});
    int code = 0;
    QString id;
    if (!parseWithId(ctx, parser, u"patient block"_s, args, code, id))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto s = NoShowPolicy::block(**session, id, parser.value(practitioner), parser.value(reason));
    if (!s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.print(statusJson(*s));
    else
        ctx.out << CliContext::tr("Online booking blocked.") << Qt::endl;
    return Cli::Done;
}

int runNoShow(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    QCommandLineParser parser;
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("The practitioner's ID."), u"ID"_s);
    const QCommandLineOption reason(u"reason"_s, CliContext::tr("Why (kept in the audit log)."), u"TEXT"_s);
    int code = 0;
    QString id;
    if (sub == u"status"_s) {
        parser.addOption(practitioner);
        if (!parseWithId(ctx, parser, u"noshow status"_s, rest, code, id))
            return code;
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        if (auto p = PatientDirectory(**session).byId(id); !p)
            return ctx.fail(p.error());
        if (parser.isSet(practitioner)) {
            if (auto p = PracticeDirectory(**session).practitioner(parser.value(practitioner)); !p)
                return ctx.fail(p.error());
            auto status = NoShowPolicy::status(**session, id, parser.value(practitioner));
            if (!status)
                return ctx.fail(status.error());
            const NoShowStatus &s = *status;
            if (ctx.json)
                ctx.print(statusJson(s));
            else
                ctx.out << CliContext::tr("%1 of %2 no-shows; %3")
                               .arg(s.count)
                               .arg(s.threshold)
                               .arg(s.blocked ? CliContext::tr("online booking blocked")
                                              : CliContext::tr("online booking allowed"))
                        << Qt::endl;
            return Cli::Done;
        }
        QJsonArray array;
        QList<QStringList> rows;
        auto statuses = NoShowPolicy::statuses(**session, id);
        if (!statuses)
            return ctx.fail(statuses.error());
        for (const NoShowStatus &s : std::as_const(*statuses)) {
            array << statusJson(s);
            rows << QStringList{s.practitionerId, QString::number(s.count), QString::number(s.total),
                                s.blocked ? CliContext::tr("blocked") : QString()};
        }
        if (ctx.json)
            ctx.print(array);
        else
            ctx.printTable({CliContext::tr("Practitioner"), CliContext::tr("Count"), CliContext::tr("Total"),
                            CliContext::tr("Online")},
                           rows);
        return Cli::Done;
    }
    if (sub == u"erase"_s) {
        parser.addOption(reason);
        if (!parseWithId(ctx, parser, u"noshow erase"_s, rest, code, id))
            return code;
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        auto a = NoShowService::erase(**session, id, parser.value(reason));
        if (!a)
            return ctx.fail(a.error());
        return printAppointment(ctx, *a);
    }
    if (sub == u"unblock"_s) {
        parser.addOptions({practitioner, reason});
        if (!parseWithId(ctx, parser, u"noshow unblock"_s, rest, code, id))
            return code;
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        auto s = NoShowPolicy::lift(**session, id, parser.value(practitioner), parser.value(reason));
        if (!s)
            return ctx.fail(s.error());
        if (ctx.json)
            ctx.print(statusJson(*s));
        else
            ctx.out << CliContext::tr("Online booking allowed again.") << Qt::endl;
        return Cli::Done;
    }
    return ctx.usage(CliContext::tr("Usage: noshow status PATIENT [--practitioner ID] | noshow erase APPOINTMENT "
                                    "--reason TEXT | noshow unblock PATIENT --practitioner ID --reason TEXT"));
}

int runStats(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) != u"noshow"_s)
        return ctx.usage(CliContext::tr("Usage: stats noshow --from DATE --to DATE [--csv FILE]"));
    QCommandLineParser parser;
    const QCommandLineOption from(u"from"_s, CliContext::tr("First day."), u"DATE"_s);
    const QCommandLineOption to(u"to"_s, CliContext::tr("Last day, included."), u"DATE"_s);
    const QCommandLineOption csv(u"csv"_s, CliContext::tr("Also write the figures to this CSV file."), u"FILE"_s);
    parser.addOptions({from, to, csv});
    int code = 0;
    if (!parseCommand(ctx, parser, u"stats noshow"_s, args.mid(1), code))
        return code;
    const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!first.isValid() || !last.isValid() || last < first)
        return ctx.fail(Error::invalid(CliContext::tr("--from and --to are dates such as 2026-11-23, --to not "
                                                      "before --from."),
                                       u"cli.dates"_s));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto computed = NoShowStats::compute(**session, first, last);
    if (!computed)
        return ctx.fail(computed.error());
    const QList<NoShowStatsRow> &rows = *computed;
    if (parser.isSet(csv)) {
        if (auto written = NoShowStats::exportCsv(**session, first, last, parser.value(csv)); !written)
            return ctx.fail(written.error());
    }
    if (ctx.json) {
        QJsonArray array;
        for (const NoShowStatsRow &r : rows)
            array << QJsonObject{{u"id"_s, QString(r.month + u':' + r.practitionerId + u':' + r.motifId)},
                                 {u"month"_s, r.month},
                                 {u"practitioner_id"_s, r.practitionerId},
                                 {u"motif_id"_s, r.motifId},
                                 {u"appointments"_s, r.appointments},
                                 {u"noshows"_s, r.noShows},
                                 {u"unexcused"_s, r.unexcused},
                                 {u"late_cancellations"_s, r.lateCancellations},
                                 {u"noshow_rate"_s, r.noShowRate()},
                                 {u"late_cancellation_rate"_s, r.lateCancellationRate()},
                                 {u"minutes_lost"_s, r.minutesLost}};
        ctx.print(array);
        return Cli::Done;
    }
    QList<QStringList> table;
    for (const NoShowStatsRow &r : NoShowStats::perPractitioner(rows))
        table << QStringList{r.practitionerName,
                             QString::number(r.appointments),
                             QString::number(r.noShows),
                             QString::number(100.0 * r.noShowRate(), 'f', 1) + u" %"_s,
                             QString::number(r.lateCancellations),
                             QString::number(r.minutesLost)};
    ctx.printTable({CliContext::tr("Practitioner"), CliContext::tr("Appointments"), CliContext::tr("No-shows"),
                    CliContext::tr("Rate"), CliContext::tr("Late cancellations"), CliContext::tr("Minutes lost")},
                   table);
    return Cli::Done;
}

int runSettings(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const auto settingValue = [&](const QString &key) {
        return PracticeRules::value(**session, key).valueOr(QString());
    };
    if (sub == u"list"_s || sub == u"get"_s) {
        QStringList keys = sub == u"get"_s ? args.mid(1) : PracticeRules::keys();
        QJsonObject o{{u"id"_s, u"settings"_s}};
        for (const QString &key : keys) {
            if (!PracticeRules::keys().contains(key))
                return ctx.fail(Error::invalid(CliContext::tr("Unknown setting \"%1\".").arg(key), u"setting.key"_s));
            o[key] = settingValue(key);
            if (!ctx.json)
                ctx.out << key << u" = "_s << settingValue(key) << Qt::endl;
        }
        if (ctx.json)
            ctx.print(o);
        return Cli::Done;
    }
    if (sub == u"describe"_s) {
        QJsonArray array;
        QList<QStringList> rows;
        for (const PracticeRuleInfo &i : PracticeRules::describe()) {
            array << QJsonObject{{u"id"_s, i.key},           {u"value"_s, settingValue(i.key)},
                                 {u"default"_s, i.fallback}, {u"min"_s, i.min},
                                 {u"max"_s, i.max},          {u"unit"_s, i.unit},
                                 {u"yes_no"_s, i.yesNo},     {u"meaning"_s, i.meaning}};
            rows << QStringList{i.key,
                                settingValue(i.key),
                                QString::number(i.fallback),
                                i.yesNo ? CliContext::tr("0 or 1") : u"%1–%2"_s.arg(i.min).arg(i.max),
                                i.unit,
                                i.meaning};
        }
        if (ctx.json)
            ctx.print(array);
        else
            ctx.printTable({CliContext::tr("Setting"), CliContext::tr("Value"), CliContext::tr("Default"),
                            CliContext::tr("Bounds"), CliContext::tr("Unit"), CliContext::tr("Meaning")},
                           rows);
        return Cli::Done;
    }
    if (sub == u"set"_s && args.size() == 3) {
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        if (auto ok = PracticeRules::set(**session, args.at(1), args.at(2)); !ok)
            return ctx.fail(ok.error());
        if (ctx.json)
            ctx.print(QJsonObject{{u"id"_s, args.at(1)}, {u"value"_s, settingValue(args.at(1))}});
        return Cli::Done;
    }
    return ctx.usage(
        CliContext::tr("Usage: settings list | settings describe | settings get KEY | settings set KEY VALUE"));
}

} // namespace guichet
