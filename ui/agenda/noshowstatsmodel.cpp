#include "ui/agenda/noshowstatsmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace guichet {

NoShowStatsModel::NoShowStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NoShowStatsModel::setRows(const QList<NoShowStatsRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int NoShowStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NoShowStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoShowStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NoShowStatsRow &r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= Appointments)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Month:
        return r.month.isEmpty() ? tr("whole range") : r.month;
    case Practitioner:
        return r.practitionerName;
    case Motif:
        return r.month.isEmpty() ? tr("all") : r.motifLabel;
    case Appointments:
        return r.appointments;
    case NoShows:
        return r.noShows;
    case NoShowRate:
        return QString(locale.toString(100.0 * r.noShowRate(), 'f', 1) + u" %"_s);
    case LateCancellations:
        return r.lateCancellations;
    case LateRate:
        return QString(locale.toString(100.0 * r.lateCancellationRate(), 'f', 1) + u" %"_s);
    case TimeLost:
        return tr("%1 h %2").arg(r.minutesLost / 60).arg(r.minutesLost % 60, 2, 10, QLatin1Char('0'));
    default:
        return {};
    }
}

QVariant NoShowStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Month:
        return tr("Month");
    case Practitioner:
        return tr("Practitioner");
    case Motif:
        return tr("Visit reason");
    case Appointments:
        return tr("Appointments");
    case NoShows:
        return tr("Not honoured");
    case NoShowRate:
        return tr("% not honoured");
    case LateCancellations:
        return tr("Late cancellations");
    case LateRate:
        return tr("% late");
    case TimeLost:
        return tr("Time lost");
    default:
        return {};
    }
}

} // namespace guichet
