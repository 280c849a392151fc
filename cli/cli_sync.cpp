// guichet-cli server, login, logout, sync, conflicts: the link with the central agenda.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/base/timeutil.h"
#include "core/sync/fhirclient.h"
#include "core/sync/livesync.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncreview.h"
#include "core/sync/syncsettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QJsonObject conflictJson(const SyncConflict &c, const QTimeZone &zone)
{
    QJsonObject o{{u"id"_s, c.id},
                  {u"resource_type"_s, c.resourceType},
                  {u"local_id"_s, c.localId},
                  {u"kind"_s, c.kind},
                  {u"fields"_s, QJsonArray::fromStringList(c.fields)},
                  {u"local"_s, c.local},
                  {u"remote"_s, c.remote},
                  {u"created"_s, toIsoInZone(c.createdAt, zone)}};
    if (!c.otherId.isEmpty())
        o.insert(u"other_id"_s, c.otherId);
    if (c.resolvedAt.isValid()) {
        o.insert(u"resolved"_s, toIsoInZone(c.resolvedAt, zone));
        o.insert(u"resolution"_s, c.resolution);
    }
    return o;
}

int serverCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, CliContext::tr("set URL, or show."));
    const QCommandLineOption account(u"account"_s, CliContext::tr("The account name on that server."), u"NAME"_s);
    const QCommandLineOption clientId(u"oauth-client"_s,
                                      CliContext::tr("The desk's OAuth2 client identifier on that server (sign-in "
                                                     "in the browser)."),
                                      u"ID"_s);
    parser.addOption(account);
    parser.addOption(clientId);
    int code = 0;
    if (!parseCommand(ctx, parser, u"server"_s, args, code))
        return code;
    const QStringList pos = parser.positionalArguments();
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (pos.size() == 2 && pos.first() == u"set"_s) {
        auto url = SyncSettings::setServer(**session, pos.at(1), parser.value(account));
        if (!url)
            return ctx.fail(url.error());
        if (parser.isSet(clientId))
            if (auto ok = SyncSettings::setOAuthClientId(**session, parser.value(clientId)); !ok)
                return ctx.fail(ok.error());
    } else if (pos != QStringList{u"show"_s}) {
        return ctx.usage(CliContext::tr("Usage: server set URL [--account NAME] [--oauth-client ID] | server show"));
    }
    auto url = SyncSettings::server(**session);
    if (!url)
        return ctx.fail(url.error());
    const bool signedIn = SyncSettings::signedIn(**session);
    if (ctx.json)
        ctx.print(QJsonObject{{u"url"_s, url->toString()},
                              {u"account"_s, SyncSettings::account(**session)},
                              {u"oauth_client"_s, SyncSettings::oauthClientId(**session)},
                              {u"signed_in"_s, signedIn}});
    else
        ctx.out << url->toString() << u"  "_s << SyncSettings::account(**session) << u"  "_s
                << (signedIn ? CliContext::tr("signed in") : CliContext::tr("not signed in")) << Qt::endl;
    return Cli::Done;
}

} // namespace

int runServer(CliContext &ctx, const QStringList &args)
{
    return serverCommand(ctx, args);
}

