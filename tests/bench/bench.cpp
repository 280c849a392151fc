#include "bench.h"

#include "clock.h"
#include "domain/names.h"
#include "store/database.h"
#include "store/democlinic.h"
#include "agenda/agendalayout.h"
#include "agenda/daylist.h"
#include "store/appointmentrepository.h"
#include "store/patientrepository.h"
#include "store/practicerepository.h"
#include "timeutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace guichet {

Percentiles percentiles(QList<double> samples)
{
    Percentiles p;
    if (samples.isEmpty())
        return p;
    std::sort(samples.begin(), samples.end());
    auto at = [&](double q) { return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * samples.size()))); };
    p.p50 = at(0.50);
    p.p95 = at(0.95);
    p.max = samples.last();
    return p;
}

namespace {

void print(QTextStream &out, const QJsonObject &figures)
{
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << Qt::endl;
}

// The database a benchmark runs against: --db, or a demo clinic made once and cached under `fileName`.
std::unique_ptr<Database> cachedDatabase(const BenchOptions &options, const QString &fileName, const DemoOptions &demo,
                                         const Clock &clock, QTextStream &err)
{
    QString path = options.dbPath;
    if (path.isEmpty()) {
        QDir().mkpath(options.cacheDir);
        path = QDir(options.cacheDir).filePath(fileName);
        if (!QFileInfo::exists(path)) {
            err << "making " << path << " (once)" << Qt::endl;
            auto db = Database::open(path);
            if (!db) {
                err << db.error().message << Qt::endl;
                return nullptr;
            }
            if (auto made = DemoClinic::create(**db, clock, demo); !made) {
                err << made.error().message << Qt::endl;
                db.value().reset();
                QFile::remove(path);
                return nullptr;
            }
        }
    }
    auto db = Database::open(path);
    if (!db) {
        err << db.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(db.value());
}

std::unique_ptr<Database> benchDatabase(const BenchOptions &options, const Clock &clock, QTextStream &err)
{
    DemoOptions demo;
    demo.patients = int(options.patients);
    demo.practitioners = 30;
    demo.weeks = 8;
    demo.seed = 2026;
    return cachedDatabase(options, u"bench-%1-patients.db"_s.arg(options.patients), demo, clock, err);
}

int benchSearch(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    auto db = benchDatabase(options, clock, err);
    if (!db)
        return 5;
    PatientRepository patients(*db);
    const qint64 n = patients.count();
    // Three-letter prefixes of real surnames and first names from the database.
    QStringList prefixes;
    auto r = db->exec(u"SELECT birth_name, first_names FROM patients WHERE rowid % 997 = 0 LIMIT 400"_s);
    while (r && r->next()) {
        for (const QString &word : Names::fold(r->value(0).toString() + u' ' + r->value(1).toString()).split(u' ')) {
            if (word.size() >= 3)
                prefixes << word.left(3);
        }
    }
    if (prefixes.isEmpty())
        prefixes << u"dup"_s;
    QRandomGenerator rng(7);
    QList<double> samples;
    qint64 found = 0;
    (void)patients.search(prefixes.first(), 50); // warm the page cache once
    for (int i = 0; i < options.repetitions; ++i) {
        const QString prefix = prefixes.at(rng.bounded(int(prefixes.size())));
        QElapsedTimer t;
        t.start();
        const QList<Patient> hits = patients.search(prefix, 50);
        samples << double(t.nsecsElapsed()) / 1e6;
        found += hits.size();
    }
    const Percentiles p = percentiles(samples);
    print(out, {{u"bench"_s, u"search"_s},
               {u"n"_s, n},
               {u"queries"_s, options.repetitions},
               {u"mean_hits"_s, double(found) / options.repetitions},
               {u"p50_ms"_s, p.p50},
               {u"p95_ms"_s, p.p95},
               {u"max_ms"_s, p.max}});
    return 0;
}

int benchAgenda(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    auto db = agendaBenchDatabase(options, clock, err);
    if (!db)
        return 5;
    const qint64 n = AppointmentRepository(*db).count();
    PracticeRepository practice(*db);
    const QTimeZone zone = practice.displayZone();
    QStringList practitioners;
    for (const Practitioner &p : practice.practitioners())
        practitioners << p.id;
    practitioners = practitioners.mid(0, 30);
    const QDate monday = agendaBenchWeek(*db);
    QList<double> samples;
    qint64 shown = 0;
    for (int i = 0; i < options.repetitions; ++i) {
        // A different week each time, around the middle, so the cache is not all that is measured.
        const QDate first = monday.addDays(7 * (i % 9 - 4));
        QElapsedTimer t;
        t.start();
        const QList<DayListEntry> entries = DayList::loadRange(*db, QDateTime(first, QTime(0, 0), zone),
                                                               QDateTime(first.addDays(7), QTime(0, 0), zone),
                                                               practitioners);
        QList<GridItem> items;
        items.reserve(entries.size());
        QHash<QString, int> column;
        for (int c = 0; c < practitioners.size(); ++c)
            column.insert(practitioners.at(c), c);
        const ZoneDays days(zone, first, 7);
        for (const DayListEntry &e : entries) {
            const int day = std::max(0, days.dayIndex(e.appointment.start));
            items << GridItem{day * int(practitioners.size()) + column.value(e.appointment.practitionerId),
                              days.minuteOfDay(e.appointment.start), days.minuteOfDay(e.appointment.end)};
        }
        const QList<GridPlacement> placed = AgendaLayout::place(items);
        samples << double(t.nsecsElapsed()) / 1e6;
        shown += placed.size();
    }
    const Percentiles p = percentiles(samples);
    print(out, {{u"bench"_s, u"agenda.query"_s},
                {u"n"_s, n},
                {u"practitioners"_s, practitioners.size()},
                {u"mean_week_appointments"_s, double(shown) / options.repetitions},
                {u"p50_ms"_s, p.p50},
                {u"p95_ms"_s, p.p95},
                {u"max_ms"_s, p.max}});
    return 0;
}

} // namespace

std::unique_ptr<Database> agendaBenchDatabase(const BenchOptions &options, const Clock &clock, QTextStream &err)
{
    DemoOptions demo;
    demo.patients = 50000;
    demo.practitioners = 30;
    // DESIGN.md: about 6,000 appointments a week for 30 practitioners. Past weeks are that
    // full (three bookings a slot); the future thins out as it does in a practice, so a
    // database of N holds about N / 7,800 weeks on each side of today.
    demo.parallelBookings = 3;
    demo.weeks = int(std::clamp<qint64>(options.appointments / 7800, 1, 520));
    demo.seed = 2026;
    return cachedDatabase(options, u"bench-agenda-%1-v4.db"_s.arg(options.appointments), demo, clock, err);
}

QDate agendaBenchWeek(const Database &db)
{
    // The middle of the past: full weeks, far from both ends of the data.
    auto r = db.exec(u"SELECT min(start_utc) FROM appointments"_s);
    QDate first = QDate::currentDate();
    if (r && r->next() && !r->value(0).isNull())
        first = QDateTime::fromSecsSinceEpoch(r->value(0).toLongLong(), QTimeZone::utc()).date();
    const QDate today = QDate::currentDate();
    const QDate middle = first.daysTo(today) > 140 ? first.addDays(first.daysTo(today) / 2) : first.addDays(35);
    return middle.addDays(1 - middle.dayOfWeek());
}

int runBench(const QString &name, const BenchOptions &options, const Clock &clock, QTextStream &out,
             QTextStream &err)
{
    if (name == u"search"_s)
        return benchSearch(options, clock, out, err);
    if (name == u"agenda"_s)
        return benchAgenda(options, clock, out, err);
    err << "unknown benchmark: " << name << " (search, agenda)" << Qt::endl;
    return 1;
}

} // namespace guichet
