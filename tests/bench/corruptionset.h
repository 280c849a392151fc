#pragma once

#include "core/domain/matching.h"

#include <QSet>

namespace guichet {

// A labelled set for the duplicate finder: French and Belgian people, some recorded twice
// with the errors desks make (accents lost, hyphens and particles varied, usage and birth
// names swapped, first names reordered or shortened, one-edit typos, day and month swapped,
// identifiers present on one record only), and hard negatives that must never be called
// duplicates: twins, and parents and children sharing names and a phone.
struct CorruptionSet
{
    QList<IdentityRecord> records;
    QSet<QString> duplicates; // "idA|idB", idA < idB
    QSet<QString> hardNegatives;
    static QString pairKey(const QString &a, const QString &b) { return a < b ? a + u'|' + b : b + u'|' + a; }
};

struct MatchQuality
{
    qint64 truePairs = 0;
    qint64 strongFound = 0; // certain + probable
    qint64 strongCorrect = 0;
    qint64 anyCorrect = 0; // with possible
    qint64 hardNegativesStrong = 0; // hard negatives in certain + probable: must be 0
    double precision() const { return strongFound ? double(strongCorrect) / strongFound : 1.0; }
    double recall() const { return truePairs ? double(strongCorrect) / truePairs : 1.0; }
    double recallWithPossible() const { return truePairs ? double(anyCorrect) / truePairs : 1.0; }
};

CorruptionSet makeCorruptionSet(int people, quint32 seed);
MatchQuality measureQuality(const CorruptionSet &set);
void debugQuality(const CorruptionSet &set);

} // namespace guichet
