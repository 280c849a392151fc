// Setting up a practice (issue 18): validators, sites, practitioners and visit reasons with their
// rules, both ways; audit, journal and the central agenda's representation; absences edited and
// removed; the audit log read and exported; one's own password changed before a session.
#include "core/access/audittrail.h"
#include "core/access/userservice.h"
#include "core/agenda/absenceservice.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/openinghours.h"
#include "core/agenda/practicesetup.h"
#include "core/base/uuid.h"
#include "core/domain/registration.h"
#include "core/identity/patientservice.h"
#include "core/store/auditlog.h"
#include "core/store/changejournal.h"
#include "core/store/notificationrepository.h"
#include "core/store/practicerepository.h"
#include "core/store/practicesettings.h"
#include "core/store/userrepository.h"
#include "core/sync/fhirmapping.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

// The clock stands on Monday 23 November 2026, 09:00 UTC (10:00 in Brussels).
class TestSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rppsNumbers_data();
    void rppsNumbers();
    void inamiNumbers_data();
    void inamiNumbers();
    void inamiAgreesWithItsDefinition();
    void sitesValidated();
    void practitionersValidatedByTheirCountry();
    void onlySettingsAdministratorsSetUp();
    void everyActAuditedAndJournalled();
    void deactivatedIsKeptButNotBookable();
    void visitReasonsValidated();
    void bookingModes();
    void onlineWindowAndNotice();
    void reasonsOwnLastVisitRule();
    void messagesOffAndInstructions();
    void healthcareServiceBothWays();
    void absencesEditedAndRemoved();
    void rangesOfferChosenReasons();
    void auditLogFilteredAndExported();
    void ownPasswordChangedBeforeASession();
    void everySettingDescribed();

private:
    Site site(const QString &country = u"BE"_s);
    Practitioner practitioner(const QString &siteId);
    QString patient(const QString &birthDate = u"1980-05-05"_s, const QString &email = {});
    void hours(const QString &practitionerId, const QString &siteId);
    Result<Booking> book(const QString &patientId, const QString &practitionerId, const QString &motifId,
                         const QDateTime &start, const QString &channel);
    QDateTime at(int dayOfNovember, int hour) const
    {
        return QDateTime(QDate(2026, 11, dayOfNovember), QTime(hour, 0), m_zone);
    }
    int count(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<TempDatabase> m_t;
    QTimeZone m_zone{QByteArrayLiteral("Europe/Brussels")};
};

void TestSetup::init()
{
    m_t = std::make_unique<TempDatabase>();
}

void TestSetup::cleanup()
{
    m_t.reset();
}

int TestSetup::count(const QString &sql, const QVariantList &values)
{
    auto r = m_t->db().exec(sql, values);
    return r && r->next() ? r->value(0).toInt() : -1;
}

Site TestSetup::site(const QString &country)
{
    Site s;
    s.name = u"Cabinet des Lilas"_s;
    s.country = country;
    s.timeZone.clear();
    s.address = u"Rue des Lilas 4"_s;
    s.postcode = country == u"BE"_s ? u"1050"_s : u"75011"_s;
    s.city = country == u"BE"_s ? u"Ixelles"_s : u"Paris"_s;
    s.phone = country == u"BE"_s ? u"02 555 12 34"_s : u"01 45 67 89 10"_s;
    auto saved = PracticeSetup::saveSite(m_t->session(), s);
    if (!saved)
        qFatal("site: %s", qPrintable(saved.error().message));
    return *saved;
}

Practitioner TestSetup::practitioner(const QString &siteId)
{
    Practitioner p;
    p.title = u"Dr"_s;
    p.firstName = u"Anne"_s;
    p.lastName = u"Peeters"_s;
    p.specialty = u"general-practice"_s;
    p.siteId = siteId;
    p.registration = u"1-23456-25-004"_s;
    auto saved = PracticeSetup::savePractitioner(m_t->session(), p);
    if (!saved)
        qFatal("practitioner: %s", qPrintable(saved.error().message));
    hours(saved->id, siteId);
    return *saved;
}

void TestSetup::hours(const QString &practitionerId, const QString &siteId)
{
    for (int day = 1; day <= 5; ++day) {
        OpeningRange r;
        r.id = newUuid();
        r.practitionerId = practitionerId;
        r.siteId = siteId;
        r.weekday = day;
        r.start = QTime(8, 0);
        r.end = QTime(18, 0);
        if (!PracticeRepository(m_t->db()).insertOpeningRange(r))
            qFatal("range");
    }
}

QString TestSetup::patient(const QString &birthDate, const QString &email)
{
    PatientInput in;
    in.birthName = u"Lemaire"_s;
    in.firstNames = u"Anne"_s;
    in.birthDate = birthDate;
    in.sex = u"female"_s;
    in.email = email;
    auto p = PatientService::add(m_t->session(), in);
    if (!p)
        qFatal("patient: %s", qPrintable(p.error().message));
    return p->id;
}

Result<Booking> TestSetup::book(const QString &patientId, const QString &practitionerId, const QString &motifId,
                                const QDateTime &start, const QString &channel)
{
    AppointmentDraft d;
    d.patientId = patientId;
    d.practitionerId = practitionerId;
    d.motifId = motifId;
    d.start = start.toUTC();
    d.channel = *BookingChannels::fromCode(channel);
    return AppointmentService::book(m_t->session(), d);
}

