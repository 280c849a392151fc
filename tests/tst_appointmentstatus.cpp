#include "core/domain/appointmentstatus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;

class TestAppointmentStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codesRoundTrip();
    void transitions_data();
    void transitions();
    void enteredInErrorIsFinal();
    void slotOccupation();
};

void TestAppointmentStatus::codesRoundTrip()
{
    for (const AppointmentStatus s : AppointmentStatuses::all()) {
        QCOMPARE(AppointmentStatuses::fromCode(AppointmentStatuses::code(s)), std::optional(s));
        QVERIFY(!AppointmentStatuses::label(s).isEmpty());
    }
    QCOMPARE(AppointmentStatuses::fromCode(u"checked-in"_s), std::nullopt);
    QCOMPARE(AppointmentStatuses::code(AppointmentStatus::InConsultation), u"in-consultation"_s);
}

void TestAppointmentStatus::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("booked -> arrived") << u"booked"_s << u"arrived"_s << true;
    QTest::newRow("arrived -> in consultation") << u"arrived"_s << u"in-consultation"_s << true;
    QTest::newRow("in consultation -> fulfilled") << u"in-consultation"_s << u"fulfilled"_s << true;
    QTest::newRow("booked -> cancelled") << u"booked"_s << u"cancelled"_s << true;
    QTest::newRow("booked -> noshow") << u"booked"_s << u"noshow"_s << true;
    QTest::newRow("noshow -> arrived (came late)") << u"noshow"_s << u"arrived"_s << true;
    QTest::newRow("fulfilled -> entered in error") << u"fulfilled"_s << u"entered-in-error"_s << true;
    QTest::newRow("booked -> fulfilled") << u"booked"_s << u"fulfilled"_s << false;
    QTest::newRow("cancelled -> booked (kept after all)") << u"cancelled"_s << u"booked"_s << true;
    QTest::newRow("cancelled -> arrived") << u"cancelled"_s << u"arrived"_s << false;
    QTest::newRow("fulfilled -> noshow") << u"fulfilled"_s << u"noshow"_s << false;
    QTest::newRow("arrived -> noshow") << u"arrived"_s << u"noshow"_s << false;
    QTest::newRow("booked -> booked") << u"booked"_s << u"booked"_s << false;
}

void TestAppointmentStatus::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(
        AppointmentStatuses::canTransition(*AppointmentStatuses::fromCode(from), *AppointmentStatuses::fromCode(to)),
        allowed);
}

void TestAppointmentStatus::enteredInErrorIsFinal()
{
    QVERIFY(AppointmentStatuses::nextStatuses(AppointmentStatus::EnteredInError).isEmpty());
    for (const AppointmentStatus s : AppointmentStatuses::all()) {
        if (s != AppointmentStatus::EnteredInError)
            QVERIFY(AppointmentStatuses::canTransition(s, AppointmentStatus::EnteredInError));
    }
}

void TestAppointmentStatus::slotOccupation()
{
    QVERIFY(AppointmentStatuses::occupiesSlot(AppointmentStatus::Booked));
    QVERIFY(AppointmentStatuses::occupiesSlot(AppointmentStatus::NoShow));
    QVERIFY(!AppointmentStatuses::occupiesSlot(AppointmentStatus::Cancelled));
    QVERIFY(!AppointmentStatuses::occupiesSlot(AppointmentStatus::EnteredInError));
}

QTEST_GUILESS_MAIN(TestAppointmentStatus)
#include "tst_appointmentstatus.moc"
