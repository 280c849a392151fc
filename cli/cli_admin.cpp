// guichet-cli demo, check, backup, restore, user.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/access/backupschedule.h"
#include "core/access/backupservice.h"
#include "core/access/directory.h"
#include "core/access/userservice.h"
#include "core/base/timeutil.h"
#include "core/documents/documentvault.h"
#include "core/domain/jsonformat.h"

#include "demo/democlinic.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace guichet {

int runDemo(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Creates a demo clinic in a new database."));
    const QCommandLineOption patients(u"patients"_s, CliContext::tr("Number of patients (default 2000)."), u"N"_s,
                                      u"2000"_s);
    const QCommandLineOption practitioners(u"practitioners"_s, CliContext::tr("Number of practitioners (default 6)."),
                                           u"N"_s, u"6"_s);
    const QCommandLineOption weeks(u"weeks"_s,
                                   CliContext::tr("Weeks of appointments before and after today "
                                                  "(default 4)."),
                                   u"N"_s, u"4"_s);
    const QCommandLineOption seed(u"seed"_s, CliContext::tr("Random seed: the same seed gives the same clinic."),
                                  u"N"_s, u"1"_s);
    parser.addOptions({patients, practitioners, weeks, seed});
    int code = 0;
    if (!parseCommand(ctx, parser, u"demo"_s, args, code))
        return code;
    DemoOptions options;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    options.patients = parser.value(patients).toInt(&ok1);
    options.practitioners = parser.value(practitioners).toInt(&ok2);
    options.weeks = parser.value(weeks).toInt(&ok3);
    options.seed = parser.value(seed).toUInt(&ok4);
    if (!(ok1 && ok2 && ok3 && ok4))
        return ctx.fail(Error::invalid(CliContext::tr("--patients, --practitioners, --weeks and --seed are whole "
                                                      "numbers."),
                                       u"cli.number"_s));
    auto db = ctx.file();
    if (!db)
        return ctx.fail(db.error());
    const bool verbose = !ctx.json && options.patients >= 100000;
    auto summary = DemoClinic::create((*db)->database(), *ctx.clock, options, [&](qint64 done, qint64 total) {
        if (verbose && done % 100000 < 20000)
            ctx.err << CliContext::tr("%1 / %2 patients").arg(done).arg(total) << Qt::endl;
    });
    if (!summary)
        return ctx.fail(summary.error());
    const QJsonObject o{{u"id"_s, QFileInfo(ctx.dbPath).absoluteFilePath()},
                        {u"patients"_s, summary->patients},
                        {u"relatives"_s, summary->relatives},
                        {u"practitioners"_s, summary->practitioners},
                        {u"motifs"_s, summary->motifs},
                        {u"appointments"_s, summary->appointments},
                        {u"users"_s, QJsonArray::fromStringList(summary->userLogins)},
                        {u"password"_s, summary->password},
                        {u"seconds"_s, summary->seconds}};
    if (ctx.json) {
        ctx.print(o);
        return Cli::Done;
    }
    ctx.out << CliContext::tr("Demo clinic created in %1 s: %2 patients (%3 relatives), %4 practitioners, %5 "
                              "appointments.")
                   .arg(summary->seconds, 0, 'f', 1)
                   .arg(summary->patients)
                   .arg(summary->relatives)
                   .arg(summary->practitioners)
                   .arg(summary->appointments)
            << Qt::endl;
    ctx.out << CliContext::tr("Users: %1 — demo password: %2").arg(summary->userLogins.join(u", "_s), summary->password)
            << Qt::endl;
    return Cli::Done;
}