void TestSetup::rppsNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits"); // empty: refused
    // Check digits computed with python-stdnum's stdnum.luhn.
    QTest::newRow("luhn valid") << u"10003456786"_s << u"10003456786"_s;
    QTest::newRow("with spaces") << u"100 0345 6786"_s << u"10003456786"_s;
    QTest::newRow("last digit wrong") << u"10003456787"_s << QString();
    QTest::newRow("two digits swapped") << u"10003457686"_s << QString();
    QTest::newRow("ten digits") << u"1000345678"_s << QString();
    QTest::newRow("letter") << u"1000345678A"_s << QString();
}

void TestSetup::rppsNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);
    auto r = Registration::rpps(text);
    if (digits.isEmpty()) {
        QVERIFY(!r);
        QCOMPARE(r.error().rule, u"registration.rpps"_s);
        QVERIFY(r.error().message.contains(u"RPPS"_s));
    } else {
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(*r, digits);
    }
}

void TestSetup::inamiNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");
    // 123456 mod 97 = 72 -> 25; 100001 mod 97 = 91 -> 06; modulo 89: 123456 mod 89 = 13 -> 76.
    QTest::newRow("modulo 97") << u"1-23456-25-004"_s << u"12345625004"_s;
    QTest::newRow("modulo 97, leading zero check") << u"10000106004"_s << u"10000106004"_s;
    QTest::newRow("modulo 89 (since 2012)") << u"12345676580"_s << u"12345676580"_s;
    QTest::newRow("check digits wrong") << u"1-23456-26-004"_s << QString();
    QTest::newRow("twelve digits") << u"123456250041"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSetup::inamiNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);
    auto r = Registration::inami(text);
    if (digits.isEmpty()) {
        QVERIFY(!r);
        QCOMPARE(r.error().rule, u"registration.inami"_s);
    } else {
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(*r, digits);
        QCOMPARE(Registration::formatted(*r, u"BE"_s).size(), 14);
    }
}

void TestSetup::inamiAgreesWithItsDefinition()
{
    // Every six-digit base: exactly the two documented check values are accepted, nothing else.
    for (int base = 100000; base < 200000; base += 37) {
        int accepted = 0;
        for (int check = 0; check < 100; ++check) {
            const QString number = QString::number(base) + u"%1"_s.arg(check, 2, 10, QChar(u'0')) + u"123"_s;
            const bool documented = check == 97 - base % 97 || check == 89 - base % 89;
            QCOMPARE(Registration::inami(number).ok(), documented);
            accepted += documented;
        }
        QVERIFY(accepted >= 1 && accepted <= 2);
    }
}

void TestSetup::sitesValidated()
{
    Site s;
    s.name = u"  Cabinet   "_s;
    s.country = u"be"_s;
    s.timeZone.clear();
    s.postcode = u"1000"_s;
    s.phone = u"02 538 12 00"_s;
    auto ok = PracticeSetup::validate(s);
    QVERIFY2(ok.ok(), qPrintable(ok ? QString() : ok.error().message + ok.error().rule));
    QCOMPARE(ok->name, u"Cabinet"_s);
    QCOMPARE(ok->country, u"BE"_s);
    QCOMPARE(ok->timeZone, u"Europe/Brussels"_s); // from the country
    QCOMPARE(ok->phone, u"+3225381200"_s); // E.164
    struct Case
    {
        std::function<void(Site &)> change;
        QString rule;
    };
    const QList<Case> bad = {
        {[](Site &x) { x.name = u"   "_s; }, u"setup.name"_s},
        {[](Site &x) { x.country = u"DE"_s; }, u"setup.country"_s},
        {[](Site &x) { x.timeZone = u"Europe/Bruxelles"_s; }, u"setup.time_zone"_s},
        {[](Site &x) { x.postcode = u"10000"_s; }, u"setup.postcode"_s},
        {[](Site &x) { x.country = u"FR"_s; }, u"setup.postcode"_s}, // 1000 is not French
        {[](Site &x) { x.phone = u"12"_s; }, u"setup.phone"_s},
        {[](Site &x) { x.address = QString(201, u'a'); }, u"setup.address"_s},
        {[](Site &x) { x.city = QString(101, u'i'); }, u"setup.city"_s},
    };
    for (const Case &c : bad) {
        Site x = s;
        c.change(x);
        auto refused = PracticeSetup::validate(x);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, c.rule);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
    }
    // A bell, a right-to-left override or a zero-width space pasted in are not kept.
    {
        Site x = s;
        x.city = u"Ixel\u200Bles\u0007"_s;
        x.address = u"Chaussée d'\u202EIxelles 10"_s;
        auto cleaned = PracticeSetup::validate(x);
        QVERIFY2(cleaned.ok(), qPrintable(cleaned ? QString() : cleaned.error().message));
        QCOMPARE(cleaned->city, u"Ixelles"_s);
        QCOMPARE(cleaned->address, u"Chaussée d'Ixelles 10"_s);
    }
    // A French site takes a five-digit postcode, Corsica's too.
    s.country = u"FR"_s;
    for (const QString &postcode : {u"75011"_s, u"2A004"_s}) {
        s.postcode = postcode;
        s.timeZone.clear();
        s.phone = u"01 45 67 89 10"_s;
        auto french = PracticeSetup::validate(s);
        QVERIFY2(french.ok(), qPrintable(french ? QString() : french.error().message));
        QCOMPARE(french->timeZone, u"Europe/Paris"_s);
    }
}

