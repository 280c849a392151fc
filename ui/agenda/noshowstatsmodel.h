#pragma once

#include "core/agenda/noshowstats.h"

#include <QAbstractTableModel>

namespace guichet {

// No-show figures as a table: per practitioner over the range, or in detail by month and visit reason.
class NoShowStatsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Month,
        Practitioner,
        Motif,
        Appointments,
        NoShows,
        NoShowRate,
        LateCancellations,
        LateRate,
        TimeLost,
        ColumnCount
    };

    explicit NoShowStatsModel(QObject *parent = nullptr);
    void setRows(const QList<NoShowStatsRow> &rows);
    const QList<NoShowStatsRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<NoShowStatsRow> m_rows;
};

} // namespace guichet