int runLogin(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption stdinOption(u"token-stdin"_s,
                                         CliContext::tr("Read a bearer token from standard input (servers without "
                                                        "OAuth2)."));
    const QCommandLineOption clientOption(
        u"client-id"_s, CliContext::tr("Sign in as this OAuth2 client (client credentials)."), u"ID"_s);
    const QCommandLineOption secretOption(u"client-secret-stdin"_s,
                                          CliContext::tr("Read the OAuth2 client secret from standard input."));
    parser.addOption(stdinOption);
    parser.addOption(clientOption);
    parser.addOption(secretOption);
    int code = 0;
    if (!parseCommand(ctx, parser, u"login"_s, args, code))
        return code;
    const bool withClient = parser.isSet(clientOption) && parser.isSet(secretOption);
    if (!parser.positionalArguments().isEmpty() || parser.isSet(stdinOption) == withClient
        || parser.isSet(clientOption) != parser.isSet(secretOption))
        return ctx.usage(CliContext::tr("Usage: login --client-id ID --client-secret-stdin | login --token-stdin "
                                        "(secrets are read from standard input, never given on the command line)"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QByteArray secret = ctx.in.readAll().trimmed().toUtf8();
    if (withClient) {
        if (auto ok = SyncSettings::signInWithClient(**session, parser.value(clientOption), secret); !ok)
            return ctx.fail(ok.error());
    } else {
        if (auto ok = SyncSettings::signInWithToken(**session, secret); !ok)
            return ctx.fail(ok.error());
    }
    if (ctx.json)
        ctx.print(QJsonObject{{u"signed_in"_s, true},
                              {u"account"_s, SyncSettings::account(**session)},
                              {u"method"_s, withClient ? u"client_credentials"_s : u"token"_s}});
    else
        ctx.out << CliContext::tr("Signed in: the tokens are in the system keychain.") << Qt::endl;
    return Cli::Done;
}

int runLogout(CliContext &ctx, const QStringList &args)
{
    if (!args.isEmpty())
        return ctx.usage(CliContext::tr("Usage: logout"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto told = SyncSettings::signOut(**session);
    if (!told)
        return ctx.fail(told.error());
    if (ctx.json)
        ctx.print(QJsonObject{{u"signed_in"_s, false}, {u"revoked"_s, *told}});
    else if (*told)
        ctx.out << CliContext::tr("Signed out: the central agenda revoked the tokens and they were removed from the "
                                  "system keychain.")
                << Qt::endl;
    else
        ctx.out << CliContext::tr("Signed out here, but the central agenda could not be told: ask its administrator "
                                  "to withdraw this desk's access.")
                << Qt::endl;
    return Cli::Done;
}

namespace {

std::atomic<bool> g_stop{false};

extern "C" void stopLive(int)
{
    g_stop = true;
}

// `sync --live`: what the desktop's background sync does, headless, until SIGTERM or Ctrl+C.
int liveSync(CliContext &ctx, const Database &db, FhirClient &client, int pageSize)
{
    g_stop = false;
    std::signal(SIGTERM, stopLive);
    std::signal(SIGINT, stopLive);
    LiveSync live(db, client, *ctx.clock);
    live.engine().setPageSize(pageSize);
    QObject::connect(&live, &LiveSync::event, [&ctx](const QString &kind, const QJsonObject &details) {
        QJsonObject line{{u"event"_s, kind}, {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        for (auto it = details.begin(); it != details.end(); ++it)
            line.insert(it.key(), it.value());
        ctx.out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
    });
    QEventLoop loop;
    QTimer stopper;
    QObject::connect(&stopper, &QTimer::timeout, &loop, [&loop] {
        if (g_stop)
            loop.quit();
    });
    stopper.start(100);
    QTimer::singleShot(0, &live, &LiveSync::start);
    loop.exec();
    live.stop();
    ctx.out << QJsonDocument(QJsonObject{{u"event"_s, u"stopped"_s}}).toJson(QJsonDocument::Compact) << Qt::endl;
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    return Cli::Done;
}

} // namespace

namespace {

QJsonObject reviewJson(const SyncReviewItem &i, const QTimeZone &zone)
{
    QJsonObject o{{u"id"_s, i.id},
                  {u"appointment_id"_s, i.appointmentId},
                  {u"patient_id"_s, i.patientId},
                  {u"act"_s, i.act},
                  {u"rule"_s, i.rule},
                  {u"message"_s, i.message},
                  {u"acted_at"_s, toIsoInZone(i.actedAt, zone)},
                  {u"received_at"_s, toIsoInZone(i.receivedAt, zone)},
                  {u"state"_s, i.state}};
    if (i.settledAt.isValid()) {
        o.insert(u"settled_at"_s, toIsoInZone(i.settledAt, zone));
        o.insert(u"settled_by"_s, i.settledBy);
        o.insert(u"reason"_s, i.settleReason);
    }
    return o;
}

// sync review [--all] | sync review settle ID --keep|--cancel|--called [--reason R]
int runSyncReview(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, CliContext::tr("Nothing to list; settle ID to settle one."));
    const QCommandLineOption all(u"all"_s, CliContext::tr("Settled items too."));
    const QCommandLineOption keep(u"keep"_s, CliContext::tr("Keep the appointment despite the rule (with --reason)."));
    const QCommandLineOption cancel(u"cancel"_s,
                                    CliContext::tr("Cancel the appointment; the patient is sent the cancellation "
                                                   "message (with --reason)."));
    const QCommandLineOption called(u"called"_s,
                                    CliContext::tr("The patient was called; --reason says what was agreed."));
    const QCommandLineOption reason(u"reason"_s, CliContext::tr("Why."), u"TEXT"_s);
    parser.addOptions({all, keep, cancel, called, reason});
    int code = 0;
    if (!parseCommand(ctx, parser, u"sync review"_s, args, code))
        return code;
    const QString usage = CliContext::tr("Usage: sync review [--all] | sync review settle ID --keep|--cancel|--called "
                                         "[--reason TEXT]");
    const QStringList pos = parser.positionalArguments();
    const QTimeZone zone = ctx.siteZone();
    if (pos.size() == 2 && pos.first() == u"settle"_s) {
        const int chosen = int(parser.isSet(keep)) + int(parser.isSet(cancel)) + int(parser.isSet(called));
        if (chosen != 1)
            return ctx.usage(usage);
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        const SyncReview::Settlement how = parser.isSet(keep) ? SyncReview::Settlement::Keep
            : parser.isSet(cancel)                            ? SyncReview::Settlement::Cancel
                                                              : SyncReview::Settlement::Called;
        auto settled = SyncReview::settle(**session, pos.at(1), how, parser.value(reason));
        if (!settled)
            return ctx.fail(settled.error());
        if (ctx.json)
            ctx.print(reviewJson(*settled, zone));
        else
            ctx.out << CliContext::tr("Settled: %1.").arg(SyncReview::stateLabel(settled->state)) << Qt::endl;
        return Cli::Done;
    }
    if (!pos.isEmpty())
        return ctx.usage(usage);
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto listed = SyncReview::list(**session, !parser.isSet(all));
    if (!listed)
        return ctx.fail(listed.error());
    if (ctx.json) {
        QJsonArray array;
        for (const SyncReviewItem &i : *listed)
            array.append(reviewJson(i, zone));
        ctx.print(array);
        return Cli::Done;
    }
    QList<QStringList> rows;
    for (const SyncReviewItem &i : *listed)
        rows << QStringList{i.id.left(8),
                            QLocale().toString(i.receivedAt.toTimeZone(zone), u"dd/MM/yyyy HH:mm"_s),
                            SyncReview::actLabel(i.act),
                            i.appointmentId.left(8),
                            i.message,
                            SyncReview::stateLabel(i.state)};
    ctx.printTable({CliContext::tr("ID"), CliContext::tr("Received"), CliContext::tr("Act"),
                    CliContext::tr("Appointment"), CliContext::tr("Rule"), CliContext::tr("State")},
                   rows);
    return Cli::Done;
}

} // namespace

int runSync(CliContext &ctx, const QStringList &args)
{
    if (!args.isEmpty() && args.first() == u"review"_s)
        return runSyncReview(ctx, args.mid(1));
    QCommandLineParser parser;
    const QCommandLineOption once(u"once"_s, CliContext::tr("One exchange, then exit."));
    const QCommandLineOption live(u"live"_s,
                                  CliContext::tr("Stay connected until stopped (SIGTERM, Ctrl+C): push "
                                                 "every change at once, receive the central agenda's "
                                                 "changes as they happen; one JSON line per event."));
    const QCommandLineOption pageSize(u"page-size"_s, CliContext::tr("Resources asked per page (default 200)."), u"N"_s,
                                      u"200"_s);
    parser.addOptions({once, live, pageSize});
    int code = 0;
    if (!parseCommand(ctx, parser, u"sync"_s, args, code))
        return code;
    if (parser.isSet(once) == parser.isSet(live) || !parser.positionalArguments().isEmpty())
        return ctx.usage(CliContext::tr("Usage: sync --once|--live [--page-size N]"));
    bool sizeOk = false;
    const int size = parser.value(pageSize).toInt(&sizeOk);
    if (!sizeOk || size < 1 || size > 1000)
        return ctx.fail(Error::invalid(CliContext::tr("--page-size must be between 1 and 1000."), u"cli.page-size"_s));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto client = SyncSettings::client(**session);
    if (!client)
        return ctx.fail(client.error());
    // The engine acts for the desk on the database file itself (DESIGN.md: sync).
    auto file = ctx.file();
    if (!file)
        return ctx.fail(file.error());
    if (parser.isSet(live))
        return liveSync(ctx, (*file)->database(), **client, size);
    SyncEngine engine((*file)->database(), **client, *ctx.clock);
    engine.setPageSize(size);
    const SyncReport report = engine.runOnce();
    for (const QString &line : report.log)
        ctx.err << line << Qt::endl;
    if (ctx.json)
        ctx.print(QJsonObject{{u"pushed"_s, report.pushed},
                              {u"pulled"_s, report.pulled},
                              {u"rejected"_s, report.rejected},
                              {u"conflicts"_s, report.openConflicts},
                              {u"new_conflicts"_s, report.newConflicts},
                              {u"review"_s, report.openReviews},
                              {u"new_review"_s, report.newReviews},
                              {u"pending"_s, report.pending},
                              {u"parked"_s, report.parked},
                              {u"offline"_s, report.offline},
                              {u"server_error"_s, report.serverError},
                              {u"sign_in_needed"_s, report.signInNeeded}});
    else
        ctx.out << CliContext::tr("pushed %1, pulled %2, conflicts %3, to check %4, pending %5, parked %6")
                       .arg(report.pushed)
                       .arg(report.pulled)
                       .arg(report.openConflicts)
                       .arg(report.openReviews)
                       .arg(report.pending)
                       .arg(report.parked)
                << Qt::endl;
    if (report.signInNeeded)
        return Cli::Refused;
    if (report.offline || report.serverError)
        return Cli::IoError;
    if (report.openConflicts > 0)
        return Cli::Conflict;
    return Cli::Done;
}

int runConflicts(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, CliContext::tr("Nothing to list; resolve ID --keep local|remote|both."));
    const QCommandLineOption all(u"all"_s, CliContext::tr("Settled conflicts too."));
    const QCommandLineOption keep(u"keep"_s, CliContext::tr("local, remote or both (two bookings of one slot)."),
                                  u"CHOICE"_s);
    parser.addOptions({all, keep});
    int code = 0;
    if (!parseCommand(ctx, parser, u"conflicts"_s, args, code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() == 2 && pos.first() == u"resolve"_s) {
        if (!parser.isSet(keep))
            return ctx.usage(CliContext::tr("Usage: conflicts resolve ID --keep local|remote|both"));
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        if (auto ok = SyncConflicts::resolve(**session, pos.at(1), parser.value(keep)); !ok)
            return ctx.fail(ok.error());
        if (ctx.json)
            ctx.print(QJsonObject{{u"id"_s, pos.at(1)}, {u"resolution"_s, parser.value(keep)}});
        else
            ctx.out << CliContext::tr("Conflict settled.") << Qt::endl;
        return Cli::Done;
    }
    if (!pos.isEmpty())
        return ctx.usage(CliContext::tr("Usage: conflicts [--all] | conflicts resolve ID --keep local|remote|both"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto listed = SyncConflicts::list(**session, !parser.isSet(all));
    if (!listed)
        return ctx.fail(listed.error());
    const QList<SyncConflict> &list = *listed;
    const QTimeZone zone = ctx.siteZone();
    if (ctx.json) {
        QJsonArray array;
        for (const SyncConflict &c : list)
            array.append(conflictJson(c, zone));
        ctx.print(array);
        return Cli::Done;
    }
    QList<QStringList> rows;
    for (const SyncConflict &c : list)
        rows << QStringList{c.id.left(8), c.resourceType,         c.localId.left(8),
                            c.kind,       c.fields.join(u", "_s), c.resolution};
    ctx.printTable({CliContext::tr("ID"), CliContext::tr("Type"), CliContext::tr("Record"), CliContext::tr("Kind"),
                    CliContext::tr("Fields"), CliContext::tr("Settled")},
                   rows);
    return Cli::Done;
}

} // namespace guichet
