#include "cli/cli.h"

#include "cli/clicontext.h"
#include "core/access/directory.h"
#include "core/access/userservice.h"
#include "core/base/ownerfiles.h"
#include "core/base/timeutil.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guichet {

std::optional<bool> yesNo(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == u"yes"_s || v == u"oui"_s || v == u"1"_s || v == u"true"_s)
        return true;
    if (v == u"no"_s || v == u"non"_s || v == u"0"_s || v == u"false"_s)
        return false;
    return std::nullopt;
}

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Invalid:
    case ErrorCode::NotFound:
        return Cli::Invalid;
    case ErrorCode::Refused:
    case ErrorCode::Forbidden:
        return Cli::Refused;
    case ErrorCode::Conflict:
        return Cli::Conflict;
    case ErrorCode::Io:
    case ErrorCode::Internal:
        return Cli::IoError;
    }
    return Cli::IoError;
}

Result<const PracticeFile *> CliContext::file()
{
    if (m_db)
        return m_db.get();
    if (dbPath.isEmpty())
        return Error::invalid(tr("No database: give --db PATH or set GUICHET_DB."), u"db.path"_s);
    const QFileInfo info(dbPath);
    if (!info.absoluteDir().exists())
        return Error::invalid(tr("The folder of \"%1\" does not exist.").arg(dbPath), u"db.path"_s);
    auto opened = PracticeFile::open(dbPath);
    if (!opened)
        return opened.error();
    m_db = std::move(opened.value());
    return m_db.get();
}

namespace {

Error signInMissing()
{
    return Error::refused(CliContext::tr("Sign in first: give --user LOGIN (or GUICHET_USER) and the password on "
                                         "standard input with --password-stdin, or in the file named by "
                                         "GUICHET_PASSWORD_FILE."),
                          u"access.signin"_s);
}

// The password of the command line's sign-in: from standard input, or from a file only its owner
// may read (a script's secret must not be readable by the other accounts of the computer).
Result<QString> signInPassword(CliContext &ctx)
{
    if (ctx.passwordStdin)
        return ctx.in.readLine();
    const QString file = qEnvironmentVariable("GUICHET_PASSWORD_FILE");
    if (file.isEmpty())
        return signInMissing();
    const QFileInfo info(file);
    if (!info.isFile())
        return Error::refused(
            CliContext::tr("The password file \"%1\" (GUICHET_PASSWORD_FILE) does not exist.").arg(file),
            u"access.signin"_s);
    if (othersMayAccess(file))
        return Error::refused(CliContext::tr("The password file \"%1\" can be read by other accounts of this computer: "
                                             "make it readable by its owner only (chmod 600).")
                                  .arg(file),
                              u"access.signin"_s);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::refused(CliContext::tr("The password file \"%1\" cannot be read: %2").arg(file, f.errorString()),
                              u"access.signin"_s);
    QString password = QString::fromUtf8(f.readLine(1024));
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

} // namespace

Result<const Session *> CliContext::session()
{
    if (m_session)
        return m_session.get();
    if (userName.isEmpty())
        return signInMissing();
    auto password = signInPassword(*this);
    if (!password)
        return password.error();
    auto db = file();
    if (!db)
        return db.error();
    // The wait after wrong passwords always follows the real clock, whatever --now says.
    const SystemClock realClock;
    auto user = UserService::signIn((*db)->database(), realClock, userName, *password);
    if (!user) {
        Error e = user.error();
        if (e.rule == u"signin"_s)
            e.rule = u"access.signin"_s;
        return e;
    }
    m_session = std::make_unique<Session>((*db)->database(), *clock, user.value());
    return m_session.get();
}

Result<void> CliContext::checkFixedClock()
{
    if (!clockFixed)
        return {};
    auto db = file();
    if (!db)
        return db.error();
    if ((*db)->acceptsFixedClock())
        return {};
    return Error::refused(tr("--now (or GUICHET_NOW) moves the clock of the rules: it is accepted only on a demo "
                             "clinic or on a database created for tests (init --test), not on a practice's database."),
                          u"cli.now"_s);
}

void CliContext::closeDatabase()
{
    m_session.reset();
    m_db.reset();
}

QTimeZone CliContext::siteZone()
{
    if (m_session)
        return PracticeDirectory(*m_session).displayZone();
    if (m_db)
        return m_db->displayZone();
    return QTimeZone(QByteArrayLiteral("Europe/Brussels"));
}

void CliContext::discardNewDatabase()
{
    closeDatabase();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(dbPath + suffix);
}

int CliContext::fail(const Error &error)
{
    QString line = program + u": "_s + error.message;
    if ((error.code == ErrorCode::Refused || error.code == ErrorCode::Forbidden || error.code == ErrorCode::Conflict)
        && !error.rule.isEmpty())
        line += u' ' + tr("[rule: %1]").arg(error.rule);
    err << line << Qt::endl;
    if (json)
        out << QJsonDocument(QJsonObject{{u"error"_s, error.message}, {u"rule"_s, error.rule}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    return exitCodeFor(error);
}

int CliContext::usage(const QString &message)
{
    err << program << u": "_s << message << Qt::endl;
    return Cli::Usage;
}

void CliContext::print(const QJsonObject &object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    out.flush();
}

void CliContext::print(const QJsonArray &array)
{
    out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    out.flush();
}

void CliContext::printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += (i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i)) + u"  "_s : cells.at(i));
        out << text << Qt::endl;
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
    out.flush();
}

