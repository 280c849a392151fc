#include "demo/democlinic.h"

#include "core/base/clock.h"
#include "core/domain/names.h"
#include "core/domain/password.h"
#include "core/domain/patient.h"
#include "core/domain/practice.h"
#include "core/domain/user.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/store/userrepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// New Year, Labour Day, National Day, Assumption, All Saints, Armistice, Christmas.
bool isFixedPublicHoliday(const QDate &day)
{
    static const QList<std::pair<int, int>> fixed = {{1, 1}, {5, 1}, {7, 21}, {8, 15}, {11, 1}, {11, 11}, {12, 25}};
    return std::find(fixed.cbegin(), fixed.cend(), std::pair{day.month(), day.day()}) != fixed.cend();
}

const QStringList kSurnames = {
    u"Dupont"_s,       u"Martin"_s,         u"Dubois"_s,    u"Lambert"_s,    u"Peeters"_s,        u"Janssens"_s,
    u"Maes"_s,         u"Jacobs"_s,         u"Mertens"_s,   u"Willems"_s,    u"Claes"_s,          u"Goossens"_s,
    u"Wouters"_s,      u"De Smet"_s,        u"Lefèvre"_s,   u"Leroy"_s,      u"Moreau"_s,         u"Girard"_s,
    u"Fontaine"_s,     u"Rousseau"_s,       u"Vincent"_s,   u"Muller"_s,     u"Lefebvre"_s,       u"Mercier"_s,
    u"Faure"_s,        u"André"_s,          u"Bernard"_s,   u"Petit"_s,      u"Durand"_s,         u"Laurent"_s,
    u"Simon"_s,        u"Michel"_s,         u"Garcia"_s,    u"David"_s,      u"Bertrand"_s,       u"Roux"_s,
    u"Renard"_s,       u"Gauthier"_s,       u"Noël"_s,      u"Hubert"_s,     u"Dumont"_s,         u"Denis"_s,
    u"Van Damme"_s,    u"Van den Berghe"_s, u"De Backer"_s, u"Vermeulen"_s,  u"Desmet"_s,         u"Lemaire"_s,
    u"Collard"_s,      u"Deschamps"_s,      u"Marchal"_s,   u"Pirard"_s,     u"Lejeune"_s,        u"Delhaye"_s,
    u"Charlier"_s,     u"Gérard"_s,         u"Hermans"_s,   u"Thiry"_s,      u"Masson"_s,         u"Lecomte"_s,
    u"Lemoine"_s,      u"Chevalier"_s,      u"Benali"_s,    u"El Amrani"_s,  u"Nguyen"_s,         u"Da Silva"_s,
    u"Kowalski"_s,     u"Yilmaz"_s,         u"Rossi"_s,     u"Dos Santos"_s, u"de la Fontaine"_s, u"d'Ursel"_s,
    u"Saint-Martin"_s, u"Lefort"_s,         u"Béranger"_s,  u"Cœurdevey"_s,  u"Müller"_s,
};
const QStringList kFemale = {
    u"Marie"_s,   u"Élodie"_s,    u"Chloé"_s,     u"Emma"_s,   u"Léa"_s,       u"Zoé"_s,      u"Inès"_s,
    u"Camille"_s, u"Manon"_s,     u"Sarah"_s,     u"Lina"_s,   u"Louise"_s,    u"Alice"_s,    u"Juliette"_s,
    u"Anaïs"_s,   u"Françoise"_s, u"Geneviève"_s, u"Hélène"_s, u"Nathalie"_s,  u"Isabelle"_s, u"Sophie"_s,
    u"Claire"_s,  u"Anne"_s,      u"Julie"_s,     u"Laura"_s,  u"Charlotte"_s, u"Margaux"_s,  u"Noémie"_s,
    u"Fatima"_s,  u"Yasmina"_s,   u"Eline"_s,     u"Lotte"_s,
};
const QStringList kMale = {
    u"Jean"_s,     u"Louis"_s,   u"Noah"_s,     u"Lucas"_s,       u"Hugo"_s,     u"Arthur"_s,  u"Nathan"_s,
    u"Théo"_s,     u"Jules"_s,   u"Mathis"_s,   u"Gabriel"_s,     u"Adam"_s,     u"Victor"_s,  u"Raphaël"_s,
    u"François"_s, u"Jérôme"_s,  u"Stéphane"_s, u"Pierre"_s,      u"Philippe"_s, u"Marc"_s,    u"Olivier"_s,
    u"Thomas"_s,   u"Nicolas"_s, u"Julien"_s,   u"Maxime"_s,      u"Benoît"_s,   u"Mohamed"_s, u"Youssef"_s,
    u"Pieter"_s,   u"Wouter"_s,  u"Jean-Luc"_s, u"Jean-Pierre"_s,
};
const QStringList kStreets = {
    u"rue de la Loi"_s,      u"avenue Louise"_s, u"chaussée de Waterloo"_s, u"rue Royale"_s,
    u"boulevard Anspach"_s,  u"rue du Midi"_s,   u"avenue de Tervueren"_s,  u"rue des Bouchers"_s,
    u"chaussée d'Ixelles"_s, u"rue de Namur"_s,  u"avenue des Arts"_s,      u"rue Haute"_s,
};
struct City
{
    const char16_t *postcode;
    const char16_t *name;
    const char16_t *country;
};
const City kCities[] = {
    {u"1000", u"Bruxelles", u"BE"},
    {u"1050", u"Ixelles", u"BE"},
    {u"1060", u"Saint-Gilles", u"BE"},
    {u"1180", u"Uccle", u"BE"},
    {u"1200", u"Woluwe-Saint-Lambert", u"BE"},
    {u"1030", u"Schaerbeek", u"BE"},
    {u"1410", u"Waterloo", u"BE"},
    {u"1300", u"Wavre", u"BE"},
    {u"7000", u"Mons", u"BE"},
    {u"59000", u"Lille", u"FR"},
    {u"59800", u"Lille", u"FR"},
    {u"59100", u"Roubaix", u"FR"},
    {u"75011", u"Paris", u"FR"},
};
const QStringList kDomains = {u"gmail.com"_s,   u"hotmail.com"_s, u"skynet.be"_s, u"telenet.be"_s,
                              u"proximus.be"_s, u"orange.fr"_s,   u"free.fr"_s,   u"outlook.com"_s};

