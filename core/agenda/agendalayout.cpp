#include "agendalayout.h"

#include <algorithm>
#include <numeric>

namespace guichet {

QList<GridPlacement> AgendaLayout::place(const QList<GridItem> &items)
{
    QList<GridPlacement> out(items.size());
    QList<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const GridItem &x = items.at(a);
        const GridItem &y = items.at(b);
        if (x.column != y.column)
            return x.column < y.column;
        if (x.startMinute != y.startMinute)
            return x.startMinute < y.startMinute;
        return x.endMinute > y.endMinute; // longer first: it gets the left lane
    });

    // Sweep each column; a cluster is a run of transitively overlapping items.
    qsizetype i = 0;
    while (i < order.size()) {
        const int column = items.at(order.at(i)).column;
        QList<int> laneEnds; // end minute of the last item in each lane
        QList<int> cluster;
        int clusterEnd = -1;
        auto closeCluster = [&] {
            for (int index : std::as_const(cluster))
                out[index].lanes = int(laneEnds.size());
            cluster.clear();
            laneEnds.clear();
        };
        while (i < order.size() && items.at(order.at(i)).column == column) {
            const int index = order.at(i);
            const GridItem &item = items.at(index);
            const int end = std::max(item.endMinute, item.startMinute + 1);
            if (!cluster.isEmpty() && item.startMinute >= clusterEnd)
                closeCluster();
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > item.startMinute)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds << end;
            else
                laneEnds[lane] = end;
            out[index].lane = lane;
            cluster << index;
            clusterEnd = cluster.size() == 1 ? end : std::max(clusterEnd, end);
            ++i;
        }
        closeCluster();
    }
    return out;
}

} // namespace guichet