Cli::Cli(QTextStream &out, QTextStream &err, QTextStream &in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{}

namespace {

// Every command of guichet-cli, once: its name, what it does, how it is called, and whether it
// needs a signed-in user (only demo and init, which make a new database, do not). --help and the
// dispatch both read this table (as KeePassXC's cli does).
struct CommandInfo
{
    const char *name;
    CliCommand run;
    const char *synopsis;
    const char *summary; // translated in the Cli context
    bool signIn = true;
};

const QList<CommandInfo> &commandTable()
{
    static const QList<CommandInfo> table = {
        {"init", runInit, "init --admin LOGIN [--name NAME] [--test]",
         QT_TRANSLATE_NOOP("Cli", "Creates a new database with its first administrator (password on standard input)."),
         false},
        {"demo", runDemo, "demo [--patients N] [--practitioners N] [--weeks N] [--seed N]",
         QT_TRANSLATE_NOOP("Cli", "Creates a demo clinic in a new database."), false},
        {"check-id", runCheckId, "check-id niss|nir|phone|email VALUE",
         QT_TRANSLATE_NOOP("Cli", "Checks an identifier and prints it normalised.")},
        {"site", runSite, "site add|list|edit ...", QT_TRANSLATE_NOOP("Cli", "The practice's sites.")},
        {"practitioner", runPractitioner, "practitioner add|list|edit ...",
         QT_TRANSLATE_NOOP("Cli", "The practitioners and their online rules.")},
        {"motif", runMotif, "motif add|list|edit ...", QT_TRANSLATE_NOOP("Cli", "Visit reasons.")},
        {"hours", runHours, "hours set|show|exception ...",
         QT_TRANSLATE_NOOP("Cli", "A practitioner's usual week and its exceptions.")},
        {"absence", runAbsence, "absence add|list ...",
         QT_TRANSLATE_NOOP("Cli", "Absences, and the booked patients they affect.")},
        {"patient", runPatient, "patient add|edit|show|list|search|check-identity|block|link|unlink ...",
         QT_TRANSLATE_NOOP("Cli", "Patient records.")},
        {"eid", runEid, "eid read [--reader NAME]", QT_TRANSLATE_NOOP("Cli", "Reads a Belgian eID card.")},
        {"appointment", runAppointment, "appointment book|list|show|move|cancel|arrive|no-show|search ...",
         QT_TRANSLATE_NOOP("Cli", "Appointments.")},
        {"slots", runSlots, "slots --practitioner ID|--specialty S --motif M [...]",
         QT_TRANSLATE_NOOP("Cli", "Free slots.")},
        {"message", runMessage, "message late|send ...",
         QT_TRANSLATE_NOOP("Cli", "Messages now: running late, a free message to a patient.")},
        {"noshow", runNoShow, "noshow status|erase|lift|block ...",
         QT_TRANSLATE_NOOP("Cli", "No-shows and online-booking blocks.")},
        {"stats", runStats, "stats [--from D] [--to D] [--csv FILE]",
         QT_TRANSLATE_NOOP("Cli", "No-show and late-cancellation statistics.")},
        {"waitlist", runWaitlist, "waitlist add|list|check ...", QT_TRANSLATE_NOOP("Cli", "The waiting list.")},
        {"reminders", runReminders, "reminders plan|templates ...",
         QT_TRANSLATE_NOOP("Cli", "Planned messages and their templates.")},
        {"document", runDocument, "document add|list|export|share ...",
         QT_TRANSLATE_NOOP("Cli", "Patients' documents.")},
        {"vault", runVault, "vault export-key|import-key FILE",
         QT_TRANSLATE_NOOP("Cli", "The documents' key, saved or brought back.")},
        {"export-ics", runExportIcs, "export-ics FILE ...",
         QT_TRANSLATE_NOOP("Cli", "A practitioner's agenda as iCalendar.")},
        {"import-patients", runImportPatients, "import-patients FILE.csv [--strict]",
         QT_TRANSLATE_NOOP("Cli", "Imports patients from a CSV file.")},
        {"export-patients", runExportPatients, "export-patients FILE.csv",
         QT_TRANSLATE_NOOP("Cli", "Writes every patient to a CSV file (administrators; audited).")},
        {"duplicates", runDuplicates, "duplicates [--patient ID] [--format csv|json]",
         QT_TRANSLATE_NOOP("Cli", "Likely duplicate patient records.")},
        {"merge", runMerge, "merge SURVIVOR MERGED [...]", QT_TRANSLATE_NOOP("Cli", "Merges two patient records.")},
        {"unmerge", runUnmerge, "unmerge MERGE_ID", QT_TRANSLATE_NOOP("Cli", "Undoes a merge.")},
        {"merges", runMerges, "merges", QT_TRANSLATE_NOOP("Cli", "The merges made.")},
        {"not-duplicate", runNotDuplicate, "not-duplicate ID ID",
         QT_TRANSLATE_NOOP("Cli", "Records that two records are different people.")},
        {"user", runUser, "user add|list|disable|enable|passwd|role|rename|check-password ...",
         QT_TRANSLATE_NOOP("Cli", "Users and their roles.")},
        {"audit", runAudit, "audit list|export ...", QT_TRANSLATE_NOOP("Cli", "The audit log (administrators).")},
        {"settings", runSettings, "settings list|describe|get|set ...",
         QT_TRANSLATE_NOOP("Cli", "The practice's rules.")},
        {"check", runCheck, "check", QT_TRANSLATE_NOOP("Cli", "Checks that the database is sound.")},
        {"backup", runBackup, "backup FILE | backup schedule [--folder F]",
         QT_TRANSLATE_NOOP("Cli", "Writes a consistent copy of the database.")},
        // restore signs in itself: against the database it replaces, or on a new computer against
        // the restored one.
        {"restore", runRestore, "restore FILE", QT_TRANSLATE_NOOP("Cli", "Replaces the database by a backup."), false},
        {"server", runServer, "server set URL | server show",
         QT_TRANSLATE_NOOP("Cli", "The central agenda's address (administrators; audited).")},
        {"login", runLogin, "login [--token-stdin | --client-id ID --client-secret-stdin]",
         QT_TRANSLATE_NOOP("Cli", "Signs this desk in to the central agenda.")},
        {"logout", runLogout, "logout", QT_TRANSLATE_NOOP("Cli", "Signs this desk out of the central agenda.")},
        {"sync", runSync, "sync --once | --live | review [settle ID ...]",
         QT_TRANSLATE_NOOP("Cli", "Synchronises with the central agenda.")},
        {"conflicts", runConflicts, "conflicts list|resolve ...",
         QT_TRANSLATE_NOOP("Cli", "Changes made on both sides, to settle.")},
    };
    return table;
}

} // namespace

QStringList Cli::commandNames()
{
    QStringList names;
    for (const CommandInfo &c : commandTable())
        names << QString::fromLatin1(c.name);
    return names;
}

int Cli::run(const QStringList &arguments)
{
    CliContext ctx(m_out, m_err, m_in);
    ctx.program = u"guichet-cli"_s;

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Guichet from the command line: the same rules as the desktop program."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(u"db"_s, tr("The database file (or GUICHET_DB)."), u"PATH"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print machine-readable JSON."));
    const QCommandLineOption nowOption(u"now"_s,
                                       tr("Fix the clock of the rules (ISO 8601; or GUICHET_NOW): demo and test "
                                          "databases only. Audit times always follow the real clock."),
                                       u"ISO-8601"_s);
    const QCommandLineOption userOption(u"user"_s, tr("Sign in as this Guichet user (or GUICHET_USER)."), u"LOGIN"_s);
    const QCommandLineOption passwordOption(u"password-stdin"_s,
                                            tr("Read the password from the first line of standard input (otherwise "
                                               "from the owner-only file named by GUICHET_PASSWORD_FILE)."));
    const QCommandLineOption versionOption(u"version"_s, tr("Print the version."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Print this help."));
    parser.addOptions({dbOption, jsonOption, nowOption, userOption, passwordOption, versionOption, helpOption});
    parser.addPositionalArgument(u"command"_s, tr("One of the commands below; COMMAND --help tells more."));
    if (!parser.parse(arguments))
        return ctx.usage(parser.errorText());

    if (parser.isSet(versionOption)) {
        m_out << u"guichet-cli "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        m_out << parser.helpText() << Qt::endl << tr("Commands:") << Qt::endl;
        for (const CommandInfo &c : commandTable())
            m_out << u"  "_s << QString::fromLatin1(c.name).leftJustified(16) << u' ' << tr(c.summary) << Qt::endl;
        m_out << Qt::endl
              << tr("Every command but init and demo needs a signed-in user: --user LOGIN (or GUICHET_USER) and "
                    "--password-stdin, or GUICHET_PASSWORD_FILE.")
              << Qt::endl;
        m_out.flush();
        return positional.isEmpty() && !parser.isSet(helpOption) ? Usage : Done;
    }

    const QString command = positional.first();
    const auto found = std::find_if(commandTable().cbegin(), commandTable().cend(),
                                    [&](const CommandInfo &c) { return command == QLatin1StringView(c.name); });
    if (found == commandTable().cend())
        return ctx.usage(tr("Unknown command \"%1\". Try --help.").arg(command));
    const QStringList rest = positional.mid(1);
    if (rest == QStringList{u"--help"_s} || rest == QStringList{u"-h"_s}) {
        // A command's own help (commands with options print theirs with the options' details).
        m_out << tr("Usage: guichet-cli [--db PATH] [--user LOGIN --password-stdin] %1")
                     .arg(QString::fromLatin1(found->synopsis))
              << Qt::endl
              << tr(found->summary) << Qt::endl;
        m_out.flush();
        return Done;
    }

    ctx.json = parser.isSet(jsonOption);
    ctx.dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : qEnvironmentVariable("GUICHET_DB");
    ctx.userName = parser.isSet(userOption) ? parser.value(userOption) : qEnvironmentVariable("GUICHET_USER");
    ctx.passwordStdin = parser.isSet(passwordOption);
    const QString now = parser.isSet(nowOption) ? parser.value(nowOption) : qEnvironmentVariable("GUICHET_NOW");
    if (!now.isEmpty()) {
        const QDateTime at = parseIso(now, QTimeZone(QByteArrayLiteral("Europe/Brussels")));
        if (!at.isValid())
            return ctx.fail(Error::invalid(tr("--now \"%1\" is not an ISO 8601 date and time, such as "
                                              "2026-11-23T09:30:00+01:00.")
                                               .arg(now),
                                           u"cli.now"_s));
        ctx.clock = std::make_unique<FixedClock>(at);
        ctx.clockFixed = true;
    } else {
        ctx.clock = std::make_unique<SystemClock>();
    }

    if (found->signIn) {
        // One door: nothing is read or changed before the user is signed in, and on a practice's
        // database the rules' clock is the real one.
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        if (auto fixed = ctx.checkFixedClock(); !fixed)
            return ctx.fail(fixed.error());
    }
    return found->run(ctx, rest);
}

} // namespace guichet
