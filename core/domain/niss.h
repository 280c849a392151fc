#pragma once

#include "core/base/result.h"
#include "core/domain/partialdate.h"
#include "core/domain/sex.h"

#include <QCoreApplication>
#include <QDate>

namespace guichet {

// Belgian national register number (NISS / INSZ / rijksregisternummer), or a BIS number.
struct NissInfo
{
    QString digits; // 11 digits, no separators
    QDate birthDate; // invalid when the register does not know it (month or day 00)
    int birthYear = 0; // always known (with its century)
    int birthMonth = 0; // 0: unknown to the register
    int birthDay = 0; // 0: unknown to the register
    Sex sex = Sex::Unknown; // unknown for BIS numbers attributed without sex (+20)
    bool bis = false;

    QString formatted() const; // YY.MM.DD-ccc.KK
    // The birth date as far as the register knows it: "1962", "1962-03" or the full date.
    PartialDate birth() const { return PartialDate::of(birthYear, birthMonth, birthMonth == 0 ? 0 : birthDay); }
};

class Niss final
{
    Q_DECLARE_TR_FUNCTIONS(Niss)
public:
    // Accepts the usual separators (spaces, dots, hyphens, slashes). A birth date after
    // `today` (the system's date when not given) is refused: nobody is registered before birth.
    static Result<NissInfo> parse(const QString &text, const QDate &today = {});
};

} // namespace guichet