struct SpecialtyTemplate
{
    QString code;
    QString title;
    QList<std::tuple<QString, int, QString, bool>> motifs; // label, minutes, colour, online
};

QList<SpecialtyTemplate> specialties()
{
    return {
        {u"general-practice"_s,
         u"Dr"_s,
         {{u"Consultation"_s, 15, u"#7fb3e6"_s, true},
          {u"Première consultation"_s, 30, u"#4a90d9"_s, true},
          {u"Vaccination"_s, 10, u"#8fd19e"_s, true},
          {u"Renouvellement d'ordonnance"_s, 10, u"#c9e4ca"_s, true},
          {u"Visite à domicile"_s, 30, u"#f5c26b"_s, false}}},
        {u"pediatrics"_s,
         u"Dr"_s,
         {{u"Consultation enfant"_s, 20, u"#f7a8b8"_s, true},
          {u"Suivi nourrisson"_s, 30, u"#f48fb1"_s, true},
          {u"Vaccination"_s, 15, u"#8fd19e"_s, true}}},
        {u"dermatology"_s,
         u"Dr"_s,
         {{u"Consultation"_s, 20, u"#b39ddb"_s, true},
          {u"Contrôle des grains de beauté"_s, 30, u"#9575cd"_s, true},
          {u"Petite chirurgie"_s, 45, u"#7e57c2"_s, false}}},
        {u"physiotherapy"_s,
         u""_s,
         {{u"Séance de kinésithérapie"_s, 30, u"#80cbc4"_s, true}, {u"Bilan initial"_s, 45, u"#4db6ac"_s, true}}},
        {u"gynecology"_s,
         u"Dr"_s,
         {{u"Consultation"_s, 20, u"#ffab91"_s, true},
          {u"Suivi de grossesse"_s, 30, u"#ff8a65"_s, true},
          {u"Échographie"_s, 30, u"#ff7043"_s, false}}},
        {u"cardiology"_s,
         u"Dr"_s,
         {{u"Consultation"_s, 30, u"#ef9a9a"_s, true},
          {u"Électrocardiogramme"_s, 20, u"#e57373"_s, true},
          {u"Échographie cardiaque"_s, 45, u"#ef5350"_s, false}}},
        {u"ophthalmology"_s,
         u"Dr"_s,
         {{u"Examen de la vue"_s, 20, u"#90caf9"_s, true}, {u"Fond d'œil"_s, 30, u"#64b5f6"_s, true}}},
        {u"dentistry"_s,
         u"Dr"_s,
         {{u"Contrôle"_s, 30, u"#fff59d"_s, true},
          {u"Détartrage"_s, 30, u"#fff176"_s, true},
          {u"Soin"_s, 45, u"#ffee58"_s, false}}},
    };
}