void TestSetup::practitionersValidatedByTheirCountry()
{
    const Site be = site(u"BE"_s);
    const Site fr = site(u"FR"_s);
    Practitioner p;
    p.lastName = u"Martin"_s;
    p.specialty = u"general-practice"_s;
    p.siteId = be.id;
    p.registration = u"10003456786"_s; // a valid RPPS is not an INAMI number
    auto refused = PracticeSetup::validate(m_t->db(), p);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"registration.inami"_s);
    p.siteId = fr.id; // the same number in France: an RPPS
    auto accepted = PracticeSetup::validate(m_t->db(), p);
    QVERIFY2(accepted.ok(), qPrintable(accepted ? QString() : accepted.error().message));
    p.registration = u"1-23456-25-004"_s; // an INAMI number in France
    QCOMPARE(PracticeSetup::validate(m_t->db(), p).error().rule, u"registration.rpps"_s);
    p.registration.clear(); // none yet: allowed
    QVERIFY(PracticeSetup::validate(m_t->db(), p).ok());
    p.siteId = newUuid();
    QCOMPARE(PracticeSetup::validate(m_t->db(), p).error().rule, u"setup.site"_s);
    p.siteId = be.id;
    p.otherSiteIds = {fr.id, be.id, fr.id};
    auto sites = PracticeSetup::validate(m_t->db(), p);
    QVERIFY(sites.ok());
    QCOMPARE(sites->otherSiteIds, QStringList{fr.id}); // the main one and repeats dropped
    p.color = u"blue"_s;
    QCOMPARE(PracticeSetup::validate(m_t->db(), p).error().rule, u"setup.colour"_s);
    p.color = u"#AABBCC"_s;
    QCOMPARE(PracticeSetup::validate(m_t->db(), p)->color, u"#aabbcc"_s);
    for (auto [field, set] :
         {std::pair{u"setup.cancel_deadline_hours"_s,
                    std::function<void(Practitioner &)>([](Practitioner &x) { x.onlineCancelDeadlineHours = -1; })},
          {u"setup.online_days"_s, [](Practitioner &x) { x.onlineDays = 400; }},
          {u"setup.online_notice_hours"_s, [](Practitioner &x) { x.onlineNoticeHours = 1000; }},
          {u"setup.last_name"_s, [](Practitioner &x) { x.lastName = u" "_s; }}}) {
        Practitioner x = p;
        set(x);
        QCOMPARE(PracticeSetup::validate(m_t->db(), x).error().rule, field);
    }
    // Saved with its further site, read back.
    p.registration = u"12345625004"_s;
    auto saved = PracticeSetup::savePractitioner(m_t->session(), p);
    QVERIFY(saved.ok());
    auto read = PracticeRepository(m_t->db()).practitioner(saved->id);
    QCOMPARE(read->otherSiteIds, QStringList{fr.id});
    QCOMPARE(read->registration, u"12345625004"_s);
}

