#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace guichet {

class Session;
struct Appointment;

// A practitioner's opening hours: the weekly template, one line a day ("08:30-12:30,
// 14:00-18:00"; empty: closed), and the days that differ (closed, or other hours). Each
// change lists the booked patients left outside the hours, to be called and moved.
class OpeningHoursDialog final : public QDialog
{
    Q_OBJECT
public:
    OpeningHoursDialog(const Session &session, const QString &practitionerId, const QDate &day,
                       QWidget *parent = nullptr);

    QComboBox *practitionerBox() const { return m_practitioner; }
    QLineEdit *weekdayField(int weekday) const { return m_days.value(weekday - 1); }
    QDateEdit *exceptionDate() const { return m_exceptionDate; }
    QLineEdit *exceptionHours() const { return m_exceptionHours; }
    QLineEdit *exceptionReason() const { return m_exceptionReason; }
    QTableWidget *exceptionsTable() const { return m_exceptions; }
    QTableWidget *outsideTable() const { return m_outside; }
    QString message() const;
    bool changed() const { return m_changed; }

public Q_SLOTS:
    void saveWeek(); // every weekday changed, or none when one is wrong
    void addException();
    void removeSelectedException();

private:
    void load();
    void showOutside(const QString &done, const QList<Appointment> &outside);
    void fail(const QString &message);

    const Session &m_session;
    QComboBox *m_practitioner = nullptr;
    QList<QLineEdit *> m_days; // Monday first
    QStringList m_loaded; // each weekday's text as loaded
    QDateEdit *m_exceptionDate = nullptr;
    QLineEdit *m_exceptionHours = nullptr;
    QLineEdit *m_exceptionReason = nullptr;
    QTableWidget *m_exceptions = nullptr;
    QTableWidget *m_outside = nullptr;
    QLabel *m_message = nullptr;
    bool m_changed = false;
};

} // namespace guichet