const QStringList kPractitionerColors = {u"#1f77b4"_s, u"#2ca02c"_s, u"#9467bd"_s, u"#d62728"_s,
                                         u"#ff7f0e"_s, u"#17becf"_s, u"#8c564b"_s, u"#e377c2"_s};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {}

    int bounded(int n) { return int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return bounded(100) < percent; }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(bounded(int(list.size())));
    }

    QString uuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        for (char &x : bytes)
            x = char(m_rng.generate() & 0xff);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

    QString digits(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s.append(QChar(u'0' + bounded(10)));
        return s;
    }

private:
    QRandomGenerator m_rng;
};

QString nissFor(Generator &g, const QDate &birth, Sex sex)
{
    int counter = 1 + g.bounded(996);
    if ((sex == Sex::Male) != (counter % 2 == 1))
        counter = counter == 997 ? 996 : counter + 1;
    const QString first9 = birth.toString(u"yyMMdd"_s) + QString::number(counter).rightJustified(3, u'0');
    qint64 n = first9.toLongLong();
    if (birth.year() >= 2000)
        n += 2000000000LL;
    return first9 + QString::number(97 - n % 97).rightJustified(2, u'0');
}

// A national register number from its parts: month and day 00 where the register does not know
// them, the month + 40 for a BIS number (a foreigner without a register entry).
QString nissOf(int year, int month, int day, int counter, bool bis)
{
    const QString first9 = QString::number(year % 100).rightJustified(2, u'0')
        + QString::number(month + (bis ? 40 : 0)).rightJustified(2, u'0') + QString::number(day).rightJustified(2, u'0')
        + QString::number(counter).rightJustified(3, u'0');
    qint64 n = first9.toLongLong();
    if (year >= 2000)
        n += 2000000000LL;
    return first9 + QString::number(97 - n % 97).rightJustified(2, u'0');
}

// A few identities as some real ones are: birth dates known in part (refugees: the year, or the
// year and month, and a number holding 00), a foreigner's BIS number, women with the register's
// last women's counter (998). Chosen by position, without drawing from the generator: the rest
// of a seed's demo stays as it was.
void shapeIdentity(Patient &p, qint64 index)
{
    if (p.country != u"BE"_s || p.deceased || p.niss.size() != 11)
        return;
    const int counter = p.niss.mid(6, 3).toInt();
    const int year = p.birthDate.year();
    if (index % 500 == 137) {
        p.setBirth(PartialDate::of(year, 0, 0));
        p.niss = nissOf(year, 0, 0, counter, false);
    } else if (index % 500 == 311) {
        p.setBirth(PartialDate::of(year, p.birthDate.month(), 0));
        p.niss = nissOf(year, p.birthDate.month(), 0, counter, false);
    } else if (index % 500 == 421) {
        p.niss = nissOf(year, p.birthDate.month(), p.birthDate.day(), counter, true);
    } else if (index % 200 >= 77 && index % 200 < 83 && p.sex == Sex::Female) {
        p.niss = nissOf(year, p.birthDate.month(), p.birthDate.day(), 998, false);
    }
}

QString nirFor(Generator &g, const QDate &birth, Sex sex)
{
    static const QStringList departments = {u"59"_s, u"59"_s, u"62"_s, u"75"_s, u"69"_s, u"13"_s,
                                            u"2A"_s, u"2B"_s, u"99"_s, u"33"_s, u"67"_s};
    const QString dept = g.pick(departments);
    const QString commune = QString::number(1 + g.bounded(989)).rightJustified(3, u'0');
    const QString order = QString::number(1 + g.bounded(999)).rightJustified(3, u'0');
    QString nir = QString::number(sex == Sex::Male ? 1 : 2) + birth.toString(u"yyMM"_s) + dept + commune + order;
    QString numeric = nir;
    if (dept == u"2A"_s)
        numeric.replace(5, 2, u"19"_s);
    else if (dept == u"2B"_s)
        numeric.replace(5, 2, u"18"_s);
    return nir + QString::number(97 - numeric.toLongLong() % 97).rightJustified(2, u'0');
}

QString mobileFor(Generator &g, const QString &country)
{
    if (country == u"FR"_s) {
        // One call per statement: the order of operands of + is unspecified, the seed's output must not be.
        if (g.chance(60)) {
            static const QStringList second = {u"0"_s, u"1"_s, u"2"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s};
            const QString digit = g.pick(second); // 063x and 069x are partly unassigned
            return u"+336"_s + digit + g.digits(7);
        }
        const QString third = QString::number(3 + g.bounded(7));
        return u"+337"_s + third + g.digits(7);
    }
    static const QStringList prefixes = {u"470"_s, u"472"_s, u"475"_s, u"476"_s, u"477"_s, u"478"_s, u"479"_s, u"484"_s,
                                         u"485"_s, u"486"_s, u"487"_s, u"488"_s, u"489"_s, u"490"_s, u"491"_s, u"492"_s,
                                         u"493"_s, u"494"_s, u"495"_s, u"496"_s, u"497"_s, u"498"_s, u"499"_s};
    const QString prefix = g.pick(prefixes);
    return u"+32"_s + prefix + g.digits(6);
}