void TestSetup::onlySettingsAdministratorsSetUp()
{
    const Site s = site();
    Site changed = s;
    changed.name = u"Autre nom"_s;
    for (const Role role : {Role::Secretary, Role::Practitioner}) {
        auto refused = PracticeSetup::saveSite(m_t->session(role), changed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    }
    QCOMPARE(PracticeRepository(m_t->db()).site(s.id)->name, s.name);
    QVERIFY(PracticeSetup::saveSite(m_t->session(Role::Administrator), changed).ok());
    QCOMPARE(PracticeRepository(m_t->db()).site(s.id)->name, u"Autre nom"_s);
}

void TestSetup::everyActAuditedAndJournalled()
{
    QVERIFY(!PracticeSetup::isSetUp(m_t->db()));
    const Site s = site();
    const Practitioner p = practitioner(s.id);
    Motif m;
    m.practitionerId = p.id;
    m.label = u"Consultation"_s;
    auto motif = PracticeSetup::saveMotif(m_t->session(), m);
    QVERIFY(motif.ok());
    QVERIFY(PracticeSetup::isSetUp(m_t->db()));
    QVERIFY(PracticeSetup::setMotifActive(m_t->session(), motif->id, false).ok());
    for (const auto &[entity, id, actions] :
         {std::tuple{u"site"_s, s.id, QStringList{u"site.create"_s}},
          {u"practitioner"_s, p.id, QStringList{u"practitioner.create"_s}},
          {u"motif"_s, motif->id, QStringList{u"motif.create"_s, u"motif.deactivate"_s}}}) {
        const QList<AuditEntry> audit = AuditLog::forEntity(m_t->db(), entity, id);
        QStringList seen;
        for (const AuditEntry &e : audit)
            seen << e.action;
        QCOMPARE(seen, actions);
        QCOMPARE(audit.first().user, u"administrator-test"_s);
        const QList<JournalEntry> journal = ChangeJournal::forEntity(m_t->db(), entity, id);
        QCOMPARE(journal.size(), actions.size());
        QCOMPARE(journal.first().operation, u"create"_s);
        QCOMPARE(journal.first().payload.value(u"id"_s).toString(), id);
    }
    // A refused save writes nothing.
    const int before = count(u"SELECT count(*) FROM change_journal"_s);
    Motif bad = *motif;
    bad.durationMinutes = 0;
    QVERIFY(!PracticeSetup::saveMotif(m_t->session(), bad));
    QCOMPARE(count(u"SELECT count(*) FROM change_journal"_s), before);
    QCOMPARE(PracticeRepository(m_t->db()).motif(motif->id)->durationMinutes, 15);
}

void TestSetup::deactivatedIsKeptButNotBookable()
{
    const Site s = site();
    const Practitioner p = practitioner(s.id);
    Motif m;
    m.practitionerId = p.id;
    m.label = u"Consultation"_s;
    const Motif motif = *PracticeSetup::saveMotif(m_t->session(), m);
    const QString anne = patient();
    QVERIFY(book(anne, p.id, motif.id, at(24, 9), u"desk"_s).ok());
    int booked = -1;
    auto off = PracticeSetup::setPractitionerActive(m_t->session(), p.id, false, &booked);
    QVERIFY(off.ok());
    QCOMPARE(booked, 1); // told to the desk
    QVERIFY(!PracticeRepository(m_t->db()).practitioner(p.id)->active);
    QCOMPARE(PracticeRepository(m_t->db()).practitioners(true).size(), 0);
    QCOMPARE(PracticeRepository(m_t->db()).practitioners(false).size(), 1); // kept for the history
    auto refused = book(anne, p.id, motif.id, at(25, 9), u"desk"_s);
    QCOMPARE(refused.error().rule, u"agenda.inactive"_s);
    QVERIFY(PracticeSetup::setPractitionerActive(m_t->session(), p.id, true).ok());
    QVERIFY(book(anne, p.id, motif.id, at(25, 9), u"desk"_s).ok());
    QVERIFY(PracticeSetup::setMotifActive(m_t->session(), motif.id, false).ok());
    QCOMPARE(book(anne, p.id, motif.id, at(26, 9), u"desk"_s).error().rule, u"agenda.inactive"_s);
    QCOMPARE(count(u"SELECT count(*) FROM appointments WHERE status = 'booked'"_s), 2); // nothing lost
}

void TestSetup::visitReasonsValidated()
{
    const Site s = site();
    const Practitioner p = practitioner(s.id);
    Motif m;
    m.practitionerId = p.id;
    m.label = u"Vaccination"_s;
    m.minAgeYears = 2;
    m.maxAgeYears = 16;
    QVERIFY(PracticeSetup::validate(m_t->db(), m).ok());
    struct Case
    {
        std::function<void(Motif &)> change;
        QString rule;
    };
    const QList<Case> bad = {
        {[](Motif &x) { x.practitionerId = newUuid(); }, u"setup.practitioner"_s},
        {[](Motif &x) { x.label.clear(); }, u"setup.label"_s},
        {[](Motif &x) { x.durationMinutes = 4; }, u"setup.duration"_s},
        {[](Motif &x) { x.durationMinutes = 481; }, u"setup.duration"_s},
        {[](Motif &x) { x.color = u"#12345"_s; }, u"setup.colour"_s},
        {[](Motif &x) { x.maxAgeYears = 1; }, u"setup.max_age"_s},
        {[](Motif &x) { x.minAgeYears = 121; }, u"setup.min_age"_s},
        {[](Motif &x) { x.lastVisitMonths = -1; }, u"setup.last_visit_months"_s},
        {[](Motif &x) {
             x.setBookingCode(u"phone-only"_s);
             x.bookingPhone = u"abc"_s;
         },
         u"setup.booking_phone"_s},
        {[](Motif &x) { x.instructions = QString(1001, u'x'); }, u"setup.instructions"_s},
    };
    for (const Case &c : bad) {
        Motif x = m;
        c.change(x);
        auto refused = PracticeSetup::validate(m_t->db(), x);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, c.rule);
    }
    // The number to call is kept for phone-only reasons only, in E.164.
    Motif phone = m;
    QVERIFY(phone.setBookingCode(u"phone-only"_s));
    phone.bookingPhone = u"02 555 99 88"_s;
    QCOMPARE(PracticeSetup::validate(m_t->db(), phone)->bookingPhone, u"+3225559988"_s);
    QVERIFY(phone.setBookingCode(u"online"_s));
    QCOMPARE(PracticeSetup::validate(m_t->db(), phone)->bookingPhone, QString());
    QVERIFY(!phone.setBookingCode(u"fax"_s));
}

