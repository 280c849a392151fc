#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

namespace guichet {

class Session;

// The month at a glance: per day, how many appointments are booked (and not honoured). The
// arrows move a cursor over the days, Enter opens the day; a screen reader reads each day
// (MonthViewAccessible) and follows the cursor.
class MonthView final : public QWidget
{
    Q_OBJECT
public:
    MonthView(const Session &session, QWidget *parent = nullptr);

    void setDate(const QDate &date); // any day of the month
    void setPractitioners(const QStringList &ids);
    void reloadNow();
    int countOn(const QDate &day) const;
    QDate dayAt(const QPoint &pos) const;

    static constexpr int CellCount = 42; // six weeks from the Monday on or before the 1st
    QString spokenDay(int index) const; // "lundi 23 novembre : 71 rendez-vous, 3 non honorés"
    QRect dayRect(int index) const { return cellRect(index).toRect(); }
    int cursor() const { return m_cursor; } // the day under the keyboard cursor, -1 before any
    void setCursor(int index);
    void activateDay(int index); // what Enter and a click do: open that day

Q_SIGNALS:
    void dayClicked(const QDate &day);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    QRectF cellRect(int index) const;
    void reloadWhenShown();

    const Session &m_session;
    QDate m_month; // first day
    QDate m_first; // Monday on or before the first day
    QStringList m_practitionerIds;
    QList<int> m_counts; // 42 cells
    QList<int> m_noShows;
    QString m_error; // why the counts could not be read
    bool m_stale = true;
    int m_cursor = -1;
};

} // namespace guichet
