#include "core/domain/phone.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;

class TestPhone : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void formats();
    void shownAsTheDeskDials();
};

void TestPhone::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("kind");
    QTest::newRow("FR mobile 06") << u"06 12 34 56 78"_s << u"FR"_s << u"+33612345678"_s << u"mobile"_s;
    QTest::newRow("FR mobile 07") << u"07.81.23.45.67"_s << u"FR"_s << u"+33781234567"_s << u"mobile"_s;
    QTest::newRow("FR mobile, +33") << u"+33 6 12 34 56 78"_s << u"BE"_s << u"+33612345678"_s << u"mobile"_s;
    QTest::newRow("FR mobile, 0033") << u"0033612345678"_s << u"BE"_s << u"+33612345678"_s << u"mobile"_s;
    QTest::newRow("FR Paris landline") << u"01 42 68 53 00"_s << u"FR"_s << u"+33142685300"_s << u"landline"_s;
    QTest::newRow("FR Lille landline") << u"03-20-12-34-56"_s << u"FR"_s << u"+33320123456"_s << u"landline"_s;
    QTest::newRow("BE mobile 0470") << u"0470 12 34 56"_s << u"BE"_s << u"+32470123456"_s << u"mobile"_s;
    QTest::newRow("BE mobile 0499") << u"0499/12.34.56"_s << u"BE"_s << u"+32499123456"_s << u"mobile"_s;
    QTest::newRow("BE mobile, +32 from FR") << u"+32 475 12 34 56"_s << u"FR"_s << u"+32475123456"_s << u"mobile"_s;
    QTest::newRow("BE Brussels landline") << u"02 538 12 00"_s << u"BE"_s << u"+3225381200"_s << u"landline"_s;
    QTest::newRow("BE Liège landline") << u"04 223 45 67"_s << u"BE"_s << u"+3242234567"_s << u"landline"_s;
    QTest::newRow("Luxembourg mobile") << u"+352 621 123 456"_s << u"BE"_s << u"+352621123456"_s << u"mobile"_s;
    QTest::newRow("Swiss mobile") << u"+41 79 123 45 67"_s << u"FR"_s << u"+41791234567"_s << u"mobile"_s;
    QTest::newRow("UK mobile") << u"+44 7400 123456"_s << u"FR"_s << u"+447400123456"_s << u"mobile"_s;
    QTest::newRow("brackets") << u"(0)6 12 34 56 78"_s << u"FR"_s << u"+33612345678"_s << u"mobile"_s;
}

void TestPhone::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(QString, kind);
    const auto r = Phone::parse(input, region);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->e164, e164);
    QCOMPARE(phoneKindCode(r->kind), kind);
}

void TestPhone::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("rule");
    QTest::newRow("empty") << u""_s << u"FR"_s << u"phone.empty"_s;
    QTest::newRow("letters") << u"06 12 AB 56 78"_s << u"FR"_s << u"phone.characters"_s;
    QTest::newRow("e-mail by mistake") << u"marie@example.fr"_s << u"FR"_s << u"phone.characters"_s;
    QTest::newRow("too short") << u"06 12"_s << u"FR"_s << u"phone.too-short"_s;
    QTest::newRow("too long") << u"06 12 34 56 78 90 12 34 56"_s << u"FR"_s << u"phone.too-long"_s;
    QTest::newRow("FR 9 digits") << u"06 12 34 56 7"_s << u"FR"_s << u"phone.invalid"_s;
    QTest::newRow("FR 11 digits") << u"06 12 34 56 789"_s << u"FR"_s << u"phone.invalid"_s;
    QTest::newRow("FR 00 prefix nonsense") << u"+33 0 12 34 56 78"_s << u"FR"_s << u"phone.invalid"_s;
    QTest::newRow("BE mobile too short") << u"0470 12 34 5"_s << u"BE"_s << u"phone.invalid"_s;
    QTest::newRow("BE 0 then 1 digit") << u"+32 0 12 34 56"_s << u"BE"_s << u"phone.invalid"_s;
    QTest::newRow("unknown country code") << u"+999 123 456 789"_s << u"FR"_s << u"phone.country"_s;
    QTest::newRow("plus alone with digits short") << u"+3"_s << u"FR"_s << u"phone.too-short"_s;
    QTest::newRow("underscore") << u"06_12_34_56_78"_s << u"FR"_s << u"phone.characters"_s;
}

void TestPhone::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, rule);
    const auto r = Phone::parse(input, region);
    QVERIFY2(!r.ok(), r.ok() ? qPrintable(r->e164) : "");
    QCOMPARE(r.error().rule, rule);
}

void TestPhone::formats()
{
    const auto r = Phone::parse(u"0470123456"_s, u"BE"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->international, u"+32 470 12 34 56"_s);
    QCOMPARE(r->national, u"0470 12 34 56"_s);
    QCOMPARE(r->region, u"BE"_s);
}

void TestPhone::shownAsTheDeskDials()
{
    // Stored in E.164; shown in the national form of the practice's country, with the
    // prefix for another country's number, and as typed when it is not a number.
    QCOMPARE(Phone::display(u"+32475203373"_s, u"BE"_s), u"0475 20 33 73"_s);
    QCOMPARE(Phone::display(u"+33612345678"_s, u"BE"_s), u"+33 6 12 34 56 78"_s);
    QCOMPARE(Phone::display(u"+33612345678"_s, u"FR"_s), u"06 12 34 56 78"_s);
    QCOMPARE(Phone::display(u"+32475203373"_s, u"FR"_s), u"+32 475 20 33 73"_s);
    QCOMPARE(Phone::display(u"not a number"_s, u"BE"_s), u"not a number"_s);
    QCOMPARE(Phone::display(QString(), u"BE"_s), QString());
}

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
