#include "core/domain/matching.h"

#include "core/domain/names.h"
#include "core/domain/nir.h"
#include "core/domain/niss.h"

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
    const QString folded = Names::fold(name);
    // One pass over the letters, spellings that sound the same in French (and Flemish names
    // as the desk hears them) rewritten as they are met: this runs for every record indexed.
    QString t;
    t.reserve(folded.size() + 2);
    const qsizetype n = folded.size();
    auto at = [&](qsizetype i) -> char16_t { return i < n ? folded.at(i).unicode() : u'\0'; };
    for (qsizetype i = 0; i < n;) {
        const char16_t c = at(i);
        const char16_t c1 = at(i + 1);
        const char16_t c2 = at(i + 2);
        if (c == u' ') {
            ++i;
        } else if (c == u's' && c1 == u'c' && c2 == u'h') {
            t.append(u'S');
            i += 3;
        } else if ((c == u'c' || c == u's') && c1 == u'h') {
            t.append(u'S');
            i += 2;
        } else if (c == u'e' && c1 == u'a' && c2 == u'u') {
            t.append(u'o');
            i += 3;
        } else if (c == u'p' && c1 == u'h') {
            t.append(u'f');
            i += 2;
        } else if ((c == u't' && c1 == u'h') || (c == u'd' && c1 == u't')) {
            t.append(u't');
            i += 2;
        } else if ((c == u'q' && c1 == u'u') || (c == u'c' && c1 == u'k')) {
            t.append(u'k');
            i += 2;
        } else if (c == u'g' && c1 == u'u') {
            t.append(u'g');
            i += 2;
        } else if (c == u'g' && c1 == u'n') {
            t.append(u'n');
            i += 2;
        } else if (c == u'a' && c1 == u'u') {
            t.append(u'o');
            i += 2;
        } else if (c == u'o' && c1 == u'u') {
            t.append(u'u');
            i += 2;
        } else if ((c == u'o' || c == u'a') && c1 == u'e') {
            t.append(u'e');
            i += 2;
        } else if ((c == u'a' || c == u'e') && c1 == u'i') {
            t.append(u'e');
            i += 2;
        } else if (c == u'i' && c1 == u'j') {
            t.append(u'i');
            i += 2;
        } else if (c == u'b' && (c1 == u'v' || c1 == u'w')) {
            t.append(u'v');
            i += 2;
        } else if (c == u'c') {
            t.append(c1 == u'e' || c1 == u'i' || c1 == u'y' ? u's' : u'k'); // c before e/i sounds s
            ++i;
        } else if (c == u'g' && (c1 == u'e' || c1 == u'i' || c1 == u'y')) {
            t.append(u'j'); // g before e/i sounds j
            ++i;
        } else if (c == u'h') {
            ++i; // silent
        } else {
            switch (c) {
            case u'y':
                t.append(u'i');
                break;
            case u'w':
                t.append(u'v');
                break;
            case u'z':
                t.append(u's');
                break;
            case u'x':
                t.append(u"ks");
                break;
            case u'q':
                t.append(u'k');
                break;
            default:
                t.append(QChar(c));
            }
            ++i;
        }
    }
    if (t.isEmpty())
        return t;
    // Silent endings: Dupont, Dupond, Renard, Roux, Martinez, Lefebvre.
    while (t.size() > 2 && (t.endsWith(u'e') || t.endsWith(u't') || t.endsWith(u'd') || t.endsWith(u's')))
        t.chop(1);
    // The first sound, then the consonants, each once.
    QString code;
    code.reserve(6); // built a letter at a time, for every record indexed
    code.append(isVowel(t.at(0)) ? QChar(u'a') : t.at(0));
    for (qsizetype i = 1; i < t.size() && code.size() < 6; ++i) {
        const QChar c = t.at(i);
        if (isVowel(c) || c == code.back())
            continue;
        code.append(c);
    }
    return code;
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
    static const QSet<QString> particles = {u"de"_s,  u"du"_s,  u"des"_s,    u"la"_s,    u"le"_s,  u"les"_s, u"d"_s,
                                            u"l"_s,   u"van"_s, u"von"_s,    u"der"_s,   u"den"_s, u"het"_s, u"ter"_s,
                                            u"ten"_s, u"da"_s,  u"di"_s,     u"del"_s,   u"dos"_s, u"das"_s, u"do"_s,
                                            u"el"_s,  u"al"_s,  u"vanden"_s, u"vander"_s};
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
    r.birthPrecision = p.birthPrecision;
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
    r.city = Names::fold(p.city);
    r.street = Names::fold(p.address).split(u' ', Qt::SkipEmptyParts);
    const auto withoutParticles = [](const QStringList &tokens) {
        QString out;
        for (const QString &t : tokens)
            if (!Matching::isParticle(t))
                out += t;
        return out.isEmpty() ? tokens.join(QString()) : out;
    };
    r.birthGlued = r.birthTokens.join(QString());
    r.birthCore = withoutParticles(r.birthTokens);
    r.usageGlued = r.usageTokens.join(QString());
    r.usageCore = withoutParticles(r.usageTokens);
    r.firstGlued = r.firstNames.join(QString());
    for (const QString &w : std::as_const(r.street)) {
        if (w.front().isDigit()) {
            if (r.houseNumber.isEmpty())
                r.houseNumber = w;
        } else {
            r.streetGlued += w;
        }
    }
    r.status = p.identityStatus;
    r.origin = p.origin;
    r.blocked = p.deceased || p.homonym || p.doubtful;
    r.createdAt = p.createdAt;
    return r;
}

