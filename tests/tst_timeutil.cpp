#include "core/base/timeutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;

class TestTimeUtil : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isoWithTheSiteOffset();
    void parseLocalAndOffsetTimes();
    void zoneDaysOnAnOrdinaryWeek();
    void zoneDaysAcrossDaylightSaving();
    void storedRoundTrip();

private:
    const QTimeZone m_brussels{QByteArrayLiteral("Europe/Brussels")};
};

void TestTimeUtil::isoWithTheSiteOffset()
{
    const QDateTime utc(QDate(2026, 7, 1), QTime(7, 30), Qt::UTC);
    QCOMPARE(toIsoInZone(utc, m_brussels), u"2026-07-01T09:30:00+02:00"_s);
    QCOMPARE(toIsoInZone(utc.addMonths(5), m_brussels), u"2026-12-01T08:30:00+01:00"_s);
}

void TestTimeUtil::parseLocalAndOffsetTimes()
{
    QCOMPARE(parseIso(u"2026-11-23T09:30"_s, m_brussels), QDateTime(QDate(2026, 11, 23), QTime(8, 30), Qt::UTC));
    QCOMPARE(parseIso(u"2026-11-23T09:30:00+02:00"_s, m_brussels),
             QDateTime(QDate(2026, 11, 23), QTime(7, 30), Qt::UTC));
    QCOMPARE(parseIso(u"2026-11-23"_s, m_brussels), QDateTime(QDate(2026, 11, 22), QTime(23, 0), Qt::UTC));
    QVERIFY(!parseIso(u"2026-02-31T09:00"_s, m_brussels).isValid());
    QVERIFY(!parseIso(u"demain"_s, m_brussels).isValid());
}

void TestTimeUtil::zoneDaysOnAnOrdinaryWeek()
{
    const ZoneDays days(m_brussels, QDate(2026, 11, 23), 7);
    const QDateTime tuesday(QDate(2026, 11, 24), QTime(9, 30), m_brussels);
    QCOMPARE(days.dayIndex(tuesday.toUTC()), 1);
    QCOMPARE(days.minuteOfDay(tuesday.toUTC()), 9 * 60 + 30);
    QCOMPARE(days.dayIndex(QDateTime(QDate(2026, 11, 23), QTime(0, 0), m_brussels).toUTC()), 0);
    QCOMPARE(days.dayIndex(QDateTime(QDate(2026, 11, 22), QTime(23, 59), m_brussels).toUTC()), -1);
    QCOMPARE(days.dayIndex(QDateTime(QDate(2026, 11, 30), QTime(0, 0), m_brussels).toUTC()), -1);
}

void TestTimeUtil::zoneDaysAcrossDaylightSaving()
{
    // Sunday 29 March 2026: clocks go from 02:00 to 03:00 in Brussels; the day has 23 hours.
    const ZoneDays days(m_brussels, QDate(2026, 3, 28), 3);
    const QDateTime afterJump(QDate(2026, 3, 29), QTime(3, 30), m_brussels);
    QCOMPARE(days.dayIndex(afterJump.toUTC()), 1);
    QCOMPARE(days.minuteOfDay(afterJump.toUTC()), 3 * 60 + 30); // wall-clock, not elapsed minutes
    const QDateTime monday(QDate(2026, 3, 30), QTime(9, 0), m_brussels);
    QCOMPARE(days.dayIndex(monday.toUTC()), 2);
    QCOMPARE(days.minuteOfDay(monday.toUTC()), 9 * 60);
    // Sunday 25 October 2026: 25 hours, 02:30 happens twice.
    const ZoneDays autumn(m_brussels, QDate(2026, 10, 25), 1);
    const QDateTime evening(QDate(2026, 10, 25), QTime(18, 0), m_brussels);
    QCOMPARE(autumn.minuteOfDay(evening.toUTC()), 18 * 60);
}

void TestTimeUtil::storedRoundTrip()
{
    const QDateTime t(QDate(2026, 11, 23), QTime(9, 30), m_brussels);
    QCOMPARE(fromStored(toStored(t)), t.toUTC());
    QCOMPARE(fromStored(toStored(t)).timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestTimeUtil)
#include "tst_timeutil.moc"
