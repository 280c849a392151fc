#include "core/identity/patientcsv.h"
#include "core/identity/patientinput.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;

class TestPatientInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvLines_data();
    void csvLines();
    void minimal();
    void everyProblemReported();
    void birthDates_data();
    void birthDates();
    void partialBirthDatesAgreeWithTheNumbers();
    void nissMustMatchTraits();
    void nirMustMatchTraits();
    void phonesRouted();
    void postcodes_data();
    void postcodes();

private:
    static PatientInput marie()
    {
        PatientInput in;
        in.birthName = u"Dupont"_s;
        in.firstNames = u"Marie Claire"_s;
        in.birthDate = u"30/07/1985"_s;
        in.sex = u"F"_s;
        return in;
    }
    const QDate m_today{2026, 11, 23};
};

void TestPatientInput::minimal()
{
    const auto r = PatientValidator::validate(marie(), m_today, u"BE"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->birthDate, QDate(1985, 7, 30));
    QCOMPARE(r->sex, Sex::Female);
    QCOMPARE(r->country, u"BE"_s);
}

void TestPatientInput::everyProblemReported()
{
    PatientInput in;
    in.birthName = u"Dup0nt"_s;
    in.birthDate = u"31/02/1985"_s;
    in.email = u"marie@"_s;
    const QList<FieldError> errors = PatientValidator::check(in, m_today, u"FR"_s);
    QStringList fields;
    for (const FieldError &e : errors)
        fields << PatientFields::code(e.field);
    QCOMPARE(fields, (QStringList{u"birth_name"_s, u"first_names"_s, u"birth_date"_s, u"sex"_s, u"email"_s}));
}

void TestPatientInput::birthDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date"); // as stored (ISO 8601, partial when the day or month is unknown)
    QTest::addColumn<QString>("rule");
    QTest::newRow("ISO") << u"1985-07-30"_s << u"1985-07-30"_s << QString();
    QTest::newRow("slashes") << u"30/07/1985"_s << u"1985-07-30"_s << QString();
    QTest::newRow("dots") << u"30.07.1985"_s << u"1985-07-30"_s << QString();
    QTest::newRow("one digit day") << u"3/7/1985"_s << u"1985-07-03"_s << QString();
    // Day or month unknown, as the register and some cards have them.
    QTest::newRow("year only") << u"1962"_s << u"1962"_s << QString();
    QTest::newRow("month and year") << u"03/1962"_s << u"1962-03"_s << QString();
    QTest::newRow("ISO month") << u"1962-03"_s << u"1962-03"_s << QString();
    QTest::newRow("day 00") << u"00/03/1962"_s << u"1962-03"_s << QString();
    QTest::newRow("day and month 00") << u"00/00/1962"_s << u"1962"_s << QString();
    QTest::newRow("day without month") << u"15/00/1962"_s << QString() << u"birth_date.invalid"_s;
    QTest::newRow("month 13") << u"13/1962"_s << QString() << u"birth_date.invalid"_s;
    QTest::newRow("future year") << u"2027"_s << QString() << u"birth_date.future"_s;
    QTest::newRow("future") << u"24/11/2026"_s << QString() << u"birth_date.future"_s;
    QTest::newRow("31 February") << u"31/02/1985"_s << QString() << u"birth_date.invalid"_s;
    QTest::newRow("two-digit year") << u"30/07/85"_s << QString() << u"birth_date.format"_s;
    QTest::newRow("1850") << u"01/01/1850"_s << QString() << u"birth_date.past"_s;
    QTest::newRow("words") << u"hier"_s << QString() << u"birth_date.format"_s;
}

void TestPatientInput::birthDates()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    QFETCH(QString, rule);
    const auto r = PatientValidator::parseBirthDate(text, m_today);
    if (rule.isEmpty()) {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value().toIso(), date);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().rule, rule);
    }
}

// A partial birth date agrees with a national register number holding 00 where the register
// does not know, and with a full one of the same year (and month); it differs from another year.
void TestPatientInput::partialBirthDatesAgreeWithTheNumbers()
{
    PatientInput in = marie();
    in.sex = u"male"_s;
    in.niss = u"62000000140"_s; // a man born in 1962, day and month unknown to the register
    in.birthDate = u"1962"_s;
    auto ok = PatientValidator::validate(in, m_today, u"BE"_s);
    QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
    QCOMPARE(ok->birth().toIso(), u"1962"_s);
    in.birthDate = u"12/05/1962"_s; // the desk knows more than the register: it agrees
    QVERIFY(PatientValidator::validate(in, m_today, u"BE"_s).ok());
    in.birthDate = u"1963"_s;
    QCOMPARE(PatientValidator::validate(in, m_today, u"BE"_s).error().rule, u"niss.birth-date"_s);
    in.niss = u"85.07.30-033.28"_s; // born on 30 July 1985
    in.birthDate = u"07/1985"_s;
    QVERIFY(PatientValidator::validate(in, m_today, u"BE"_s).ok());
    in.birthDate = u"08/1985"_s;
    QCOMPARE(PatientValidator::validate(in, m_today, u"BE"_s).error().rule, u"niss.birth-date"_s);
}

