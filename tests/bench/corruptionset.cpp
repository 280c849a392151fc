#include "tests/bench/corruptionset.h"

#include "core/domain/names.h"
#include "core/identity/duplicatefinder.h"

#include <QDebug>
#include <QHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

const QStringList kSurnames = {
    u"Dupont"_s,         u"Martin"_s,    u"Lefèvre"_s,    u"Dubois"_s,       u"Peeters"_s,        u"Janssens"_s,
    u"Maes"_s,           u"Jacobs"_s,    u"Mertens"_s,    u"Willems"_s,      u"Claes"_s,          u"Goossens"_s,
    u"Wouters"_s,        u"De Smet"_s,   u"Van Damme"_s,  u"Vandenberghe"_s, u"Lambert"_s,        u"Dumont"_s,
    u"Renard"_s,         u"Leclercq"_s,  u"Moreau"_s,     u"Laurent"_s,      u"Simon"_s,          u"Michel"_s,
    u"Garcia"_s,         u"Bernard"_s,   u"Thomas"_s,     u"Petit"_s,        u"Robert"_s,         u"Richard"_s,
    u"Durand"_s,         u"Leroy"_s,     u"Roux"_s,       u"Fournier"_s,     u"Girard"_s,         u"Bonnet"_s,
    u"François"_s,       u"Mercier"_s,   u"Boucher"_s,    u"Gauthier"_s,     u"Chevalier"_s,      u"Lemaire"_s,
    u"Noël"_s,           u"Hermans"_s,   u"Pirard"_s,     u"Thiry"_s,        u"Lejeune"_s,        u"Collignon"_s,
    u"de la Fontaine"_s, u"Da Silva"_s,  u"Dos Santos"_s, u"Le Goff"_s,      u"Nguyen"_s,         u"Yilmaz"_s,
    u"El Amrani"_s,      u"Benali"_s,    u"Öztürk"_s,     u"Müller"_s,       u"Béranger"_s,       u"Hébert"_s,
    u"Desmet"_s,         u"Verhaegen"_s, u"Vermeulen"_s,  u"De Backer"_s,    u"Van den Broeck"_s, u"Declercq"_s,
    u"Marchal"_s,        u"Lacroix"_s,   u"Poncelet"_s,   u"Gérard"_s,       u"Baudouin"_s,       u"Lefebvre"_s,
    u"Dupond"_s,         u"Rousseau"_s,  u"Blanc"_s,      u"Guérin"_s,       u"Muller"_s,         u"Henry"_s,
};
const QStringList kWomen = {u"Marie"_s,   u"Claire"_s,   u"Anne"_s,     u"Sophie"_s,    u"Julie"_s,  u"Camille"_s,
                            u"Léa"_s,     u"Chloé"_s,    u"Emma"_s,     u"Inès"_s,      u"Manon"_s,  u"Sarah"_s,
                            u"Élodie"_s,  u"Nathalie"_s, u"Isabelle"_s, u"Françoise"_s, u"Hélène"_s, u"Lotte"_s,
                            u"Fatima"_s,  u"Yasmina"_s,  u"Ayşe"_s,     u"Margaux"_s,   u"Louise"_s, u"Céline"_s,
                            u"Valérie"_s, u"Josiane"_s,  u"Ginette"_s,  u"Anaïs"_s,     u"Zoé"_s,    u"Eline"_s};
const QStringList kMen = {u"Jean"_s,     u"Pierre"_s,   u"Marc"_s,   u"Luc"_s,      u"Thomas"_s,  u"Nicolas"_s,
                          u"Julien"_s,   u"Maxime"_s,   u"Hugo"_s,   u"Théo"_s,     u"Louis"_s,   u"Benoît"_s,
                          u"François"_s, u"Philippe"_s, u"Michel"_s, u"André"_s,    u"Mohamed"_s, u"Youssef"_s,
                          u"Pieter"_s,   u"Wouter"_s,   u"Jérôme"_s, u"Stéphane"_s, u"Olivier"_s, u"Gabriel"_s,
                          u"Arthur"_s,   u"Mathis"_s,   u"Noah"_s,   u"Adam"_s,     u"Victor"_s,  u"Raphaël"_s};

struct Gen
{
    QRandomGenerator rng;
    int bounded(int n) { return int(rng.bounded(quint32(n))); }
    bool chance(int percent) { return bounded(100) < percent; }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(bounded(int(list.size())));
    }
};

QString niss(const QDate &birth, bool male, Gen &g)
{
    const QString head =
        birth.toString(u"yyMMdd"_s) + u"%1"_s.arg(2 * (1 + g.bounded(400)) - (male ? 1 : 0), 3, 10, QChar(u'0'));
    const qint64 base = (birth.year() >= 2000 ? 2000000000LL : 0) + head.toLongLong();
    return head + u"%1"_s.arg(97 - base % 97, 2, 10, QChar(u'0'));
}

