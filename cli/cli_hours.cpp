// guichet-cli hours: a practitioner's weekly opening hours and the days that differ.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/access/directory.h"
#include "core/agenda/openinghours.h"
#include "core/base/timeutil.h"
#include "core/domain/jsonformat.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QJsonArray rangesJson(const QList<OpeningRange> &ranges)
{
    QJsonArray out;
    for (const OpeningRange &r : ranges) {
        QJsonObject o{{u"start"_s, r.start.toString(u"HH:mm"_s)},
                      {u"end"_s, r.end >= QTime(23, 59, 59) ? u"24:00"_s : r.end.toString(u"HH:mm"_s)}};
        if (!r.motifIds.isEmpty())
            o.insert(u"motif_ids"_s, QJsonArray::fromStringList(r.motifIds));
        out << o;
    }
    return out;
}

// The booked patients a change leaves outside the hours: to be called and moved.
int printOutcome(CliContext &ctx, const QJsonObject &head, const OpeningHoursService::Outcome &outcome)
{
    const QTimeZone zone = ctx.siteZone();
    QJsonArray outside;
    for (const Appointment &a : outcome.outside)
        outside << Json::appointment(a, zone);
    if (ctx.json) {
        QJsonObject o = head;
        o.insert(u"outside"_s, outside);
        ctx.print(o);
    } else {
        ctx.out << head.value(u"id"_s).toString() << Qt::endl;
        ctx.out << CliContext::tr("%n booked appointment(s) now outside the hours, to move.", nullptr,
                                  int(outside.size()))
                << Qt::endl;
        for (const QJsonValue &v : std::as_const(outside))
            ctx.out << u"  "_s << v[u"id"_s].toString() << u"  "_s << v[u"start"_s].toString() << u"  "_s
                    << v[u"patient_id"_s].toString() << Qt::endl;
    }
    return Cli::Done;
}

int hoursShow(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("The practitioner's ID."), u"ID"_s);
    const QCommandLineOption from(u"from"_s, CliContext::tr("First day."), u"DATE"_s);
    const QCommandLineOption to(u"to"_s, CliContext::tr("Last day, included."), u"DATE"_s);
    parser.addOptions({practitioner, from, to});
    int code = 0;
    if (!parseCommand(ctx, parser, u"hours show"_s, args, code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (auto p = PracticeDirectory(**session).practitioner(parser.value(practitioner)); !p)
        return ctx.fail(p.error());
    const QDate today = ctx.clock->now().toTimeZone(ctx.siteZone()).date();
    const QDate first = parser.isSet(from) ? QDate::fromString(parser.value(from), Qt::ISODate) : today;
    const QDate last = parser.isSet(to) ? QDate::fromString(parser.value(to), Qt::ISODate) : first.addDays(6);
    if (!first.isValid() || !last.isValid() || last < first || first.daysTo(last) > 366)
        return ctx.fail(Error::invalid(CliContext::tr("--from and --to are dates such as 2026-11-23, at most a year "
                                                      "apart, the first before the last."),
                                       u"cli.dates"_s));
    auto loaded = OpeningHours::load(**session, parser.value(practitioner), first, last);
    if (!loaded)
        return ctx.fail(loaded.error());
    const OpeningHours &hours = *loaded;
    QJsonArray week;
    for (int d = 1; d <= 7; ++d) {
        QList<OpeningRange> ranges;
        for (const OpeningRange &r : hours.week())
            if (r.weekday == d)
                ranges << r;
        week << QJsonObject{{u"weekday"_s, d}, {u"ranges"_s, rangesJson(ranges)}};
    }
    QJsonArray days;
    QList<QStringList> table;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const OpeningException *e = hours.exceptionOn(day);
        const QList<OpeningRange> ranges = hours.on(day);
        QJsonObject o{{u"date"_s, day.toString(Qt::ISODate)}, {u"ranges"_s, rangesJson(ranges)}};
        if (e)
            o.insert(u"exception"_s, QJsonObject{{u"id"_s, e->id}, {u"label"_s, e->label}});
        days << o;
        const QString text = ranges.isEmpty() ? CliContext::tr("closed") : OpeningHoursService::formatRanges(ranges);
        table << QStringList{QLocale().toString(day, u"ddd d MMM"_s), text,
                             e ? (e->label.isEmpty() ? CliContext::tr("exception") : e->label) + u" (" + e->id + u')'
                               : QString()};
    }
    if (ctx.json)
        ctx.print(QJsonObject{{u"id"_s, parser.value(practitioner)}, {u"week"_s, week}, {u"days"_s, days}});
    else
        ctx.printTable({CliContext::tr("Day"), CliContext::tr("Hours"), CliContext::tr("Exception")}, table);
    return Cli::Done;
}

