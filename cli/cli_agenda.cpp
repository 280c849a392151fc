// guichet-cli appointment (book, move, cancel, arrive/start/finish, no-show, show, list), slots, absence.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/access/directory.h"
#include "core/agenda/absenceservice.h"
#include "core/agenda/appointmentseries.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/freeslots.h"
#include "core/agenda/icsexport.h"
#include "core/agenda/noshowservice.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/domain/jsonformat.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace guichet {

int printAppointment(CliContext &ctx, const Appointment &a, const QStringList &warnings)
{
    for (const QString &w : warnings)
        ctx.err << ctx.program << u": "_s << CliContext::tr("warning: %1").arg(w) << Qt::endl;
    const QTimeZone zone = ctx.siteZone();
    if (ctx.json)
        ctx.print(Json::appointment(a, zone));
    else
        ctx.out << a.id << u"  "_s << toIsoInZone(a.start, zone) << u"  "_s << AppointmentStatuses::code(a.status)
                << Qt::endl;
    return Cli::Done;
}

namespace {

Result<QDateTime> startOption(CliContext &ctx, const QString &text)
{
    const QDateTime start = parseIso(text, ctx.siteZone());
    if (!start.isValid())
        return Error::invalid(CliContext::tr("\"%1\" is not a date and time such as 2026-11-23T09:30 (a date that "
                                             "exists, in the site's time or with an offset).")
                                  .arg(text),
                              u"cli.start"_s);
    return start;
}

int appointmentBook(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Books an appointment, with the practice's rules."));
    const QCommandLineOption patient(u"patient"_s,
                                     CliContext::tr("The patient's ID (the account holder with "
                                                    "--relative)."),
                                     u"ID"_s);
    const QCommandLineOption relative(u"relative"_s, CliContext::tr("Book for this relative of the account holder."),
                                      u"ID"_s);
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("The practitioner's ID."), u"ID"_s);
    const QCommandLineOption motif(u"motif"_s, CliContext::tr("The visit reason's ID."), u"ID"_s);
    const QCommandLineOption start(u"start"_s, CliContext::tr("Start, ISO 8601 (site time when no offset)."),
                                   u"TIME"_s);
    const QCommandLineOption duration(u"duration"_s, CliContext::tr("Minutes (default: the visit reason's)."), u"N"_s);
    const QCommandLineOption channel(u"channel"_s, u"desk | phone | online"_s, u"CHANNEL"_s, u"desk"_s);
    const QCommandLineOption note(u"note"_s, CliContext::tr("A note for the desk."), u"TEXT"_s);
    const QCommandLineOption overrideReason(u"override-reason"_s,
                                            CliContext::tr("Book over a taken slot, or keep two appointments closer "
                                                           "than the spacing rule, for this reason (desk only)."),
                                            u"TEXT"_s);
    const QCommandLineOption replace(u"replace"_s,
                                     CliContext::tr("Spacing rule: cancel the appointment that is too "
                                                    "close and book this one."));
    const QCommandLineOption hold(u"hold"_s, CliContext::tr("The online hold this booking confirms."), u"ID"_s);
    const QCommandLineOption everyDays(u"every-days"_s, CliContext::tr("A series: again every N days."), u"N"_s);
    const QCommandLineOption everyWeeks(u"every-weeks"_s, CliContext::tr("A series: again every N weeks."), u"N"_s);
    const QCommandLineOption count(u"count"_s, CliContext::tr("A series of this many appointments."), u"K"_s);
    const QCommandLineOption until(u"until"_s, CliContext::tr("A series up to this day, included."), u"DATE"_s);
    parser.addOptions({patient, relative, practitioner, motif, start, duration, channel, note, overrideReason, replace,
                       hold, everyDays, everyWeeks, count, until});
    int code = 0;
    if (!parseCommand(ctx, parser, u"appointment book"_s, args, code))
        return code;
    if (!parser.isSet(patient) || !parser.isSet(practitioner) || !parser.isSet(start))
        return ctx.usage(CliContext::tr("Usage: appointment book --patient ID --practitioner ID --start TIME "
                                        "[--motif ID] [--duration N] [--channel desk|phone|online]"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    AppointmentDraft draft;
    draft.patientId = PatientDirectory(**session).resolveId(parser.value(patient));
    if (parser.isSet(relative)) {
        PatientDirectory patients(**session);
        auto r = patients.byId(patients.resolveId(parser.value(relative)));
        if (!r)
            return ctx.fail(r.error());
        if (r->holderId != draft.patientId)
            return ctx.fail(
                Error::invalid(CliContext::tr("%1 is not a relative of this account holder.").arg(r->displayName()),
                               u"appointment.relative"_s));
        draft.patientId = r->id;
    }
    draft.practitionerId = parser.value(practitioner);
    draft.motifId = parser.value(motif);
    auto when = startOption(ctx, parser.value(start));
    if (!when)
        return ctx.fail(when.error());
    draft.start = *when;
    if (parser.isSet(duration)) {
        bool ok = false;
        draft.durationMinutes = parser.value(duration).toInt(&ok);
        if (!ok || draft.durationMinutes <= 0)
            return ctx.fail(Error::invalid(CliContext::tr("--duration is a number of minutes."), u"cli.duration"_s));
    }
    const auto via = BookingChannels::fromCode(parser.value(channel));
    if (!via)
        return ctx.fail(Error::invalid(CliContext::tr("--channel is desk, phone or online."), u"cli.channel"_s));
    draft.channel = *via;
    draft.note = parser.value(note);
    // The desk's reason lifts the taken slot and the spacing rule alike; never online.
    draft.overrideReason = parser.value(overrideReason);
    draft.spacingReason = parser.value(overrideReason);
    draft.replaceConflicts = parser.isSet(replace);
    draft.holdId = parser.value(hold);
    if (parser.isSet(everyDays) || parser.isSet(everyWeeks) || parser.isSet(count) || parser.isSet(until)) {
        SeriesRequest series;
        series.first = draft;
        for (auto [option, value] : {std::pair{&everyDays, &series.everyDays},
                                     std::pair{&everyWeeks, &series.everyWeeks}, std::pair{&count, &series.count}}) {
            if (!parser.isSet(*option))
                continue;
            bool ok = false;
            *value = parser.value(*option).toInt(&ok);
            if (!ok || *value < 1)
                return ctx.fail(Error::invalid(
                    CliContext::tr("--%1 is a whole number from 1.").arg(option->names().first()), u"cli.series"_s));
        }
        if (parser.isSet(until)) {
            series.until = QDate::fromString(parser.value(until), Qt::ISODate);
            if (!series.until.isValid())
                return ctx.fail(
                    Error::invalid(CliContext::tr("--until is a date such as 2027-03-31."), u"cli.series"_s));
        }
        auto report = AppointmentSeries::book(**session, series);
        if (!report)
            return ctx.fail(report.error());
        return printSeries(ctx, *report);
    }
    auto booked = AppointmentService::book(**session, draft);
    if (!booked)
        return ctx.fail(booked.error());
    QStringList warnings = booked->warnings;
    for (const Appointment &old : booked->replaced)
        warnings << CliContext::tr("the appointment %1 was cancelled and replaced").arg(old.id);
    return printAppointment(ctx, booked->appointment, warnings);
}

int appointmentShow(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = 0;
    QString id;
    if (!parseWithId(ctx, parser, u"appointment show"_s, args, code, id))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    AppointmentDirectory repo(**session);
    auto a = repo.byId(id);
    if (!a)
        return ctx.fail(a.error());
    const QTimeZone zone = ctx.siteZone();
    QJsonObject o = Json::appointment(*a, zone);
    o[u"noshow_erased"_s] = a->noShowErased;
    auto steps = repo.history(id);
    if (!steps)
        return ctx.fail(steps.error());
    QJsonArray history;
    for (const AppointmentTransition &t : *steps)
        history << Json::transition(t, zone);
    o[u"history"_s] = history;
    QJsonArray notices;
    auto messages = AppointmentDirectory(**session).messages(id);
    if (!messages)
        return ctx.fail(messages.error());
    for (const NotificationRequest &n : std::as_const(*messages))
        notices << noticeJson(n, zone);
    o[u"notifications"_s] = notices;
    if (ctx.json) {
        ctx.print(o);
        return Cli::Done;
    }
    ctx.out << a->id << u"  "_s << toIsoInZone(a->start, zone) << u"  "_s << AppointmentStatuses::code(a->status)
            << Qt::endl;
    for (const QJsonValue &t : history)
        ctx.out << u"  "_s << t[u"at"_s].toString() << u"  "_s << t[u"from"_s].toString() << u" -> "_s
                << t[u"to"_s].toString() << u"  "_s << t[u"user"_s].toString() << u"  "_s << t[u"reason"_s].toString()
                << Qt::endl;
    return Cli::Done;
}

int appointmentMove(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption start(u"start"_s, CliContext::tr("The new start."), u"TIME"_s);
    const QCommandLineOption end(u"end"_s,
                                 CliContext::tr("The new end (changes the length; default: the same "
                                                "length)."),
                                 u"TIME"_s);
    const QCommandLineOption overrideReason(u"override-reason"_s,
                                            CliContext::tr("Move over a taken slot, for this "
                                                           "reason."),
                                            u"TEXT"_s);
    parser.addOptions({start, end, overrideReason});
    int code = 0;
    QString id;
    if (!parseWithId(ctx, parser, u"appointment move"_s, args, code, id))
        return code;
    if (!parser.isSet(start))
        return ctx.usage(CliContext::tr("Usage: appointment move ID --start TIME"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto when = startOption(ctx, parser.value(start));
    if (!when)
        return ctx.fail(when.error());
    Result<Booking> moved = Error::invalid(QString());
    if (parser.isSet(end)) {
        auto until = startOption(ctx, parser.value(end));
        if (!until)
            return ctx.fail(until.error());
        moved = AppointmentService::reschedule(**session, id, *when, *until, parser.value(overrideReason));
    } else {
        moved = AppointmentService::move(**session, id, *when, parser.value(overrideReason));
    }
    if (!moved)
        return ctx.fail(moved.error());
    return printAppointment(ctx, moved->appointment, moved->warnings);
}

int appointmentStatusChange(CliContext &ctx, const QStringList &args, const QString &verb)
{
    QCommandLineParser parser;
    const QCommandLineOption excused(u"excused"_s,
                                     CliContext::tr("The patient excused themselves: it does not count."));
    const QCommandLineOption reason(u"reason"_s, CliContext::tr("Why."), u"TEXT"_s);
    const QCommandLineOption by(u"by"_s, u"patient | practice"_s, u"WHO"_s, u"patient"_s);
    const QCommandLineOption channel(u"channel"_s,
                                     CliContext::tr("desk (default) or online: online, the "
                                                    "practitioner's deadline applies."),
                                     u"CHANNEL"_s, u"desk"_s);
    if (verb == u"no-show"_s)
        parser.addOption(excused);
    if (verb == u"cancel"_s)
        parser.addOptions({reason, by, channel});
    if (verb == u"reinstate"_s)
        parser.addOption(reason);
    int code = 0;
    QString id;
    if (!parseWithId(ctx, parser, u"appointment "_s + verb, args, code, id))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    Result<Appointment> result = Error::invalid(QString());
    if (verb == u"no-show"_s) {
        result = NoShowService::mark(**session, id, parser.isSet(excused));
    } else if (verb == u"undo-no-show"_s) {
        result = NoShowService::undo(**session, id);
    } else if (verb == u"arrive"_s) {
        result = AppointmentService::changeStatus(**session, id, AppointmentStatus::Arrived, QString());
    } else if (verb == u"start"_s) {
        result = AppointmentService::changeStatus(**session, id, AppointmentStatus::InConsultation, QString());
    } else if (verb == u"finish"_s) {
        result = AppointmentService::changeStatus(**session, id, AppointmentStatus::Fulfilled, QString());
    } else if (verb == u"reinstate"_s) {
        const QString why = parser.value(reason).trimmed();
        result = AppointmentService::reinstate(**session, id,
                                               why.isEmpty() ? CliContext::tr("Kept by the patient after all") : why);
    } else {
        const QString who = parser.value(by);
        if (who != u"patient"_s && who != u"practice"_s)
            return ctx.fail(Error::invalid(CliContext::tr("--by is patient or practice."), u"cli.by"_s));
        const auto via = BookingChannels::fromCode(parser.value(channel));
        if (!via)
            return ctx.fail(Error::invalid(CliContext::tr("--channel is desk, phone or online."), u"cli.channel"_s));
        QString why = parser.value(reason).trimmed();
        if (why.isEmpty())
            why = who == u"patient"_s ? CliContext::tr("Cancelled by the patient")
                                      : CliContext::tr("Cancelled by the practice");
        result = AppointmentService::cancel(**session, id,
                                            who == u"patient"_s ? CancelledBy::Patient : CancelledBy::Practice, why,
                                            *via == BookingChannel::Online);
    }
    if (!result)
        return ctx.fail(result.error());
    return printAppointment(ctx, *result);
}

} // namespace

int runAppointment(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"list"_s)
        return appointmentList(ctx, rest);
    if (sub == u"book"_s)
        return appointmentBook(ctx, rest);
    if (sub == u"show"_s)
        return appointmentShow(ctx, rest);
    if (sub == u"move"_s)
        return appointmentMove(ctx, rest);
    static const QStringList verbs = {u"no-show"_s, u"undo-no-show"_s, u"cancel"_s,   u"arrive"_s,
                                      u"start"_s,   u"finish"_s,       u"reinstate"_s};
    if (verbs.contains(sub))
        return appointmentStatusChange(ctx, rest, sub);
    if (sub == u"change-patient"_s || sub == u"set-motif"_s || sub == u"note"_s || sub == u"entered-in-error"_s)
        return appointmentCorrection(ctx, rest, sub);
    if (sub == u"cancel-series"_s || sub == u"move-series"_s)
        return appointmentSeriesChange(ctx, rest, sub == u"cancel-series"_s);
    if (sub == u"search"_s)
        return appointmentSearch(ctx, rest);
    return ctx.usage(CliContext::tr("Usage: appointment list|search|book|show|move|arrive|start|finish|cancel|"
                                    "reinstate|no-show|undo-no-show|change-patient|set-motif|note|entered-in-error|"
                                    "cancel-series|move-series ..."));
}

int runSlots(CliContext &ctx, const QStringList &args)
{
    const bool holding = args.value(0) == u"hold"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(holding ? CliContext::tr("Holds a slot while a patient confirms online.")
                                             : CliContext::tr("Lists the next free slots for a visit reason."));
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("The practitioner's ID."), u"ID"_s);
    const QCommandLineOption motif(u"motif"_s, CliContext::tr("The visit reason's ID."), u"ID"_s);
    const QCommandLineOption from(u"from"_s, CliContext::tr("First day (default today)."), u"DATE"_s);
    const QCommandLineOption to(u"to"_s, CliContext::tr("Last day (default four weeks later)."), u"DATE"_s);
    const QCommandLineOption count(u"count"_s, CliContext::tr("How many (default 10)."), u"N"_s, u"10"_s);
    const QCommandLineOption start(u"start"_s, CliContext::tr("Start of the slot to hold."), u"TIME"_s);
    const QCommandLineOption half(u"half"_s, CliContext::tr("morning or afternoon."), u"HALF"_s);
    const QCommandLineOption weekday(u"weekday"_s, CliContext::tr("Only these weekdays, 1 (Monday) to 7 (repeatable)."),
                                     u"1..7"_s);
    const QCommandLineOption specialty(u"specialty"_s,
                                       CliContext::tr("Every practitioner of this specialty (--motif: an ID or the "
                                                      "visit reason's name)."),
                                       u"SPECIALTY"_s);
    const QCommandLineOption offset(u"offset"_s, CliContext::tr("Skip this many slots first (paging)."), u"N"_s,
                                    u"0"_s);
    parser.addOptions({practitioner, motif});
    if (holding)
        parser.addOption(start);
    else
        parser.addOptions({from, to, count, half, weekday, specialty, offset});
    int code = 0;
    if (!parseCommand(ctx, parser, holding ? u"slots hold"_s : u"slots"_s, holding ? args.mid(1) : args, code))
        return code;
    if ((!parser.isSet(practitioner) && !(!holding && parser.isSet(specialty))) || !parser.isSet(motif))
        return ctx.usage(CliContext::tr("Usage: slots --practitioner ID|--specialty S --motif ID [--from DATE] [--to "
                                        "DATE] [--half morning|afternoon] [--weekday 1..7] [--count N] [--offset N]"));
    const QTimeZone zone = ctx.siteZone();
    if (holding) {
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        auto when = startOption(ctx, parser.value(start));
        if (!when)
            return ctx.fail(when.error());
        auto held = FreeSlots::hold(**session, parser.value(practitioner), parser.value(motif), *when);
        if (!held)
            return ctx.fail(held.error());
        const QJsonObject o{{u"id"_s, held->id},
                            {u"practitioner_id"_s, held->practitionerId},
                            {u"start"_s, toIsoInZone(held->start, zone)},
                            {u"end"_s, toIsoInZone(held->end, zone)},
                            {u"expires_at"_s, toIsoInZone(held->expiresAt, zone)}};
        if (ctx.json)
            ctx.print(o);
        else
            ctx.out << held->id << Qt::endl;
        return Cli::Done;
    }
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QDate today = ctx.clock->now().toTimeZone(zone).date();
    const QDate first = parser.isSet(from) ? QDate::fromString(parser.value(from), Qt::ISODate) : today;
    const QDate last = parser.isSet(to) ? QDate::fromString(parser.value(to), Qt::ISODate) : first.addDays(28);
    bool ok = false, offsetOk = false;
    SlotQuery query;
    query.count = parser.value(count).toInt(&ok);
    query.offset = parser.value(offset).toInt(&offsetOk);
    if (!first.isValid() || !last.isValid() || !ok || !offsetOk || query.count < 1 || query.count > 1000
        || query.offset < 0 || query.offset > 10000)
        return ctx.fail(Error::invalid(CliContext::tr("--from and --to are dates such as 2026-11-23; --count is "
                                                      "between 1 and 1000, --offset between 0 and 10000."),
                                       u"cli.slots"_s));
    query.practitionerId = parser.value(practitioner);
    query.specialty = parser.value(specialty);
    query.motifId = parser.value(motif);
    query.from = first;
    query.to = last;
    const auto halfCode = SlotQuery::halfFromCode(parser.value(half));
    if (!halfCode)
        return ctx.fail(Error::invalid(CliContext::tr("--half is morning or afternoon."), u"cli.half"_s));
    query.half = *halfCode;
    for (const QString &value : parser.values(weekday)) {
        for (const QString &day : value.split(u',', Qt::SkipEmptyParts)) {
            bool dayOk = false;
            query.weekdays << day.trimmed().toInt(&dayOk);
            if (!dayOk)
                return ctx.fail(Error::invalid(CliContext::tr("--weekday is a number from 1 (Monday) to 7 (Sunday)."),
                                               u"cli.weekday"_s));
        }
    }
    auto found = FreeSlots::search(**session, query);
    if (!found)
        return ctx.fail(found.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const FreeSlot &s : *found) {
        array << QJsonObject{{u"id"_s, QString(s.practitionerId + u'@' + toIsoInZone(s.start, zone))},
                             {u"practitioner_id"_s, s.practitionerId},
                             {u"motif_id"_s, s.motifId},
                             {u"start"_s, toIsoInZone(s.start, zone)},
                             {u"end"_s, toIsoInZone(s.end, zone)}};
        rows << QStringList{toIsoInZone(s.start, zone), toIsoInZone(s.end, zone), s.practitionerId};
    }
    if (ctx.json)
        ctx.print(array);
    else
        ctx.printTable({CliContext::tr("Start"), CliContext::tr("End"), CliContext::tr("Practitioner")}, rows);
    return Cli::Done;
}

namespace {

int printAbsence(CliContext &ctx, const DeclaredAbsence &declared, const QString &affectedText)
{
    const Absence &a = declared.absence;
    // The booked patients it affects, so the desk can move them.
    const QTimeZone zone = ctx.siteZone();
    QJsonArray affected;
    for (const Appointment &ap : std::as_const(declared.affected))
        affected << Json::appointment(ap, zone);
    if (ctx.json) {
        ctx.print(QJsonObject{{u"id"_s, a.id},
                              {u"practitioner_id"_s, a.practitionerId},
                              {u"start"_s, toIsoInZone(a.start, zone)},
                              {u"end"_s, toIsoInZone(a.end, zone)},
                              {u"reason"_s, a.label},
                              {u"affected"_s, affected}});
    } else {
        ctx.out << a.id << Qt::endl;
        ctx.out << affectedText << Qt::endl;
        for (const QJsonValue &v : std::as_const(affected))
            ctx.out << u"  "_s << v[u"id"_s].toString() << u"  "_s << v[u"start"_s].toString() << u"  "_s
                    << v[u"patient_id"_s].toString() << Qt::endl;
    }
    return Cli::Done;
}

// --from and --to when given (a date means midnight, site time); the times stay as they are otherwise.
Result<void> timesOptions(CliContext &ctx, const QCommandLineParser &parser, const QCommandLineOption &from,
                          const QCommandLineOption &to, QDateTime &start, QDateTime &end)
{
    for (auto [option, time] : {std::pair{&from, &start}, std::pair{&to, &end}}) {
        if (!parser.isSet(*option))
            continue;
        auto parsed = startOption(ctx, parser.value(*option));
        if (!parsed)
            return parsed.error();
        *time = *parsed;
    }
    return {};
}

int absenceEditOrRemove(CliContext &ctx, const QStringList &args, bool remove)
{
    QCommandLineParser parser;
    const QCommandLineOption from(u"from"_s, CliContext::tr("Start (a date means midnight, site time)."), u"TIME"_s);
    const QCommandLineOption to(u"to"_s, CliContext::tr("End (a date means midnight, site time)."), u"TIME"_s);
    const QCommandLineOption reason(
        u"reason"_s, remove ? CliContext::tr("Why it is removed.") : CliContext::tr("Holidays, ..."), u"TEXT"_s);
    if (!remove)
        parser.addOptions({from, to});
    parser.addOption(reason);
    int code = 0;
    QString id;
    if (!parseWithId(ctx, parser, remove ? u"absence remove"_s : u"absence edit"_s, args, code, id))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (remove) {
        auto removed = AbsenceService::remove(**session, id, parser.value(reason));
        if (!removed)
            return ctx.fail(removed.error());
        return printAbsence(ctx, *removed,
                            CliContext::tr("Absence removed; %n booked appointment(s) in it no longer need moving.",
                                           nullptr, int(removed->affected.size())));
    }
    auto existing = PracticeDirectory(**session).absence(id);
    if (!existing)
        return ctx.fail(existing.error());
    QDateTime start = existing->start, end = existing->end;
    if (auto ok = timesOptions(ctx, parser, from, to, start, end); !ok)
        return ctx.fail(ok.error());
    auto edited =
        AbsenceService::edit(**session, id, start, end, parser.isSet(reason) ? parser.value(reason) : existing->label);
    if (!edited)
        return ctx.fail(edited.error());
    return printAbsence(ctx, *edited,
                        CliContext::tr("%n booked appointment(s) to move.", nullptr, int(edited->affected.size())));
}

int absenceList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("Only this practitioner's."), u"ID"_s);
    const QCommandLineOption from(u"from"_s, CliContext::tr("From (default today)."), u"TIME"_s);
    const QCommandLineOption to(u"to"_s, CliContext::tr("To (default in a year)."), u"TIME"_s);
    parser.addOptions({practitioner, from, to});
    int code = 0;
    if (!parseCommand(ctx, parser, u"absence list"_s, args, code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QTimeZone zone = ctx.siteZone();
    QDateTime start = QDateTime((*session)->now().toTimeZone(zone).date(), QTime(0, 0), zone).toUTC();
    QDateTime end = start.addDays(366);
    if (auto ok = timesOptions(ctx, parser, from, to, start, end); !ok)
        return ctx.fail(ok.error());
    auto absences = AbsenceService::list(**session, parser.value(practitioner), start, end);
    if (!absences)
        return ctx.fail(absences.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const Absence &a : std::as_const(*absences)) {
        array << QJsonObject{{u"id"_s, a.id},
                             {u"practitioner_id"_s, a.practitionerId},
                             {u"start"_s, toIsoInZone(a.start, zone)},
                             {u"end"_s, toIsoInZone(a.end, zone)},
                             {u"reason"_s, a.label}};
        rows << QStringList{a.id, a.practitionerId, toIsoInZone(a.start, zone), toIsoInZone(a.end, zone), a.label};
    }
    if (ctx.json)
        ctx.print(array);
    else
        ctx.printTable({CliContext::tr("ID"), CliContext::tr("Practitioner"), CliContext::tr("Start"),
                        CliContext::tr("End"), CliContext::tr("Reason")},
                       rows);
    return Cli::Done;
}

} // namespace

int runAbsence(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"edit"_s || sub == u"remove"_s)
        return absenceEditOrRemove(ctx, args.mid(1), sub == u"remove"_s);
    if (sub == u"list"_s)
        return absenceList(ctx, args.mid(1));
    if (sub != u"add"_s)
        return ctx.usage(CliContext::tr("Usage: absence add --practitioner ID --from TIME --to TIME [--reason TEXT] "
                                        "| absence edit ID [--from --to --reason] | absence remove ID [--reason "
                                        "TEXT] | absence list [--practitioner ID --from --to]"));
    QCommandLineParser parser;
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("The practitioner's ID."), u"ID"_s);
    const QCommandLineOption from(u"from"_s, CliContext::tr("Start (a date means midnight, site time)."), u"TIME"_s);
    const QCommandLineOption to(u"to"_s, CliContext::tr("End (a date means midnight, site time)."), u"TIME"_s);
    const QCommandLineOption reason(u"reason"_s, CliContext::tr("Holidays, training, ..."), u"TEXT"_s);
    parser.addOptions({practitioner, from, to, reason});
    int code = 0;
    if (!parseCommand(ctx, parser, u"absence add"_s, args.mid(1), code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto start = startOption(ctx, parser.value(from));
    auto end = startOption(ctx, parser.value(to));
    if (!start)
        return ctx.fail(start.error());
    if (!end)
        return ctx.fail(end.error());
    auto declared = AbsenceService::declare(**session, parser.value(practitioner), *start, *end, parser.value(reason));
    if (!declared)
        return ctx.fail(declared.error());
    return printAbsence(ctx, *declared,
                        CliContext::tr("%n booked appointment(s) to move.", nullptr, int(declared->affected.size())));
}

} // namespace guichet

