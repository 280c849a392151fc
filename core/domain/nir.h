#pragma once

#include "core/base/result.h"
#include "core/domain/sex.h"

#include <QCoreApplication>

namespace guichet {

// French social security number (NIR, "numéro de sécurité sociale"): 13 characters and a 2-digit key.
struct NirInfo
{
    QString value; // 15 characters, upper case, no separators (2A/2B kept)
    Sex sex = Sex::Unknown;
    int birthYear = 0; // two digits as written
    int birthMonth = 0; // 0 when the civil record does not give it (pseudo-months 20, 30-42, 50-99)
    QString department; // "75", "2A", "99" (born abroad)
    bool provisional = false; // 7 or 8: temporary registration number (NIA)

    QString formatted() const; // S AA MM DD CCC OOO KK
};

class Nir final
{
    Q_DECLARE_TR_FUNCTIONS(Nir)
public:
    static Result<NirInfo> parse(const QString &text);
};

} // namespace guichet