QStringList IdentityRecord::keys() const
{
    QStringList keys;
    // Without the date: both names, in either order (a first name typed as the surname), in
    // the town or the postcode; the date there too (a surname changed or mistyped).
    const QString surname = !birthTokens.isEmpty() ? birthTokens.join(QString()) : usageTokens.join(QString());
    const QString town = city.isEmpty() ? QString() : Matching::phonetic(city);
    if (!surname.isEmpty() && !firstNames.isEmpty()) {
        const QString s = Matching::phonetic(surname);
        const QString f = Matching::phonetic(firstNames.first());
        const QString names = std::min(s, f) + u':' + std::max(s, f);
        if (town.isEmpty() && postcode.isEmpty())
            keys << u"n:"_s + names;
        if (!town.isEmpty())
            keys << u"nt:"_s + names + u':' + town;
        if (!postcode.isEmpty())
            keys << u"np:"_s + names + u':' + postcode;
    }
    if (birthDate.isValid() && !town.isEmpty())
        keys << u"dc:"_s + birthDate.toString(Qt::ISODate) + u':' + town;
    if (birthDate.isValid() && !postcode.isEmpty())
        keys << u"dp:"_s + birthDate.toString(Qt::ISODate) + u':' + postcode;
    // One household: the house number and the street's longest word, in the postcode or in
    // the town (either may be mistyped).
    static const QSet<QString> streetWords = {
        u"rue"_s,     u"avenue"_s, u"chaussee"_s, u"boulevard"_s, u"chemin"_s,  u"place"_s, u"allee"_s,
        u"impasse"_s, u"route"_s,  u"square"_s,   u"quai"_s,      u"straat"_s,  u"laan"_s,  u"steenweg"_s,
        u"plein"_s,   u"street"_s, u"road"_s,     u"crescent"_s,  u"circuit"_s, u"close"_s, u"drive"_s};
    QString number;
    QString longest;
    for (const QString &word : street) {
        if (number.isEmpty() && word.front().isDigit())
            number = word;
        else if (!word.front().isDigit() && word.size() > longest.size() && !streetWords.contains(word))
            longest = word;
    }
    if (!number.isEmpty() && longest.size() >= 4) {
        const QString house = number + u':' + Matching::phonetic(longest);
        if (!postcode.isEmpty())
            keys << u"ad:"_s + postcode + u':' + house;
        if (!town.isEmpty())
            keys << u"at:"_s + town + u':' + house;
    }
    if (!niss.isEmpty())
        keys << u"niss:"_s + niss;
    if (!nir.isEmpty())
        keys << u"nir:"_s + nir.left(13);
    if (phone.size() >= 8)
        keys << u"p:"_s + phone;
    if (!birthDate.isValid()) {
        keys.removeDuplicates();
        return keys;
    }
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
        if (birthPrecision == DatePrecision::Year) {
            // A year alone meets the full dates of that year through their "typo in the day"
            // keys, one per month (only such records pay for it).
            for (int everyMonth = 1; everyMonth <= 12; ++everyMonth)
                keys << u"d:"_s + s + u':' + year + u':' + QString::number(everyMonth);
            continue;
        }
        // One part of the date mistyped: the other two agree. The whole date (day and month
        // either way) needs no key of its own: records that share it share the "y" key.
        keys << u"d:"_s + s + u':' + year + u':' + month; // a typo in the day (or the day unknown)
        if (birthPrecision == DatePrecision::Month)
            continue;
        keys << u"m:"_s + s + u':' + year + u':' + day; // a typo in the month
        keys << u"y:"_s + s + u':' + dayMonth; // a typo in the year, or none
    }
    // A surname mistyped beyond its sound: the first name and the exact date.
    if (!firstNames.isEmpty())
        keys << u"f:"_s + Matching::phonetic(firstNames.first()) + u':' + birthDate.toString(Qt::ISODate);
    keys.removeDuplicates();
    return keys;
}

} // namespace guichet
