#pragma once

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace guichet {

class DayListModel;
class Session;

// The front desk's day list. The painted week grid with one column per
// practitioner comes with the agenda issue; this view says so.
class AgendaView final : public QWidget
{
    Q_OBJECT
public:
    AgendaView(const Session &session, QWidget *parent = nullptr);

    void setDay(const QDate &day);
    DayListModel *model() const { return m_model; }

private:
    void refreshSummary();

    const Session &m_session;
    DayListModel *m_model = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_showCancelled = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace guichet
