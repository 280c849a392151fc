#include "core/domain/niss.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;

class TestNiss : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void formatted();
    void centuryFromChecksum();
};

void TestNiss::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<bool>("bis");
    QTest::newRow("plain, man 1985") << u"85073003328"_s << u"85073003328"_s << QDate(1985, 7, 30) << u"male"_s
                                     << false;
    QTest::newRow("dotted") << u"85.07.30-033.28"_s << u"85073003328"_s << QDate(1985, 7, 30) << u"male"_s << false;
    QTest::newRow("spaces") << u" 85 07 30 033 28 "_s << u"85073003328"_s << QDate(1985, 7, 30) << u"male"_s << false;
    QTest::newRow("after 2000, man") << u"05031500192"_s << u"05031500192"_s << QDate(2005, 3, 15) << u"male"_s
                                     << false;
    QTest::newRow("after 2000, woman") << u"05031500291"_s << u"05031500291"_s << QDate(2005, 3, 15) << u"female"_s
                                       << false;
    QTest::newRow("1 Jan 2000") << u"00010100105"_s << u"00010100105"_s << QDate(2000, 1, 1) << u"male"_s << false;
    QTest::newRow("1 Jan 1900") << u"00010100173"_s << u"00010100173"_s << QDate(1900, 1, 1) << u"male"_s << false;
    QTest::newRow("29 Feb 2000") << u"00022910142"_s << u"00022910142"_s << QDate(2000, 2, 29) << u"male"_s << false;
    QTest::newRow("31 Dec 1972, woman? odd counter")
        << u"72123155514"_s << u"72123155514"_s << QDate(1972, 12, 31) << u"male"_s << false;
    // The register's range: 001-997 (odd) for men, 002-998 (even) for women.
    QTest::newRow("woman, counter 998") << u"85073199803"_s << u"85073199803"_s << QDate(1985, 7, 31) << u"female"_s
                                        << false;
    QTest::newRow("man, counter 997") << u"85073199704"_s << u"85073199704"_s << QDate(1985, 7, 31) << u"male"_s
                                      << false;
    QTest::newRow("girl 2001, counter 998")
        << u"010203998"_s + QString::number(97 - (2000000000LL + 10203998) % 97).rightJustified(2, u'0')
        << u"010203998"_s + QString::number(97 - (2000000000LL + 10203998) % 97).rightJustified(2, u'0')
        << QDate(2001, 2, 3) << u"female"_s << false;
    QTest::newRow("9 Sep 1999") << u"99090912303"_s << u"99090912303"_s << QDate(1999, 9, 9) << u"male"_s << false;
    QTest::newRow("2012 woman") << u"12060102277"_s << u"12060102277"_s << QDate(2012, 6, 1) << u"female"_s << false;
    QTest::newRow("2023 man") << u"23112203786"_s << u"23112203786"_s << QDate(2023, 11, 22) << u"male"_s << false;
    QTest::newRow("BIS +40, sex known") << u"75461200379"_s << u"75461200379"_s << QDate(1975, 6, 12) << u"male"_s
                                        << true;
    QTest::newRow("BIS +20, sex unknown")
        << u"80210500424"_s << u"80210500424"_s << QDate(1980, 1, 5) << u"unknown"_s << true;
    QTest::newRow("birth date unknown") << u"40000001747"_s << u"40000001747"_s << QDate() << u"male"_s << false;
}

void TestNiss::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    QFETCH(QDate, birth);
    QFETCH(QString, sex);
    QFETCH(bool, bis);
    const auto r = Niss::parse(input);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->digits, digits);
    QCOMPARE(r->birthDate, birth);
    QCOMPARE(sexCode(r->sex), sex);
    QCOMPARE(r->bis, bis);
}

void TestNiss::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("rule");
    QTest::newRow("empty") << u""_s << u"niss.empty"_s;
    QTest::newRow("blank") << u"   "_s << u"niss.empty"_s;
    QTest::newRow("letters") << u"85O73003328"_s << u"niss.characters"_s;
    QTest::newRow("arabic-indic digits") << u"\u0668\u0665073003328"_s << u"niss.characters"_s;
    QTest::newRow("too short") << u"8507300332"_s << u"niss.length"_s;
    QTest::newRow("too long") << u"850730033281"_s << u"niss.length"_s;
    QTest::newRow("key off by one") << u"85073003329"_s << u"niss.checksum"_s;
    QTest::newRow("two digits swapped") << u"58073003328"_s << u"niss.checksum"_s;
    QTest::newRow("post-2000 key with pre-2000 number") << u"05031500193"_s << u"niss.checksum"_s;
    QTest::newRow("29 Feb 1900") << u"00022910113"_s << u"niss.date"_s;
    QTest::newRow("counter 000") << u"85073000000"_s.left(9) + QString::number(97 - 850730000 % 97)
                                 << u"niss.counter"_s;
    QTest::newRow("counter 999") << u"850731999"_s + QString::number(97 - 850731999LL % 97).rightJustified(2, u'0')
                                 << u"niss.counter"_s;
    QTest::newRow("month 13") << u"851330"_s + u"033"_s + QString::number(97 - 851330033LL % 97).rightJustified(2, u'0')
                              << u"niss.month"_s;
    QTest::newRow("month 33 (BIS 13)") << u"853330"_s + u"033"_s
            + QString::number(97 - 853330033LL % 97).rightJustified(2, u'0')
                                       << u"niss.month"_s;
    QTest::newRow("day 32") << u"850732"_s + u"033"_s + QString::number(97 - 850732033LL % 97).rightJustified(2, u'0')
                            << u"niss.day"_s;
    QTest::newRow("31 April") << u"850431"_s + u"033"_s + QString::number(97 - 850431033LL % 97).rightJustified(2, u'0')
                              << u"niss.date"_s;
    QTest::newRow("a NIR") << u"185075912345652"_s << u"niss.length"_s;
    QTest::newRow("punctuation inside") << u"85*07*30*033*28"_s << u"niss.characters"_s;
    QTest::newRow("all zeros") << u"00000000000"_s << u"niss.checksum"_s;
    QTest::newRow("all nines") << u"99999999999"_s << u"niss.checksum"_s;
}

void TestNiss::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, rule);
    const auto r = Niss::parse(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().rule, rule);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QVERIFY(!r.error().message.isEmpty());
}

void TestNiss::formatted()
{
    QCOMPARE(Niss::parse(u"85073003328"_s)->formatted(), u"85.07.30-033.28"_s);
}

void TestNiss::centuryFromChecksum()
{
    // The same first nine digits name two people a century apart; the key tells which.
    QCOMPARE(Niss::parse(u"00010100105"_s)->birthDate.year(), 2000);
    QCOMPARE(Niss::parse(u"00010100173"_s)->birthDate.year(), 1900);
}

QTEST_GUILESS_MAIN(TestNiss)
#include "tst_niss.moc"
