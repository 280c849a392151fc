#include "core/agenda/agendalayout.h"

#include <QTest>

using namespace guichet;

class TestAgendaLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apartStayFullWidth();
    void overlapSplitsIntoLanes();
    void clusterSharesItsLaneCount();
    void lanesAreReused();
    void columnsAreIndependent();
    void touchingIsNotOverlapping();
};

void TestAgendaLayout::apartStayFullWidth()
{
    const auto p = AgendaLayout::place({{0, 0, 30}, {0, 60, 90}});
    QCOMPARE(p.at(0).lanes, 1);
    QCOMPARE(p.at(1).lanes, 1);
    QCOMPARE(p.at(1).lane, 0);
}

void TestAgendaLayout::overlapSplitsIntoLanes()
{
    const auto p = AgendaLayout::place({{0, 0, 60}, {0, 30, 90}});
    QCOMPARE(p.at(0).lane, 0);
    QCOMPARE(p.at(1).lane, 1);
    QCOMPARE(p.at(0).lanes, 2);
    QCOMPARE(p.at(1).lanes, 2);
}

void TestAgendaLayout::clusterSharesItsLaneCount()
{
    // A overlaps B, B overlaps C, A does not overlap C: one cluster of two lanes, C reuses A's lane.
    const auto p = AgendaLayout::place({{0, 0, 30}, {0, 20, 50}, {0, 40, 70}, {0, 100, 110}});
    QCOMPARE(p.at(0).lanes, 2);
    QCOMPARE(p.at(1).lanes, 2);
    QCOMPARE(p.at(2).lanes, 2);
    QCOMPARE(p.at(2).lane, 0);
    QCOMPARE(p.at(3).lanes, 1); // after the cluster
}

void TestAgendaLayout::lanesAreReused()
{
    const auto p = AgendaLayout::place({{0, 0, 100}, {0, 10, 20}, {0, 30, 40}, {0, 50, 60}});
    QCOMPARE(p.at(0).lane, 0);
    QCOMPARE(p.at(1).lane, 1);
    QCOMPARE(p.at(2).lane, 1);
    QCOMPARE(p.at(3).lane, 1);
    QCOMPARE(p.at(3).lanes, 2);
}

void TestAgendaLayout::columnsAreIndependent()
{
    const auto p = AgendaLayout::place({{1, 0, 60}, {0, 0, 60}, {1, 30, 90}});
    QCOMPARE(p.at(1).lanes, 1);
    QCOMPARE(p.at(0).lanes, 2);
    QCOMPARE(p.at(2).lane, 1);
}

void TestAgendaLayout::touchingIsNotOverlapping()
{
    const auto p = AgendaLayout::place({{0, 0, 15}, {0, 15, 30}, {0, 30, 45}});
    for (const GridPlacement &g : p) {
        QCOMPARE(g.lane, 0);
        QCOMPARE(g.lanes, 1);
    }
}

QTEST_GUILESS_MAIN(TestAgendaLayout)
#include "tst_agendalayout.moc"
