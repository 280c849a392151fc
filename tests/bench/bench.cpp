#include "tests/bench/bench.h"

#include "core/access/session.h"
#include "core/agenda/agendalayout.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/daylist.h"
#include "core/agenda/freeslots.h"
#include "core/base/clock.h"
#include "core/base/timeutil.h"
#include "core/domain/names.h"
#include "core/identity/duplicatefinder.h"
#include "core/identity/patientcsv.h"
#include "core/reminders/reminderservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "tests/bench/corruptionset.h"
#include "tests/bench/febrl.h"

#include "demo/democlinic.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;

namespace guichet {

Percentiles percentiles(QList<double> samples)
{
    Percentiles p;
    if (samples.isEmpty())
        return p;
    std::sort(samples.begin(), samples.end());
    auto at = [&](double q) {
        return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * samples.size())));
    };
    p.p50 = at(0.50);
    p.p95 = at(0.95);
    p.max = samples.last();
    return p;
}

void print(QTextStream &out, const QJsonObject &figures)
{
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << Qt::endl;
}

Session benchSession(const Database &db, const Clock &clock)
{
    User user;
    user.login = u"bench"_s;
    user.displayName = u"Benchmark"_s;
    user.role = Role::Administrator;
    return Session(db, clock, user);
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

namespace {

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
    print(out,
          {{u"bench"_s, u"search"_s},
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
        const AgendaRows week =
            DayList::loadRows(*db, QDateTime(first, QTime(0, 0), zone).toSecsSinceEpoch(),
                              QDateTime(first.addDays(7), QTime(0, 0), zone).toSecsSinceEpoch(), practitioners);
        // As the grid does: a column per day and practitioner, minutes of the local day.
        QList<int> columnOf(week.practitioners.size(), 0);
        for (int p = 0; p < week.practitioners.size(); ++p)
            columnOf[p] = std::max<int>(0, int(practitioners.indexOf(week.practitioners.at(p).id)));
        const ZoneDays days(zone, first, 7);
        QList<GridItem> items;
        items.reserve(week.rows.size());
        for (const AgendaRow &row : week.rows) {
            const int day = std::max(0, days.dayIndex(row.start));
            items << GridItem{day * int(practitioners.size())
                                  + (row.practitioner < 0 ? 0 : columnOf.at(row.practitioner)),
                              days.minuteOfDay(row.start), days.minuteOfDay(row.end)};
        }
        const QList<GridPlacement> placed = AgendaLayout::place(items);
        samples << double(t.nsecsElapsed()) / 1e6;
        shown += placed.size();
    }
    const Percentiles p = percentiles(samples);
    print(out,
          {{u"bench"_s, u"agenda.query"_s},
           {u"n"_s, n},
           {u"practitioners"_s, practitioners.size()},
           {u"mean_week_appointments"_s, double(shown) / options.repetitions},
           {u"p50_ms"_s, p.p50},
           {u"p95_ms"_s, p.p95},
           {u"max_ms"_s, p.max}});
    return 0;
}

int benchDuplicates(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    if (!options.febrlDir.isEmpty())
        return benchFebrl(options.febrlDir, out, err);
    // Quality on a labelled corruption set (not a budget: the figures the tests assert).
    {
        const CorruptionSet set = makeCorruptionSet(20000, 2026);
        QElapsedTimer t;
        t.start();
        const MatchQuality q = measureQuality(set);
        print(out,
              {{u"bench"_s, u"duplicates.quality"_s},
               {u"n"_s, set.records.size()},
               {u"true_pairs"_s, q.truePairs},
               {u"precision"_s, q.precision()},
               {u"recall"_s, q.recall()},
               {u"recall_with_possible"_s, q.recallWithPossible()},
               {u"hard_negatives_flagged"_s, q.hardNegativesStrong},
               {u"seconds"_s, double(t.elapsed()) / 1000.0}});
    }
    // Full scan of 100,000 patients from the database.
    {
        DemoOptions demo;
        demo.patients = 100000;
        demo.practitioners = 6;
        demo.weeks = 1;
        demo.seed = 2026;
        BenchOptions own = options;
        own.dbPath.clear();
        auto db = cachedDatabase(own, u"bench-duplicates-100000.db"_s, demo, clock, err);
        if (!db)
            return 5;
        QElapsedTimer t;
        t.start();
        auto pairs = DuplicateFinder::scan(*db);
        if (!pairs) {
            err << pairs.error().message << Qt::endl;
            return 5;
        }
        qint64 strong = 0;
        for (const DuplicatePair &p : *pairs)
            strong += p.match.band >= MatchBand::Probable ? 1 : 0;
        print(out,
              {{u"bench"_s, u"duplicates.scan"_s},
               {u"n"_s, PatientRepository(*db).count()},
               {u"pairs"_s, pairs->size()},
               {u"certain_or_probable"_s, strong},
               {u"seconds"_s, double(t.elapsed()) / 1000.0}});
    }
    // One patient being typed against a million: the desk's "already known?" while typing.
    auto db = benchDatabase(options, clock, err);
    if (!db)
        return 5;
    QList<Patient> probes;
    auto r = db->exec(u"SELECT id FROM patients WHERE rowid % 4999 = 0 LIMIT 400"_s);
    PatientRepository patients(*db);
    while (r && r->next()) {
        if (auto p = patients.byId(r->value(0).toString()))
            probes << *p;
    }
    if (probes.isEmpty()) {
        err << "no patient to probe" << Qt::endl;
        return 5;
    }
    QRandomGenerator rng(11);
    QList<double> samples;
    qint64 found = 0;
    for (int i = 0; i < options.repetitions; ++i) {
        Patient p = probes.at(rng.bounded(int(probes.size())));
        // As typed again online: another id, day and month swapped or the name in capitals.
        p.id = u"probe"_s;
        if (i % 2 == 0 && p.birthDate.day() <= 12)
            p.birthDate = QDate(p.birthDate.year(), p.birthDate.day(), p.birthDate.month());
        else
            p.birthName = p.birthName.toUpper();
        QElapsedTimer t;
        t.start();
        auto candidates = DuplicateFinder::candidatesFor(*db, IdentityRecord::from(p));
        samples << double(t.nsecsElapsed()) / 1e6;
        found += candidates ? candidates->size() : 0;
    }
    const Percentiles pct = percentiles(samples);
    print(out,
          {{u"bench"_s, u"duplicates.one"_s},
           {u"n"_s, patients.count()},
           {u"mean_candidates"_s, double(found) / options.repetitions},
           {u"p50_ms"_s, pct.p50},
           {u"p95_ms"_s, pct.p95},
           {u"max_ms"_s, pct.max}});
    return 0;
}

int benchImportConcurrent(const QString &csv, const Clock &clock, QTextStream &out, QTextStream &err);

int benchImport(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    // A CSV of `patients` rows, written once into the cache, imported into a new database.
    QDir().mkpath(options.cacheDir);
    const QString csv = QDir(options.cacheDir).filePath(u"bench-import-%1.csv"_s.arg(options.patients));
    if (!QFileInfo::exists(csv)) {
        err << "writing " << csv << " (once)" << Qt::endl;
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly)) {
            err << file.errorString() << Qt::endl;
            return 5;
        }
        file.write("external_id,birth_name,usage_name,first_names,sex,birth_date,niss,nir,phone,email,address,postcode,"
                   "city\n");
        const CorruptionSet people = makeCorruptionSet(int(options.patients), 7);
        QByteArray chunk;
        qint64 written = 0;
        for (const IdentityRecord &r : people.records) {
            if (written >= options.patients)
                break;
            const QString sex = r.sex == Sex::Male ? u"M"_s : u"F"_s;
            const QString phone = r.phone.isEmpty() ? QString() : u'+' + r.phone;
            chunk += QStringList{u"LEGACY-%1"_s.arg(written),
                                 r.birthTokens.join(u' '),
                                 r.usageTokens.join(u' '),
                                 r.firstNames.join(u' '),
                                 sex,
                                 r.birthDate.toString(Qt::ISODate),
                                 r.niss,
                                 r.nir,
                                 phone,
                                 QString(),
                                 QString(),
                                 QString(),
                                 QString()}
                         .join(u',')
                         .toUtf8()
                + "\n";
            ++written;
            if (chunk.size() > (4 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"import.db"_s));
    if (!db) {
        err << db.error().message << Qt::endl;
        return 5;
    }
    const Session session = benchSession(**db, clock);
    auto report = PatientCsv::import(session, csv, false);
    if (!report) {
        err << report.error().message << Qt::endl;
        return 5;
    }
    print(out,
          {{u"bench"_s, u"import"_s},
           {u"n"_s, report->rows},
           {u"imported"_s, report->imported},
           {u"problems"_s, report->problemCount},
           {u"seconds"_s, report->seconds},
           {u"budget_seconds"_s, 60}});
    db.value().reset();
    return benchImportConcurrent(csv, clock, out, err);
}

// import.concurrent: the same file imported into a practice where a desk books an appointment
// every 100 ms meanwhile, on its own connection and thread as another desk would: how long
// each booking waits, and whether any is refused because the database is busy.
int benchImportConcurrent(const QString &csv, const Clock &clock, QTextStream &out, QTextStream &err)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"practice.db"_s);
    {
        auto db = Database::open(path);
        if (!db) {
            err << db.error().message << Qt::endl;
            return 5;
        }
        DemoOptions demo;
        demo.patients = 300;
        demo.practitioners = 3;
        demo.weeks = 1;
        demo.seed = 30;
        if (auto made = DemoClinic::create(**db, clock, demo); !made) {
            err << made.error().message << Qt::endl;
            return 5;
        }
    }
    std::atomic<bool> importing{true};
    std::atomic<bool> ready{false};
    QList<double> waits;
    int busy = 0;
    int refusedOtherwise = 0;
    QString setupError;
    QString otherReason;
    std::thread desk([&] {
        // The other desk's free freeSlots and patients, found before the import starts.
        auto db = Database::open(path);
        if (!db) {
            setupError = db.error().message;
            ready = true;
            return;
        }
        const Session session = benchSession(**db, clock);
        QList<FreeSlot> freeSlots;
        const QDate today = clock.now().toTimeZone(PracticeRepository(**db).displayZone()).date();
        for (const Practitioner &p : PracticeRepository(**db).practitioners()) {
            const QList<Motif> motifs = PracticeRepository(**db).motifs(p.id);
            if (motifs.isEmpty())
                continue;
            SlotQuery query;
            query.practitionerId = p.id;
            query.motifId = motifs.first().id;
            query.from = today.addDays(1);
            query.to = today.addDays(7 * 26);
            query.count = 3000;
            if (auto found = FreeSlots::search(**db, clock.now(), query))
                freeSlots += *found;
        }
        QStringList patients;
        for (auto r =
                 (*db)->exec(u"SELECT id FROM patients WHERE active = 1 AND deceased = 0 ORDER BY rowid LIMIT 300"_s);
             r && r->next();)
            patients << r->value(0).toString();
        if (freeSlots.isEmpty() || patients.isEmpty())
            setupError = u"no free slot or patient to book"_s;
        ready = true;
        if (!setupError.isEmpty())
            return;
        auto next = std::chrono::steady_clock::now();
        for (qsizetype i = 0; importing && i < freeSlots.size(); ++i) {
            AppointmentDraft draft;
            draft.practitionerId = freeSlots.at(i).practitionerId;
            draft.motifId = freeSlots.at(i).motifId;
            draft.start = freeSlots.at(i).start;
            draft.patientId = patients.at(i % patients.size());
            QElapsedTimer waited;
            waited.start();
            auto booked = AppointmentService::book(session, draft);
            const double ms = double(waited.nsecsElapsed()) / 1e6;
            if (booked)
                waits << ms;
            else if (booked.error().rule == u"db.busy"_s)
                ++busy;
            else if (++refusedOtherwise == 1)
                otherReason = booked.error().message;
            next += std::chrono::milliseconds(100); // a booking every 100 ms, as the budget says
            std::this_thread::sleep_until(next);
        }
    });
    while (!ready)
        std::this_thread::yield();
    if (!setupError.isEmpty()) {
        desk.join();
        err << setupError << Qt::endl;
        return 5;
    }
    qint64 rows = 0;
    double seconds = 0;
    {
        auto db = Database::open(path);
        if (!db) {
            importing = false;
            desk.join();
            err << db.error().message << Qt::endl;
            return 5;
        }
        auto report = PatientCsv::import(benchSession(**db, clock), csv, false);
        importing = false;
        desk.join();
        if (!report) {
            err << report.error().message << Qt::endl;
            return 5;
        }
        rows = report->rows;
        seconds = report->seconds;
    }
    if (!otherReason.isEmpty())
        err << "a booking refused for another reason than a busy database: " << otherReason << Qt::endl;
    const Percentiles p = percentiles(waits);
    print(out,
          {{u"bench"_s, u"import.concurrent"_s},
           {u"n"_s, rows},
           {u"import_seconds"_s, seconds},
           {u"bookings"_s, waits.size()},
           {u"refused_busy"_s, busy},
           {u"refused_other"_s, refusedOtherwise},
           {u"p50_ms"_s, p.p50},
           {u"p95_ms"_s, p.p95},
           {u"max_ms"_s, p.max},
           {u"budget_p95_ms"_s, 250}});
    return busy == 0 ? 0 : 6;
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

// reminders.plan: every message of the next 60 days of a 30-practitioner practice planned,
// then planned again (nothing changes); reminders.one: one appointment planned again, as a
// booking, a move or a cancellation does in its transaction.
static int benchReminders(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    QTemporaryDir dir;
    auto db = Database::open(options.dbPath.isEmpty() ? dir.filePath(u"reminders.db"_s) : options.dbPath);
    if (!db) {
        err << db.error().message << Qt::endl;
        return 5;
    }
    if (AppointmentRepository(**db).count() == 0) {
        DemoOptions demo;
        demo.patients = 20000;
        demo.practitioners = 30;
        demo.weeks = 8;
        if (auto made = DemoClinic::create(**db, clock, demo); !made) {
            err << made.error().message << Qt::endl;
            return 5;
        }
    }
    const QDateTime now = clock.now();
    auto inRange = AppointmentRepository(**db).inRange(now, now.addDays(60));
    if (!inRange) {
        err << inRange.error().message << Qt::endl;
        return 5;
    }
    const QList<Appointment> &coming = *inRange;
    QElapsedTimer timer;
    timer.start();
    auto first = ReminderService::replanRange(**db, now, now.addDays(60), now);
    const double firstSeconds = double(timer.restart()) / 1000.0;
    auto second = ReminderService::replanRange(**db, now, now.addDays(60), now);
    const double secondSeconds = double(timer.elapsed()) / 1000.0;
    if (!first || !second) {
        err << (first ? second.error() : first.error()).message << Qt::endl;
        return 5;
    }
    print(out,
          {{u"bench"_s, u"reminders.plan"_s},
           {u"n"_s, int(coming.size())},
           {u"messages"_s, first->created},
           {u"seconds"_s, firstSeconds},
           {u"again_seconds"_s, secondSeconds},
           {u"again_changed"_s, second->created + second->revoked}});
    QList<double> samples;
    for (int i = 0; i < std::min<int>(options.repetitions, int(coming.size())); ++i) {
        const QString id =
            coming
                .at(qsizetype(i) * coming.size() / std::max(1, std::min<int>(options.repetitions, int(coming.size()))))
                .id;
        timer.restart();
        if (auto ok = ReminderService::replan(**db, id, now); !ok) {
            err << ok.error().message << Qt::endl;
            return 5;
        }
        samples << double(timer.nsecsElapsed()) / 1e6;
    }
    const Percentiles p = percentiles(samples);
    print(
        out,
        {{u"bench"_s, u"reminders.one"_s}, {u"n"_s, int(samples.size())}, {u"p50_ms"_s, p.p50}, {u"p95_ms"_s, p.p95}});
    return 0;
}

int runBench(const QString &name, const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    if (name == u"reminders"_s)
        return benchReminders(options, clock, out, err);
    if (name == u"search"_s)
        return benchSearch(options, clock, out, err);
    if (name == u"agenda"_s)
        return benchAgenda(options, clock, out, err);
    if (name == u"duplicates"_s)
        return benchDuplicates(options, clock, out, err);
    if (name == u"import"_s)
        return benchImport(options, clock, out, err);
    if (name == u"live.propagation"_s)
        return benchLivePropagation(options, clock, out, err);
    if (name == u"sync"_s)
        return benchSync(options, clock, out, err);
    if (name == u"booking"_s)
        return benchBooking(options, clock, out, err);
    err << "unknown benchmark: " << name
        << " (search, agenda, booking, duplicates, import and import.concurrent, sync, reminders)" << Qt::endl;
    return 1;
}

} // namespace guichet
