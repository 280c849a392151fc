#pragma once

#include <QString>

namespace guichet {

// Administrative sex as recorded on identity documents (FHIR gender codes).
enum class Sex { Unknown, Female, Male, Other };

QString sexCode(Sex sex); // "female", "male", "other", "unknown"
Sex sexFromCode(const QString &code); // also accepts F/M/H/X (French and Belgian letters)
bool isKnownSexCode(const QString &code);

} // namespace guichet
