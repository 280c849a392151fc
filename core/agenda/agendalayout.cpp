#include "core/agenda/agendalayout.h"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

namespace guichet {

QList<GridPlacement> AgendaLayout::place(const QList<GridItem> &items)
{
    QList<GridPlacement> out(items.size());
    // Sorted by column, start, longer first (it gets the left lane): small keys side by side,
    // compared without going back to the items.
    struct Key
    {
        int column;
        int start;
        int negativeEnd;
        int index;
        bool operator<(const Key &o) const
        {
            return std::tie(column, start, negativeEnd, index) < std::tie(o.column, o.start, o.negativeEnd, o.index);
        }
    };
    std::vector<Key> keys;
    keys.reserve(size_t(items.size()));
    for (int k = 0; k < items.size(); ++k) {
        const GridItem &item = items.at(k);
        keys.push_back({item.column, item.startMinute, -item.endMinute, k});
    }
    std::sort(keys.begin(), keys.end());
    QList<int> order;
    order.reserve(items.size());
    for (const Key &k : keys)
        order << k.index;

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
