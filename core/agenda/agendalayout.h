#pragma once

#include <QList>

namespace guichet {

// Where each appointment goes on the painted grid: its column (a practitioner, or a
// day and practitioner), its minutes from the top, and, when appointments overlap,
// its lane among the lanes of its cluster (KDE eventviews' sub-columns). Pure arithmetic.
struct GridItem
{
    int column = 0;
    int startMinute = 0; // from the grid's first minute
    int endMinute = 0;
};

struct GridPlacement
{
    int lane = 0;
    int lanes = 1;
};

class AgendaLayout final
{
public:
    // One placement per item, in the same order.
    static QList<GridPlacement> place(const QList<GridItem> &items);
};

} // namespace guichet
