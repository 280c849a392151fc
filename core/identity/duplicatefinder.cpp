#include "core/identity/duplicatefinder.h"

#include "core/store/database.h"
#include "core/store/patientrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// Words of a surname without particles, glued: "de la Fontaine" and "Lafontaine" meet.
QString core(const QStringList &tokens)
{
    QString out;
    for (const QString &t : tokens) {
        if (!Matching::isParticle(t))
            out += t;
    }
    return out.isEmpty() ? tokens.join(QString()) : out;
}

double surnameSimilarity(const QStringList &x, const QStringList &y)
{
    if (x.isEmpty() || y.isEmpty())
        return 0;
    double best =
        std::max(Matching::jaroWinkler(x.join(QString()), y.join(QString())), Matching::jaroWinkler(core(x), core(y)));
    // A compound name against one of its parts ("Dupont-Martin" and "Dupont").
    const QStringList &shorter = x.size() <= y.size() ? x : y;
    const QStringList &longer = x.size() <= y.size() ? y : x;
    bool contained = true;
    int significant = 0;
    for (const QString &t : shorter) {
        if (Matching::isParticle(t))
            continue;
        ++significant;
        contained = contained && longer.contains(t);
    }
    if (contained && significant > 0 && shorter.size() < longer.size())
        best = std::max(best, 0.93);
    return best;
}

// Equal sets, one set inside the other (shortened), or every word of the shorter one
// close to a word of the other (typos, reordering).
struct FirstNames
{
    double score = 0;
    bool differ = false; // not the same first names even allowing typos and shortening
};

// At most one letter replaced, dropped, added, or two neighbours swapped.
bool oneEdit(const QString &a, const QString &b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (std::abs(la - lb) > 1)
        return false;
    qsizetype i = 0;
    while (i < la && i < lb && a.at(i) == b.at(i))
        ++i;
    if (i == la && i == lb)
        return true;
    if (la == lb) {
        if (a.mid(i + 1) == b.mid(i + 1))
            return true; // replaced
        return i + 1 < la && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i) && a.mid(i + 2) == b.mid(i + 2);
    }
    return la > lb ? a.mid(i + 1) == b.mid(i) : a.mid(i) == b.mid(i + 1);
}

// A first name typed with a slip: close by Jaro-Winkler, or one edit apart when long
// enough that one edit does not make another name (Léa and Léo are two people).
bool sameFirstName(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    if (std::min(a.size(), b.size()) >= 4 && oneEdit(a, b))
        return true;
    return std::min(a.size(), b.size()) >= 5 && Matching::jaroWinkler(a, b) >= 0.93;
}

FirstNames firstNameSimilarity(const QStringList &x, const QStringList &y)
{
    FirstNames out;
    if (x.isEmpty() || y.isEmpty())
        return out;
    const QSet<QString> sx(x.begin(), x.end());
    const QSet<QString> sy(y.begin(), y.end());
    if (sx == sy) {
        out.score = 1.0;
        return out;
    }
    const QStringList &shorter = x.size() <= y.size() ? x : y;
    const QStringList &longer = x.size() <= y.size() ? y : x;
    bool allExact = true;
    bool allClose = true;
    for (const QString &s : shorter) {
        allExact = allExact && longer.contains(s);
        bool close = false;
        for (const QString &l : longer)
            close = close || sameFirstName(s, l);
        allClose = allClose && close;
    }
    // The first given name leads: "Marie Claire" shortened to "Marie" is the same person;
    // "Louis" against "Hugo Louis" may be a twin.
    const bool sameFirst = sameFirstName(x.first(), y.first()) || sx == sy;
    const double glued = Matching::jaroWinkler(x.join(QString()), y.join(QString()));
    if (allExact && sameFirst) {
        out.score = 0.95;
    } else if (allClose && sameFirst) {
        out.score = 0.92;
    } else if (glued >= 0.95 && x.join(QString()).size() >= 6) {
        out.score = 0.9; // "Jean Pierre" and "Jeanpierre"
    } else {
        out.score = 0.7 * std::max(glued, Matching::jaroWinkler(x.first(), y.first()));
        out.differ = true;
    }
    return out;
}

