#include "core/domain/names.h"
#include "core/domain/patient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;

class TestNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fold_data();
    void fold();
    void clean_data();
    void clean();
    void displayName();
    void age();
};

void TestNames::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");
    QTest::newRow("accents and case") << u"Élodie"_s << u"elodie"_s;
    QTest::newRow("hyphen") << u"DUPONT-MARTIN"_s << u"dupont martin"_s;
    QTest::newRow("apostrophe") << u"d'Ursel"_s << u"d ursel"_s;
    QTest::newRow("typographic apostrophe") << u"d\u2019Ursel"_s << u"d ursel"_s;
    QTest::newRow("spaces collapsed") << u"  Van   den Berghe "_s << u"van den berghe"_s;
    QTest::newRow("ligature oe") << u"Cœurdevey"_s << u"coeurdevey"_s;
    QTest::newRow("umlaut") << u"Müller"_s << u"muller"_s;
    QTest::newRow("cedilla") << u"François"_s << u"francois"_s;
    QTest::newRow("eszett") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("decomposed input") << u"E\u0301lodie"_s << u"elodie"_s;
}

void TestNames::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(Names::fold(input), folded);
}

void TestNames::clean_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("cleaned"); // empty with a rule: refused
    QTest::addColumn<QString>("rule");
    QTest::newRow("simple") << u"Dupont"_s << true << u"Dupont"_s << QString();
    QTest::newRow("inner spaces") << u"de  la   Fontaine"_s << true << u"de la Fontaine"_s << QString();
    QTest::newRow("typographic apostrophe") << u"d\u2019Ursel"_s << true << u"d'Ursel"_s << QString();
    QTest::newRow("required but empty") << u"  "_s << true << QString() << u"name.required"_s;
    QTest::newRow("optional and empty") << u""_s << false << QString() << QString();
    QTest::newRow("digits") << u"Dupont2"_s << true << QString() << u"name.characters"_s;
    QTest::newRow("symbol") << u"Dupont@"_s << true << QString() << u"name.characters"_s;
    QTest::newRow("starts with hyphen") << u"-Dupont"_s << true << QString() << u"name.characters"_s;
    QTest::newRow("too long") << QString(101, u'a') << true << QString() << u"name.length"_s;
}

void TestNames::clean()
{
    QFETCH(QString, input);
    QFETCH(bool, required);
    QFETCH(QString, cleaned);
    QFETCH(QString, rule);
    const auto r = Names::clean(
        input, [] { return u"Le nom"_s; }, required);
    if (rule.isEmpty()) {
        QVERIFY(r.ok());
        QCOMPARE(r.value(), cleaned);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().rule, rule);
        QVERIFY(r.error().message.contains(u"Le nom"_s));
    }
}

void TestNames::displayName()
{
    Patient p;
    p.birthName = u"Dupont"_s;
    p.firstNames = u"Marie Claire"_s;
    QCOMPARE(p.displayName(), u"DUPONT Marie Claire"_s);
    p.usageName = u"Martin"_s;
    QCOMPARE(p.displayName(), u"DUPONT (MARTIN) Marie Claire"_s);
    p.usedFirstName = u"Claire"_s;
    QCOMPARE(p.displayName(), u"DUPONT (MARTIN) Claire"_s);
}

void TestNames::age()
{
    Patient p;
    p.birthDate = QDate(2000, 2, 29);
    QCOMPARE(p.ageOn(QDate(2026, 2, 28)), 25);
    QCOMPARE(p.ageOn(QDate(2026, 3, 1)), 26);
    QCOMPARE(p.ageOn(QDate(2000, 2, 29)), 0);
}

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
