#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace guichet {

class Session;

// The audit log, read-only: filtered by dates, user, patient and kind of act; exported as CSV.
class AuditPage final : public QWidget
{
    Q_OBJECT
public:
    AuditPage(const Session &session, QWidget *parent = nullptr);

    void reload();
    bool exportTo(const QString &path);

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *userBox() const { return m_user; }
    QLineEdit *patientField() const { return m_patient; }
    QComboBox *kindBox() const { return m_kind; }
    QTableWidget *table() const { return m_table; }
    QString message() const;

private:
    const Session &m_session;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_user = nullptr;
    QLineEdit *m_patient = nullptr;
    QComboBox *m_kind = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace guichet
