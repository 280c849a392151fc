#pragma once

#include "core/agenda/daylist.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace guichet {

class Clock;
class Session;

// The day's appointments across practitioners, for the front desk.
class DayListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Practitioner, Patient, Motif, Status, Waiting, NoShows, Documents, ColumnCount };
    static constexpr int AppointmentIdRole = Qt::UserRole + 1;

    DayListModel(const Session &session, QObject *parent = nullptr);

    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    void setShowCancelled(bool show);
    void reload();
    void setClock(const Clock *clock); // for waiting times; none: not shown
    void refreshTimes(); // the waiting column again, as the clock moves
    const DayListEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Session &m_session;
    QTimeZone m_zone;
    QDate m_day;
    bool m_showCancelled = false;
    const Clock *m_clock = nullptr;
    QList<DayListEntry> m_rows;
};

} // namespace guichet