// 1 equal, 0.9 day and month swapped, 0.85 one digit wrong, 0 otherwise.
double dateSimilarity(const QDate &a, const QDate &b)
{
    if (!a.isValid() || !b.isValid())
        return 0;
    if (a == b)
        return 1.0;
    if (a.year() == b.year() && a.day() == b.month() && a.month() == b.day())
        return 0.9;
    // The eight digits of yyyyMMdd, compared without formatting text (this runs per pair).
    int x[8];
    int y[8];
    auto digits = [](const QDate &d, int *out) {
        int v = d.year() * 10000 + d.month() * 100 + d.day();
        for (int i = 7; i >= 0; --i) {
            out[i] = v % 10;
            v /= 10;
        }
    };
    digits(a, x);
    digits(b, y);
    int differences = 0;
    for (int i = 0; i < 8; ++i)
        differences += x[i] != y[i] ? 1 : 0;
    if (differences == 1)
        return 0.85;
    // Two adjacent digits swapped (1985 -> 1958).
    if (differences == 2) {
        for (int i = 0; i + 1 < 8; ++i) {
            if (x[i] != y[i] && x[i] == y[i + 1] && x[i + 1] == y[i])
                return 0.85;
        }
    }
    return 0;
}

// Two addresses that are one, typed twice: most words of the shorter found in the other
// (typos allowed, order free), or the same letters once spaces are dropped.
bool sameAddress(const QStringList &x, const QStringList &y)
{
    if (x.size() < 2 || y.size() < 2)
        return false;
    // Two house numbers that differ beyond a slip are two houses of one street.
    const auto number = [](const QStringList &words) {
        for (const QString &w : words)
            if (w.front().isDigit())
                return w;
        return QString();
    };
    const QString nx = number(x);
    const QString ny = number(y);
    if (!nx.isEmpty() && !ny.isEmpty() && nx != ny && !(nx.size() >= 2 && ny.size() >= 2 && oneEdit(nx, ny)))
        return false;
    // The street's words glued (spaces typed or lost), the number apart.
    const auto glued = [](const QStringList &words) {
        QString g;
        for (const QString &w : words)
            if (!w.front().isDigit())
                g += w;
        return g;
    };
    const QString gx = glued(x);
    const QString gy = glued(y);
    if (std::min(gx.size(), gy.size()) >= 8 && (gx == gy || Matching::jaroWinkler(gx, gy) >= 0.93))
        return true;
    // Words that say something ("rue", "de", "st" do not), found in the other address.
    const auto significant = [](const QString &w) { return w.size() >= 4 || w.front().isDigit(); };
    QStringList sx, sy;
    for (const QString &w : x)
        if (significant(w))
            sx << w;
    for (const QString &w : y)
        if (significant(w))
            sy << w;
    const QStringList &shorter = sx.size() <= sy.size() ? sx : sy;
    const QStringList &longer = sx.size() <= sy.size() ? sy : sx;
    int found = 0;
    for (const QString &t : shorter) {
        for (const QString &l : longer) {
            if (t == l || (std::min(t.size(), l.size()) >= 4 && oneEdit(t, l))) {
                ++found;
                break;
            }
        }
    }
    return found >= 2 && found * 4 >= shorter.size() * 3;
}

bool sameTown(const IdentityRecord &a, const IdentityRecord &b)
{
    if (a.city.isEmpty() || b.city.isEmpty())
        return false;
    return a.city == b.city || (std::min(a.city.size(), b.city.size()) >= 5 && oneEdit(a.city, b.city))
        || Matching::jaroWinkler(a.city, b.city) >= 0.93;
}

} // namespace

QString DuplicateFinder::bandCode(MatchBand band)
{
    switch (band) {
    case MatchBand::Certain:
        return u"certain"_s;
    case MatchBand::Probable:
        return u"probable"_s;
    case MatchBand::Possible:
        return u"possible"_s;
    case MatchBand::None:
        break;
    }
    return u"none"_s;
}

QString DuplicateFinder::bandLabel(MatchBand band)
{
    switch (band) {
    case MatchBand::Certain:
        return tr("Certain");
    case MatchBand::Probable:
        return tr("Probable");
    case MatchBand::Possible:
        return tr("Possible");
    case MatchBand::None:
        break;
    }
    return tr("Different");
}

