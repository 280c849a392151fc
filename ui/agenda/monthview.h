#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

namespace guichet {

class Session;

// The month at a glance: per day, how many appointments are booked (and not honoured).
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

Q_SIGNALS:
    void dayClicked(const QDate &day);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

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
};

} // namespace guichet
