#include "core/access/userservice.h"
#include "core/domain/appointmentstatus.h"
#include "core/domain/email.h"
#include "core/domain/nir.h"
#include "core/domain/niss.h"
#include "core/domain/phone.h"
#include "core/identity/patientservice.h"
#include "core/store/patientrepository.h"
#include "tests/support/testsupport.h"

#include "demo/democlinic.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

namespace {
QByteArray dump(Database &db, const QString &sql)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto r = db.exec(sql);
    while (r && r->next()) {
        for (int i = 0; i < r->record().count(); ++i)
            hash.addData(QByteArray(r->value(i).toString().toUtf8() + "|"));
    }
    return hash.result();
}
} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deterministicPerSeed();
    void everyStatusAndRelatives();
    void identifiersAndContactsAreValid();
    void usersSignInWithDemoPassword();
    void refusesNonEmptyDatabase();
    void searchIndexLiveAfterBulkLoad();
    void rejectsSillySizes();

private:
    TempDatabase m_t;
    DemoSummary m_summary;
};

void TestDemo::initTestCase()
{
    auto r = DemoClinic::create(m_t.db(), m_t.clock(), {600, 5, 2, 7});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    m_summary = r.value();
    QCOMPARE(m_summary.patients, 600);
    QCOMPARE(m_summary.practitioners, 5);
    QVERIFY(m_summary.appointments > 300);
    QVERIFY(m_t.db().integrityProblems().isEmpty());
}

void TestDemo::deterministicPerSeed()
{
    TempDatabase same;
    same.clock().set(m_t.clock().now());
    QVERIFY(DemoClinic::create(same.db(), same.clock(), {600, 5, 2, 7}).ok());
    TempDatabase other;
    other.clock().set(m_t.clock().now());
    QVERIFY(DemoClinic::create(other.db(), other.clock(), {600, 5, 2, 8}).ok());
    const QString patients = u"SELECT * FROM patients ORDER BY rowid"_s;
    const QString appointments = u"SELECT * FROM appointments ORDER BY id"_s;
    QCOMPARE(dump(same.db(), patients), dump(m_t.db(), patients));
    QCOMPARE(dump(same.db(), appointments), dump(m_t.db(), appointments));
    QVERIFY(dump(other.db(), patients) != dump(m_t.db(), patients));
}

void TestDemo::everyStatusAndRelatives()
{
    auto r = m_t.db().exec(u"SELECT DISTINCT status FROM appointments"_s);
    QStringList statuses;
    while (r && r->next())
        statuses << r->value(0).toString();
    for (const AppointmentStatus s : AppointmentStatuses::all())
        QVERIFY2(statuses.contains(AppointmentStatuses::code(s)), qPrintable(AppointmentStatuses::code(s)));
    QVERIFY(m_summary.relatives > 10);
    auto usage = m_t.db().exec(u"SELECT count(*) FROM patients WHERE usage_name <> ''"_s);
    QVERIFY(usage && usage->next() && usage->value(0).toInt() > 10);
    auto compound = m_t.db().exec(u"SELECT count(*) FROM patients WHERE birth_name LIKE '%-%'"_s);
    QVERIFY(compound && compound->next() && compound->value(0).toInt() > 5);
    auto late = m_t.db().exec(u"SELECT count(*) FROM appointments WHERE late_cancellation = 1"_s);
    QVERIFY(late && late->next() && late->value(0).toInt() > 0);
}

void TestDemo::identifiersAndContactsAreValid()
{
    const QList<Patient> patients = PatientRepository(m_t.db()).list(1000);
    QCOMPARE(patients.size(), 600);
    int niss = 0;
    int nir = 0;
    int partial = 0;
    int bis = 0;
    int woman998 = 0;
    for (const Patient &p : patients) {
        if (!p.niss.isEmpty()) {
            const auto r = Niss::parse(p.niss);
            QVERIFY2(r.ok(), qPrintable(p.niss));
            // The number agrees with the birth date as far as each knows it (00 in the number
            // where the register does not know, as for the demo's few partial dates).
            QVERIFY2(p.birth().agrees(r->birthYear, r->birthMonth, r->birthDay), qPrintable(p.niss));
            QCOMPARE(r->sex, p.sex);
            partial += p.birth().isPartial() ? 1 : 0;
            bis += r->bis ? 1 : 0;
            woman998 += p.niss.mid(6, 3) == u"998"_s && p.sex == Sex::Female ? 1 : 0;
            ++niss;
        }
        if (!p.nir.isEmpty()) {
            QVERIFY2(Nir::parse(p.nir).ok(), qPrintable(p.nir));
            ++nir;
        }
        if (!p.mobilePhone.isEmpty()) {
            const auto r = Phone::parse(p.mobilePhone);
            QVERIFY2(r.ok() && r->isMobile(), qPrintable(p.mobilePhone));
        }
        if (!p.otherPhone.isEmpty())
            QVERIFY2(Phone::parse(p.otherPhone).ok(), qPrintable(p.otherPhone));
        if (!p.email.isEmpty())
            QVERIFY2(Email::normalize(p.email).ok(), qPrintable(p.email));
    }
    QVERIFY(niss > 100);
    // Identities as some real ones are: a birth date known in part, a foreigner's BIS number, a
    // woman with the register's last women's counter.
    QVERIFY(partial >= 1);
    QVERIFY(bis >= 1);
    QVERIFY(woman998 >= 1);
    QVERIFY(nir > 50);
}

void TestDemo::usersSignInWithDemoPassword()
{
    QCOMPARE(m_summary.userLogins, (QStringList{u"secretariat"_s, u"praticien"_s, u"admin"_s}));
    for (const QString &login : m_summary.userLogins) {
        auto user = UserService::signIn(m_t.db(), m_t.clock(), login, m_summary.password);
        QVERIFY2(user.ok(), qPrintable(login));
    }
}

void TestDemo::refusesNonEmptyDatabase()
{
    auto again = DemoClinic::create(m_t.db(), m_t.clock(), {10, 1, 0, 1});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().rule, u"demo.not-empty"_s);
}

void TestDemo::searchIndexLiveAfterBulkLoad()
{
    // The bulk load rebuilt the index once and put the row-by-row trigger back.
    PatientRepository repo(m_t.db());
    const QList<Patient> some = repo.list(1);
    QVERIFY(!some.isEmpty());
    QVERIFY(!repo.search(some.first().birthName).isEmpty());
    PatientInput in;
    in.birthName = u"Zyxwabc"_s;
    in.firstNames = u"Test"_s;
    in.birthDate = u"2001-01-01"_s;
    in.sex = u"other"_s;
    QVERIFY(PatientService::add(m_t.session(), in).ok());
    QCOMPARE(repo.search(u"zyxw"_s).size(), 1);
    QVERIFY(m_t.db().integrityProblems().isEmpty());
}

void TestDemo::rejectsSillySizes()
{
    TempDatabase t;
    QCOMPARE(DemoClinic::create(t.db(), t.clock(), {0, 1, 1, 1}).error().rule, u"demo.patients"_s);
    QCOMPARE(DemoClinic::create(t.db(), t.clock(), {10, 0, 1, 1}).error().rule, u"demo.practitioners"_s);
    QCOMPARE(DemoClinic::create(t.db(), t.clock(), {10, 1, -1, 1}).error().rule, u"demo.weeks"_s);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
