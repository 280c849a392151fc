#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QStringList>

class QTextStream;

namespace guichet {

class Session;

// The FEBRL record-linkage data sets (../shared/data/febrl, see its README) through Guichet:
// each set converted to the patient CSV and imported, then the duplicate finder's pairs
// compared with the truth of `rec_id` (rec-N-org and rec-N-dup-K are person N).
struct FebrlQuality
{
    qint64 rows = 0; // records in the FEBRL files
    qint64 imported = 0;
    qint64 incomplete = 0;
    qint64 refused = 0;
    qint64 truePairs = 0; // every pair within a person
    qint64 strongFound = 0; // certain + probable pairs proposed
    qint64 strongCorrect = 0;
    qint64 anyFound = 0; // every band
    qint64 anyCorrect = 0;
    qint64 transitiveCorrect = 0; // true pairs joined through the proposed pairs (every band)
    double seconds = 0;
    double precision() const { return strongFound ? double(strongCorrect) / double(strongFound) : 1.0; }
    double recallStrong() const { return truePairs ? double(strongCorrect) / double(truePairs) : 1.0; }
    double recallAll() const { return truePairs ? double(anyCorrect) / double(truePairs) : 1.0; }
    double recallTransitive() const { return truePairs ? double(transitiveCorrect) / double(truePairs) : 1.0; }
};

// FEBRL's columns as Guichet's import CSV (external_id = rec_id, surname = birth name, the
// date YYYYMMDD as ISO 8601, the address from its parts).
Result<QByteArray> febrlToPatientCsv(const QStringList &files, qint64 *rows = nullptr);
// Imports `files` into the session's (empty) database and measures the finder on them.
Result<FebrlQuality> measureFebrl(const Session &session, const QString &csvPath, const QStringList &files);
// guichet-bench duplicates --febrl DIR: one JSON line per set (1, 2, 3, 4 = 4a + 4b).
int benchFebrl(const QString &dir, QTextStream &out, QTextStream &err);

} // namespace guichet
