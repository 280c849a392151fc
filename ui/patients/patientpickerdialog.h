#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace guichet {

class PatientSearchModel;
class Session;

// Choose a patient by typing (name, birth date, phone, NISS/NIR), keyboard first; with a
// reason field when the act needs one (giving an appointment to another patient).
class PatientPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    PatientPickerDialog(const Session &session, const QString &title, const QString &reasonLabel,
                        QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *list() const { return m_list; }
    QLineEdit *reasonField() const { return m_reason; }
    void search(); // the type-ahead, now
    QString patientId() const; // the chosen one
    QString reason() const;
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PatientSearchModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace guichet