void TestSetup::bookingModes()
{
    const Site s = site();
    const Practitioner p = practitioner(s.id);
    const QString anne = patient();
    auto reason = [&](const QString &code, const QString &phone = {}) {
        Motif m;
        m.practitionerId = p.id;
        m.label = code;
        m.setBookingCode(code);
        m.bookingPhone = phone;
        return PracticeSetup::saveMotif(m_t->session(), m)->id;
    };
    const QString online = reason(u"online"_s);
    const QString phoneOnly = reason(u"phone-only"_s, u"02 555 99 88"_s);
    const QString siteNumber = reason(u"phone-only"_s);
    const QString deskOnly = reason(u"desk-only"_s);
    QVERIFY(book(anne, p.id, online, at(24, 9), u"online"_s).ok());
    auto phone = book(anne, p.id, phoneOnly, at(24, 10), u"online"_s);
    QCOMPARE(phone.error().rule, u"agenda.phone-only"_s);
    QVERIFY2(phone.error().message.contains(u"02 555 99 88"_s), qPrintable(phone.error().message));
    auto site_ = book(anne, p.id, siteNumber, at(24, 10), u"online"_s);
    QVERIFY2(site_.error().message.contains(u"02 555 12 34"_s), qPrintable(site_.error().message)); // the site's
    QVERIFY(book(anne, p.id, phoneOnly, at(24, 10), u"phone"_s).ok());
    QCOMPARE(book(anne, p.id, deskOnly, at(24, 11), u"online"_s).error().rule, u"agenda.desk-only"_s);
    auto byPhone = book(anne, p.id, deskOnly, at(24, 11), u"phone"_s); // the desk decides: warned
    QVERIFY(byPhone.ok());
    QVERIFY(byPhone->warnings.join(u' ').contains(u"desk only"_s));
    auto atTheDesk = book(anne, p.id, deskOnly, at(24, 12), u"desk"_s);
    QVERIFY(atTheDesk.ok());
    QVERIFY(atTheDesk->warnings.isEmpty());
}

void TestSetup::onlineWindowAndNotice()
{
    const Site s = site();
    Practitioner p = practitioner(s.id);
    p.onlineDays = 14;
    p.onlineNoticeHours = 24;
    QVERIFY(PracticeSetup::savePractitioner(m_t->session(), p).ok());
    Motif m;
    m.practitionerId = p.id;
    m.label = u"Consultation"_s;
    const QString motif = PracticeSetup::saveMotif(m_t->session(), m)->id;
    const QString anne = patient();
    // Now: Monday 23 November, 10:00 in Brussels.
    QCOMPARE(book(anne, p.id, motif, at(23, 15), u"online"_s).error().rule, u"agenda.online-notice"_s);
    QVERIFY(book(anne, p.id, motif, at(24, 11), u"online"_s).ok()); // 25 hours ahead
    QCOMPARE(book(anne, p.id, motif, at(23, 15).addDays(15), u"online"_s).error().rule, u"agenda.online-window"_s);
    QVERIFY(book(anne, p.id, motif, at(23, 9).addDays(14), u"online"_s).ok()); // 14 days less an hour ahead
    // The desk is bound by neither.
    QVERIFY(book(anne, p.id, motif, at(23, 16), u"desk"_s).ok());
    QVERIFY(book(anne, p.id, motif, at(23, 16).addDays(30), u"phone"_s).ok());
}

void TestSetup::reasonsOwnLastVisitRule()
{
    const Site s = site();
    const Practitioner p = practitioner(s.id); // 24 months by default
    Motif m;
    m.practitionerId = p.id;
    m.label = u"Suivi"_s;
    m.lastVisitMonths = 6;
    const QString followUp = PracticeSetup::saveMotif(m_t->session(), m)->id;
    m.label = u"Consultation"_s;
    m.lastVisitMonths = 0;
    const QString consult = PracticeSetup::saveMotif(m_t->session(), m)->id;
    const QString anne = patient();
    // Seen ten months ago.
    m_t->clock().advance(-qint64(300) * 86400);
    auto past =
        book(anne, p.id, consult, QDateTime(m_t->clock().now().date().addDays(1), QTime(9, 0), m_zone), u"desk"_s);
    QVERIFY(past.ok());
    QVERIFY(
        AppointmentService::changeStatus(m_t->session(), past->appointment.id, AppointmentStatus::Arrived, QString())
            .ok());
    QVERIFY(
        AppointmentService::changeStatus(m_t->session(), past->appointment.id, AppointmentStatus::Fulfilled, QString())
            .ok());
    m_t->clock().advance(qint64(300) * 86400);
    auto refused = book(anne, p.id, followUp, at(24, 9), u"online"_s);
    QCOMPARE(refused.error().rule, u"agenda.last-visit"_s);
    QVERIFY(refused.error().message.contains(u"6"_s));
    QVERIFY(book(anne, p.id, consult, at(24, 9), u"online"_s).ok()); // the practitioner's 24 months
}

void TestSetup::messagesOffAndInstructions()
{
    const Site s = site();
    Practitioner p = practitioner(s.id);
    Motif m;
    m.practitionerId = p.id;
    m.label = u"Prise de sang"_s;
    m.instructions = u"Venez à jeun depuis la veille au soir."_s;
    const QString motif = PracticeSetup::saveMotif(m_t->session(), m)->id;
    const QString anne = patient(u"1980-05-05"_s, u"anne.lemaire@example.org"_s);
    auto booked = book(anne, p.id, motif, at(30, 9), u"desk"_s);
    QVERIFY(booked.ok());
    bool confirmed = false;
    for (const NotificationRequest &n : NotificationRepository(m_t->db()).forAppointment(booked->appointment.id)) {
        if (n.kind == u"confirmation"_s) {
            confirmed = true;
            QVERIFY2(n.body.contains(u"Venez à jeun"_s), qPrintable(n.body));
            QVERIFY(n.body.contains(u"Rue des Lilas 4, 1050 Ixelles"_s)); // the full address, if the text has one
        } else {
            QVERIFY(!n.body.contains(u"Venez à jeun"_s)); // with the confirmation only
        }
    }
    QVERIFY(confirmed);
    // Messages off for the practitioner: the next booking plans none.
    p.messages = false;
    QVERIFY(PracticeSetup::savePractitioner(m_t->session(), p).ok());
    auto quiet = book(anne, p.id, motif, at(30, 11), u"desk"_s);
    QVERIFY(quiet.ok());
    QCOMPARE(NotificationRepository(m_t->db()).forAppointment(quiet->appointment.id).size(), 0);
}