int runInit(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Creates a new database with its first administrator; the "
                                                    "password is read from standard input."));
    const QCommandLineOption admin(u"admin"_s, CliContext::tr("The first administrator's login."), u"LOGIN"_s);
    const QCommandLineOption name(u"name"_s, CliContext::tr("The administrator's full name (default: the login)."),
                                  u"NAME"_s);
    const QCommandLineOption test(u"test"_s,
                                  CliContext::tr("A database for tests, marked so for good: it accepts "
                                                 "--now and the desktop's title says so."));
    parser.addOptions({admin, name, test});
    int code = 0;
    if (!parseCommand(ctx, parser, u"init"_s, args, code))
        return code;
    if (!parser.isSet(admin) || !parser.positionalArguments().isEmpty())
        return ctx.usage(CliContext::tr("Usage: init --admin LOGIN [--name NAME] [--test] (password on standard "
                                        "input)"));
    if (ctx.clockFixed && !parser.isSet(test))
        return ctx.fail(Error::refused(CliContext::tr("--now is accepted only on a database created for tests "
                                                      "(init --test) or a demo clinic."),
                                       u"cli.now"_s));
    if (ctx.dbPath.isEmpty())
        return ctx.fail(Error::invalid(CliContext::tr("No database: give --db PATH or set GUICHET_DB."), u"db.path"_s));
    const bool existed = QFileInfo::exists(ctx.dbPath);
    auto db = ctx.file();
    if (!db)
        return ctx.fail(db.error());
    if (UserService::hasUsers((*db)->database()))
        return ctx.fail(Error::refused(CliContext::tr("\"%1\" already has users: sign in as one of its "
                                                      "administrators to add others (user add).")
                                           .arg(ctx.dbPath),
                                       u"user.first"_s));
    NewUser input;
    input.login = parser.value(admin);
    input.displayName = parser.isSet(name) ? parser.value(name) : parser.value(admin);
    input.password = ctx.in.readLine();
    const SystemClock realClock;
    auto user = UserService::createFirstAdministrator((*db)->database(), realClock, input);
    if (user && parser.isSet(test)) {
        if (auto marked = (*db)->markForTests(); !marked)
            return ctx.fail(marked.error());
    }
    if (!user) {
        if (!existed)
            ctx.discardNewDatabase();
        return ctx.fail(user.error());
    }
    if (ctx.json)
        ctx.print(QJsonObject{{u"id"_s, QFileInfo(ctx.dbPath).absoluteFilePath()},
                              {u"admin"_s, user->login},
                              {u"test"_s, parser.isSet(test)}});
    else
        ctx.out << CliContext::tr("Database created in %1; administrator: %2.").arg(ctx.dbPath, user->login)
                << Qt::endl;
    return Cli::Done;
}

