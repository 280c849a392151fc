#pragma once

#include "core/base/result.h"

#include <QCoreApplication>

#include <functional>

namespace guichet {

class Clock;
class Database;

struct DemoOptions
{
    int patients = 2000;
    int practitioners = 6;
    int weeks = 4; // appointments this many weeks before and after today
    quint32 seed = 1;
    int parallelBookings = 1; // appointments per slot: 2 makes a double-booked agenda (benchmarks)
};

struct DemoSummary
{
    qint64 patients = 0;
    qint64 relatives = 0;
    qint64 duplicates = 0; // second records of a patient (online beside the desk's, typos, ...)
    qint64 practitioners = 0;
    qint64 motifs = 0;
    qint64 appointments = 0;
    QStringList userLogins;
    QString password; // the demo password of every demo user
    double seconds = 0;
};

// A believable Belgian/French practice in Europe/Brussels, the same for a given seed
// and clock. Writes no change-journal entries: demo data must never be pushed.
class DemoClinic final
{
    Q_DECLARE_TR_FUNCTIONS(DemoClinic)
public:
    static constexpr auto Password = "Guichet-Demo-2026";
    // Whether this database is a demo clinic made by create() (it records its seed): the only
    // kind the screenshot tour may open without anybody's password.
    static bool isDemo(const Database &db);
    using Progress = std::function<void(qint64 done, qint64 total)>;
    static Result<DemoSummary> create(const Database &db, const Clock &clock, const DemoOptions &options,
                                      const Progress &progress = {});
};

} // namespace guichet