QString landlineFor(Generator &g, const QString &country)
{
    if (country == u"FR"_s) {
        const QString area = QString::number(2 + g.bounded(8));
        return u"+333"_s + area + g.digits(7);
    }
    const QString area = QString::number(2 + g.bounded(7));
    return u"+322"_s + area + g.digits(6);
}

QString asciiLocal(const QString &text)
{
    return Names::fold(text).replace(u' ', u'-');
}

Patient makePatient(Generator &g, const QDate &today, const QDateTime &now)
{
    Patient p;
    p.id = g.uuid();
    p.sex = g.chance(52) ? Sex::Female : Sex::Male;
    // Ages 0-95, weighted toward adults.
    const int age = g.chance(20) ? g.bounded(18) : 18 + g.bounded(78);
    p.birthDate = today.addYears(-age).addDays(-g.bounded(365));
    p.birthName = g.pick(kSurnames);
    if (g.chance(8))
        p.birthName += u'-' + g.pick(kSurnames);
    const QStringList &firstPool = p.sex == Sex::Female ? kFemale : kMale;
    QStringList firsts{g.pick(firstPool)};
    const int extra = g.chance(35) ? 1 + g.bounded(2) : 0;
    for (int i = 0; i < extra; ++i) {
        const QString more = g.pick(firstPool);
        if (!firsts.contains(more))
            firsts << more;
    }
    p.firstNames = firsts.join(u' ');
    if (p.sex == Sex::Female && age >= 25 && g.chance(35))
        p.usageName = g.pick(kSurnames);
    const City &city = kCities[g.bounded(int(std::size(kCities)))];
    p.country = QString::fromUtf16(city.country);
    p.postcode = QString::fromUtf16(city.postcode);
    p.city = QString::fromUtf16(city.name);
    const int number = 1 + g.bounded(180);
    p.address = QString::number(number) + u", "_s + g.pick(kStreets);
    if (p.country == u"BE"_s)
        p.niss = nissFor(g, p.birthDate, p.sex);
    else
        p.nir = nirFor(g, p.birthDate, p.sex);
    if (age >= 12 && g.chance(90))
        p.mobilePhone = mobileFor(g, p.country);
    if (g.chance(15))
        p.otherPhone = landlineFor(g, p.country);
    if (age >= 16 && g.chance(75)) {
        const QString suffix = g.chance(30) ? QString::number(g.bounded(100)) : QString();
        const QString domain = g.pick(kDomains);
        p.email = asciiLocal(firsts.first()) + u'.' + asciiLocal(p.usageName.isEmpty() ? p.birthName : p.usageName)
            + suffix + u'@' + domain;
    }
    static const QList<IdentityStatus> statuses = {IdentityStatus::Provisional, IdentityStatus::Validated,
                                                   IdentityStatus::Validated, IdentityStatus::Qualified,
                                                   IdentityStatus::Retrieved};
    p.identityStatus = g.pick(statuses);
    p.origin = g.chance(30) ? PatientOrigin::Online : PatientOrigin::Desk;
    p.language = p.country == u"BE"_s && g.chance(15) ? u"nl"_s : u"fr"_s;
    p.notifySms = !g.chance(5);
    p.notifyEmail = !g.chance(5);
    p.deceased = age > 80 && g.chance(3);
    p.createdAt = now.addDays(-g.bounded(2000));
    p.updatedAt = p.createdAt;
    return p;
}

