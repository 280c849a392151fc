#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

#include <memory>

namespace guichet {

class Clock;

// Benchmark programs run by `guichet-cli bench` (DESIGN.md: Budgets). Each prints
// one JSON object per line: {"bench": NAME, "n": SIZE, "p50_ms": X, "p95_ms": Y, ...}.
struct BenchOptions
{
    QString dbPath; // empty: make (and cache) the data
    qint64 patients = 1000000;
    qint64 appointments = 2000000; // for the agenda benchmarks
    int repetitions = 200;
    QString cacheDir;
    QString febrlDir; // duplicates --febrl DIR: precision and recall on the FEBRL sets (febrl.h)
};

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};
Percentiles percentiles(QList<double> samplesMs);

class Database;
class Session;
// One line of figures (compact JSON).
void print(QTextStream &out, const QJsonObject &figures);
// An administrator's session for what a benchmark sets up.
Session benchSession(const Database &db, const Clock &clock);
// The agenda benchmarks' database: 30 practitioners and about `appointments` appointments
// (--db, or made once and cached). Null on failure, with the reason on `err`.
std::unique_ptr<Database> agendaBenchDatabase(const BenchOptions &options, const Clock &clock, QTextStream &err);
// The week the agenda benchmarks look at: the middle of the generated range.
QDate agendaBenchWeek(const Database &db);

// sync.pull against the test peer (tests/fhir-peer, or GUICHET_FHIR_PEER), started for it.
int benchLivePropagation(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err);
int benchSync(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err);
int benchBooking(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err);
struct DemoOptions;
// --db, or a demo clinic made once and cached under `fileName` in the cache folder.
std::unique_ptr<Database> cachedDatabase(const BenchOptions &options, const QString &fileName, const DemoOptions &demo,
                                         const Clock &clock, QTextStream &err);

// Returns the exit code; writes progress to `err`, figures to `out`.
int runBench(const QString &name, const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err);

} // namespace guichet