void TestSetup::healthcareServiceBothWays()
{
    const Site s = site();
    const Practitioner p = practitioner(s.id);
    Motif m;
    m.practitionerId = p.id;
    m.label = u"Vaccination enfant"_s;
    m.durationMinutes = 20;
    m.setBookingCode(u"phone-only"_s);
    m.bookingPhone = u"02 555 99 88"_s;
    m.video = true;
    m.newPatients = false;
    m.minAgeYears = 1;
    m.maxAgeYears = 16;
    m.lastVisitMonths = 12;
    m.spacingRule = true;
    m.notifications = false;
    m.instructions = u"Apportez le carnet."_s;
    const Motif saved = *PracticeSetup::saveMotif(m_t->session(), m);
    const FhirMapping mapping(u"urn:guichet:test"_s, [](const QString &type, const QString &) {
        return type == u"Practitioner"_s ? u"pr-1"_s : u"loc-1"_s;
    });
    QJsonObject resource = FhirMapping::pruned(mapping.healthcareService(saved, s.id));
    QCOMPARE(resource.value(u"resourceType"_s).toString(), u"HealthcareService"_s);
    QCOMPARE(resource.value(u"location"_s).toArray().first()[u"reference"_s].toString(), u"Location/loc-1"_s);
    resource.insert(u"id"_s, u"hs-1"_s);
    auto back = FhirMapping::readHealthcareService(resource);
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->practitionerServerId, u"pr-1"_s);
    const Motif &r = back->motif;
    QCOMPARE(r.id, saved.id);
    QCOMPARE(r.label, saved.label);
    QCOMPARE(r.durationMinutes, 20);
    QCOMPARE(r.bookingCode(), u"phone-only"_s);
    QCOMPARE(r.bookingPhone, u"+3225559988"_s);
    QCOMPARE(r.video, true);
    QCOMPARE(r.newPatients, false);
    QCOMPARE(r.minAgeYears, 1);
    QCOMPARE(r.maxAgeYears, 16);
    QCOMPARE(r.lastVisitMonths, 12);
    QCOMPARE(r.spacingRule, true);
    QCOMPARE(r.notifications, false);
    QCOMPARE(r.instructions, saved.instructions);
    // What a server may send wrong is refused with the field named.
    QJsonObject wrong = resource;
    QJsonArray ext = wrong.value(u"extension"_s).toArray();
    for (int i = 0; i < ext.size(); ++i)
        if (ext.at(i)[u"url"_s].toString().endsWith(u"booking"_s))
            ext.replace(i, QJsonObject{{u"url"_s, ext.at(i)[u"url"_s]}, {u"valueCode"_s, u"fax"_s}});
    wrong.insert(u"extension"_s, ext);
    QCOMPARE(FhirMapping::readHealthcareService(wrong).error().rule, u"fhir.healthcareservice.booking"_s);
    wrong = resource;
    wrong.remove(u"name"_s);
    QCOMPARE(FhirMapping::readHealthcareService(wrong).error().rule, u"fhir.healthcareservice.name"_s);
}

void TestSetup::absencesEditedAndRemoved()
{
    const Site s = site();
    const Practitioner p = practitioner(s.id);
    Motif m;
    m.practitionerId = p.id;
    m.label = u"Consultation"_s;
    const QString motif = PracticeSetup::saveMotif(m_t->session(), m)->id;
    const QString anne = patient();
    QVERIFY(book(anne, p.id, motif, at(25, 9), u"desk"_s).ok());
    QVERIFY(book(anne, p.id, motif, at(27, 9), u"desk"_s).ok());
    auto declared = AbsenceService::declare(m_t->session(), p.id, at(24, 0), at(26, 0), u"Formation"_s);
    QVERIFY(declared.ok());
    QCOMPARE(declared->affected.size(), 1);
    // Longer than planned: both booked patients listed again.
    auto edited = AbsenceService::edit(m_t->session(), declared->absence.id, at(24, 0), at(28, 0), u"Congé"_s);
    QVERIFY(edited.ok());
    QCOMPARE(edited->affected.size(), 2);
    QCOMPARE(PracticeRepository(m_t->db()).absence(declared->absence.id)->label, u"Congé"_s);
    QCOMPARE(AbsenceService::edit(m_t->session(), declared->absence.id, at(28, 0), at(24, 0), QString()).error().rule,
             u"absence.times"_s);
    QCOMPARE(PracticeRepository(m_t->db()).absence(declared->absence.id)->end, at(28, 0).toUTC()); // unchanged
    auto removed = AbsenceService::remove(m_t->session(), declared->absence.id, u"Formation annulée"_s);
    QVERIFY(removed.ok());
    QCOMPARE(removed->affected.size(), 2);
    QVERIFY(!PracticeRepository(m_t->db()).absence(declared->absence.id));
    QCOMPARE(AbsenceService::remove(m_t->session(), declared->absence.id).error().code, ErrorCode::NotFound);
    QStringList actions;
    for (const AuditEntry &e : AuditLog::forEntity(m_t->db(), u"absence"_s, declared->absence.id))
        actions << e.action;
    QCOMPARE(actions, (QStringList{u"absence.create"_s, u"absence.update"_s, u"absence.remove"_s}));
    QCOMPARE(count(u"SELECT count(*) FROM change_journal WHERE entity = 'absence' AND entity_id = ?"_s,
                   {declared->absence.id}),
             3); // the free slots published follow
}