QString nir(const QDate &birth, bool male, Gen &g)
{
    const QString head = (male ? u"1"_s : u"2"_s) + birth.toString(u"yyMM"_s)
        + u"%1"_s.arg(1 + g.bounded(95), 2, 10, QChar(u'0')) + u"%1"_s.arg(1 + g.bounded(900), 3, 10, QChar(u'0'))
        + u"%1"_s.arg(1 + g.bounded(900), 3, 10, QChar(u'0'));
    return head + u"%1"_s.arg(97 - head.toLongLong() % 97, 2, 10, QChar(u'0'));
}

QString stripAccents(const QString &s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

// One edit: a letter replaced, dropped, doubled or two swapped.
QString typo(const QString &s, Gen &g)
{
    if (s.size() < 4)
        return s;
    QString t = s;
    const int i = 1 + g.bounded(int(t.size()) - 2);
    switch (g.bounded(4)) {
    case 0:
        t[i] = QChar(u'a' + g.bounded(26));
        break;
    case 1:
        t.remove(i, 1);
        break;
    case 2:
        t.insert(i, t.at(i));
        break;
    default:
        std::swap(t[i], t[i + 1 < t.size() ? i + 1 : i - 1]);
        break;
    }
    return t;
}

QString varyParticles(const QString &s, Gen &g)
{
    if (!s.contains(u' ') && !s.contains(u'-'))
        return s;
    QString t = s;
    switch (g.bounded(3)) {
    case 0:
        t.remove(u' ');
        t.remove(u'-');
        break;
    case 1:
        t.replace(u' ', u'-');
        break;
    default:
        t = t.toUpper();
        break;
    }
    return t;
}

struct Person
{
    Patient p;
    bool male = false;
};

Person makePerson(Gen &g, int index)
{
    Person out;
    Patient &p = out.p;
    out.male = g.chance(50);
    p.id = u"p%1"_s.arg(index, 7, 10, QChar(u'0'));
    p.birthName = g.pick(kSurnames);
    if (g.chance(12))
        p.birthName += u'-' + g.pick(kSurnames);
    const QStringList &pool = out.male ? kMen : kWomen;
    QStringList first{g.pick(pool)};
    while (first.size() < 3 && g.chance(35)) {
        const QString more = g.pick(pool);
        if (!first.contains(more))
            first << more;
    }
    p.firstNames = first.join(u' ');
    p.sex = out.male ? Sex::Male : Sex::Female;
    p.birthDate = QDate(1930, 1, 1).addDays(g.bounded(32000));
    if (!out.male && g.chance(30))
        p.usageName = g.pick(kSurnames);
    if (g.chance(50))
        p.niss = niss(p.birthDate, out.male, g);
    else if (g.chance(60))
        p.nir = nir(p.birthDate, out.male, g);
    if (g.chance(75))
        p.mobilePhone = u"+324%1"_s.arg(70000000 + g.bounded(29999999));
    p.origin = PatientOrigin::Desk;
    p.identityStatus = IdentityStatus::Validated;
    return out;
}

// The same person as a desk or an online sign-up recorded them again.
Patient corrupt(const Patient &original, Gen &g, int index)
{
    Patient p = original;
    p.id = u"d%1"_s.arg(index, 7, 10, QChar(u'0'));
    p.origin = PatientOrigin::Online;
    p.identityStatus = IdentityStatus::Provisional;
    const int errors = 1 + g.bounded(2);
    for (int e = 0; e < errors; ++e) {
        switch (g.bounded(9)) {
        case 0: // accents and case lost
            p.birthName = stripAccents(p.birthName).toUpper();
            p.firstNames = stripAccents(p.firstNames);
            break;
        case 1: // hyphens, spaces and particles varied
            p.birthName = varyParticles(p.birthName, g);
            break;
        case 2: // usage and birth names swapped (or the usage name typed as the birth name)
            if (!p.usageName.isEmpty())
                std::swap(p.birthName, p.usageName);
            else
                p.birthName = p.birthName.toUpper();
            break;
        case 3: { // first names reordered or shortened
            QStringList names = p.firstNames.split(u' ');
            if (names.size() > 1) {
                if (g.chance(50))
                    std::reverse(names.begin(), names.end());
                else
                    names.removeLast();
            }
            p.firstNames = names.join(u' ');
            break;
        }
        case 4:
            p.birthName = typo(p.birthName, g);
            break;
        case 5:
            p.firstNames = typo(p.firstNames, g);
            break;
        case 6: { // day and month swapped, or one digit typed wrong
            const QDate d = p.birthDate;
            if (d.day() <= 12 && d.day() != d.month() && g.chance(50)) {
                p.birthDate = QDate(d.year(), d.day(), d.month());
                break;
            }
            for (int attempt = 0; attempt < 20; ++attempt) {
                QString digits = d.toString(u"yyyyMMdd"_s);
                const int at = g.bounded(8);
                digits[at] = QChar(u'0' + g.bounded(10));
                const QDate typed = QDate::fromString(digits, u"yyyyMMdd"_s);
                if (typed.isValid() && typed != d && typed.year() > 1900) {
                    p.birthDate = typed;
                    break;
                }
            }
            break;
        }
        case 7: // identifiers present on one record only
            p.niss.clear();
            p.nir.clear();
            break;
        default: // a landline instead of the mobile
            p.otherPhone = p.mobilePhone;
            p.mobilePhone.clear();
            break;
        }
    }
    if (g.chance(50)) { // online sign-ups rarely carry the national number
        p.niss.clear();
        p.nir.clear();
    }
    return p;
}

} // namespace

