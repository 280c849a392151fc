// guichet-cli: the desk's corrections (change-patient, set-motif, note, entered-in-error),
// series, appointment search, messages sent now (message late, message send) and relatives.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/access/directory.h"
#include "core/agenda/appointmentseries.h"
#include "core/agenda/appointmentservice.h"
#include "core/base/timeutil.h"
#include "core/domain/jsonformat.h"
#include "core/identity/patientservice.h"
#include "core/reminders/deskmessages.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace guichet {

int appointmentCorrection(CliContext &ctx, const QStringList &args, const QString &verb)
{
    QCommandLineParser parser;
    const QCommandLineOption patient(u"patient"_s, CliContext::tr("The right patient's ID."), u"ID"_s);
    const QCommandLineOption reason(u"reason"_s, CliContext::tr("Why."), u"TEXT"_s);
    const QCommandLineOption motif(u"motif"_s, CliContext::tr("The visit reason's ID."), u"ID"_s);
    const QCommandLineOption text(u"text"_s, CliContext::tr("The note (empty removes it)."), u"TEXT"_s);
    if (verb == u"change-patient"_s)
        parser.addOptions({patient, reason});
    else if (verb == u"set-motif"_s)
        parser.addOption(motif);
    else if (verb == u"note"_s)
        parser.addOption(text);
    else
        parser.addOption(reason);
    int code = 0;
    QString id;
    if (!parseWithId(ctx, parser, u"appointment "_s + verb, args, code, id))
        return code;
    if ((verb == u"change-patient"_s && (!parser.isSet(patient) || !parser.isSet(reason)))
        || (verb == u"set-motif"_s && !parser.isSet(motif)) || (verb == u"note"_s && !parser.isSet(text))
        || (verb == u"entered-in-error"_s && !parser.isSet(reason)))
        return ctx.usage(CliContext::tr("Usage: appointment change-patient ID --patient P --reason T | set-motif ID "
                                        "--motif M | note ID --text T | entered-in-error ID --reason T"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (verb == u"change-patient"_s || verb == u"set-motif"_s) {
        auto changed = verb == u"change-patient"_s
            ? AppointmentService::changePatient(**session, id, parser.value(patient), parser.value(reason))
            : AppointmentService::setMotif(**session, id, parser.value(motif));
        if (!changed)
            return ctx.fail(changed.error());
        return printAppointment(ctx, changed->appointment, changed->warnings);
    }
    auto changed = verb == u"note"_s ? AppointmentService::setNote(**session, id, parser.value(text))
                                     : AppointmentService::markEnteredInError(**session, id, parser.value(reason));
    if (!changed)
        return ctx.fail(changed.error());
    return printAppointment(ctx, *changed);
}

int printSeries(CliContext &ctx, const SeriesReport &report)
{
    const QTimeZone zone = ctx.siteZone();
    QJsonArray booked, refused;
    for (const SeriesOccurrence &o : report.occurrences) {
        if (o.appointment) {
            QJsonObject a = Json::appointment(*o.appointment, zone);
            a[u"position"_s] = o.position;
            if (!o.warnings.isEmpty())
                a[u"warnings"_s] = QJsonArray::fromStringList(o.warnings);
            booked << a;
            continue;
        }
        QJsonObject r{{u"position"_s, o.position},
                      {u"start"_s, toIsoInZone(o.start, zone)},
                      {u"rule"_s, o.refusal ? o.refusal->rule : QString()},
                      {u"error"_s, o.refusal ? o.refusal->message : QString()}};
        if (o.alternative)
            r[u"alternative"_s] = QJsonObject{{u"practitioner_id"_s, o.alternative->practitionerId},
                                              {u"start"_s, toIsoInZone(o.alternative->start, zone)},
                                              {u"end"_s, toIsoInZone(o.alternative->end, zone)}};
        refused << r;
    }
    if (ctx.json) {
        ctx.print(QJsonObject{{u"id"_s, report.seriesId}, {u"booked"_s, booked}, {u"refused"_s, refused}});
    } else {
        ctx.out
            << CliContext::tr("Series %1: %n appointment(s) booked", nullptr, int(booked.size())).arg(report.seriesId)
            << Qt::endl;
        for (const QJsonValue &a : std::as_const(booked))
            ctx.out << u"  "_s << a[u"id"_s].toString() << u"  "_s << a[u"start"_s].toString() << Qt::endl;
        for (const QJsonValue &r : std::as_const(refused)) {
            ctx.out << u"  "_s << CliContext::tr("refused") << u"  "_s << r[u"start"_s].toString() << u"  "_s
                    << r[u"error"_s].toString();
            if (r[u"alternative"_s].isObject())
                ctx.out << u"  "_s
                        << CliContext::tr("nearest free: %1").arg(r[u"alternative"_s][u"start"_s].toString());
            ctx.out << Qt::endl;
        }
    }
    // Some occurrences refused: the exit code says so, the booked ones stay.
    return refused.isEmpty() ? Cli::Done : Cli::Refused;
}

int appointmentSeriesChange(CliContext &ctx, const QStringList &args, bool cancel)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(u"reason"_s, CliContext::tr("Why."), u"TEXT"_s);
    const QCommandLineOption start(u"start"_s,
                                   CliContext::tr("This appointment's new start; the later ones move "
                                                  "by as much."),
                                   u"TIME"_s);
    parser.addOption(cancel ? reason : start);
    int code = 0;
    QString id;
    if (!parseWithId(ctx, parser, cancel ? u"appointment cancel-series"_s : u"appointment move-series"_s, args, code,
                     id))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    Result<SeriesChange> change = Error::invalid(QString());
    if (cancel) {
        change = AppointmentSeries::cancelRest(
            **session, id, parser.isSet(reason) ? parser.value(reason) : CliContext::tr("Series stopped"));
    } else {
        if (!parser.isSet(start))
            return ctx.usage(CliContext::tr("Usage: appointment move-series ID --start TIME"));
        const QDateTime when = parseIso(parser.value(start), ctx.siteZone());
        if (!when.isValid())
            return ctx.fail(Error::invalid(
                CliContext::tr("\"%1\" is not a date and time such as 2026-11-23T09:30.").arg(parser.value(start)),
                u"cli.start"_s));
        change = AppointmentSeries::moveRest(**session, id, when);
    }
    if (!change)
        return ctx.fail(change.error());
    const QTimeZone zone = ctx.siteZone();
    QJsonArray changed, refused;
    for (const Appointment &a : change->changed)
        changed << Json::appointment(a, zone);
    for (const auto &[a, error] : change->refused)
        refused << QJsonObject{{u"id"_s, a.id},
                               {u"start"_s, toIsoInZone(a.start, zone)},
                               {u"rule"_s, error.rule},
                               {u"error"_s, error.message}};
    if (ctx.json) {
        ctx.print(QJsonObject{{u"changed"_s, changed}, {u"refused"_s, refused}});
    } else {
        for (const QJsonValue &a : std::as_const(changed))
            ctx.out << a[u"id"_s].toString() << u"  "_s << a[u"start"_s].toString() << u"  "_s
                    << a[u"status"_s].toString() << Qt::endl;
        for (const QJsonValue &r : std::as_const(refused))
            ctx.out << CliContext::tr("refused") << u"  "_s << r[u"id"_s].toString() << u"  "_s
                    << r[u"error"_s].toString() << Qt::endl;
    }
    return refused.isEmpty() ? Cli::Done : Cli::Refused;
}

int appointmentSearch(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption patient(u"patient"_s, CliContext::tr("The patient's ID."), u"ID"_s);
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("The practitioner's ID."), u"ID"_s);
    const QCommandLineOption from(u"from"_s, CliContext::tr("From (a date means midnight, site time)."), u"TIME"_s);
    const QCommandLineOption to(u"to"_s, CliContext::tr("Before (a date means midnight, site time)."), u"TIME"_s);
    const QCommandLineOption status(
        u"status"_s, CliContext::tr("booked, arrived, cancelled, noshow, ... (repeatable)."), u"STATUS"_s);
    const QCommandLineOption limit(u"limit"_s, CliContext::tr("At most this many (default 500)."), u"N"_s, u"500"_s);
    parser.addOptions({patient, practitioner, from, to, status, limit});
    int code = 0;
    if (!parseCommand(ctx, parser, u"appointment search"_s, args, code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QTimeZone zone = ctx.siteZone();
    AppointmentFilter filter;
    if (parser.isSet(patient))
        filter.patientId = PatientDirectory(**session).resolveId(parser.value(patient));
    filter.practitionerId = parser.value(practitioner);
    for (auto [option, time] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *time = parseIso(parser.value(*option), zone);
        if (!time->isValid())
            return ctx.fail(Error::invalid(CliContext::tr("\"%1\" is not a date or a date and time such as "
                                                          "2026-11-23T09:30.")
                                               .arg(parser.value(*option)),
                                           u"cli.dates"_s));
    }
    for (const QString &value : parser.values(status)) {
        for (const QString &code : value.split(u',', Qt::SkipEmptyParts)) {
            if (!AppointmentStatuses::fromCode(code.trimmed()))
                return ctx.fail(Error::invalid(CliContext::tr("Unknown status \"%1\".").arg(code), u"cli.status"_s));
            filter.statuses << code.trimmed();
        }
    }
    bool ok = false;
    filter.limit = parser.value(limit).toInt(&ok);
    if (!ok || filter.limit < 1 || filter.limit > 100000)
        return ctx.fail(Error::invalid(CliContext::tr("--limit is between 1 and 100000."), u"cli.limit"_s));
    auto found = AppointmentService::search(**session, filter);
    if (!found)
        return ctx.fail(found.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const Appointment &a : *found) {
        array << Json::appointment(a, zone);
        rows << QStringList{a.id, toIsoInZone(a.start, zone), a.practitionerId, a.patientId,
                            AppointmentStatuses::code(a.status)};
    }
    if (ctx.json)
        ctx.print(array);
    else
        ctx.printTable({CliContext::tr("ID"), CliContext::tr("Start"), CliContext::tr("Practitioner"),
                        CliContext::tr("Patient"), CliContext::tr("Status")},
                       rows);
    return Cli::Done;
}

int runMessage(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("The practitioner's ID."), u"ID"_s);
    const QCommandLineOption minutes(u"minutes"_s, CliContext::tr("How late, in minutes."), u"N"_s);
    const QCommandLineOption date(u"date"_s, CliContext::tr("The day (default today)."), u"DATE"_s);
    const QCommandLineOption preview(u"preview"_s, CliContext::tr("Show the messages without sending them."));
    const QCommandLineOption patient(u"patient"_s, CliContext::tr("The patient's ID."), u"ID"_s);
    const QCommandLineOption text(u"text"_s, CliContext::tr("The message."), u"TEXT"_s);
    const QCommandLineOption channel(
        u"channel"_s, CliContext::tr("sms or email (default: SMS to a mobile, else e-mail)."), u"CHANNEL"_s);
    const QCommandLineOption appointment(u"appointment"_s, CliContext::tr("The appointment it is about."), u"ID"_s);
    if (sub == u"late"_s)
        parser.addOptions({practitioner, minutes, date, preview});
    else if (sub == u"send"_s)
        parser.addOptions({patient, text, channel, appointment});
    else
        return ctx.usage(CliContext::tr("Usage: message late --practitioner P --minutes N [--date D] [--preview] | "
                                        "message send --patient P --text T [--channel sms|email] [--appointment A]"));
    int code = 0;
    if (!parseCommand(ctx, parser, u"message "_s + sub, args.mid(1), code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QTimeZone zone = ctx.siteZone();
    if (sub == u"send"_s) {
        if (!parser.isSet(patient) || !parser.isSet(text))
            return ctx.usage(CliContext::tr("Usage: message send --patient P --text T [--channel sms|email] "
                                            "[--appointment A]"));
        auto sent = DeskMessages::sendFree(**session, parser.value(patient), parser.value(text), parser.value(channel),
                                           parser.value(appointment));
        if (!sent)
            return ctx.fail(sent.error());
        if (ctx.json)
            ctx.print(noticeJson(*sent, zone));
        else
            ctx.out << sent->id << u"  "_s << MessageChannels::code(sent->channel) << u"  "_s << sent->recipient
                    << Qt::endl;
        return Cli::Done;
    }
    if (!parser.isSet(practitioner) || !parser.isSet(minutes))
        return ctx.usage(CliContext::tr("Usage: message late --practitioner P --minutes N [--date D] [--preview]"));
    bool ok = false;
    const int late = parser.value(minutes).toInt(&ok);
    if (!ok)
        return ctx.fail(Error::invalid(CliContext::tr("--minutes is a number of minutes."), u"cli.minutes"_s));
    const QDate day = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate)
                                         : (*session)->now().toTimeZone(zone).date();
    if (!day.isValid())
        return ctx.fail(Error::invalid(CliContext::tr("--date is a date such as 2026-11-23."), u"cli.date"_s));
    auto notices = parser.isSet(preview) ? DeskMessages::previewLate(**session, parser.value(practitioner), day, late)
                                         : DeskMessages::sendLate(**session, parser.value(practitioner), day, late);
    if (!notices)
        return ctx.fail(notices.error());
    QJsonArray array;
    for (const LateNotice &n : *notices) {
        QJsonObject o{{u"appointment_id"_s, n.appointment.id},
                      {u"patient_id"_s, n.appointment.patientId},
                      {u"start"_s, toIsoInZone(n.appointment.start, zone)}};
        if (n.message) {
            o[u"channel"_s] = MessageChannels::code(n.message->channel);
            o[u"recipient"_s] = n.message->recipient;
            o[u"recipient_patient_id"_s] = n.message->recipientPatientId;
            o[u"body"_s] = n.message->body;
        } else {
            o[u"unreachable"_s] = true;
        }
        array << o;
    }
    if (ctx.json) {
        ctx.print(QJsonObject{{u"sent"_s, !parser.isSet(preview)}, {u"patients"_s, array}});
        return Cli::Done;
    }
    for (const LateNotice &n : *notices) {
        ctx.out << n.appointment.start.toTimeZone(zone).toString(u"HH:mm"_s) << u"  "_s << n.patientName << u"  "_s;
        if (n.message)
            ctx.out << MessageChannels::code(n.message->channel) << u"  "_s << n.message->body << Qt::endl;
        else
            ctx.out << CliContext::tr("no mobile nor e-mail: phone them") << Qt::endl;
    }
    return Cli::Done;
}

int patientRelative(CliContext &ctx, const QStringList &args, bool link)
{
    QCommandLineParser parser;
    const QCommandLineOption holder(u"holder"_s, CliContext::tr("The account holder's ID."), u"ID"_s);
    const QCommandLineOption relationship(u"relationship"_s, u"child | spouse | parent | other"_s, u"WHO"_s,
                                          u"child"_s);
    const QCommandLineOption reason(u"reason"_s, CliContext::tr("Why."), u"TEXT"_s);
    if (link)
        parser.addOptions({holder, relationship});
    else
        parser.addOption(reason);
    int code = 0;
    QString id;
    if (!parseWithId(ctx, parser, link ? u"patient link"_s : u"patient unlink"_s, args, code, id))
        return code;
    if (link && !parser.isSet(holder))
        return ctx.usage(
            CliContext::tr("Usage: patient link ID --holder H [--relationship child|spouse|parent|other]"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto changed = link ? PatientService::linkRelative(**session, id, parser.value(holder), parser.value(relationship))
                        : PatientService::unlinkRelative(**session, id, parser.value(reason));
    if (!changed)
        return ctx.fail(changed.error());
    if (!link && changed->mobilePhone.isEmpty() && changed->email.isEmpty())
        ctx.err << ctx.program << u": "_s
                << CliContext::tr("warning: %1 has no mobile and no e-mail of their own: no message will reach them.")
                       .arg(changed->displayName())
                << Qt::endl;
    if (ctx.json)
        ctx.print(Json::patient(*changed));
    else
        ctx.out << changed->id << u"  "_s << changed->displayName() << u"  "_s
                << (changed->holderId.isEmpty() ? CliContext::tr("own account holder")
                                                : CliContext::tr("relative of %1").arg(changed->holderId))
                << Qt::endl;
    return Cli::Done;
}

} // namespace guichet