void TestSetup::rangesOfferChosenReasons()
{
    const Site s = site();
    const Practitioner p = practitioner(s.id); // 08:00-18:00 Monday to Friday
    Motif m;
    m.practitionerId = p.id;
    m.label = u"Consultation"_s;
    const QString consult = PracticeSetup::saveMotif(m_t->session(), m)->id;
    m.label = u"Vaccination"_s;
    const QString vaccine = PracticeSetup::saveMotif(m_t->session(), m)->id;
    const QString anne = patient();
    // Tuesday's range offers vaccinations only.
    auto set = OpeningHoursService::setRangeMotifs(m_t->session(), p.id, 2, QTime(8, 0), {vaccine});
    QVERIFY2(set.ok(), qPrintable(set ? QString() : set.error().message));
    QCOMPARE(PracticeRepository(m_t->db()).openingRanges(p.id)->at(1).motifIds.size()
                 + PracticeRepository(m_t->db()).openingRanges(p.id)->at(0).motifIds.size(),
             1);
    QCOMPARE(book(anne, p.id, consult, at(24, 9), u"online"_s).error().rule, u"agenda.motif-hours"_s);
    QVERIFY(book(anne, p.id, vaccine, at(24, 10), u"online"_s).ok());
    QVERIFY(book(anne, p.id, consult, at(25, 9), u"online"_s).ok()); // Wednesday: every reason
    // Refused: no range there, another practitioner's reason, a secretary.
    QCOMPARE(OpeningHoursService::setRangeMotifs(m_t->session(), p.id, 2, QTime(9, 0), {}).error().rule,
             u"hours.range"_s);
    Practitioner other = p;
    other.id.clear();
    other.lastName = u"Autre"_s;
    other.registration.clear();
    const QString otherId = PracticeSetup::savePractitioner(m_t->session(), other)->id;
    m.practitionerId = otherId;
    const QString foreign = PracticeSetup::saveMotif(m_t->session(), m)->id;
    QCOMPARE(OpeningHoursService::setRangeMotifs(m_t->session(), p.id, 2, QTime(8, 0), {foreign}).error().rule,
             u"hours.motif"_s);
    QCOMPARE(OpeningHoursService::setRangeMotifs(m_t->session(Role::Secretary), p.id, 2, QTime(8, 0), {}).error().code,
             ErrorCode::Forbidden);
    // Back to every reason.
    QVERIFY(OpeningHoursService::setRangeMotifs(m_t->session(), p.id, 2, QTime(8, 0), {}).ok());
    QVERIFY(book(anne, p.id, consult, at(24, 11), u"online"_s).ok());
}

void TestSetup::auditLogFilteredAndExported()
{
    const Site s = site();
    const Practitioner p = practitioner(s.id);
    const QString anne = patient();
    QVERIFY(NoShowPolicy::block(m_t->session(), anne, p.id, u"Comportement"_s).ok());
    m_t->clock().advance(86400);
    NewUser marie{u"marie"_s, u"Marie"_s, Role::Secretary, QString(), u"Lanterne du phare 2026"_s};
    QVERIFY(UserService::create(m_t->session(), marie).ok());
    QVERIFY(!UserService::signIn(m_t->db(), m_t->clock(), u"marie"_s, u"wrong"_s));
    // Secretaries do not read the audit log.
    QCOMPARE(AuditTrail::list(m_t->session(Role::Secretary), {}).error().code, ErrorCode::Forbidden);
    auto all = AuditTrail::list(m_t->session(), {});
    QVERIFY(all.ok());
    QVERIFY(all->size() >= 4);
    QVERIFY(all->first().seq > all->last().seq); // newest first
    AuditFilter byKind;
    byKind.kind = u"practitioner"_s;
    auto practitioners = AuditTrail::list(m_t->session(), byKind);
    QCOMPARE(practitioners->size(), 1);
    QCOMPARE(practitioners->first().action, u"practitioner.create"_s);
    AuditFilter signin;
    signin.kind = u"signin"_s;
    signin.user = u"marie"_s;
    QCOMPARE(AuditTrail::list(m_t->session(), signin)->first().action, u"signin.failed"_s);
    AuditFilter today;
    today.from = m_t->clock().now().addSecs(-3600);
    const QList<AuditEntry> sinceAnHour = AuditTrail::list(m_t->session(), today).value();
    for (const AuditEntry &e : sinceAnHour)
        QVERIFY(e.at >= today.from);
    QVERIFY(!AuditTrail::list(m_t->session(), today)->isEmpty());
    AuditFilter patientFilter;
    patientFilter.patientId = anne;
    auto onAnne = AuditTrail::list(m_t->session(), patientFilter);
    QVERIFY(!onAnne->isEmpty());
    for (const AuditEntry &e : *onAnne)
        QCOMPARE(e.entityId, anne);
    // The export: every act of the filter, a formula never left for a spreadsheet, itself audited.
    QVERIFY(PracticeSetup::saveSite(m_t->session(),
                                    [&] {
                                        Site x = s;
                                        x.accessInfo = u"=HYPERLINK(\"x\")"_s;
                                        return x;
                                    }())
                .ok());
    const QString file = m_t->dir() + u"/audit.csv"_s;
    AuditFilter sites;
    sites.kind = u"site"_s;
    auto rows = AuditTrail::exportCsv(m_t->session(), sites, file, m_zone);
    QVERIFY(rows.ok());
    QCOMPARE(*rows, 2);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY(text.startsWith(u"at,user,action,entity,entity_id,reason,details\r\n"_s));
    QCOMPARE(text.count(u"\r\n"_s), 3);
    QVERIFY(text.contains(u"site.update"_s));
    QVERIFY(!text.contains(u",=HYPERLINK"_s));
    QCOMPARE(AuditLog::forEntity(m_t->db(), u"audit"_s, QString()).size(), 1);
    QCOMPARE(AuditTrail::actionLabel(u"site.create"_s), u"Site added"_s);
    QCOMPARE(AuditTrail::actionLabel(u"something.new"_s), u"something.new"_s);
}

