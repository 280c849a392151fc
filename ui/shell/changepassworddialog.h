#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace guichet {

class Clock;
class Database;

// Anyone changes their own password, from the sign-in or the lock screen: the current one is
// checked as a sign-in (wrong ones count toward the wait), the new one by the password policy.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(const Database &db, const Clock &clock, const QString &login, QWidget *parent = nullptr);

    QLineEdit *loginField() const { return m_login; }
    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const { return m_new; }
    QLineEdit *repeatField() const { return m_repeat; }
    QString message() const;

    void accept() override;

private:
    const Database &m_db;
    const Clock &m_clock;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace guichet
