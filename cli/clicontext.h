#pragma once

#include "core/access/practicefile.h"
#include "core/access/session.h"
#include "core/base/clock.h"
#include "core/base/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

namespace guichet {

// What every command gets: streams, options, the clock, and the database and
// session opened on first use.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    CliContext(QTextStream &out, QTextStream &err, QTextStream &in)
        : out(out)
        , err(err)
        , in(in)
    {}

    QTextStream &out;
    QTextStream &err;
    QTextStream &in;
    QString program;
    QString dbPath;
    QString userName; // --user or GUICHET_USER
    bool passwordStdin = false; // --password-stdin: the first line of standard input
    bool json = false;
    std::unique_ptr<Clock> clock;
    bool clockFixed = false; // --now or GUICHET_NOW: demo and test databases only

    // The database file, opened on first use: for the commands that run before anyone signs in
    // (init, demo, restore) and for check's report. Every other command goes through session().
    Result<const PracticeFile *> file();
    // The signed-in session: --user (or GUICHET_USER) with the password read from the first line
    // of standard input (--password-stdin) or from the owner-only file GUICHET_PASSWORD_FILE,
    // checked as the desktop's sign-in does (wrong passwords count toward the wait). Refused
    // (rule access.signin) without credentials.
    Result<const Session *> session();
    // Whether the database accepts --now (demo and test databases); refused with the reason.
    Result<void> checkFixedClock();
    void closeDatabase();
    // Closes and removes the database file this command created (a refused init or restore).
    void discardNewDatabase();
    QTimeZone siteZone();

    // Reports an error on stderr and returns its exit code.
    int fail(const Error &error);
    int usage(const QString &message);
    void print(const QJsonObject &object);
    void print(const QJsonArray &array);
    void printTable(const QStringList &headers, const QList<QStringList> &rows);

private:
    std::unique_ptr<PracticeFile> m_db;
    std::unique_ptr<Session> m_session;
};

using CliCommand = std::function<int(CliContext &, const QStringList &)>;

int exitCodeFor(const Error &error);

// Command groups, each in its own file.
int runCheckId(CliContext &ctx, const QStringList &args);
int runPatient(CliContext &ctx, const QStringList &args);
int runEid(CliContext &ctx, const QStringList &args);
int runPractitioner(CliContext &ctx, const QStringList &args);
int runMotif(CliContext &ctx, const QStringList &args);
int runSite(CliContext &ctx, const QStringList &args);
int runAudit(CliContext &ctx, const QStringList &args);
int runVault(CliContext &ctx, const QStringList &args);
int runAppointment(CliContext &ctx, const QStringList &args);
int runDemo(CliContext &ctx, const QStringList &args);
int runInit(CliContext &ctx, const QStringList &args);
int runCheck(CliContext &ctx, const QStringList &args);
int runBackup(CliContext &ctx, const QStringList &args);
int runRestore(CliContext &ctx, const QStringList &args);
int runUser(CliContext &ctx, const QStringList &args);
int runNoShow(CliContext &ctx, const QStringList &args);
int runStats(CliContext &ctx, const QStringList &args);
int runSettings(CliContext &ctx, const QStringList &args);
int runSlots(CliContext &ctx, const QStringList &args);
int runAbsence(CliContext &ctx, const QStringList &args);
int runHours(CliContext &ctx, const QStringList &args);
int runDocument(CliContext &ctx, const QStringList &args);
int runExportIcs(CliContext &ctx, const QStringList &args);
int runImportPatients(CliContext &ctx, const QStringList &args);
int runExportPatients(CliContext &ctx, const QStringList &args);
int runDuplicates(CliContext &ctx, const QStringList &args);
int runMerge(CliContext &ctx, const QStringList &args);
int runServer(CliContext &ctx, const QStringList &args);
int runLogin(CliContext &ctx, const QStringList &args);
int runLogout(CliContext &ctx, const QStringList &args);
int runSync(CliContext &ctx, const QStringList &args);
int runConflicts(CliContext &ctx, const QStringList &args);
int runReminders(CliContext &ctx, const QStringList &args);
int runWaitlist(CliContext &ctx, const QStringList &args);
int runUnmerge(CliContext &ctx, const QStringList &args);
int runMerges(CliContext &ctx, const QStringList &args);
int runNotDuplicate(CliContext &ctx, const QStringList &args);
int appointmentList(CliContext &ctx, const QStringList &args);
int patientBlock(CliContext &ctx, const QStringList &args);
// cli_desk.cpp
int appointmentCorrection(CliContext &ctx, const QStringList &args, const QString &verb);
int appointmentSeriesChange(CliContext &ctx, const QStringList &args, bool cancel);
int appointmentSearch(CliContext &ctx, const QStringList &args);
int runMessage(CliContext &ctx, const QStringList &args);
int patientRelative(CliContext &ctx, const QStringList &args, bool link);

} // namespace guichet

class QCommandLineParser;

namespace guichet {
struct NotificationRequest;
// Parses `name ID [options]` with one positional ID; returns false with the exit code set.
bool parseWithId(CliContext &ctx, QCommandLineParser &parser, const QString &name, const QStringList &args, int &code,
                 QString &id);
QJsonObject noticeJson(const NotificationRequest &n, const QTimeZone &zone);
struct Appointment;
// Prints an appointment (JSON object with --json), the desk's warnings on stderr first.
int printAppointment(CliContext &ctx, const Appointment &a, const QStringList &warnings = {});
struct SeriesReport;
// The booked and refused occurrences; exit 3 when some were refused.
int printSeries(CliContext &ctx, const SeriesReport &report);
// yes/oui/1/true or no/non/0/false, as the commands' yes-or-no options take them; nothing otherwise.
std::optional<bool> yesNo(const QString &value);
// Parses a sub-command's own options; on failure prints the reason and sets `exitCode`.
bool parseCommand(CliContext &ctx, QCommandLineParser &parser, const QString &name, const QStringList &args,
                  int &exitCode);
} // namespace guichet