// A second record of the same person, as practices get them: an account created online beside
// the desk's record, a typo, the usage name typed as the birth name, day and month swapped, a
// single first name. Provisional, without NISS or NIR (nobody checked it): the Duplicates page's work.
Patient makeDuplicate(Generator &g, const Patient &original, const QDateTime &now)
{
    Patient d = original;
    d.id = g.uuid();
    d.niss.clear();
    d.nir.clear();
    d.identityStatus = IdentityStatus::Provisional;
    d.createdAt = now.addDays(-g.bounded(400));
    d.updatedAt = d.createdAt;
    d.origin = PatientOrigin::Online;
    switch (g.bounded(5)) {
    case 0: // the same person signing up online: the same traits, another address
        d.address.clear();
        if (!d.email.isEmpty() && g.chance(50))
            d.email = d.email.section(u'@', 0, 0) + u"@gmail.com"_s;
        break;
    case 1: { // a typo in the birth name: two letters swapped
        QString name = d.birthName;
        if (name.size() > 4) {
            const int i = 1 + g.bounded(int(name.size()) - 3);
            std::swap(name[i], name[i + 1]);
            d.birthName = name;
        }
        d.origin = PatientOrigin::Desk;
        break;
    }
    case 2: // the usage name typed as the birth name
        if (!d.usageName.isEmpty()) {
            d.birthName = d.usageName;
            d.usageName.clear();
        } else {
            d.birthName = Names::fold(d.birthName);
        }
        break;
    case 3: // day and month swapped
        if (d.birthDate.day() <= 12 && d.birthDate.day() != d.birthDate.month())
            d.birthDate = QDate(d.birthDate.year(), d.birthDate.day(), d.birthDate.month());
        else
            d.birthDate = d.birthDate.addDays(1);
        break;
    default: // only the first of the first names, no phone
        d.firstNames = d.firstNames.section(u' ', 0, 0);
        d.otherPhone.clear();
        break;
    }
    return d;
}

Patient makeChild(Generator &g, const Patient &holder, const QDate &today, const QDateTime &now)
{
    Patient c = makePatient(g, today, now);
    c.birthDate = today.addYears(-g.bounded(16)).addDays(-g.bounded(365));
    c.birthName = holder.usageName.isEmpty() ? holder.birthName : holder.usageName;
    c.usageName.clear();
    c.country = holder.country;
    c.postcode = holder.postcode;
    c.city = holder.city;
    c.address = holder.address;
    if (c.country == u"BE"_s) {
        c.niss = nissFor(g, c.birthDate, c.sex);
        c.nir.clear();
    } else {
        c.nir = nirFor(g, c.birthDate, c.sex);
        c.niss.clear();
    }
    c.mobilePhone = c.birthDate.daysTo(today) > 14 * 365 && g.chance(50) ? mobileFor(g, c.country) : QString();
    c.otherPhone.clear();
    c.email.clear();
    c.deceased = false;
    c.holderId = holder.id;
    c.relationship = u"child"_s;
    return c;
}

} // namespace

