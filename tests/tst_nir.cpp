#include "core/domain/nir.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;

class TestNir : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void formatted();
};

void TestNir::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("department");
    QTest::newRow("man, Lille") << u"185075912345652"_s << u"185075912345652"_s << u"male"_s << u"59"_s;
    QTest::newRow("spaces") << u"1 85 07 59 123 456 52"_s << u"185075912345652"_s << u"male"_s << u"59"_s;
    QTest::newRow("dots") << u"1.85.07.59.123.456.52"_s << u"185075912345652"_s << u"male"_s << u"59"_s;
    QTest::newRow("woman") << u"269055935012397"_s << u"269055935012397"_s << u"female"_s << u"59"_s;
    QTest::newRow("Corse-du-Sud 2A") << u"269052A00401228"_s << u"269052A00401228"_s << u"female"_s << u"2A"_s;
    QTest::newRow("2a lower case") << u"2 69 05 2a 004 012 28"_s << u"269052A00401228"_s << u"female"_s << u"2A"_s;
    QTest::newRow("Haute-Corse 2B") << u"178102B12304521"_s << u"178102B12304521"_s << u"male"_s << u"2B"_s;
    QTest::newRow("born abroad 99") << u"192019935201756"_s << u"192019935201756"_s << u"male"_s << u"99"_s;
    QTest::newRow("Paris") << u"285047505612322"_s << u"285047505612322"_s << u"female"_s << u"75"_s;
    QTest::newRow("temporary number 7") << u"799129900100246"_s << u"799129900100246"_s << u"male"_s << u"99"_s;
    QTest::newRow("Paris 1980") << u"180067511234596"_s << u"180067511234596"_s << u"male"_s << u"75"_s;
}

void TestNir::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, value);
    QFETCH(QString, sex);
    QFETCH(QString, department);
    const auto r = Nir::parse(input);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->value, value);
    QCOMPARE(sexCode(r->sex), sex);
    QCOMPARE(r->department, department);
}

void TestNir::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("rule");
    QTest::newRow("empty") << u""_s << u"nir.empty"_s;
    QTest::newRow("13 characters, no key") << u"1850759123456"_s << u"nir.key-missing"_s;
    QTest::newRow("too short") << u"18507591234565"_s << u"nir.length"_s;
    QTest::newRow("too long") << u"1850759123456521"_s << u"nir.length"_s;
    QTest::newRow("wrong key") << u"185075912345653"_s << u"nir.checksum"_s;
    QTest::newRow("2A with key computed on 20") << u"269052A00401200"_s << u"nir.checksum"_s;
    QTest::newRow("2A and 2B swapped") << u"269052B00401228"_s << u"nir.checksum"_s;
    QTest::newRow("letter outside the department") << u"18507591234A652"_s << u"nir.characters"_s;
    QTest::newRow("2C is not a department") << u"269052C00401228"_s << u"nir.characters"_s;
    QTest::newRow("sex digit 5") << u"585075912345652"_s << u"nir.sex"_s;
    QTest::newRow("sex digit 0") << u"085075912345652"_s << u"nir.sex"_s;
    QTest::newRow("month 00") << u"185005912345652"_s << u"nir.month"_s;
    QTest::newRow("month 13") << u"185135912345652"_s << u"nir.month"_s;
    QTest::newRow("month 45") << u"185455912345652"_s << u"nir.month"_s;
    QTest::newRow("department 00") << u"185070012345652"_s << u"nir.department"_s;
    QTest::newRow("order 000") << u"185075912300052"_s << u"nir.order"_s;
    QTest::newRow("a NISS") << u"85073003328"_s << u"nir.length"_s;
    QTest::newRow("symbols") << u"1850759123456#2"_s << u"nir.characters"_s;
    QTest::newRow("digits transposed") << u"158075912345652"_s << u"nir.checksum"_s;
    QTest::newRow("key 00") << u"185075912345600"_s << u"nir.checksum"_s;
}

void TestNir::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, rule);
    const auto r = Nir::parse(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().rule, rule);
    QVERIFY(!r.error().message.isEmpty());
}

void TestNir::formatted()
{
    QCOMPARE(Nir::parse(u"269052A00401228"_s)->formatted(), u"2 69 05 2A 004 012 28"_s);
}

QTEST_GUILESS_MAIN(TestNir)
#include "tst_nir.moc"