MatchResult DuplicateFinder::compare(const IdentityRecord &a, const IdentityRecord &b)
{
    MatchResult m;
    // Surnames: birth and usage names crossed (one record has the usage name where the other has the birth name).
    for (const QStringList *x : {&a.birthTokens, &a.usageTokens}) {
        for (const QStringList *y : {&b.birthTokens, &b.usageTokens})
            m.surname = std::max(m.surname, surnameSimilarity(*x, *y));
    }
    const FirstNames first = firstNameSimilarity(a.firstNames, b.firstNames);
    m.firstName = first.score;
    m.birthDate = dateSimilarity(a.birthDate, b.birthDate);
    const bool samePhone = !a.phone.isEmpty() && a.phone == b.phone;
    const bool sameEmail = !a.email.isEmpty() && a.email == b.email;
    m.score = 0.35 * m.surname + 0.30 * m.firstName + 0.30 * m.birthDate + ((samePhone || sameEmail) ? 0.05 : 0.0);

    // Identifiers: the same valid number is strong evidence; two different ones are two people.
    const bool nissBoth = !a.niss.isEmpty() && !b.niss.isEmpty();
    const bool nirBoth = !a.nir.isEmpty() && !b.nir.isEmpty();
    const bool sameNiss = nissBoth && a.niss == b.niss;
    const bool sameNir = nirBoth && a.nir.left(13) == b.nir.left(13);
    m.sameIdentifier = sameNiss || sameNir;
    if (sameNiss)
        m.evidence << tr("same NISS");
    if (sameNir)
        m.evidence << tr("same NIR");
    if (nissBoth && !sameNiss)
        m.blockers << tr("different NISS numbers");
    if (nirBoth && !sameNir)
        m.blockers << tr("different NIR numbers");
    if (a.sex != Sex::Unknown && b.sex != Sex::Unknown && a.sex != b.sex)
        m.blockers << tr("different sexes");
    if (m.surname >= 0.9 && m.birthDate >= 0.999 && first.differ)
        m.blockers << tr("same name and birth date but different first names: possible twins");
    if (a.birthDate.isValid() && b.birthDate.isValid() && m.birthDate == 0)
        m.blockers << tr("birth dates too far apart for a typo");
    if (a.blocked || b.blocked)
        m.blockers << tr("a record is marked deceased, homonym or doubtful");

    if (m.surname >= 0.95)
        m.evidence << tr("same surname");
    else if (m.surname >= 0.85)
        m.evidence << tr("close surnames");
    if (m.firstName >= 0.999)
        m.evidence << tr("same first names");
    else if (m.firstName >= 0.9)
        m.evidence << tr("close first names");
    if (m.birthDate >= 0.999)
        m.evidence << tr("same birth date");
    else if (m.birthDate >= 0.9)
        m.evidence << tr("birth date with day and month swapped");
    else if (m.birthDate > 0)
        m.evidence << tr("birth date one digit apart");
    if (samePhone)
        m.evidence << tr("same phone");
    if (sameEmail)
        m.evidence << tr("same e-mail");

    // Each trait short of equal is a weakness; two people who merely share a common name
    // differ in one or two of them. Several weaknesses need corroboration (a phone, an
    // e-mail, an identifier), and contact details that disagree weigh against.
    const bool birthNamesAgree = surnameSimilarity(a.birthTokens, b.birthTokens) >= 0.85;
    const int weaknesses =
        (m.birthDate < 0.999 ? 1 : 0) + (m.firstName < 0.999 ? 1 : 0) + (m.surname < 0.95 || !birthNamesAgree ? 1 : 0);
    const bool corroborated = samePhone || sameEmail || m.sameIdentifier;
    const bool phonesDisagree = !a.phone.isEmpty() && !b.phone.isEmpty() && !samePhone;
    const bool emailsDisagree = !a.email.isEmpty() && !b.email.isEmpty() && !sameEmail;
    const bool addressesDisagree = !a.postcode.isEmpty() && !b.postcode.isEmpty() && a.postcode != b.postcode;
    const bool contactsDisagree = (phonesDisagree || emailsDisagree || addressesDisagree) && !corroborated;
    const bool strongTraits = m.score >= 0.88 && m.surname >= 0.85 && m.firstName >= 0.9 && m.birthDate >= 0.85;
    const bool exactDate = m.birthDate >= 0.999;
    const bool enough = weaknesses == 0 || (weaknesses == 1 && !contactsDisagree)
        || (weaknesses == 2 && (corroborated || (exactDate && !contactsDisagree)));
    // "Possible" is for a person to look at: two of the three strict traits agree (the names
    // may be crossed) and the third is missing, or differs while the address agrees.
    const bool surnameMissing =
        (a.birthTokens.isEmpty() && a.usageTokens.isEmpty()) || (b.birthTokens.isEmpty() && b.usageTokens.isEmpty());
    const bool firstMissing = a.firstNames.isEmpty() || b.firstNames.isEmpty();
    const bool dateMissing = !a.birthDate.isValid() || !b.birthDate.isValid();
    const auto crossed = [](const QStringList &first, const QStringList &surname) {
        return first.isEmpty() || surname.isEmpty()
            ? 0.0
            : Matching::jaroWinkler(first.join(QString()), surname.join(QString()));
    };
    const double crossA = crossed(a.firstNames, b.birthTokens);
    const double crossB = crossed(b.firstNames, a.birthTokens);
    const bool namesCrossed = crossA >= 0.85 && crossB >= 0.85 && crossA + crossB >= 1.8;
    const bool surnameAgrees = m.surname >= 0.85 || namesCrossed;
    const bool firstAgrees = m.firstName >= 0.9 || namesCrossed;
    const bool dateAgrees = m.birthDate >= 0.85;
    const bool place = sameAddress(a.street, b.street);
    const bool town = place || sameTown(a, b);
    if (namesCrossed)
        m.evidence << tr("first name and surname crossed");
    if (place)
        m.evidence << tr("same address");
    const int agreeing = int(surnameAgrees) + int(firstAgrees) + int(dateAgrees);
    const int missing = int(surnameMissing) + int(firstMissing) + int(dateMissing);
    // At one address, an incomplete record with what it has in agreement (a name or the date),
    // or two records born the same day, are worth a look too.
    const bool reviewable = (agreeing == 3 && (town || corroborated))
        || (agreeing == 2 && missing == 1 && (dateAgrees || town || corroborated))
        || (agreeing == 2 && (place || corroborated)) || (place && agreeing >= 1 && agreeing + missing >= 2)
        || (place && m.birthDate >= 0.999);
    if (m.blockers.isEmpty() && m.sameIdentifier && m.surname >= 0.8 && m.firstName >= 0.9 && m.birthDate >= 0.85)
        m.band = MatchBand::Certain;
    else if (m.blockers.isEmpty() && strongTraits && enough)
        m.band = MatchBand::Probable;
    else if (m.score >= 0.72 || (m.sameIdentifier && m.score >= 0.5) || reviewable)
        m.band = MatchBand::Possible;
    if (contactsDisagree && m.band >= MatchBand::Possible)
        m.evidence << tr("different contact details");
    return m;
}

