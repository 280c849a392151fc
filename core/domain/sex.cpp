#include "core/domain/sex.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace guichet {

QString sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return u"female"_s;
    case Sex::Male:
        return u"male"_s;
    case Sex::Other:
        return u"other"_s;
    case Sex::Unknown:
        break;
    }
    return u"unknown"_s;
}

Sex sexFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"female"_s || c == u"f"_s)
        return Sex::Female;
    if (c == u"male"_s || c == u"m"_s || c == u"h"_s)
        return Sex::Male;
    if (c == u"other"_s || c == u"x"_s)
        return Sex::Other;
    return Sex::Unknown;
}

bool isKnownSexCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    static const QStringList known = {u"female"_s, u"f"_s, u"male"_s, u"m"_s, u"h"_s, u"other"_s, u"x"_s, u"unknown"_s};
    return known.contains(c);
}

} // namespace guichet
