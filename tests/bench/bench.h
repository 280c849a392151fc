#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

namespace guichet {

class Clock;

// Benchmark programs run by `guichet-cli bench` (DESIGN.md: Budgets). Each prints
// one JSON object per line: {"bench": NAME, "n": SIZE, "p50_ms": X, "p95_ms": Y, ...}.
struct BenchOptions
{
    QString dbPath; // empty: make (and cache) the data
    qint64 patients = 1000000;
    int repetitions = 200;
    QString cacheDir;
};

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};
Percentiles percentiles(QList<double> samplesMs);

// Returns the exit code; writes progress to `err`, figures to `out`.
int runBench(const QString &name, const BenchOptions &options, const Clock &clock, QTextStream &out,
             QTextStream &err);

} // namespace guichet