int hoursSet(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("The practitioner's ID."), u"ID"_s);
    const QCommandLineOption weekday(u"weekday"_s, CliContext::tr("1 Monday ... 7 Sunday."), u"N"_s);
    const QCommandLineOption ranges(u"ranges"_s, CliContext::tr("Such as \"08:30-12:30, 14:00-18:00\"; empty: closed."),
                                    u"RANGES"_s);
    parser.addOptions({practitioner, weekday, ranges});
    int code = 0;
    if (!parseCommand(ctx, parser, u"hours set"_s, args, code))
        return code;
    if (!parser.isSet(practitioner) || !parser.isSet(weekday) || !parser.isSet(ranges))
        return ctx.usage(CliContext::tr("Usage: hours set --practitioner ID --weekday N --ranges RANGES"));
    bool isNumber = false;
    const int day = parser.value(weekday).toInt(&isNumber);
    if (!isNumber)
        return ctx.fail(
            Error::invalid(CliContext::tr("--weekday is a number from 1 (Monday) to 7 (Sunday)."), u"hours.weekday"_s));
    auto parsed = OpeningHoursService::parseRanges(parser.value(ranges));
    if (!parsed)
        return ctx.fail(parsed.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto done = OpeningHoursService::setWeekday(**session, parser.value(practitioner), day, *parsed);
    if (!done)
        return ctx.fail(done.error());
    return printOutcome(ctx, QJsonObject{{u"id"_s, parser.value(practitioner)}, {u"weekday"_s, day}}, *done);
}

int hoursException(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("The practitioner's ID."), u"ID"_s);
    const QCommandLineOption date(u"date"_s, CliContext::tr("The day."), u"DATE"_s);
    const QCommandLineOption ranges(u"ranges"_s, CliContext::tr("That day's hours, such as \"09:00-12:00\"."),
                                    u"RANGES"_s);
    const QCommandLineOption closed(u"closed"_s, CliContext::tr("Closed all day."));
    const QCommandLineOption reason(u"reason"_s, CliContext::tr("Public holiday, ..."), u"TEXT"_s);
    parser.addOptions({practitioner, date, ranges, closed, reason});
    int code = 0;
    if (!parseCommand(ctx, parser, u"hours exception"_s, args, code))
        return code;
    if (!parser.isSet(practitioner) || !parser.isSet(date) || parser.isSet(ranges) == parser.isSet(closed))
        return ctx.usage(CliContext::tr(
            "Usage: hours exception --practitioner ID --date DATE (--ranges RANGES | --closed) [--reason TEXT]"));
    const QDate day = QDate::fromString(parser.value(date), Qt::ISODate);
    if (!day.isValid())
        return ctx.fail(Error::invalid(
            CliContext::tr("\"%1\" is not a date such as 2026-12-24.").arg(parser.value(date)), u"hours.day"_s));
    QList<TimeRange> hours;
    if (parser.isSet(ranges)) {
        auto parsed = OpeningHoursService::parseRanges(parser.value(ranges));
        if (!parsed)
            return ctx.fail(parsed.error());
        if (parsed->isEmpty())
            return ctx.fail(Error::invalid(CliContext::tr("--ranges is empty: say --closed for a day without hours."),
                                           u"hours.format"_s));
        hours = *parsed;
    }
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto done =
        OpeningHoursService::setException(**session, parser.value(practitioner), day, hours, parser.value(reason));
    if (!done)
        return ctx.fail(done.error());
    auto now = OpeningHours::load(**session, parser.value(practitioner), day, day);
    if (!now)
        return ctx.fail(now.error());
    const OpeningException *e = now->exceptionOn(day);
    return printOutcome(ctx,
                        QJsonObject{{u"id"_s, e ? e->id : QString()},
                                    {u"practitioner_id"_s, parser.value(practitioner)},
                                    {u"date"_s, day.toString(Qt::ISODate)},
                                    {u"ranges"_s, rangesJson(now->on(day))}},
                        *done);
}

