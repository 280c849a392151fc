#pragma once

#include "core/base/result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace guichet {

class Clock;
class Database;
class Session;

// Anyone changes their own password, from the sign-in or the lock screen: the current one is
// checked as a sign-in (wrong ones count toward the wait), the new one by the password policy.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    // Before anyone signs in (the sign-in dialog): the login's current password is checked.
    ChangePasswordDialog(const Database &db, const Clock &clock, const QString &login, QWidget *parent = nullptr);
    // The signed-in person's own password (the lock screen).
    explicit ChangePasswordDialog(const Session &session, QWidget *parent = nullptr);

    QLineEdit *loginField() const { return m_login; }
    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const { return m_new; }
    QLineEdit *repeatField() const { return m_repeat; }
    QString message() const;

    void accept() override;

private:
    void build(const QString &login);
    // Changes the password of (login, current) to the new one; the person's or the Session's way.
    std::function<Result<void>(const QString &, const QString &, const QString &)> m_change;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace guichet