void TestSetup::ownPasswordChangedBeforeASession()
{
    NewUser marie{u"marie"_s, u"Marie"_s, Role::Secretary, QString(), u"Lanterne du phare 2026"_s};
    QVERIFY(UserService::create(m_t->session(), marie).ok());
    // A new password the policy refuses costs no attempt.
    QCOMPARE(
        UserService::changeOwnPassword(m_t->db(), m_t->clock(), u"marie"_s, u"Lanterne du phare 2026"_s, u"court"_s)
            .error()
            .code,
        ErrorCode::Invalid);
    QCOMPARE(UserRepository(m_t->db()).byLogin(u"marie"_s)->failedSignIns, 0);
    // Wrong current passwords count toward the wait, as at the sign-in.
    for (int i = 1; i < UserService::FreeAttempts; ++i)
        QCOMPARE(UserService::changeOwnPassword(m_t->db(), m_t->clock(), u"marie"_s, u"Faux hibou pommier 1234"_s,
                                                u"Nouvelle porte jaune 123"_s)
                     .error()
                     .rule,
                 u"signin"_s);
    QCOMPARE(UserService::changeOwnPassword(m_t->db(), m_t->clock(), u"marie"_s, u"Faux hibou pommier 1234"_s,
                                            u"Nouvelle porte jaune 123"_s)
                 .error()
                 .rule,
             u"access.locked"_s); // the fifth: the account waits, the right one too
    QCOMPARE(UserService::changeOwnPassword(m_t->db(), m_t->clock(), u"marie"_s, u"Lanterne du phare 2026"_s,
                                            u"Nouvelle porte jaune 123"_s)
                 .error()
                 .rule,
             u"access.locked"_s);
    m_t->clock().advance(61);
    QVERIFY(UserService::changeOwnPassword(m_t->db(), m_t->clock(), u"marie"_s, u"Lanterne du phare 2026"_s,
                                           u"Nouvelle porte jaune 123"_s)
                .ok());
    QVERIFY(!UserService::signIn(m_t->db(), m_t->clock(), u"marie"_s, u"Lanterne du phare 2026"_s));
    QVERIFY(UserService::signIn(m_t->db(), m_t->clock(), u"marie"_s, u"Nouvelle porte jaune 123"_s).ok());
    // A disabled account cannot change its password either.
    QVERIFY(UserService::setActive(m_t->session(), u"marie"_s, false).ok());
    QCOMPARE(UserService::changeOwnPassword(m_t->db(), m_t->clock(), u"marie"_s, u"Nouvelle porte jaune 123"_s,
                                            u"Encore un mot 12345 zinc"_s)
                 .error()
                 .rule,
             u"access.disabled"_s);
}

void TestSetup::everySettingDescribed()
{
    const QList<PracticeSettings::Info> rules = PracticeSettings::describe();
    QCOMPARE(rules.size(), PracticeSettings::keys().size());
    for (const PracticeSettings::Info &i : rules) {
        QVERIFY2(!i.meaning.isEmpty(), qPrintable(i.key));
        QVERIFY(i.min <= i.fallback && i.fallback <= i.max);
        QCOMPARE(i.yesNo, i.unit.isEmpty());
        // The bounds are the validator's.
        QVERIFY(PracticeSettings::normalize(i.key, QString::number(i.min)).ok());
        QVERIFY(PracticeSettings::normalize(i.key, QString::number(i.max)).ok());
        QVERIFY(!PracticeSettings::normalize(i.key, QString::number(i.max + 1)));
        QVERIFY(!PracticeSettings::normalize(i.key, QString::number(i.min - 1)));
    }
}

QTEST_MAIN(TestSetup)
#include "tst_setup.moc"
