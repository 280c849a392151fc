// guichet-bench: the benchmarks of DESIGN.md ("Budgets"), one JSON object per line.
// Built from tests/bench, never installed nor packaged.
#include "core/access/session.h"
#include "core/base/clock.h"
#include "core/base/i18n.h"
#include "core/base/timeutil.h"
#include "core/store/database.h"
#include "core/store/userrepository.h"
#include "tests/bench/bench.h"
#include "ui/agenda/agendagrid.h"
#include "ui/identity/duplicatesview.h"
#include "ui/shell/mainwindow.h"

#include "demo/democlinic.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace guichet;

namespace {

QElapsedTimer g_sinceStart;

qint64 count(const Database &db, const QString &table)
{
    auto rows = db.exec(u"SELECT count(*) FROM "_s + table);
    return rows && rows->next() ? rows->value(0).toLongLong() : -1;
}

User benchUser()
{
    User user;
    user.login = u"bench"_s;
    user.role = Role::Administrator;
    return user;
}

// The week of the agenda benchmarks, at 1920x1080, read.
void showWeek(AgendaGrid &grid, const QDate &week)
{
    grid.resize(1920, 1080);
    grid.setMode(AgendaGrid::Mode::Week);
    grid.setDate(week);
    grid.reloadNow();
}

// agenda.paint: the week of 30 practitioners painted at 1920x1080, offscreen.
int benchAgendaPaint(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    auto db = agendaBenchDatabase(options, clock, err);
    if (!db)
        return 5;
    const Session session(*db, clock, benchUser());
    AgendaGrid grid(session);
    showWeek(grid, agendaBenchWeek(*db));
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
    out << QJsonDocument(QJsonObject{{u"bench"_s, u"agenda.paint"_s},
                                     {u"n"_s, count(*db, u"appointments"_s)},
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

// live.paint: the same week reloaded and painted while another connection (the sync thread)
// writes 50 changes a second to it; reloads are coalesced to one per 60 Hz frame at most.
int benchLivePaint(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    auto db = agendaBenchDatabase(options, clock, err);
    if (!db)
        return 5;
    const Session session(*db, clock, benchUser());
    AgendaGrid grid(session);
    const QDate week = agendaBenchWeek(*db);
    showWeek(grid, week);
    QImage image(grid.size(), QImage::Format_ARGB32_Premultiplied);
    for (int i = 0; i < 5; ++i) {
        grid.invalidatePaintCache();
        grid.render(&image);
    }
    // The appointments of the week the writer changes (their status, back and forth).
    QStringList ids;
    QHash<QString, QString> statuses; // put back at the end
    const QDateTime from(week.addDays(1 - week.dayOfWeek()), QTime(0, 0), QTimeZone::utc());
    if (auto r = db->exec(u"SELECT id, status FROM appointments WHERE start_utc >= ? AND start_utc < ? LIMIT 2000"_s,
                          {toStored(from), toStored(from.addDays(7))}))
        while (r->next()) {
            ids << r->value(0).toString();
            statuses.insert(ids.last(), r->value(1).toString());
        }
    if (ids.isEmpty()) {
        err << "no appointment in the benchmark week" << Qt::endl;
        return 5;
    }
    const QString path = db->path();
    const int seconds = qBound(2, options.repetitions / 20, 60); // --repetitions 200: 10 s
    std::atomic<int> written{0};
    QObject receiver;
    QTimer frame;
    frame.setSingleShot(true);
    frame.setInterval(16); // at most one reload per 60 Hz frame, however many changes arrived
    // First half: the week read again at each frame (the baseline); second half: only the
    // appointments the live link reports as received (the desk's path).
    QList<double> baseline;
    QList<double> frames;
    QStringList received;
    bool partial = false;
    int reloads = 0;
    QObject::connect(&frame, &QTimer::timeout, &receiver, [&] {
        QElapsedTimer t;
        t.start();
        const QStringList ids = std::exchange(received, {});
        if (partial)
            grid.refreshAppointments(ids);
        else
            grid.reloadAppointments();
        grid.render(&image);
        (partial ? frames : baseline) << double(t.nsecsElapsed()) / 1e6;
        ++reloads;
    });
    // The writer: its own thread, connection and 20 ms timer (50 changes a second).
    QThread writer;
    QObject pacer;
    QTimer tick;
    tick.setInterval(20);
    tick.setTimerType(Qt::PreciseTimer);
    pacer.moveToThread(&writer);
    tick.moveToThread(&writer);
    std::unique_ptr<Database> connection;
    int next = 0;
    QObject::connect(&writer, &QThread::started, &pacer, [&] {
        if (auto opened = Database::open(path))
            connection = std::move(opened).value();
        tick.start();
    });
    QObject::connect(&tick, &QTimer::timeout, &pacer, [&] {
        if (!connection)
            return;
        const QString id = ids.at(next++ % ids.size());
        (void)connection->exec(u"UPDATE appointments SET status = CASE status WHEN 'arrived' THEN 'booked' "
                               "ELSE 'arrived' END WHERE id = ?"_s,
                               {id});
        ++written;
        QMetaObject::invokeMethod(&receiver, [&frame, &received, id] {
            received << id;
            if (!frame.isActive())
                frame.start();
        });
    });
    writer.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    QTimer::singleShot(seconds * 500, &receiver, [&partial] { partial = true; });
    loop.exec();
    QMetaObject::invokeMethod(
        &pacer,
        [&] {
            tick.stop();
            connection.reset();
        },
        Qt::BlockingQueuedConnection);
    writer.quit();
    writer.wait();
    // Put the statuses back as they were.
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        (void)db->exec(u"UPDATE appointments SET status = ? WHERE id = ?"_s, {it.value(), it.key()});
    const Percentiles p = percentiles(frames);
    const Percentiles base = percentiles(baseline);
    int over = 0;
    for (double f : std::as_const(frames))
        over += f > 16.0;
    out << QJsonDocument(QJsonObject{{u"bench"_s, u"live.paint"_s},
                                     {u"n"_s, count(*db, u"appointments"_s)},
                                     {u"columns"_s, grid.columnCount()},
                                     {u"items"_s, grid.itemCount()},
                                     {u"seconds"_s, seconds},
                                     {u"changes"_s, written.load()},
                                     {u"frames"_s, reloads},
                                     {u"frames_over_16ms"_s, over},
                                     {u"p50_ms"_s, p.p50},
                                     {u"p95_ms"_s, p.p95},
                                     {u"max_ms"_s, p.max},
                                     {u"reload_p50_ms"_s, base.p50},
                                     {u"reload_p95_ms"_s, base.p95}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    return 0;
}

// duplicates.page: the Duplicates page opened on the demo practice of --patients (5,000 as the
// issue measured): the time until its first pairs are listed, and until the scan is over, while
// the window stays free (the longest stretch the event loop was held, from a 10 ms timer).
int benchDuplicatesPage(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    DemoOptions demo;
    demo.patients = int(std::min<qint64>(options.patients, 200000));
    auto db = cachedDatabase(options, u"bench-demo-%1.db"_s.arg(demo.patients), demo, clock, err);
    if (!db)
        return 5;
    const Session session(*db, clock, benchUser());
    QList<double> first;
    QList<double> done;
    QList<double> held;
    qint64 pairs = 0;
    for (int i = 0; i < std::min(options.repetitions, 20); ++i) {
        DuplicatesView view(session);
        QElapsedTimer t;
        t.start();
        double firstAt = -1;
        QElapsedTimer tick;
        tick.start();
        double longest = 0;
        QTimer beat;
        beat.setInterval(10);
        QObject::connect(&beat, &QTimer::timeout, [&] {
            longest = std::max(longest, double(tick.nsecsElapsed()) / 1e6);
            tick.restart();
        });
        beat.start();
        QEventLoop loop;
        QObject::connect(&view, &DuplicatesView::pairsShown, [&] {
            if (firstAt < 0)
                firstAt = double(t.nsecsElapsed()) / 1e6;
        });
        QObject::connect(&view, &DuplicatesView::scanFinished, &loop, &QEventLoop::quit);
        view.reload();
        if (view.scanning())
            loop.exec();
        done << double(t.nsecsElapsed()) / 1e6;
        first << (firstAt < 0 ? done.last() : firstAt);
        held << std::max(longest, double(tick.nsecsElapsed()) / 1e6);
        pairs = view.pairsTable()->rowCount();
    }
    const Percentiles f = percentiles(first);
    const Percentiles d = percentiles(done);
    const Percentiles h = percentiles(held);
    out << QJsonDocument(QJsonObject{{u"bench"_s, u"duplicates.page"_s},
                                     {u"n"_s, count(*db, u"patients"_s)},
                                     {u"pairs"_s, pairs},
                                     {u"first_pairs_p50_ms"_s, f.p50},
                                     {u"first_pairs_max_ms"_s, f.max},
                                     {u"complete_p50_ms"_s, d.p50},
                                     {u"event_loop_held_max_ms"_s, h.max}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    return 0;
}

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

// startup: from process start to the main window shown and painted, on --db (as `guichet --db`).
int benchStartup(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    if (options.dbPath.isEmpty()) {
        err << "startup needs --db FILE (for example a database made by guichet-bench search)" << Qt::endl;
        return 1;
    }
    auto opened = Database::open(options.dbPath);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return 5;
    }
    Database &db = **opened;
    // It signs in without a password: only on a database the benchmarks or `guichet-cli demo` made.
    if (!DemoClinic::isDemo(db)) {
        err << "startup runs only on a demo database (made by guichet-bench search or guichet-cli demo): it signs in "
               "without a password, which a practice's database never allows"
            << Qt::endl;
        return 2;
    }
    auto users = UserRepository(db).list();
    User user;
    for (const User &u : users) {
        if (u.role == Role::Administrator && u.active) {
            user = u;
            break;
        }
    }
    if (user.login.isEmpty()) {
        user.login = u"bench"_s;
        user.role = Role::Administrator;
    }
    QSettings settings;
    Session session(db, clock, user);
    MainWindow window(session, settings);
    window.resize(1600, 960);
    window.show();
    QApplication::processEvents();
    const double seconds = double(g_sinceStart.nsecsElapsed()) / 1e9;
    out << QJsonDocument(QJsonObject{{u"bench"_s, u"startup"_s},
                                     {u"n"_s, count(db, u"patients"_s)},
                                     {u"seconds"_s, seconds},
                                     {u"rss_mb"_s, double(residentKilobytes()) / 1024.0}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The desk's own names: the start-up benchmark reads the settings `guichet` reads.
    QApplication::setOrganizationName(u"Guichet"_s);
    QApplication::setApplicationName(u"guichet"_s);
    installTranslations(u"en"_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Guichet's benchmarks (DESIGN.md, Budgets). NAME: search, agenda (agenda.query and agenda.paint), "
        "agenda.query, agenda.paint, live.paint, live.propagation, duplicates, duplicates.page, import (and import.concurrent), reminders, sync, startup."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"name"_s, u"The benchmark."_s);
    const QCommandLineOption dbOption(u"db"_s, u"Run against this database instead of a made (and cached) one."_s,
                                      u"PATH"_s);
    const QCommandLineOption nowOption(u"now"_s, u"Fix the clock (ISO 8601; or GUICHET_NOW)."_s, u"ISO-8601"_s);
    const QCommandLineOption patients(u"patients"_s, u"Patients in the generated database (default 1,000,000)."_s,
                                      u"N"_s, u"1000000"_s);
    const QCommandLineOption repetitions(u"repetitions"_s, u"Measurements to take (default 200)."_s, u"N"_s, u"200"_s);
    const QCommandLineOption appointments(u"appointments"_s,
                                          u"Appointments in the generated agenda database (default 2,000,000)."_s,
                                          u"N"_s, u"2000000"_s);
    const QCommandLineOption febrl(
        u"febrl"_s, u"duplicates: measure on the FEBRL sets of this folder (../shared/data/febrl)."_s, u"DIR"_s);
    parser.addOptions({dbOption, nowOption, patients, repetitions, appointments, febrl});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        err << parser.helpText();
        return 1;
    }

    BenchOptions options;
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    options.patients = parser.value(patients).toLongLong(&ok1);
    options.repetitions = parser.value(repetitions).toInt(&ok2);
    options.appointments = parser.value(appointments).toLongLong(&ok3);
    if (!ok1 || !ok2 || !ok3 || options.patients < 1 || options.repetitions < 1 || options.appointments < 1) {
        err << "--patients, --repetitions and --appointments are positive whole numbers." << Qt::endl;
        return 1;
    }
    options.dbPath = parser.value(dbOption);
    options.febrlDir = parser.value(febrl);
    options.cacheDir =
        qEnvironmentVariable("GUICHET_BENCH_CACHE", QStandardPaths::writableLocation(QStandardPaths::CacheLocation));

    std::unique_ptr<Clock> clock;
    const QString now = parser.isSet(nowOption) ? parser.value(nowOption) : qEnvironmentVariable("GUICHET_NOW");
    if (!now.isEmpty()) {
        const QDateTime at = parseIso(now, QTimeZone(QByteArrayLiteral("Europe/Brussels")));
        if (!at.isValid()) {
            err << "--now is not an ISO 8601 date and time" << Qt::endl;
            return 1;
        }
        clock = std::make_unique<FixedClock>(at);
    } else {
        clock = std::make_unique<SystemClock>();
    }

    const QString name = parser.positionalArguments().first();
    if (name == u"startup"_s)
        return benchStartup(options, *clock, out, err);
    if (name == u"agenda.paint"_s)
        return benchAgendaPaint(options, *clock, out, err);
    if (name == u"duplicates.page"_s)
        return benchDuplicatesPage(options, *clock, out, err);
    if (name == u"live.paint"_s)
        return benchLivePaint(options, *clock, out, err);
    if (name == u"agenda.query"_s)
        return runBench(u"agenda"_s, options, *clock, out, err);
    if (name == u"agenda"_s) {
        if (const int code = runBench(u"agenda"_s, options, *clock, out, err); code != 0)
            return code;
        return benchAgendaPaint(options, *clock, out, err);
    }
    return runBench(name, options, *clock, out, err);
}
