#pragma once

#include "core/base/result.h"

#include <QCoreApplication>

namespace guichet {

// A practitioner's professional number: RPPS in France, INAMI/RIZIV in Belgium.
class Registration final
{
    Q_DECLARE_TR_FUNCTIONS(Registration)
public:
    // RPPS: 11 digits whose Luhn sum is a multiple of 10. Returns the digits.
    static Result<QString> rpps(const QString &text);
    // INAMI/RIZIV: 11 digits, 1-NNNNN-CC-QQQ: CC checks the first six, 97 - (N mod 97), or
    // 89 - (N mod 89) for the numbers given since the INAMI's note of 2012 (I 2012/26).
    // QQQ is the qualification and is not checked. Returns the digits.
    static Result<QString> inami(const QString &text);
    // By the country of the practitioner's site (FR: RPPS, BE: INAMI); empty stays empty.
    static Result<QString> forCountry(const QString &country, const QString &text);
    // "1-23456-78-901" for an INAMI number, the digits otherwise.
    static QString formatted(const QString &digits, const QString &country);
};

} // namespace guichet
