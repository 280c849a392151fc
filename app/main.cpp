#include "access/session.h"
#include "agenda/agendagrid.h"
#include "bench.h"
#include "access/userservice.h"
#include "clock.h"
#include "common/mainwindow.h"
#include "common/screenshottour.h"
#include "common/signindialog.h"
#include "i18n.h"
#include "settings/settingsdialog.h"
#include "store/database.h"
#include "store/userrepository.h"
#include "timeutil.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace guichet;

namespace {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(u"guichet.db"_s);
}

int report(bool headless, const QString &message, int code)
{
    if (headless)
        std::fprintf(stderr, "guichet: %s\n", qPrintable(message));
    else
        QMessageBox::critical(nullptr, QApplication::translate("main", "Guichet"), message);
    return code;
}

// `guichet --bench agenda`: paints the week of 30 practitioners at 1920x1080 (DESIGN.md: agenda.paint).
int benchAgendaPaint(const QString &dbPath, const Clock &clock)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    BenchOptions options;
    options.dbPath = dbPath;
    options.repetitions = 200;
    options.cacheDir = qEnvironmentVariable("GUICHET_BENCH_CACHE",
                                            QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    auto db = agendaBenchDatabase(options, clock, err);
    if (!db)
        return 5;
    User user;
    user.login = u"bench"_s;
    user.role = Role::Administrator;
    const Session session(*db, clock, user);
    AgendaGrid grid(session);
    grid.resize(1920, 1080);
    grid.setMode(AgendaGrid::Mode::Week);
    grid.setDate(agendaBenchWeek(*db));
    grid.reloadNow();
    QImage image(grid.size(), QImage::Format_ARGB32_Premultiplied);
    // A few paints first: fonts, glyph caches and the image buffers settle, as in a running desk.
    for (int i = 0; i < 5; ++i) {
        grid.invalidatePaintCache();
        grid.render(&image);
    }
    // A full paint after each reload, and a repaint of an unchanged view (exposure, the time line).
    QList<double> full;
    QList<double> repaint;
    for (int i = 0; i < options.repetitions; ++i) {
        grid.invalidatePaintCache();
        QElapsedTimer t;
        t.start();
        grid.render(&image);
        full << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        grid.render(&image);
        repaint << double(t.nsecsElapsed()) / 1e6;
    }
    const Percentiles p = percentiles(full);
    const Percentiles r = percentiles(repaint);
    auto count = db->exec(u"SELECT count(*) FROM appointments"_s);
    const qint64 n = count && count->next() ? count->value(0).toLongLong() : 0;
    out << QJsonDocument(QJsonObject{{u"bench"_s, u"agenda.paint"_s},
                                     {u"n"_s, n},
                                     {u"columns"_s, grid.columnCount()},
                                     {u"items"_s, grid.itemCount()},
                                     {u"width"_s, 1920},
                                     {u"height"_s, 1080},
                                     {u"p50_ms"_s, p.p50},
                                     {u"p95_ms"_s, p.p95},
                                     {u"max_ms"_s, p.max},
                                     {u"repaint_p50_ms"_s, r.p50},
                                     {u"repaint_p95_ms"_s, r.p95}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    return 0;
}

} // namespace

// Resident memory in kB (Linux), 0 elsewhere.
qint64 residentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Guichet"_s);
    QApplication::setApplicationName(u"guichet"_s);
    QApplication::setApplicationDisplayName(u"Guichet"_s);
    QApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    QApplication::setDesktopFileName(u"org.guichet.Guichet"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/guichet.svg"_s));

    QSettings settings;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Guichet"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, QApplication::translate("main", "Database file (or GUICHET_DB)."), u"PATH"_s);
    const QCommandLineOption shotsOption(u"screenshots"_s, QApplication::translate("main", "Save one PNG per main view into DIR and exit."),
                                         u"DIR"_s);
    const QCommandLineOption languageOption(u"language"_s, QApplication::translate("main", "fr, nl or en (default: the settings, then the system)."),
                                            u"LANG"_s);
    const QCommandLineOption nowOption(u"now"_s, QApplication::translate("main", "Fix the clock (ISO 8601; or GUICHET_NOW)."), u"ISO-8601"_s);
    const QCommandLineOption benchOption(u"bench"_s, QApplication::translate("main", "Run a GUI benchmark (agenda, startup) and print its JSON figures."),
                                         u"NAME"_s);
    parser.addOptions({dbOption, shotsOption, languageOption, nowOption, benchOption});
    parser.process(app);

    installTranslations(parser.isSet(languageOption)
                            ? parser.value(languageOption)
                            : settings.value(SettingsDialog::languageKey(), u"system"_s).toString());

    const bool screenshots = parser.isSet(shotsOption);
    QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty())
        dbPath = qEnvironmentVariable("GUICHET_DB");
    if (dbPath.isEmpty())
        dbPath = defaultDatabasePath();

    std::unique_ptr<Clock> clock;
    const QString now = parser.isSet(nowOption) ? parser.value(nowOption) : qEnvironmentVariable("GUICHET_NOW");
    if (!now.isEmpty()) {
        const QDateTime at = parseIso(now, QTimeZone(QByteArrayLiteral("Europe/Brussels")));
        if (!at.isValid())
            return report(true, QApplication::translate("main", "--now \"%1\" is not an ISO 8601 date.").arg(now), 1);
        clock = std::make_unique<FixedClock>(at);
    } else {
        clock = std::make_unique<SystemClock>();
    }

    const bool startupBench = parser.value(benchOption) == u"startup"_s;
    if (parser.isSet(benchOption) && !startupBench) {
        if (parser.value(benchOption) != u"agenda"_s)
            return report(true, QApplication::translate("main", "Unknown benchmark; the GUI ones are agenda and startup."), 1);
        return benchAgendaPaint(parser.value(dbOption), *clock);
    }

    auto opened = Database::open(dbPath);
    if (!opened)
        return report(screenshots, opened.error().message, 2);
    Database &db = **opened;

    User user;
    if (screenshots || startupBench) {
        // The tour needs no password: it only reads what the file's owner can read anyway.
        const QList<User> users = UserRepository(db).list();
        for (const User &u : users) {
            if (u.role == Role::Administrator && u.active) {
                user = u;
                break;
            }
        }
        if (user.login.isEmpty()) {
            user.login = u"screenshots"_s;
            user.displayName = QApplication::translate("main", "Screenshot tour");
            user.role = Role::Administrator;
        }
    } else {
        SignInDialog signIn(db, *clock);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        user = signIn.user();
    }
    Session session(db, *clock, user);
    MainWindow window(session, settings);

    if (startupBench) {
        // `guichet --bench startup --db FILE`: from process start to the main window shown and painted.
        window.resize(1600, 960);
        window.show();
        QApplication::processEvents();
        const double seconds = double(sinceStart.nsecsElapsed()) / 1e9;
        auto count = db.exec(u"SELECT count(*) FROM patients"_s);
        const qint64 n = count && count->next() ? count->value(0).toLongLong() : 0;
        std::printf("%s\n", QJsonDocument(QJsonObject{{u"bench"_s, u"startup"_s},
                                                       {u"n"_s, n},
                                                       {u"seconds"_s, seconds},
                                                       {u"rss_mb"_s, double(residentKilobytes()) / 1024.0}})
                                 .toJson(QJsonDocument::Compact)
                                 .constData());
        return 0;
    }
    if (screenshots) {
        window.resize(1600, 960);
        window.show();
        QString error;
        const QStringList files = takeScreenshots(window, parser.value(shotsOption), &error);
        if (!error.isEmpty())
            return report(true, error, 5);
        for (const QString &file : files)
            std::printf("%s\n", qPrintable(file));
        return 0;
    }
    window.show();
    return app.exec();
}
