// Finding a patient as a secretary types: the words folded, matched in the FTS index (words typed
// whole, then their beginnings), a birth date or year narrowing them, ranked by closeness.
#include "core/domain/names.h"
#include "core/store/patientrepository.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace guichet {

QString PatientRepository::matchExpression(const QString &typed)
{
    QString text = typed.trimmed();
    // A birth date typed as 12/03/1980, 12.03.1980 or 12-03-1980 is indexed as 12031980.
    static const QRegularExpression date(u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"_s);
    if (const auto m = date.match(text); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return u'"' + d.toString(u"ddMMyyyy"_s) + u'"';
    }
    // Phone numbers and ids typed with spaces or dots: "06 12 34", "+33 6 12", "85.07.30-033.28".
    static const QRegularExpression digitsOnly(u"^[+\\d][\\d .\\-/]*$"_s);
    if (digitsOnly.match(text).hasMatch()) {
        QString digits;
        for (const QChar c : text)
            if (c.isDigit())
                digits.append(c);
        if (digits.isEmpty())
            return {};
        // Phones are indexed in international form: "0470 12" is also 32470 12 or 33470 12,
        // "0032 470" is 32470. The digits as typed stay (a date, a NISS may start with 0).
        QStringList alternatives{u'"' + digits + u"\"*"_s};
        if (digits.startsWith(u"00"_s) && digits.size() > 2)
            alternatives << u'"' + digits.mid(2) + u"\"*"_s;
        else if (digits.startsWith(u'0') && digits.size() > 1)
            alternatives << u"\"32"_s + digits.mid(1) + u"\"*"_s << u"\"33"_s + digits.mid(1) + u"\"*"_s;
        return alternatives.join(u" OR "_s);
    }
    const QStringList words = Names::fold(text).split(u' ', Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &w : words)
        terms << u'"' + w + u"\"*"_s; // folded words hold only letters and digits
    return terms.join(u' ');
}

namespace {

// What a secretary types to find someone: names (folded words), and perhaps a birth date
// ("12/03/1980", "1980-03-12") or a year ("1980") among them.
struct TypedSearch
{
    QStringList words;
    QString dateToken; // ddMMyyyy, as indexed
    int year = 0;
};

TypedSearch parseTyped(const QString &text)
{
    static const QRegularExpression dayFirst(u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"_s);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    static const QRegularExpression yearOnly(u"^(19|20)\\d{2}$"_s);
    TypedSearch out;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
        QDate date;
        if (const auto m = dayFirst.match(part); m.hasMatch())
            date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        else if (const auto i = iso.match(part); i.hasMatch())
            date = QDate(i.captured(1).toInt(), i.captured(2).toInt(), i.captured(3).toInt());
        if (date.isValid()) {
            out.dateToken = date.toString(u"ddMMyyyy"_s);
            continue;
        }
        if (yearOnly.match(part).hasMatch()) {
            out.year = part.toInt();
            continue;
        }
        out.words << Names::fold(part).split(u' ', Qt::SkipEmptyParts);
    }
    return out;
}

// How close a record is to what was typed, best first: the birth name and the first name both
// typed whole, then a name (birth or usage) typed whole, then the name's start typed first, then the rest.
int closeness(const Patient &p, const QStringList &words)
{
    const QStringList births = Names::fold(p.birthName).split(u' ', Qt::SkipEmptyParts);
    const QStringList names =
        QString(Names::fold(p.birthName) + u' ' + Names::fold(p.usageName)).split(u' ', Qt::SkipEmptyParts);
    const QStringList firsts =
        QString(Names::fold(p.firstNames) + u' ' + Names::fold(p.usedFirstName)).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return 0;
    bool birthWhole = false;
    bool nameWhole = false;
    bool firstWhole = false;
    bool everyWordWhole = true;
    for (const QString &w : words) {
        const bool inNames = names.contains(w);
        const bool inFirsts = firsts.contains(w);
        birthWhole = birthWhole || births.contains(w);
        nameWhole = nameWhole || inNames;
        firstWhole = firstWhole || inFirsts;
        everyWordWhole = everyWordWhole && (inNames || inFirsts);
    }
    if (everyWordWhole && birthWhole && (firstWhole || words.size() == 1))
        return 0;
    if (nameWhole)
        return 1;
    for (const QString &name : names)
        if (name.startsWith(words.first()))
            return 2;
    return 3;
}

// Alphabetical among equals: birth name, first names, then birth date.
QString nameKey(const Patient &p)
{
    return Names::fold(p.birthName) + QChar(1) + Names::fold(p.firstNames) + QChar(1) + p.birth().toIso();
}

} // namespace

QList<Patient> PatientRepository::search(const QString &text, int limit) const
{
    const TypedSearch typed = parseTyped(text.trimmed());
    const bool letters = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
    if (!letters || typed.words.isEmpty()) {
        // Digits alone (a phone, a NISS, a date typed alone): as the index has them.
        const QString match = matchExpression(text);
        if (match.isEmpty())
            return {};
        QList<Patient> found = selectWhere(u"rowid IN (SELECT rowid FROM patient_search WHERE patient_search "
                                           "MATCH ? LIMIT ?) AND active = 1"_s,
                                           {match, limit});
        std::sort(found.begin(), found.end(),
                  [](const Patient &a, const Patient &b) { return nameKey(a) < nameKey(b); });
        return found;
    }
    // The words typed whole first (LEJEUNE Marc among a thousand Marcs), then as beginnings of
    // words; a year typed keeps those born that year. The FTS index answers in rowid order:
    // each query reads a bounded number of rows, ranked after.
    QString yearFilter;
    QVariantList yearValues;
    if (typed.year > 0) {
        // "1962", "1962-03" and "1962-03-15" all sort between "1962" and "1963".
        yearFilter = u" AND birth_date >= ? AND birth_date < ?"_s;
        yearValues << QString::number(typed.year) << QString::number(typed.year + 1);
    }
    const int window = typed.year > 0 ? 20000 : std::max(limit * 4, 200);
    QList<Patient> found;
    QSet<QString> seen;
    for (const bool prefixes : {false, true}) {
        QStringList terms;
        for (const QString &w : typed.words)
            terms << u'"' + w + (prefixes ? u"\"*"_s : u"\""_s); // folded words hold only letters and digits
        if (!typed.dateToken.isEmpty())
            terms << u'"' + typed.dateToken + u'"';
        QVariantList values{terms.join(u' '), window};
        values << yearValues << limit * 4;
        for (Patient &p : selectWhere(u"rowid IN (SELECT rowid FROM patient_search WHERE patient_search MATCH ? "
                                      "LIMIT ?) AND active = 1"_s
                                          + yearFilter + u" LIMIT ?"_s,
                                      values))
            if (!seen.contains(p.id)) {
                seen.insert(p.id);
                found << std::move(p);
            }
    }
    std::vector<std::pair<int, QString>> keys;
    keys.reserve(size_t(found.size()));
    for (const Patient &p : std::as_const(found))
        keys.emplace_back(closeness(p, typed.words), nameKey(p));
    std::vector<qsizetype> order(size_t(found.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&keys](qsizetype a, qsizetype b) { return keys[size_t(a)] < keys[size_t(b)]; });
    QList<Patient> ranked;
    for (const qsizetype i : order) {
        if (ranked.size() == limit)
            break;
        ranked << found.at(i);
    }
    return ranked;
}

} // namespace guichet