Result<DemoSummary> DemoClinic::create(const Database &db, const Clock &clock, const DemoOptions &options,
                                       const Progress &progress)
{
    if (options.patients < 1 || options.patients > 5000000)
        return Error::invalid(tr("The number of demo patients is between 1 and 5,000,000."), u"demo.patients"_s);
    if (options.practitioners < 1 || options.practitioners > 60)
        return Error::invalid(tr("The number of demo practitioners is between 1 and 60."), u"demo.practitioners"_s);
    if (options.parallelBookings < 1 || options.parallelBookings > 4)
        return Error::invalid(tr("Parallel demo bookings are between 1 and 4."), u"demo.parallel"_s);
    if (options.weeks < 0 || options.weeks > 520)
        return Error::invalid(tr("The number of demo weeks is between 0 and 520."), u"demo.weeks"_s);
    {
        auto r = db.exec(u"SELECT (SELECT count(*) FROM patients) + (SELECT count(*) FROM practitioners) "
                         "+ (SELECT count(*) FROM users)"_s);
        if (r && r->next() && r->value(0).toLongLong() > 0)
            return Error::refused(tr("This database already holds data; the demo clinic is created only in a new, "
                                     "empty database."),
                                  u"demo.not-empty"_s);
    }

    QElapsedTimer timer;
    timer.start();
    Generator g(options.seed);
    // Duplicates and appointment notes draw from their own stream: the rest of the demo stays as
    // it was for a given seed.
    Generator extra(options.seed * 7919 + 17);
    const QDateTime now = clock.now();
    const QTimeZone zone(QByteArrayLiteral("Europe/Brussels"));
    const QDate today = now.toTimeZone(zone).date();
    DemoSummary summary;
    summary.password = QString::fromLatin1(Password);

    PracticeRepository practice(db);
    PatientRepository patients(db);
    AppointmentRepository appointments(db);

    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    // Bulk load: the data is rebuilt from the seed if anything goes wrong.
    (void)db.exec(u"PRAGMA cache_size = -200000"_s);

    Site site;
    site.id = g.uuid();
    site.name = u"Centre médical du Parc"_s;
    site.timeZone = u"Europe/Brussels"_s;
    site.country = u"BE"_s;
    site.address = u"Avenue du Parc 12"_s;
    site.postcode = u"1060"_s;
    site.city = u"Saint-Gilles"_s;
    site.accessInfo = u"Rez-de-chaussée, accès de plain-pied. Tram 81 et 97, arrêt Parvis de Saint-Gilles."_s;
    site.phone = u"+3225381200"_s;
    if (auto ok = practice.insertSite(site); !ok)
        return ok.error();
    if (auto ok = db.setSetting(u"practice.name"_s, site.name); !ok)
        return ok.error();
    if (auto ok = db.setSetting(u"demo.seed"_s, QString::number(options.seed)); !ok)
        return ok.error();

    const QList<SpecialtyTemplate> specs = specialties();
    QList<Practitioner> practitioners;
    QHash<QString, QList<Motif>> motifsOf;
    QHash<QString, QList<OpeningRange>> rangesOf;
    for (int i = 0; i < options.practitioners; ++i) {
        const SpecialtyTemplate &spec = specs.at(i % specs.size());
        Practitioner p;
        p.id = g.uuid();
        const bool female = g.chance(55);
        p.title = spec.title;
        p.firstName = g.pick(female ? kFemale : kMale);
        p.lastName = g.pick(kSurnames);
        p.specialty = spec.code;
        const QString base = g.digits(7);
        // A valid INAMI number: 1-NNNNN-CC-QQQ, CC = 97 - (1NNNNN mod 97).
        const QString first6 = u"1"_s + base.left(5);
        p.registration =
            first6 + u"%1"_s.arg(97 - first6.toInt() % 97, 2, 10, QChar(u'0')) + base.mid(5, 1) + g.digits(2);
        p.siteId = site.id;
        p.color = kPractitionerColors.at(i % kPractitionerColors.size());
        p.onlineCancelDeadlineHours = (i % 3 == 2) ? 24 : 4;
        p.acceptsNewPatientsOnline = i % 4 != 3;
        if (auto ok = practice.insertPractitioner(p); !ok)
            return ok.error();
        practitioners << p;
        for (const auto &[label, minutes, colour, online] : spec.motifs) {
            Motif m;
            m.id = g.uuid();
            m.practitionerId = p.id;
            m.label = label;
            m.durationMinutes = minutes;
            m.color = colour;
            m.bookableOnline = online;
            m.spacingRule = spec.code == u"dermatology"_s || spec.code == u"cardiology"_s;
            if (spec.code == u"pediatrics"_s)
                m.maxAgeYears = 16;
            if (auto ok = practice.insertMotif(m); !ok)
                return ok.error();
            motifsOf[p.id] << m;
            ++summary.motifs;
        }
        // Weekly template: mornings and afternoons, one half-day off, Saturday morning for some.
        const int dayOff = 1 + (i % 5);
        for (int day = 1; day <= 6; ++day) {
            QList<std::pair<QTime, QTime>> spans;
            if (day == 6) {
                if (i % 3 == 0)
                    spans << std::pair{QTime(9, 0), QTime(12, 0)};
            } else {
                spans << std::pair{QTime(8, 30), QTime(12, 30)};
                if (day != dayOff)
                    spans << std::pair{QTime(14, 0), i % 2 ? QTime(18, 30) : QTime(19, 0)};
            }
            for (const auto &[from, to] : spans) {
                OpeningRange r;
                r.id = g.uuid();
                r.practitionerId = p.id;
                r.siteId = site.id;
                r.weekday = day;
                r.start = from;
                r.end = to;
                if (auto ok = practice.insertOpeningRange(r); !ok)
                    return ok.error();
                rangesOf[p.id] << r;
            }
        }
        // Belgian public holidays with a fixed date: closed, as exceptions to the week.
        for (QDate day = today.addDays(-7 * options.weeks); day <= today.addDays(366); day = day.addDays(1)) {
            if (!isFixedPublicHoliday(day))
                continue;
            OpeningException e;
            e.id = g.uuid();
            e.practitionerId = p.id;
            e.siteId = site.id;
            e.day = day;
            e.label = u"Jour férié"_s;
            if (auto ok = practice.putOpeningException(e); !ok)
                return ok.error();
        }
        if (i % 4 == 1) {
            Absence a;
            a.id = g.uuid();
            a.practitionerId = p.id;
            const QDate first = today.addDays(14 + g.bounded(14));
            a.start = QDateTime(first, QTime(0, 0), zone).toUTC();
            a.end = QDateTime(first.addDays(5), QTime(0, 0), zone).toUTC();
            a.label = u"Congés"_s;
            if (auto ok = practice.insertAbsence(a); !ok)
                return ok.error();
        }
    }
    summary.practitioners = practitioners.size();

    // Patients, in batches so memory stays flat at a million.
    QList<QString> patientIds;
    patientIds.reserve(std::min(options.patients, 200000));
    const int batchSize = 20000;
    QList<Patient> batch;
    batch.reserve(batchSize + 8);
    qint64 written = 0;
    QSet<QString> duplicateIds;
    if (auto ok = patients.suspendSearchIndex(); !ok)
        return ok.error();
    while (written < options.patients) {
        batch.clear();
        while (batch.size() < batchSize && written + batch.size() < options.patients) {
            Patient p = makePatient(g, today, now);
            shapeIdentity(p, written + batch.size());
            batch << p;
            if (!p.deceased && extra.chance(2) && written + batch.size() < options.patients) {
                batch << makeDuplicate(extra, p, now);
                duplicateIds.insert(batch.last().id);
                ++summary.duplicates;
            }
            if (!p.deceased && g.chance(12) && written + batch.size() < options.patients) {
                const int children = 1 + g.bounded(3);
                for (int c = 0; c < children && written + batch.size() < options.patients; ++c) {
                    batch << makeChild(g, p, today, now);
                    ++summary.relatives;
                }
            }
        }
        if (auto ok = patients.insertMany(batch); !ok)
            return ok.error();
        for (const Patient &p : std::as_const(batch)) {
            // Second records (duplicates) keep no appointments of their own: the agenda stays the
            // same for a seed, and merging them loses nothing.
            if (!p.deceased && patientIds.size() < 200000 && !duplicateIds.contains(p.id))
                patientIds << p.id;
        }
        written += batch.size();
        if (progress)
            progress(written, options.patients);
    }
    if (auto ok = patients.rebuildSearchIndex(); !ok)
        return ok.error();
    summary.patients = written;

    // A few patients miss appointments far more than others, as in every practice.
    QStringList unreliable;
    for (int i = 0; i < std::min<int>(20, int(patientIds.size()) / 50); ++i)
        unreliable << patientIds.at(i * 37 % patientIds.size());

    // Appointments over the weeks around today, filling the opening ranges.
    QList<Appointment> appts;
    QList<AppointmentTransition> history;
    const QDate firstDay = today.addDays(-7 * options.weeks);
    const QDate lastDay = today.addDays(7 * options.weeks);
    // Day by day, as a practice fills its agenda: rows of one week stay close together on disk.
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        for (int practitionerIndex = 0; practitionerIndex < practitioners.size(); ++practitionerIndex) {
            const Practitioner &p = practitioners.at(practitionerIndex);
            const QList<Motif> &motifs = motifsOf[p.id];
            for (const OpeningRange &r : rangesOf[p.id]) {
                if (r.weekday != day.dayOfWeek() || isFixedPublicHoliday(day))
                    continue;
                QDateTime slot(day, r.start, zone);
                const QDateTime rangeEnd(day, r.end, zone);
                const qint64 daysAhead = today.daysTo(day);
                const int fill = daysAhead < 0 ? 85 : std::max(15, 80 - int(daysAhead) * 3);
                while (true) {
                    const Motif &m = motifs.at(g.bounded(std::min<int>(int(motifs.size()), 3)));
                    const QDateTime end = slot.addSecs(qint64(m.durationMinutes) * 60);
                    if (end > rangeEnd)
                        break;
                    for (int parallel = 0; parallel < options.parallelBookings; ++parallel) {
                        if (!g.chance(fill))
                            continue;
                        Appointment a;
                        a.id = g.uuid();
                        a.practitionerId = p.id;
                        a.patientId = patientIds.at(g.bounded(int(patientIds.size())));
                        a.motifId = m.id;
                        a.siteId = site.id;
                        a.start = slot.toUTC();
                        a.end = end.toUTC();
                        static const QList<BookingChannel> channels = {BookingChannel::Online, BookingChannel::Online,
                                                                       BookingChannel::Phone, BookingChannel::Desk};
                        a.channel = g.pick(channels);
                        a.createdAt = a.start.addDays(-1 - g.bounded(40));
                        if (a.createdAt > now)
                            a.createdAt = now.addSecs(-3600 * (1 + g.bounded(200)));
                        a.createdBy = a.channel == BookingChannel::Online ? u"online"_s : u"secretariat"_s;
                        static const QStringList notes = {u"Apporter les résultats de la prise de sang"_s,
                                                          u"Certificat pour le sport"_s,
                                                          u"Vient accompagné de sa fille"_s,
                                                          u"Préfère être appelé sur le fixe"_s,
                                                          u"Apporter la carte d'identité (identité à vérifier)"_s,
                                                          u"Parle néerlandais"_s,
                                                          u"Renouvellement d'ordonnance demandé"_s,
                                                          u"Fauteuil roulant : entrée par l'arrière"_s};
                        if (extra.chance(7))
                            a.note = extra.pick(notes);
                        history << AppointmentTransition{0,
                                                         a.id,
                                                         std::nullopt,
                                                         AppointmentStatus::Booked,
                                                         a.createdAt,
                                                         a.createdBy,
                                                         BookingChannels::code(a.channel)};
                        auto move = [&](AppointmentStatus to, const QDateTime &at, const QString &who,
                                        const QString &why) {
                            history << AppointmentTransition{0, a.id, a.status, to, at, who, why};
                            a.status = to;
                            a.reason = why;
                        };
                        const int roll = g.bounded(1000);
                        if (roll < 70) {
                            const bool byPatient = g.chance(80);
                            const QDateTime at = a.start.addSecs(-3600 * (1 + g.bounded(96)));
                            move(AppointmentStatus::Cancelled, at < now ? at : now,
                                 byPatient ? u"online"_s : u"secretariat"_s,
                                 byPatient ? u"Empêchement du patient"_s : u"Absence du praticien"_s);
                            a.cancelledBy = byPatient ? CancelledBy::Patient : CancelledBy::Practice;
                            a.lateCancellation = byPatient && at > a.start.addSecs(-3600 * p.onlineCancelDeadlineHours);
                        } else if (roll < 75) {
                            move(AppointmentStatus::EnteredInError, a.createdAt.addSecs(120), u"secretariat"_s,
                                 u"Doublon"_s);
                        } else if (a.end <= now) {
                            if (roll < 115) {
                                // Each practitioner has the same few habitual absentees.
                                if (!unreliable.isEmpty() && g.chance(50))
                                    a.patientId =
                                        unreliable.at((practitionerIndex * 3 + g.bounded(3)) % unreliable.size());
                                move(AppointmentStatus::NoShow, a.start.addSecs(1800), u"secretariat"_s, QString());
                                a.excused = g.chance(20);
                            } else {
                                move(AppointmentStatus::Arrived, a.start.addSecs(-600 + g.bounded(900)),
                                     u"secretariat"_s, QString());
                                move(AppointmentStatus::InConsultation, a.start.addSecs(g.bounded(600)),
                                     u"practitioner"_s, QString());
                                if (a.end.addSecs(1800) < now || g.chance(50))
                                    move(AppointmentStatus::Fulfilled, a.end, u"practitioner"_s, QString());
                            }
                        } else if (a.start <= now) {
                            move(AppointmentStatus::Arrived, a.start.addSecs(-300), u"secretariat"_s, QString());
                            if (g.chance(60))
                                move(AppointmentStatus::InConsultation, a.start.addSecs(60), u"practitioner"_s,
                                     QString());
                        } else if (day == today && a.start.addSecs(-1800) <= now && g.chance(40)) {
                            move(AppointmentStatus::Arrived, now.addSecs(-60 * g.bounded(20)), u"secretariat"_s,
                                 QString());
                        }
                        appts << a;
                    }
                    slot = end;
                }
            }
        }
    }
    if (auto ok = appointments.insertMany(appts, history); !ok)
        return ok.error();
    summary.appointments = appts.size();

    // One user per role, all with the demo password.
    auto hash = Password::hash(summary.password);
    if (!hash)
        return hash.error();
    UserRepository users(db);
    const QList<std::tuple<QString, QString, Role, QString>> demoUsers = {
        {u"secretariat"_s, u"Sophie Lambert (secrétariat)"_s, Role::Secretary, QString()},
        {u"praticien"_s, practitioners.first().displayName(), Role::Practitioner, practitioners.first().id},
        {u"admin"_s, u"Administrateur du cabinet"_s, Role::Administrator, QString()},
    };
    for (const auto &[login, name, role, practitionerId] : demoUsers) {
        User u;
        u.id = g.uuid();
        u.login = login;
        u.displayName = name;
        u.role = role;
        u.practitionerId = practitionerId;
        u.passwordHash = *hash;
        if (auto ok = users.insert(u, now); !ok)
            return ok.error();
        summary.userLogins << login;
    }
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    summary.seconds = double(timer.elapsed()) / 1000.0;
    return summary;
}

bool DemoClinic::isDemo(const Database &db)
{
    return !db.setting(u"demo.seed"_s).isEmpty();
}

} // namespace guichet