QList<DuplicatePair> DuplicateFinder::scan(const QList<IdentityRecord> &records, MatchBand minimum)
{
    // Blocks: (key hash, record) sorted, each run of one key a block. A key shared by too
    // many records (a clinic's phone number) says nothing and is left out.
    constexpr size_t kMaxBlock = 300;
    std::vector<std::pair<qint64, int>> keyed;
    keyed.reserve(size_t(records.size()) * 12);
    for (int i = 0; i < records.size(); ++i) {
        for (const QString &key : records.at(i).keys())
            keyed.emplace_back(PatientRepository::keyHash(key), i);
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<quint64> candidates;
    for (size_t run = 0; run < keyed.size();) {
        size_t end = run + 1;
        while (end < keyed.size() && keyed[end].first == keyed[run].first)
            ++end;
        if (end - run >= 2 && end - run <= kMaxBlock) {
            for (size_t x = run; x < end; ++x) {
                for (size_t y = x + 1; y < end; ++y) {
                    const int i = std::min(keyed[x].second, keyed[y].second);
                    const int j = std::max(keyed[x].second, keyed[y].second);
                    if (i != j)
                        candidates.push_back((quint64(quint32(i)) << 32) | quint32(j));
                }
            }
        }
        run = end;
    }
    keyed = {};
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    QList<DuplicatePair> out;
    for (const quint64 pair : candidates) {
        const IdentityRecord &ri = records.at(int(pair >> 32));
        const IdentityRecord &rj = records.at(int(pair & 0xffffffffu));
        // Most pairs sharing a phone or a town are relatives or strangers: known birth dates
        // apart, no common identifier and not one address cannot reach "possible"; not worth
        // comparing names.
        if (ri.birthDate.isValid() && rj.birthDate.isValid() && dateSimilarity(ri.birthDate, rj.birthDate) == 0
            && !((!ri.niss.isEmpty() && ri.niss == rj.niss)
                 || (!ri.nir.isEmpty() && ri.nir.left(13) == rj.nir.left(13)))
            && !(((!ri.postcode.isEmpty() && ri.postcode == rj.postcode) || (!ri.city.isEmpty() && ri.city == rj.city))
                 && sameAddress(ri.street, rj.street)))
            continue;
        MatchResult m = compare(ri, rj);
        if (m.band != MatchBand::None && m.band >= minimum)
            out.append({ri.id, rj.id, std::move(m)});
    }
    std::sort(out.begin(), out.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        return x.match.band != y.match.band ? x.match.band > y.match.band : x.match.score > y.match.score;
    });
    return out;
}

