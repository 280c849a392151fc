#pragma once

#include "core/agenda/absenceservice.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace guichet {

class Session;

// Declares a practitioner's absence, then lists the booked patients it affects (time,
// patient, phone) so the desk can call them and move their appointments.
class AbsenceDialog final : public QDialog
{
    Q_OBJECT
public:
    AbsenceDialog(const Session &session, const QString &practitionerId, const QDate &day, QWidget *parent = nullptr);

    QComboBox *practitionerBox() const { return m_practitioner; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLineEdit *reasonField() const { return m_reason; }
    QTableWidget *affectedTable() const { return m_affected; }
    QString message() const;
    bool declared() const { return m_declared.has_value(); }

    void accept() override; // declares, then shows who is affected; a second OK closes

private:
    const Session &m_session;
    QComboBox *m_practitioner = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_reason = nullptr;
    QTableWidget *m_affected = nullptr;
    QLabel *m_message = nullptr;
    std::optional<DeclaredAbsence> m_declared;
};

} // namespace guichet
