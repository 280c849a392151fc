#pragma once

#include "core/domain/patient.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

// The pieces of identity matching: a phonetic code for French and Belgian names, string
// similarity, and the folded forms of a patient the duplicate finder compares.
class Matching final
{
public:
    // A code that sounds-alike names share: "Dupont", "Dupond", "DUPONT" -> one code;
    // "Lefèvre", "Lefebvre" -> one code. Input is folded first.
    static QString phonetic(const QString &name);
    // Jaro-Winkler similarity in [0, 1].
    static double jaroWinkler(const QString &a, const QString &b);
    // Surname particles that people write, drop or glue: de, du, van, le, da, ...
    static bool isParticle(const QString &token);
};

// A patient reduced to what identity matching reads, computed once per record.
struct IdentityRecord
{
    QString id;
    qint64 rowid = 0;
    QStringList birthTokens; // folded words of the birth name
    QStringList usageTokens;
    QStringList firstNames; // folded words of the first names (and the one used, when not among them)
    QDate birthDate; // the first day of what is known
    DatePrecision birthPrecision = DatePrecision::Day;
    Sex sex = Sex::Unknown;
    QString niss; // valid ones only
    QString nir;
    QString phone; // digits of the mobile, else the other phone
    QString email; // lower case
    QString postcode;
    QString city; // folded
    QStringList street; // folded words of the address
    // Computed once for the comparisons: names glued, and without their particles.
    QString birthGlued, birthCore, usageGlued, usageCore, firstGlued;
    QString streetGlued; // the address's words but the number, glued
    QString houseNumber; // the address's first number
    IdentityStatus status = IdentityStatus::Provisional;
    PatientOrigin origin = PatientOrigin::Desk;
    bool blocked = false; // deceased, homonym or doubtful: never merged
    QDateTime createdAt;

    static IdentityRecord from(const Patient &patient, qint64 rowid = 0);
    // The blocking keys: two records that may be the same person share at least one.
    QStringList keys() const;
    // Raised whenever keys() changes: stored keys of an older version are rebuilt on opening.
    static constexpr int KeysVersion = 5;
};

} // namespace guichet
