#pragma once

#include "core/base/result.h"
#include "core/domain/matching.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

namespace guichet {

class Session;

class Database;

enum class MatchBand { None, Possible, Probable, Certain };

// Two records compared: a score in [0, 1], a band, what speaks for and against.
struct MatchResult
{
    double score = 0;
    MatchBand band = MatchBand::None;
    double surname = 0; // best of birth and usage names, crossed, particles folded
    double firstName = 0;
    double birthDate = 0; // 1 equal, 0.9 day/month swapped, 0.85 one digit, 0 otherwise
    bool sameIdentifier = false; // the same valid NISS or NIR
    QStringList evidence; // for the person who decides, in French
    QStringList blockers; // why these two must never be merged automatically (hard rules)
};

struct DuplicatePair
{
    QString a;
    QString b;
    MatchResult match;
};

// What a scan works on, read from the database in one go: the active records and the pairs a
// person marked "not the same person". Judging the pairs needs no database, so a page can read
// this quickly and judge elsewhere (DuplicateFinder::scan(const ScanInput &)) without waiting.
struct DuplicateScanInput
{
    QList<IdentityRecord> records;
    QSet<QString> different; // "a|b", both orders checked
    MatchBand minimum = MatchBand::Possible;
};

// Finds likely duplicate patient records (DESIGN.md: merging patients safely). It only
// proposes: a person decides. Blocking keys keep it far from comparing every pair.
class DuplicateFinder final
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)
public:
    static MatchResult compare(const IdentityRecord &a, const IdentityRecord &b);
    static QString bandCode(MatchBand band); // certain, probable, possible, none
    static QString bandLabel(MatchBand band);
    // The score in words for the desk ("identical traits", "very close", "close", "partly alike").
    static QString scoreLabel(double score);

    // Every pair of active records at `minimum` or above, strongest first; pairs a person
    // marked "not the same person" are left out.
    static Result<QList<DuplicatePair>> scan(const Database &db, MatchBand minimum = MatchBand::Possible);
    static Result<QList<DuplicatePair>> scan(const Session &session, MatchBand minimum = MatchBand::Possible);
    // The two halves of scan(): the reading (rights checked), then the judging, which touches no
    // database and may run on another thread.
    static Result<DuplicateScanInput> readForScan(const Session &session, MatchBand minimum = MatchBand::Possible);
    static QList<DuplicatePair> scan(const DuplicateScanInput &input);
    // In-memory: the pairs among `records` (tests, the corruption benchmark).
    static QList<DuplicatePair> scan(const QList<IdentityRecord> &records, MatchBand minimum = MatchBand::Possible);
    // The records likely to be `candidate` (a record being typed, or a new one), through the
    // stored blocking keys: what the desk sees before saving.
    static Result<QList<DuplicatePair>> candidatesFor(const Database &db, const IdentityRecord &candidate,
                                                      MatchBand minimum = MatchBand::Possible);
    static Result<QList<DuplicatePair>> candidatesFor(const Session &session, const IdentityRecord &candidate,
                                                      MatchBand minimum = MatchBand::Possible);

private:
    // compare(), with the words for the person who decides only when `texts`.
    static MatchResult judge(const IdentityRecord &a, const IdentityRecord &b, bool texts);
};

} // namespace guichet
