#pragma once

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace guichet {

class Session;

// Find appointments: a patient's past and future ones, or by dates, practitioner and status;
// Enter (or a double click) opens the agenda on the one chosen.
class AppointmentSearchDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AppointmentSearchDialog(const Session &session, QWidget *parent = nullptr);

    void setPatient(const QString &patientId); // empty: every patient
    QComboBox *practitionerBox() const { return m_practitioner; }
    QComboBox *statusBox() const { return m_status; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    QTableWidget *results() const { return m_results; }
    void runSearch();
    QString chosenId() const; // the appointment to open
    QDateTime chosenStart() const;

Q_SIGNALS:
    void openAsked(const QString &appointmentId, const QDateTime &start);

private:
    const Session &m_session;
    QString m_patientId;
    QLabel *m_patient = nullptr;
    QComboBox *m_practitioner = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace guichet