int runCheck(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Checks that the database is sound."));
    int code = 0;
    if (!parseCommand(ctx, parser, u"check"_s, args, code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto db = ctx.file();
    if (!db)
        return ctx.fail(db.error());
    QStringList problems = (*db)->integrityProblems();
    problems << (*db)->permissionProblems();
    problems << (*db)->lossSinceLastBackup();
    // Every stored document decrypts and matches its hash (the keychain only when there are some).
    auto vault = DocumentVault::verifyAll((*db)->database());
    if (!vault)
        problems << vault.error().message;
    else
        problems << vault->problems;
    const QJsonObject o{{u"id"_s, QFileInfo(ctx.dbPath).absoluteFilePath()},
                        {u"documents"_s, vault ? vault->documents : 0},
                        {u"documents_sound"_s, vault ? vault->sound : 0},
                        {u"vault_orphans_removed"_s, vault ? vault->orphansRemoved : 0},
                        {u"sound"_s, problems.isEmpty()},
                        {u"problems"_s, QJsonArray::fromStringList(problems)},
                        {u"schema_version"_s, (*db)->schemaVersion()},
                        {u"patients"_s, PatientDirectory(**session).count().valueOr(-1)},
                        {u"appointments"_s, AppointmentDirectory(**session).count().valueOr(-1)},
                        {u"pending_changes"_s, ChangeQueue(**session).pendingCount().valueOr(-1)}};
    if (ctx.json)
        ctx.print(o);
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            ctx.err << ctx.program << u": "_s << p << Qt::endl;
        return Cli::IoError;
    }
    if (!ctx.json)
        ctx.out << CliContext::tr("The database is sound (schema %1, %2 patients, %3 appointments).")
                       .arg((*db)->schemaVersion())
                       .arg(o[u"patients"_s].toInteger())
                       .arg(o[u"appointments"_s].toInteger())
                << Qt::endl;
    return Cli::Done;
}

namespace {

// backup schedule [--folder F]: where the day's backup goes, and where things stand.
int backupSchedule(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("The scheduled backups: their folder (administrators, audited) and where they stand."));
    const QCommandLineOption folder(u"folder"_s, CliContext::tr("The backup folder (full path); \"\" stops them."),
                                    u"FOLDER"_s);
    parser.addOption(folder);
    int code = 0;
    if (!parseCommand(ctx, parser, u"backup schedule"_s, args, code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(CliContext::tr("Usage: backup schedule [--folder FOLDER]"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (parser.isSet(folder))
        if (auto ok = BackupSchedule::setFolder(**session, parser.value(folder)); !ok)
            return ctx.fail(ok.error());
    auto status = BackupSchedule::status(**session);
    if (!status)
        return ctx.fail(status.error());
    const QTimeZone zone = ctx.siteZone();
    QJsonObject o{{u"folder"_s, status->folder},
                  {u"hour"_s, status->hour},
                  {u"daily_kept"_s, status->dailyKept},
                  {u"weekly_kept"_s, status->weeklyKept},
                  {u"missed"_s, status->missed}};
    if (status->lastGood.isValid()) {
        o.insert(u"last_good"_s, toIsoInZone(status->lastGood, zone));
        o.insert(u"last_file"_s, status->lastFile);
    }
    if (status->lastFailure.isValid()) {
        o.insert(u"last_failure"_s, toIsoInZone(status->lastFailure, zone));
        o.insert(u"last_error"_s, status->lastError);
    }
    if (ctx.json) {
        ctx.print(o);
        return Cli::Done;
    }
    ctx.out << (status->folder.isEmpty() ? CliContext::tr("No scheduled backup (no folder set).")
                                         : CliContext::tr("Every day after %1:00 into %2; %3 daily and %4 weekly kept.")
                                               .arg(status->hour)
                                               .arg(status->folder)
                                               .arg(status->dailyKept)
                                               .arg(status->weeklyKept))
            << Qt::endl;
    ctx.out << (status->lastGood.isValid() ? CliContext::tr("Last good backup: %1 (%2).")
                                                 .arg(toIsoInZone(status->lastGood, zone), status->lastFile)
                                           : CliContext::tr("No backup made yet."))
            << Qt::endl;
    if (status->missed)
        ctx.out << CliContext::tr("Warning: no backup for more than two days.") << Qt::endl;
    return Cli::Done;
}

} // namespace

int runBackup(CliContext &ctx, const QStringList &args)
{
    if (!args.isEmpty() && args.first() == u"schedule"_s)
        return backupSchedule(ctx, args.mid(1));
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Writes a consistent copy of the database, even while in use."));
    parser.addPositionalArgument(u"file"_s, CliContext::tr("The new backup file."));
    int code = 0;
    if (!parseCommand(ctx, parser, u"backup"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(CliContext::tr("Usage: backup FILE"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QString file = parser.positionalArguments().first();
    if (auto ok = BackupService::create(**session, file); !ok)
        return ctx.fail(ok.error());
    if (ctx.json)
        ctx.print(QJsonObject{{u"id"_s, QFileInfo(file).absoluteFilePath()}, {u"size"_s, QFileInfo(file).size()}});
    else
        ctx.out << CliContext::tr("Backup written to %1.").arg(file) << Qt::endl;
    return Cli::Done;
}

int runRestore(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Replaces the database by a backup; the current one is kept "
                                                    "beside it."));
    parser.addPositionalArgument(u"file"_s, CliContext::tr("The backup file."));
    int code = 0;
    if (!parseCommand(ctx, parser, u"restore"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(CliContext::tr("Usage: restore FILE"));
    if (ctx.dbPath.isEmpty())
        return ctx.fail(Error::invalid(CliContext::tr("No database: give --db PATH or set GUICHET_DB."), u"db.path"_s));
    const QString file = parser.positionalArguments().first();
    const bool replacing = QFileInfo::exists(ctx.dbPath);
    if (replacing) {
        // The right is checked against the database being replaced.
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        if (auto ok = (*session)->require(Right::RestoreBackup); !ok)
            return ctx.fail(ok.error());
        if (auto fixed = ctx.checkFixedClock(); !fixed)
            return ctx.fail(fixed.error());
        if (auto db = ctx.file())
            (void)(*db)->checkpoint();
        ctx.closeDatabase();
    }
    const QString stamp = ctx.clock->now().toString(u"yyyyMMdd-HHmmss"_s);
    auto kept = BackupService::restore(ctx.dbPath, file, stamp);
    if (!kept)
        return ctx.fail(kept.error());
    auto session = ctx.session();
    if (session && !replacing) {
        // Restored on a new computer: one of the restored database's administrators signs in.
        if (auto ok = (*session)->require(Right::RestoreBackup); !ok)
            session = ok.error();
    }
    if (!session) {
        if (!replacing)
            ctx.discardNewDatabase();
        return ctx.fail(session.error());
    }
    if (auto audited =
            (*session)->audit(u"backup.restore"_s, u"database"_s, QString(), QString(),
                              QJsonObject{{u"file"_s, QFileInfo(file).absoluteFilePath()}, {u"kept_as"_s, *kept}});
        !audited)
        return ctx.fail(audited.error());
    if (ctx.json)
        ctx.print(QJsonObject{{u"id"_s, QFileInfo(ctx.dbPath).absoluteFilePath()}, {u"previous"_s, *kept}});
    else if (kept->isEmpty())
        ctx.out << CliContext::tr("Backup restored.") << Qt::endl;
    else
        ctx.out << CliContext::tr("Backup restored; the previous database is kept as %1.").arg(*kept) << Qt::endl;
    return Cli::Done;
}

int runUser(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"list"_s) {
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        auto listed = UserService::list(**session);
        if (!listed)
            return ctx.fail(listed.error());
        const QList<User> users = *listed;
        if (ctx.json) {
            QJsonArray array;
            for (const User &u : users)
                array << Json::user(u);
            ctx.print(array);
            return Cli::Done;
        }
        QList<QStringList> rows;
        for (const User &u : users)
            rows << QStringList{u.login, u.displayName, Roles::label(u.role)};
        ctx.printTable({CliContext::tr("Login"), CliContext::tr("Name"), CliContext::tr("Role")}, rows);
        return Cli::Done;
    }
    if (sub == u"check-password"_s) {
        // Exit 0: right; 2: wrong (or unknown login); 3: the account waits or is disabled.
        if (args.size() != 2)
            return ctx.usage(CliContext::tr("Usage: user check-password LOGIN (password on standard input)"));
        auto db = ctx.file();
        if (!db)
            return ctx.fail(db.error());
        const SystemClock realClock; // the wait after wrong passwords follows the real clock
        auto checked = UserService::signIn((*db)->database(), realClock, args.at(1), ctx.in.readLine());
        if (checked)
            return Cli::Done;
        if (checked.error().rule == u"signin"_s) {
            ctx.err << checked.error().message << Qt::endl;
            return Cli::Invalid;
        }
        return ctx.fail(checked.error());
    }
    if (sub == u"disable"_s || sub == u"enable"_s || sub == u"passwd"_s || sub == u"role"_s || sub == u"rename"_s) {
        QCommandLineParser parser;
        parser.setApplicationDescription(CliContext::tr("Disables, enables, gives a role to or sets a new password "
                                                        "(read from standard input) for a user."));
        parser.addPositionalArgument(u"login"_s, CliContext::tr("The login."));
        const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("Linked practitioner ID."), u"ID"_s);
        if (sub == u"role"_s) {
            parser.addPositionalArgument(u"role"_s, u"secretary | practitioner | administrator"_s);
            parser.addOption(practitioner);
        }
        if (sub == u"rename"_s)
            parser.addPositionalArgument(u"name"_s, CliContext::tr("Full name."));
        int code = 0;
        if (!parseCommand(ctx, parser, u"user "_s + sub, args.mid(1), code))
            return code;
        if (parser.positionalArguments().size() != (sub == u"role"_s || sub == u"rename"_s ? 2 : 1))
            return ctx.usage(CliContext::tr("Usage: user disable|enable|passwd LOGIN, user role LOGIN ROLE "
                                            "[--practitioner ID], user rename LOGIN \"FULL NAME\""));
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        const QString login = parser.positionalArguments().first();
        const Result<User> changed = [&]() -> Result<User> {
            if (sub == u"passwd"_s) {
                if (auto ok = UserService::resetPassword(**session, login, ctx.in.readLine()); !ok)
                    return ok.error();
                auto users = UserService::list(**session);
                if (!users)
                    return users.error();
                for (const User &u : std::as_const(*users))
                    if (u.login == login.trimmed().toLower())
                        return u;
                return Error::notFound(CliContext::tr("No user \"%1\".").arg(login));
            }
            if (sub == u"rename"_s)
                return UserService::rename(**session, login, parser.positionalArguments().at(1));
            if (sub == u"role"_s) {
                const auto parsed = Roles::fromCode(parser.positionalArguments().at(1));
                if (!parsed)
                    return Error::invalid(CliContext::tr("The role is secretary, practitioner or administrator."),
                                          u"user.role"_s);
                return UserService::setRole(**session, login, *parsed, parser.value(practitioner));
            }
            return UserService::setActive(**session, login, sub == u"enable"_s);
        }();
        if (!changed)
            return ctx.fail(changed.error());
        if (ctx.json)
            ctx.print(Json::user(*changed));
        else
            ctx.out << CliContext::tr("%1: done.").arg(changed->login) << Qt::endl;
        return Cli::Done;
    }
    if (sub != u"add"_s)
        return ctx.usage(CliContext::tr("Usage: user add LOGIN --name NAME --role ROLE | user list | user "
                                        "disable|enable|passwd|check-password LOGIN | user role LOGIN ROLE"));
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Adds a user; the password is read from standard input."));
    parser.addPositionalArgument(u"login"_s, CliContext::tr("The login."));
    const QCommandLineOption name(u"name"_s, CliContext::tr("Full name."), u"NAME"_s);
    const QCommandLineOption role(u"role"_s, u"secretary | practitioner | administrator"_s, u"ROLE"_s);
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("Linked practitioner ID."), u"ID"_s);
    parser.addOptions({name, role, practitioner});
    int code = 0;
    if (!parseCommand(ctx, parser, u"user add"_s, args.mid(1), code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(CliContext::tr("Usage: user add LOGIN --name NAME --role ROLE"));
    const auto parsedRole = Roles::fromCode(parser.value(role));
    if (!parsedRole)
        return ctx.fail(
            Error::invalid(CliContext::tr("The role is secretary, practitioner or administrator."), u"user.role"_s));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    NewUser input;
    input.login = parser.positionalArguments().first();
    input.displayName = parser.value(name);
    input.role = *parsedRole;
    input.practitionerId = parser.value(practitioner);
    input.password = ctx.in.readLine();
    auto user = UserService::create(**session, input);
    if (!user)
        return ctx.fail(user.error());
    if (ctx.json)
        ctx.print(Json::user(*user));
    else
        ctx.out << user->id << Qt::endl;
    return Cli::Done;
}

} // namespace guichet