namespace guichet {

int runExportIcs(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Exports a practitioner's agenda as an iCalendar file."));
    parser.addPositionalArgument(u"file"_s, CliContext::tr("The .ics file to write."));
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("The practitioner's ID."), u"ID"_s);
    const QCommandLineOption from(u"from"_s, CliContext::tr("First day."), u"DATE"_s);
    const QCommandLineOption to(u"to"_s, CliContext::tr("Last day, included."), u"DATE"_s);
    parser.addOptions({practitioner, from, to});
    int code = 0;
    if (!parseCommand(ctx, parser, u"export-ics"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(practitioner))
        return ctx.usage(CliContext::tr("Usage: export-ics --practitioner ID --from DATE --to DATE FILE"));
    const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return ctx.fail(
            Error::invalid(CliContext::tr("--from and --to are dates such as 2026-11-23."), u"cli.dates"_s));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QString file = parser.positionalArguments().first();
    auto written = IcsExport::write(**session, parser.value(practitioner), first, last, file);
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json)
        ctx.print(QJsonObject{{u"id"_s, file}, {u"appointments"_s, *written}});
    else
        ctx.out << CliContext::tr("%n appointment(s) exported to %1.", nullptr, *written).arg(file) << Qt::endl;
    return Cli::Done;
}

} // namespace guichet
