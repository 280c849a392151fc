#include "cli/cli.h"

#include "cli/clicontext.h"
#include "core/base/timeutil.h"
#include "core/store/practicerepository.h"
#include "core/store/userrepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

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

Result<Database *> CliContext::database()
{
    if (m_db)
        return m_db.get();
    if (dbPath.isEmpty())
        return Error::invalid(tr("No database: give --db PATH or set GUICHET_DB."), u"db.path"_s);
    const QFileInfo info(dbPath);
    if (!info.absoluteDir().exists())
        return Error::invalid(tr("The folder of \"%1\" does not exist.").arg(dbPath), u"db.path"_s);
    auto opened = Database::open(dbPath);
    if (!opened)
        return opened.error();
    m_db = std::move(opened.value());
    return m_db.get();
}

Result<const Session *> CliContext::session()
{
    if (m_session)
        return m_session.get();
    auto db = database();
    if (!db)
        return db.error();
    User user;
    if (!userName.isEmpty()) {
        auto found = UserRepository(**db).byLogin(userName);
        if (!found)
            return Error::invalid(found.error().message, u"cli.user"_s);
        if (!found->active)
            return Error::refused(tr("The account \"%1\" is disabled.").arg(userName), u"cli.user-disabled"_s);
        user = found.value();
    } else {
        // IT at the command line acts as an administrator named after the system account.
        QString system = qEnvironmentVariable("USER");
        if (system.isEmpty())
            system = qEnvironmentVariable("USERNAME", u"cli"_s);
        user.login = system;
        user.displayName = system;
        user.role = Role::Administrator;
    }
    m_session = std::make_unique<Session>(**db, *clock, user);
    return m_session.get();
}

void CliContext::closeDatabase()
{
    m_session.reset();
    m_db.reset();
}

QTimeZone CliContext::siteZone()
{
    if (auto db = database()) {
        const QList<Site> sites = PracticeRepository(**db).sites();
        if (!sites.isEmpty()) {
            const QTimeZone zone(sites.first().timeZone.toUtf8());
            if (zone.isValid())
                return zone;
        }
    }
    return QTimeZone(QByteArrayLiteral("Europe/Brussels"));
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

int Cli::run(const QStringList &arguments)
{
    CliContext ctx(m_out, m_err, m_in);
    ctx.program = u"guichet-cli"_s;

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Guichet from the command line: the same rules as the desktop program."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(u"db"_s, tr("The database file (or GUICHET_DB)."), u"PATH"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print machine-readable JSON."));
    const QCommandLineOption nowOption(u"now"_s, tr("Fix the clock for every rule (ISO 8601; or GUICHET_NOW)."),
                                       u"ISO-8601"_s);
    const QCommandLineOption userOption(u"user"_s,
                                        tr("Act as this Guichet user instead of an administrator named "
                                           "after the system account."),
                                        u"NAME"_s);
    const QCommandLineOption versionOption(u"version"_s, tr("Print the version."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Print this help."));
    parser.addOptions({dbOption, jsonOption, nowOption, userOption, versionOption, helpOption});
    parser.addPositionalArgument(
        u"command"_s,
        tr("demo, check-id, site, practitioner, motif, patient, appointment, user, check, backup, "
           "restore, slots, absence, hours, document, export-ics, noshow, stats, settings, "
           "import-patients, export-patients, duplicates, merge, unmerge, merges, not-duplicate, "
           "server, login, logout, sync, conflicts, reminders, waitlist, audit, vault, eid"));
    if (!parser.parse(arguments))
        return ctx.usage(parser.errorText());

    if (parser.isSet(versionOption)) {
        m_out << u"guichet-cli "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        m_out << parser.helpText();
        m_out.flush();
        return positional.isEmpty() && !parser.isSet(helpOption) ? Usage : Done;
    }

    ctx.json = parser.isSet(jsonOption);
    ctx.dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : qEnvironmentVariable("GUICHET_DB");
    ctx.userName = parser.value(userOption);
    const QString now = parser.isSet(nowOption) ? parser.value(nowOption) : qEnvironmentVariable("GUICHET_NOW");
    if (!now.isEmpty()) {
        const QDateTime at = parseIso(now, QTimeZone(QByteArrayLiteral("Europe/Brussels")));
        if (!at.isValid())
            return ctx.fail(Error::invalid(tr("--now \"%1\" is not an ISO 8601 date and time, such as "
                                              "2026-11-23T09:30:00+01:00.")
                                               .arg(now),
                                           u"cli.now"_s));
        ctx.clock = std::make_unique<FixedClock>(at);
    } else {
        ctx.clock = std::make_unique<SystemClock>();
    }

    static const QHash<QString, CliCommand> commands = {
        {u"check-id"_s, runCheckId},
        {u"patient"_s, runPatient},
        {u"eid"_s, runEid},
        {u"practitioner"_s, runPractitioner},
        {u"motif"_s, runMotif},
        {u"site"_s, runSite},
        {u"audit"_s, runAudit},
        {u"vault"_s, runVault},
        {u"appointment"_s, runAppointment},
        {u"message"_s, runMessage},
        {u"demo"_s, runDemo},
        {u"check"_s, runCheck},
        {u"backup"_s, runBackup},
        {u"restore"_s, runRestore},
        {u"user"_s, runUser},
        {u"noshow"_s, runNoShow},
        {u"stats"_s, runStats},
        {u"settings"_s, runSettings},
        {u"slots"_s, runSlots},
        {u"absence"_s, runAbsence},
        {u"hours"_s, runHours},
        {u"document"_s, runDocument},
        {u"export-ics"_s, runExportIcs},
        {u"import-patients"_s, runImportPatients},
        {u"export-patients"_s, runExportPatients},
        {u"duplicates"_s, runDuplicates},
        {u"merge"_s, runMerge},
        {u"unmerge"_s, runUnmerge},
        {u"merges"_s, runMerges},
        {u"not-duplicate"_s, runNotDuplicate},
        {u"server"_s, runServer},
        {u"login"_s, runLogin},
        {u"logout"_s, runLogout},
        {u"sync"_s, runSync},
        {u"conflicts"_s, runConflicts},
        {u"reminders"_s, runReminders},
        {u"waitlist"_s, runWaitlist},
    };
    const QString command = positional.first();
    const auto it = commands.constFind(command);
    if (it == commands.constEnd())
        return ctx.usage(tr("Unknown command \"%1\". Try --help.").arg(command));
    return (*it)(ctx, positional.mid(1));
}

} // namespace guichet
