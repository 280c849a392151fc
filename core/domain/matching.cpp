#include "matching.h"

#include "domain/names.h"
#include "domain/nir.h"
#include "domain/niss.h"

#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

} // namespace

QString Matching::phonetic(const QString &name)
{
    QString s = Names::fold(name);
    s.remove(u' ');
    if (s.isEmpty())
        return s;
    // Spellings that sound the same in French (and Flemish names as the desk hears them).
    static const std::pair<QString, QString> rules[] = {
        {u"sch"_s, u"S"_s}, {u"ch"_s, u"S"_s},  {u"sh"_s, u"S"_s},  {u"ph"_s, u"f"_s},  {u"th"_s, u"t"_s},
        {u"qu"_s, u"k"_s},  {u"ck"_s, u"k"_s},  {u"gu"_s, u"g"_s},  {u"gn"_s, u"n"_s},  {u"eau"_s, u"o"_s},
        {u"au"_s, u"o"_s},  {u"ou"_s, u"u"_s},  {u"oe"_s, u"e"_s},  {u"ae"_s, u"e"_s},  {u"ai"_s, u"e"_s},
        {u"ei"_s, u"e"_s},  {u"ij"_s, u"i"_s},  {u"y"_s, u"i"_s},   {u"bv"_s, u"v"_s},  {u"w"_s, u"v"_s},
        {u"z"_s, u"s"_s},   {u"x"_s, u"ks"_s},  {u"q"_s, u"k"_s},   {u"dt"_s, u"t"_s},
    };
    for (const auto &[from, to] : rules)
        s.replace(from, to);
    // c before e/i sounds s, otherwise k; g before e/i sounds j.
    QString t;
    t.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const QChar next = i + 1 < s.size() ? s.at(i + 1) : QChar();
        if (c == u'c')
            t.append(next == u'e' || next == u'i' ? u's' : u'k');
        else if (c == u'g' && (next == u'e' || next == u'i'))
            t.append(u'j');
        else if (c != u'h')
            t.append(c);
    }
    // Silent endings: Dupont, Dupond, Renard, Roux, Martinez, Lefebvre.
    while (t.size() > 2 && (t.endsWith(u'e') || t.endsWith(u't') || t.endsWith(u'd') || t.endsWith(u's')))
        t.chop(1);
    // The first sound, then the consonants, each once.
    QString code(1, isVowel(t.at(0)) ? QChar(u'a') : t.at(0));
    for (qsizetype i = 1; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (isVowel(c) || c == code.back())
            continue;
        code.append(c);
    }
    return code.left(6);
}

double Matching::jaroWinkler(const QString &a, const QString &b)
{
    if (a == b)
        return a.isEmpty() ? 0.0 : 1.0;
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 || lb == 0)
        return 0.0;
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    std::vector<char> ma(size_t(la), 0);
    std::vector<char> mb(size_t(lb), 0);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(lb - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!mb[size_t(j)] && a.at(i) == b.at(j)) {
                ma[size_t(i)] = mb[size_t(j)] = 1;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < la; ++i) {
        if (!ma[size_t(i)])
            continue;
        while (!mb[size_t(j)])
            ++j;
        if (a.at(i) != b.at(j))
            ++transpositions;
        ++j;
    }
    const double m = double(matches);
    const double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a.at(prefix) == b.at(prefix))
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

bool Matching::isParticle(const QString &token)
{
    static const QSet<QString> particles = {u"de"_s,  u"du"_s,  u"des"_s, u"la"_s,  u"le"_s,  u"les"_s,
                                            u"d"_s,   u"l"_s,   u"van"_s, u"von"_s, u"der"_s, u"den"_s,
                                            u"het"_s, u"ter"_s, u"ten"_s, u"da"_s,  u"di"_s,  u"del"_s,
                                            u"dos"_s, u"das"_s, u"do"_s,  u"el"_s,  u"al"_s,  u"vanden"_s,
                                            u"vander"_s};
    return particles.contains(token);
}

IdentityRecord IdentityRecord::from(const Patient &p, qint64 rowid)
{
    IdentityRecord r;
    r.id = p.id;
    r.rowid = rowid;
    r.birthTokens = Names::fold(p.birthName).split(u' ', Qt::SkipEmptyParts);
    r.usageTokens = Names::fold(p.usageName).split(u' ', Qt::SkipEmptyParts);
    r.firstNames = Names::fold(p.firstNames).split(u' ', Qt::SkipEmptyParts);
    for (const QString &used : Names::fold(p.usedFirstName).split(u' ', Qt::SkipEmptyParts)) {
        if (!r.firstNames.contains(used))
            r.firstNames << used;
    }
    r.birthDate = p.birthDate;
    r.sex = p.sex;
    if (!p.niss.isEmpty() && Niss::parse(p.niss).ok())
        r.niss = p.niss;
    if (!p.nir.isEmpty() && Nir::parse(p.nir).ok())
        r.nir = p.nir;
    QString phone = p.mobilePhone.isEmpty() ? p.otherPhone : p.mobilePhone;
    phone.remove(u'+');
    r.phone = phone;
    r.email = p.email.toLower();
    r.postcode = p.postcode.trimmed();
    r.status = p.identityStatus;
    r.origin = p.origin;
    r.blocked = p.deceased || p.homonym || p.doubtful;
    r.createdAt = p.createdAt;
    return r;
}

QStringList IdentityRecord::keys() const
{
    QStringList keys;
    if (!birthDate.isValid())
        return keys;
    const int d = birthDate.day();
    const int m = birthDate.month();
    const QString year = QString::number(birthDate.year());
    // Day and month in either order: a swap lands in the same block.
    const QString dayMonth = QString::number(std::min(d, m) * 100 + std::max(d, m));
    QStringList surnames;
    for (const QStringList *tokens : {&birthTokens, &usageTokens}) {
        for (const QString &t : *tokens) {
            if (!Matching::isParticle(t) && t.size() > 1)
                surnames << Matching::phonetic(t);
        }
        QString glued = tokens->join(QString());
        if (!glued.isEmpty())
            surnames << Matching::phonetic(glued);
    }
    surnames.removeDuplicates();
    const QString month = QString::number(m);
    const QString day = QString::number(d);
    for (const QString &s : std::as_const(surnames)) {
        keys << u"n:"_s + s + u':' + year + u':' + dayMonth; // the whole date, day and month either way
        // One part of the date mistyped: the other two agree.
        keys << u"d:"_s + s + u':' + year + u':' + month; // a typo in the day
        keys << u"m:"_s + s + u':' + year + u':' + day; // a typo in the month
        keys << u"y:"_s + s + u':' + dayMonth; // a typo in the year
    }
    // A surname mistyped beyond its sound: the first name and the exact date.
    if (!firstNames.isEmpty())
        keys << u"f:"_s + Matching::phonetic(firstNames.first()) + u':' + birthDate.toString(Qt::ISODate);
    if (!niss.isEmpty())
        keys << u"niss:"_s + niss;
    if (!nir.isEmpty())
        keys << u"nir:"_s + nir.left(13);
    if (phone.size() >= 8)
        keys << u"p:"_s + phone;
    keys.removeDuplicates();
    return keys;
}

} // namespace guichet