int hoursRemoveException(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    QString id;
    int code = 0;
    if (!parseWithId(ctx, parser, u"hours remove-exception"_s, args, code, id))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (auto ok = OpeningHoursService::removeException(**session, id); !ok)
        return ctx.fail(ok.error());
    if (ctx.json)
        ctx.print(QJsonObject{{u"id"_s, id}, {u"removed"_s, true}});
    else
        ctx.out << id << Qt::endl;
    return Cli::Done;
}

} // namespace

int hoursReasons(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("The practitioner's ID."), u"ID"_s);
    const QCommandLineOption weekday(u"weekday"_s, CliContext::tr("1 Monday ... 7 Sunday."), u"N"_s);
    const QCommandLineOption range(u"range"_s, CliContext::tr("The range, such as 08:30-12:30."), u"RANGE"_s);
    const QCommandLineOption motif(u"motif"_s, CliContext::tr("A visit reason it offers; repeat; none: every reason."),
                                   u"ID"_s);
    parser.addOptions({practitioner, weekday, range, motif});
    int code = 0;
    if (!parseCommand(ctx, parser, u"hours reasons"_s, args, code))
        return code;
    if (!parser.isSet(practitioner) || !parser.isSet(weekday) || !parser.isSet(range))
        return ctx.usage(CliContext::tr("Usage: hours reasons --practitioner ID --weekday N --range 08:30-12:30 "
                                        "[--motif ID ...]"));
    bool isNumber = false;
    const int day = parser.value(weekday).toInt(&isNumber);
    if (!isNumber)
        return ctx.fail(
            Error::invalid(CliContext::tr("--weekday is a number from 1 (Monday) to 7 (Sunday)."), u"hours.weekday"_s));
    auto parsed = OpeningHoursService::parseRanges(parser.value(range));
    if (!parsed)
        return ctx.fail(parsed.error());
    if (parsed->size() != 1)
        return ctx.fail(Error::invalid(CliContext::tr("--range is one range, such as 08:30-12:30."), u"hours.range"_s));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto done = OpeningHoursService::setRangeMotifs(**session, parser.value(practitioner), day, parsed->first().start,
                                                    parser.values(motif));
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json)
        ctx.print(QJsonObject{
            {u"id"_s, done->id}, {u"weekday"_s, day}, {u"motif_ids"_s, QJsonArray::fromStringList(done->motifIds)}});
    return Cli::Done;
}

int runHours(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"show"_s)
        return hoursShow(ctx, args.mid(1));
    if (sub == u"set"_s)
        return hoursSet(ctx, args.mid(1));
    if (sub == u"exception"_s)
        return hoursException(ctx, args.mid(1));
    if (sub == u"remove-exception"_s)
        return hoursRemoveException(ctx, args.mid(1));
    if (sub == u"reasons"_s)
        return hoursReasons(ctx, args.mid(1));
    return ctx.usage(CliContext::tr("Usage: hours show|set|reasons|exception|remove-exception ..."));
}

} // namespace guichet
