#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QSettings;
class QStackedWidget;
class QDateEdit;
class QLabel;
class QTableView;

namespace guichet {

class AgendaGrid;
class DayListModel;
class MonthView;
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
    AgendaGrid *grid() const { return m_grid; }
    MonthView *month() const { return m_month; }
    enum class Display { List, Day, Week, Month };
    void setDisplay(Display display);
    Display display() const { return m_display; }
    void setPractitionerFilter(const QString &practitionerId); // empty: all
    // The display and the practitioner chosen are remembered per desk.
    void usePreferences(QSettings *settings);
    QTableView *table() const { return m_table; }
    void selectRow(int row);
    QString message() const;

    // The actions on the selected appointment (context menu and shortcuts).
    QAction *markNoShowAction() const { return m_markNoShow; }
    QAction *markExcusedAction() const { return m_markExcused; }
    QAction *undoNoShowAction() const { return m_undoNoShow; }
    QAction *arrivedAction() const { return m_arrived; }

Q_SIGNALS:
    void appointmentChanged(const QString &appointmentId);

private:
    void refreshSummary();
    void act(const QString &what);
    void updateActions();

    const Session &m_session;
    DayListModel *m_model = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_showCancelled = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    AgendaGrid *m_grid = nullptr;
    MonthView *m_month = nullptr;
    QComboBox *m_displayBox = nullptr;
    QComboBox *m_practitionerBox = nullptr;
    Display m_display = Display::List;
    QSettings *m_settings = nullptr;
    QAction *m_markNoShow = nullptr;
    QAction *m_markExcused = nullptr;
    QAction *m_undoNoShow = nullptr;
    QAction *m_arrived = nullptr;
};

} // namespace guichet