CorruptionSet makeCorruptionSet(int people, quint32 seed)
{
    Gen g{QRandomGenerator(seed)};
    CorruptionSet set;
    int extra = 0;
    for (int i = 0; i < people; ++i) {
        const Person person = makePerson(g, i);
        set.records << IdentityRecord::from(person.p);
        if (g.chance(40)) {
            const Patient dup = corrupt(person.p, g, extra++);
            set.records << IdentityRecord::from(dup);
            set.duplicates.insert(CorruptionSet::pairKey(person.p.id, dup.id));
        }
        if (g.chance(4)) { // a twin: same surname, birth date and phone, another first name
            Patient twin = makePerson(g, 0).p;
            twin.id = u"t%1"_s.arg(extra++, 7, 10, QChar(u'0'));
            twin.birthName = person.p.birthName;
            twin.birthDate = person.p.birthDate;
            twin.mobilePhone = person.p.mobilePhone;
            twin.usageName.clear();
            QStringList first = twin.firstNames.split(u' ');
            if (Names::fold(first.first()) == Names::fold(person.p.firstNames.split(u' ').first()))
                first[0] = person.male ? u"Arnaud"_s : u"Agnès"_s;
            twin.firstNames = first.join(u' ');
            set.records << IdentityRecord::from(twin);
            set.hardNegatives.insert(CorruptionSet::pairKey(person.p.id, twin.id));
        }
        if (g.chance(4)) { // a child named after a parent, sharing the phone
            Patient child = person.p;
            child.id = u"c%1"_s.arg(extra++, 7, 10, QChar(u'0'));
            child.birthDate = person.p.birthDate.addYears(22 + g.bounded(15)).addDays(g.bounded(300));
            child.niss.clear();
            child.nir.clear();
            child.usageName.clear();
            set.records << IdentityRecord::from(child);
            set.hardNegatives.insert(CorruptionSet::pairKey(person.p.id, child.id));
        }
    }
    return set;
}

MatchQuality measureQuality(const CorruptionSet &set)
{
    MatchQuality q;
    q.truePairs = set.duplicates.size();
    for (const DuplicatePair &pair : DuplicateFinder::scan(set.records, MatchBand::Possible)) {
        const QString key = CorruptionSet::pairKey(pair.a, pair.b);
        const bool strong = pair.match.band >= MatchBand::Probable;
        const bool correct = set.duplicates.contains(key);
        if (strong) {
            ++q.strongFound;
            q.strongCorrect += correct ? 1 : 0;
            q.hardNegativesStrong += set.hardNegatives.contains(key) ? 1 : 0;
        }
        q.anyCorrect += correct ? 1 : 0;
    }
    return q;
}

} // namespace guichet

namespace guichet {
// Debug aid: prints misses and false alarms (GUICHET_DEBUG_MATCHING=1).
void debugQuality(const CorruptionSet &set)
{
    QHash<QString, const IdentityRecord *> byId;
    for (const IdentityRecord &r : set.records)
        byId.insert(r.id, &r);
    auto show = [&](const QString &key, const MatchResult &m) {
        const QStringList ids = key.split(u'|');
        const IdentityRecord *a = byId.value(ids.at(0));
        const IdentityRecord *b = byId.value(ids.at(1));
        auto line = [](const IdentityRecord *r) {
            return u"%1 [%2] (%3) %4 %5 niss=%6 nir=%7 ph=%8"_s
                .arg(r->birthTokens.join(u' '), r->usageTokens.join(u' '), r->firstNames.join(u' '),
                     r->birthDate.toString(Qt::ISODate))
                .arg(int(r->sex))
                .arg(r->niss, r->nir, r->phone);
        };
        qInfo().noquote() << DuplicateFinder::bandCode(m.band) << m.score << "s" << m.surname << "f" << m.firstName
                          << "d" << m.birthDate << "\n   " << line(a) << "\n   " << line(b) << "\n   "
                          << m.blockers.join(u"; "_s);
    };
    QHash<QString, MatchResult> found;
    for (const DuplicatePair &pair : DuplicateFinder::scan(set.records, MatchBand::Possible))
        found.insert(CorruptionSet::pairKey(pair.a, pair.b), pair.match);
    int shown = 0;
    for (const QString &key : set.duplicates) {
        if (found.value(key).band < MatchBand::Probable && shown++ < 25) {
            const QStringList ids = key.split(u'|');
            show(key, DuplicateFinder::compare(*byId.value(ids.at(0)), *byId.value(ids.at(1))));
        }
    }
    qInfo() << "---- false alarms";
    shown = 0;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (it->band >= MatchBand::Probable && !set.duplicates.contains(it.key()) && shown++ < 25)
            show(it.key(), *it);
    }
}
} // namespace guichet