void TestPatientInput::nissMustMatchTraits()
{
    PatientInput in = marie();
    in.sex = u"male"_s;
    in.niss = u"85.07.30-033.28"_s; // a man born on 30 July 1985
    QVERIFY(PatientValidator::validate(in, m_today, u"BE"_s).ok());
    in.birthDate = u"31/07/1985"_s;
    QCOMPARE(PatientValidator::validate(in, m_today, u"BE"_s).error().rule, u"niss.birth-date"_s);
    in.birthDate = u"30/07/1985"_s;
    in.sex = u"female"_s;
    QCOMPARE(PatientValidator::validate(in, m_today, u"BE"_s).error().rule, u"niss.sex"_s);
}

void TestPatientInput::nirMustMatchTraits()
{
    PatientInput in = marie();
    in.birthDate = u"12/05/1969"_s;
    in.nir = u"2 69 05 2A 004 012 28"_s;
    const auto ok = PatientValidator::validate(in, m_today, u"FR"_s);
    QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
    QCOMPARE(ok->nir, u"269052A00401228"_s);
    in.birthDate = u"12/06/1969"_s;
    QCOMPARE(PatientValidator::validate(in, m_today, u"FR"_s).error().rule, u"nir.birth-date"_s);
    in.birthDate = u"12/05/1969"_s;
    in.sex = u"M"_s;
    QCOMPARE(PatientValidator::validate(in, m_today, u"FR"_s).error().rule, u"nir.sex"_s);
}

void TestPatientInput::phonesRouted()
{
    PatientInput in = marie();
    in.phones = {u"02 538 12 00"_s, u"0470 12 34 56"_s};
    const auto r = PatientValidator::validate(in, m_today, u"BE"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->mobilePhone, u"+32470123456"_s);
    QCOMPARE(r->otherPhone, u"+3225381200"_s);
    in.phones = {u"06 12 34"_s};
    QCOMPARE(PatientValidator::validate(in, m_today, u"FR"_s).error().rule, u"phone.invalid"_s);
}

void TestPatientInput::postcodes_data()
{
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("ok");
    QTest::newRow("BE 1060") << u"1060"_s << u"BE"_s << true;
    QTest::newRow("BE 0600") << u"0600"_s << u"BE"_s << false;
    QTest::newRow("BE 5 digits") << u"10600"_s << u"BE"_s << false;
    QTest::newRow("FR 59000") << u"59000"_s << u"FR"_s << true;
    QTest::newRow("FR 2A004") << u"2A004"_s << u"FR"_s << false;
    QTest::newRow("NL 1012 AB") << u"1012 AB"_s << u"NL"_s << true;
}

void TestPatientInput::postcodes()
{
    QFETCH(QString, postcode);
    QFETCH(QString, country);
    QFETCH(bool, ok);
    QCOMPARE(PatientValidator::checkPostcode(postcode, country).ok(), ok);
}

void TestPatientInput::csvLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<bool>("complete");
    QTest::newRow("plain") << u"A1,Dupont,,Marie"_s << QStringList{u"A1"_s, u"Dupont"_s, QString(), u"Marie"_s} << true;
    QTest::newRow("trailing comma") << u"A1,"_s << QStringList{u"A1"_s, QString()} << true;
    QTest::newRow("empty") << QString() << QStringList{QString()} << true;
    QTest::newRow("windows line end") << u"A1,Dupont\r"_s << QStringList{u"A1"_s, u"Dupont"_s} << true;
    QTest::newRow("quoted comma") << u"A1,\"Rue Haute 12, bte 3\",1000"_s
                                  << QStringList{u"A1"_s, u"Rue Haute 12, bte 3"_s, u"1000"_s} << true;
    QTest::newRow("doubled quote") << u"A1,\"dit \"\"Jojo\"\"\""_s << QStringList{u"A1"_s, u"dit \"Jojo\""_s} << true;
    QTest::newRow("quote left open") << u"A1,\"Rue"_s << QStringList{u"A1"_s, u"Rue"_s} << false;
    QTest::newRow("quoted line end") << u"A1,\"a\r\nb\"\r"_s << QStringList{u"A1"_s, u"a\r\nb"_s} << true;
}

void TestPatientInput::csvLines()
{
    QFETCH(QString, line);
    QFETCH(QStringList, fields);
    QFETCH(bool, complete);
    bool closed = !complete;
    QCOMPARE(PatientCsv::splitLine(line, &closed), fields);
    QCOMPARE(closed, complete);
}

QTEST_GUILESS_MAIN(TestPatientInput)
#include "tst_patientinput.moc"
