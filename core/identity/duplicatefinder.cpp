#include "core/identity/duplicatefinder.h"

#include "core/access/session.h"
#include "core/store/database.h"
#include "core/store/fastrows.h"
#include "core/store/patientrepository.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// A surname as compared: its words, glued, and glued without particles ("de la Fontaine"
// and "Lafontaine" meet).
struct Surname
{
    const QStringList &tokens;
    const QString &glued;
    const QString &core;
};

double surnameSimilarity(const Surname &x, const Surname &y)
{
    if (x.tokens.isEmpty() || y.tokens.isEmpty())
        return 0;
    double best = std::max(Matching::jaroWinkler(x.glued, y.glued), Matching::jaroWinkler(x.core, y.core));
    // A compound name against one of its parts ("Dupont-Martin" and "Dupont").
    const QStringList &shorter = x.tokens.size() <= y.tokens.size() ? x.tokens : y.tokens;
    const QStringList &longer = x.tokens.size() <= y.tokens.size() ? y.tokens : x.tokens;
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
    if (x == y) {
        out.score = 1.0;
        return out;
    }
    // The same names in another order (this runs per pair: no sets for a few words).
    const auto within = [](const QStringList &from, const QStringList &in) {
        return std::all_of(from.begin(), from.end(), [&in](const QString &w) { return in.contains(w); });
    };
    const bool sameSet = (x.size() > 1 || y.size() > 1) && within(x, y) && within(y, x);
    if (sameSet) {
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
    const bool sameFirst = sameFirstName(x.first(), y.first());
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

// Birth dates as far as they are known: full dates as above; a date known in part (a year, a
// month) agreeing with the other is partial evidence (0.9 the same month, 0.75 the same year,
// 0.6 a full date within it), never a blocker by itself; known parts that differ: 0.
double birthSimilarity(const IdentityRecord &a, const IdentityRecord &b)
{
    if (a.birthPrecision == DatePrecision::Day && b.birthPrecision == DatePrecision::Day)
        return dateSimilarity(a.birthDate, b.birthDate);
    if (!a.birthDate.isValid() || !b.birthDate.isValid())
        return 0;
    const PartialDate x{a.birthDate, a.birthPrecision};
    const PartialDate y{b.birthDate, b.birthPrecision};
    if (!x.agrees(y))
        return 0;
    if (x == y)
        return x.precision == DatePrecision::Month ? 0.9 : 0.75;
    return 0.6;
}

// Two addresses that are one, typed twice: the same house number (or a slip of it, or one
// missing), and the street's words glued alike or mostly found in the other (typos allowed,
// order free).
bool sameAddress(const IdentityRecord &a, const IdentityRecord &b)
{
    const QStringList &x = a.street;
    const QStringList &y = b.street;
    if (x.size() < 2 || y.size() < 2)
        return false;
    const QString &nx = a.houseNumber;
    const QString &ny = b.houseNumber;
    if (!nx.isEmpty() && !ny.isEmpty() && nx != ny && !(nx.size() >= 2 && ny.size() >= 2 && oneEdit(nx, ny)))
        return false;
    const QString &gx = a.streetGlued;
    const QString &gy = b.streetGlued;
    if (std::min(gx.size(), gy.size()) >= 8 && (gx == gy || Matching::jaroWinkler(gx, gy) >= 0.93))
        return true;
    // Words that say something ("rue", "de", "st" do not), found in the other address.
    const auto significant = [](const QString &w) { return w.size() >= 4 || w.front().isDigit(); };
    const QStringList &shorter = x.size() <= y.size() ? x : y;
    const QStringList &longer = x.size() <= y.size() ? y : x;
    int words = 0;
    int found = 0;
    for (const QString &t : shorter) {
        if (!significant(t))
            continue;
        ++words;
        for (const QString &l : longer) {
            if (significant(l) && (t == l || (std::min(t.size(), l.size()) >= 4 && oneEdit(t, l)))) {
                ++found;
                break;
            }
        }
    }
    return found >= 2 && found * 4 >= words * 3;
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

QString DuplicateFinder::scoreLabel(double score)
{
    if (score >= 0.995)
        return tr("identical traits");
    if (score >= 0.9)
        return tr("very close");
    if (score >= 0.8)
        return tr("close");
    return tr("partly alike");
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
    return judge(a, b, true);
}

MatchResult DuplicateFinder::judge(const IdentityRecord &a, const IdentityRecord &b, bool texts)
{
    MatchResult m;
    // The words for the person who decides are looked up only when asked for (a scan judges
    // most pairs apart, and says why only for those it shows).
    bool blocked = false;
    const auto block = [&](const char *text) {
        blocked = true;
        if (texts)
            m.blockers << tr(text);
    };
    const auto say = [&](const char *text) {
        if (texts)
            m.evidence << tr(text);
    };
    // Surnames: birth and usage names crossed (one record has the usage name where the other has the birth name).
    const Surname birthA{a.birthTokens, a.birthGlued, a.birthCore};
    const Surname birthB{b.birthTokens, b.birthGlued, b.birthCore};
    const Surname usageA{a.usageTokens, a.usageGlued, a.usageCore};
    const Surname usageB{b.usageTokens, b.usageGlued, b.usageCore};
    const double birthNames = surnameSimilarity(birthA, birthB);
    m.surname = birthNames;
    for (const Surname *x : {&birthA, &usageA}) {
        for (const Surname *y : {&birthB, &usageB})
            if (x != &birthA || y != &birthB)
                m.surname = std::max(m.surname, surnameSimilarity(*x, *y));
    }
    const FirstNames first = firstNameSimilarity(a.firstNames, b.firstNames);
    m.firstName = first.score;
    m.birthDate = birthSimilarity(a, b);
    const bool partialDate = a.birthPrecision != DatePrecision::Day || b.birthPrecision != DatePrecision::Day;
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
        say(QT_TR_NOOP("same NISS"));
    if (sameNir)
        say(QT_TR_NOOP("same NIR"));
    if (nissBoth && !sameNiss)
        block(QT_TR_NOOP("different NISS numbers"));
    if (nirBoth && !sameNir)
        block(QT_TR_NOOP("different NIR numbers"));
    if (a.sex != Sex::Unknown && b.sex != Sex::Unknown && a.sex != b.sex)
        block(QT_TR_NOOP("different sexes"));
    if (m.surname >= 0.9 && m.birthDate >= 0.999 && first.differ)
        block(QT_TR_NOOP("same name and birth date but different first names: possible twins"));
    if (a.birthDate.isValid() && b.birthDate.isValid() && m.birthDate == 0)
        block(QT_TR_NOOP("birth dates too far apart for a typo"));
    if (a.blocked || b.blocked)
        block(QT_TR_NOOP("a record is marked deceased, homonym or doubtful"));

    if (m.surname >= 0.95)
        say(QT_TR_NOOP("same surname"));
    else if (m.surname >= 0.85)
        say(QT_TR_NOOP("close surnames"));
    if (m.firstName >= 0.999)
        say(QT_TR_NOOP("same first names"));
    else if (m.firstName >= 0.9)
        say(QT_TR_NOOP("close first names"));
    if (partialDate && m.birthDate > 0)
        say(QT_TR_NOOP("birth dates agree as far as they are known"));
    else if (m.birthDate >= 0.999)
        say(QT_TR_NOOP("same birth date"));
    else if (m.birthDate >= 0.9)
        say(QT_TR_NOOP("birth date with day and month swapped"));
    else if (m.birthDate > 0)
        say(QT_TR_NOOP("birth date one digit apart"));
    if (samePhone)
        say(QT_TR_NOOP("same phone"));
    if (sameEmail)
        say(QT_TR_NOOP("same e-mail"));

    // Each trait short of equal is a weakness; two people who merely share a common name
    // differ in one or two of them. Several weaknesses need corroboration (a phone, an
    // e-mail, an identifier), and contact details that disagree weigh against.
    const bool birthNamesAgree = birthNames >= 0.85;
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
    // Names crossed: looked for only when the names do not already agree (this runs per pair).
    bool namesCrossed = false;
    if ((m.surname < 0.85 || m.firstName < 0.9) && !a.firstGlued.isEmpty() && !b.firstGlued.isEmpty()
        && !a.birthGlued.isEmpty() && !b.birthGlued.isEmpty()) {
        const double crossA = Matching::jaroWinkler(a.firstGlued, b.birthGlued);
        const double crossB = crossA >= 0.85 ? Matching::jaroWinkler(b.firstGlued, a.birthGlued) : 0.0;
        namesCrossed = crossA >= 0.85 && crossB >= 0.85 && crossA + crossB >= 1.8;
    }
    const bool surnameAgrees = m.surname >= 0.85 || namesCrossed;
    const bool firstAgrees = m.firstName >= 0.9 || namesCrossed;
    const bool dateAgrees = m.birthDate >= 0.85;
    const int agreeing = int(surnameAgrees) + int(firstAgrees) + int(dateAgrees);
    const int missing = int(surnameMissing) + int(firstMissing) + int(dateMissing);
    if (!blocked && m.sameIdentifier && m.surname >= 0.8 && m.firstName >= 0.9
        && (m.birthDate >= 0.85 || (partialDate && m.birthDate > 0)))
        m.band = MatchBand::Certain;
    else if (!blocked && strongTraits && enough)
        m.band = MatchBand::Probable;
    else if (m.score >= 0.72 || (m.sameIdentifier && m.score >= 0.5))
        m.band = MatchBand::Possible;
    // The address, where it can decide or where the pair is shown anyway.
    const bool placeMatters = m.band != MatchBand::None || exactDate || (agreeing >= 1 && agreeing + missing >= 2);
    const bool place = placeMatters && sameAddress(a, b);
    if (m.band == MatchBand::None) {
        // At one address, an incomplete record with what it has in agreement (a name or the
        // date), or two records born the same day, are worth a look too.
        const bool town = place || ((agreeing == 3 || (agreeing == 2 && missing == 1)) && sameTown(a, b));
        const bool reviewable = (agreeing == 3 && (town || corroborated))
            || (agreeing == 2 && missing == 1 && (dateAgrees || town || corroborated))
            || (agreeing == 2 && (place || corroborated)) || (place && agreeing >= 1 && agreeing + missing >= 2)
            || (place && exactDate);
        if (reviewable)
            m.band = MatchBand::Possible;
    }
    if (m.band != MatchBand::None && namesCrossed)
        say(QT_TR_NOOP("first name and surname crossed"));
    if (m.band != MatchBand::None && place)
        say(QT_TR_NOOP("same address"));
    if (contactsDisagree && m.band >= MatchBand::Possible)
        say(QT_TR_NOOP("different contact details"));
    return m;
}

QList<DuplicatePair> DuplicateFinder::scan(const QList<IdentityRecord> &records, MatchBand minimum)
{
    // Blocks: (key hash, record) sorted, each run of one key a block. A key shared by too
    // many records (a clinic's phone number) says nothing and is left out.
    constexpr size_t kMaxBlock = 300;
    std::vector<std::pair<qint64, int>> keyed;
    keyed.reserve(size_t(records.size()) * 12);
    // Keys and judgements are per record and per pair: shared between the cores (the
    // judgements in file order again after).
    const unsigned cores = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    {
        std::vector<std::vector<std::pair<qint64, int>>> parts(cores);
        {
            std::vector<std::jthread> workers;
            for (unsigned c = 0; c < cores; ++c)
                workers.emplace_back([&, c] {
                    for (int i = int(c); i < records.size(); i += int(cores))
                        for (const QString &key : records.at(i).keys())
                            parts[c].emplace_back(PatientRepository::keyHash(key), i);
                });
        }
        for (auto &part : parts)
            keyed.insert(keyed.end(), part.begin(), part.end());
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
    std::vector<QList<DuplicatePair>> found(cores);
    {
        std::vector<std::jthread> workers;
        const size_t chunk = (candidates.size() + cores - 1) / cores;
        for (unsigned c = 0; c < cores; ++c)
            workers.emplace_back([&, c] {
                const size_t end = std::min(candidates.size(), (c + 1) * chunk);
                for (size_t k = c * chunk; k < end; ++k) {
                    const quint64 pair = candidates[k];
                    const IdentityRecord &ri = records.at(int(pair >> 32));
                    const IdentityRecord &rj = records.at(int(pair & 0xffffffffu));
                    // Most pairs sharing a phone or a town are relatives or strangers: known
                    // birth dates apart, no common identifier and not one address cannot reach
                    // "possible"; not worth comparing names.
                    if (ri.birthDate.isValid() && rj.birthDate.isValid() && birthSimilarity(ri, rj) == 0
                        && !((!ri.niss.isEmpty() && ri.niss == rj.niss)
                             || (!ri.nir.isEmpty() && ri.nir.left(13) == rj.nir.left(13)))
                        && !(((!ri.postcode.isEmpty() && ri.postcode == rj.postcode)
                              || (!ri.city.isEmpty() && ri.city == rj.city))
                             && sameAddress(ri, rj)))
                        continue;
                    if (const MatchResult quick = judge(ri, rj, false);
                        quick.band == MatchBand::None || quick.band < minimum)
                        continue;
                    found[c].append({ri.id, rj.id, compare(ri, rj)});
                }
            });
    }
    QList<DuplicatePair> out;
    for (auto &part : found)
        out += std::move(part);
    std::sort(out.begin(), out.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        return x.match.band != y.match.band ? x.match.band > y.match.band : x.match.score > y.match.score;
    });
    return out;
}

namespace {

// The active records (those `where` selects), read straight from SQLite: a scan reads them all.
Result<QList<IdentityRecord>> loadRecords(const Database &db, const QString &where, const QVariantList &values)
{
    FastRows q(db,
               uR"(SELECT rowid, id, birth_name, usage_name, first_names, used_first_name, birth_date, sex, niss,
               nir, mobile_phone, other_phone, email, identity_status, origin, deceased, homonym, doubtful, created_at,
               postcode, city, address
        FROM patients WHERE active = 1 )"_s
                   + where);
    for (int i = 0; i < values.size(); ++i)
        q.bind(i, values.at(i));
    QList<IdentityRecord> out;
    while (q.next()) {
        Patient p;
        p.id = q.string(1);
        p.birthName = q.string(2);
        p.usageName = q.string(3);
        p.firstNames = q.string(4);
        p.usedFirstName = q.string(5);
        p.setBirth(PartialDate::fromIso(q.string(6)));
        p.sex = sexFromCode(q.string(7));
        p.niss = q.string(8);
        p.nir = q.string(9);
        p.mobilePhone = q.string(10);
        p.otherPhone = q.string(11);
        p.email = q.string(12);
        p.identityStatus = IdentityStatuses::fromCode(q.string(13)).value_or(IdentityStatus::Provisional);
        p.origin = PatientOrigins::fromCode(q.string(14)).value_or(PatientOrigin::Desk);
        p.deceased = q.int64(15) != 0;
        p.homonym = q.int64(16) != 0;
        p.doubtful = q.int64(17) != 0;
        p.createdAt = QDateTime::fromSecsSinceEpoch(q.int64(18), QTimeZone::utc());
        p.postcode = q.string(19);
        p.city = q.string(20);
        p.address = q.string(21);
        out << IdentityRecord::from(p, q.int64(0));
    }
    if (!q.error().isEmpty())
        return Error::io(DuplicateFinder::tr("The patient records could not be read: %1").arg(q.error()));
    return out;
}

// The pairs a person said are not the same person. A failed read is an error: proposing them
// again would undo that person's decision.
Result<QSet<QString>> notDuplicates(const Database &db)
{
    auto r = db.exec(u"SELECT patient_a, patient_b FROM not_duplicates"_s);
    if (!r)
        return Error::io(
            DuplicateFinder::tr("The pairs marked as different people could not be read: %1").arg(r.error().message));
    QSet<QString> out;
    while (r->next())
        out.insert(r->value(0).toString() + u'|' + r->value(1).toString());
    return out;
}

bool markedDifferent(const QSet<QString> &pairs, const QString &a, const QString &b)
{
    return pairs.contains(a + u'|' + b) || pairs.contains(b + u'|' + a);
}

} // namespace

namespace {

Result<DuplicateScanInput> readScanInput(const Database &db, MatchBand minimum)
{
    auto records = loadRecords(db, QString(), {});
    if (!records)
        return records.error();
    auto different = notDuplicates(db);
    if (!different)
        return different.error();
    return DuplicateScanInput{std::move(*records), std::move(*different), minimum};
}

} // namespace

QList<DuplicatePair> DuplicateFinder::scan(const DuplicateScanInput &input)
{
    QList<DuplicatePair> pairs = scan(input.records, input.minimum);
    if (!input.different.isEmpty())
        pairs.removeIf([&](const DuplicatePair &p) { return markedDifferent(input.different, p.a, p.b); });
    return pairs;
}

Result<QList<DuplicatePair>> DuplicateFinder::scan(const Database &db, MatchBand minimum)
{
    auto input = readScanInput(db, minimum);
    if (!input)
        return input.error();
    return scan(*input);
}

Result<DuplicateScanInput> DuplicateFinder::readForScan(const Session &session, MatchBand minimum)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    return readScanInput(session.database(), minimum);
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
    auto different = notDuplicates(db);
    if (!different)
        return different.error();
    QList<DuplicatePair> out;
    auto records = loadRecords(db, sql, values);
    if (!records)
        return records.error();
    for (const IdentityRecord &r : std::as_const(*records)) {
        if (r.id == candidate.id || markedDifferent(*different, r.id, candidate.id))
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

Result<QList<DuplicatePair>> DuplicateFinder::scan(const Session &session, MatchBand minimum)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    return scan(session.database(), minimum);
}

Result<QList<DuplicatePair>> DuplicateFinder::candidatesFor(const Session &session, const IdentityRecord &candidate,
                                                            MatchBand minimum)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    return candidatesFor(session.database(), candidate, minimum);
}

} // namespace guichet