namespace {

QList<IdentityRecord> loadRecords(const Database &db, const QString &where, const QVariantList &values)
{
    QList<IdentityRecord> out;
    auto r = db.exec(uR"(SELECT rowid, id, birth_name, usage_name, first_names, used_first_name, birth_date, sex, niss,
               nir, mobile_phone, other_phone, email, identity_status, origin, deceased, homonym, doubtful, created_at,
               postcode, city, address
        FROM patients WHERE active = 1 )"_s
                         + where,
                     values);
    while (r && r->next()) {
        const QSqlQuery &q = r.value();
        Patient p;
        p.id = q.value(1).toString();
        p.birthName = q.value(2).toString();
        p.usageName = q.value(3).toString();
        p.firstNames = q.value(4).toString();
        p.usedFirstName = q.value(5).toString();
        p.birthDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        p.sex = sexFromCode(q.value(7).toString());
        p.niss = q.value(8).toString();
        p.nir = q.value(9).toString();
        p.mobilePhone = q.value(10).toString();
        p.otherPhone = q.value(11).toString();
        p.email = q.value(12).toString();
        p.identityStatus = IdentityStatuses::fromCode(q.value(13).toString()).value_or(IdentityStatus::Provisional);
        p.origin = q.value(14).toString();
        p.deceased = q.value(15).toBool();
        p.homonym = q.value(16).toBool();
        p.doubtful = q.value(17).toBool();
        p.createdAt = QDateTime::fromSecsSinceEpoch(q.value(18).toLongLong(), Qt::UTC);
        p.postcode = q.value(19).toString();
        p.city = q.value(20).toString();
        p.address = q.value(21).toString();
        out << IdentityRecord::from(p, q.value(0).toLongLong());
    }
    return out;
}

QSet<QString> notDuplicates(const Database &db)
{
    QSet<QString> out;
    auto r = db.exec(u"SELECT patient_a, patient_b FROM not_duplicates"_s);
    while (r && r->next())
        out.insert(r->value(0).toString() + u'|' + r->value(1).toString());
    return out;
}

bool markedDifferent(const QSet<QString> &pairs, const QString &a, const QString &b)
{
    return pairs.contains(a + u'|' + b) || pairs.contains(b + u'|' + a);
}

} // namespace

Result<QList<DuplicatePair>> DuplicateFinder::scan(const Database &db, MatchBand minimum)
{
    QList<DuplicatePair> pairs = scan(loadRecords(db, QString(), {}), minimum);
    const QSet<QString> different = notDuplicates(db);
    if (!different.isEmpty())
        pairs.removeIf([&](const DuplicatePair &p) { return markedDifferent(different, p.a, p.b); });
    return pairs;
}

Result<QList<DuplicatePair>> DuplicateFinder::candidatesFor(const Database &db, const IdentityRecord &candidate,
                                                            MatchBand minimum)
{
    const QStringList keys = candidate.keys();
    if (keys.isEmpty())
        return QList<DuplicatePair>{};
    // The records sharing a key, through the stored keys (an index, never a scan).
    const QString sql = u"AND rowid IN (SELECT patient_rowid FROM patient_keys WHERE key IN ("_s
        + QStringList(keys.size(), u"?"_s).join(u", "_s) + u") LIMIT 2000)"_s;
    QVariantList values;
    for (const QString &k : keys)
        values << PatientRepository::keyHash(k);
    const QSet<QString> different = notDuplicates(db);
    QList<DuplicatePair> out;
    for (const IdentityRecord &r : loadRecords(db, sql, values)) {
        if (r.id == candidate.id || markedDifferent(different, r.id, candidate.id))
            continue;
        MatchResult m = compare(candidate, r);
        if (m.band != MatchBand::None && m.band >= minimum)
            out.append({candidate.id, r.id, std::move(m)});
    }
    std::sort(out.begin(), out.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        return x.match.band != y.match.band ? x.match.band > y.match.band : x.match.score > y.match.score;
    });
    return out;
}

} // namespace guichet
