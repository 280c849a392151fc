#pragma once

#include "core/domain/user.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace guichet {

class Clock;
class Database;

// Sign-in at start-up. With no user in the database yet, it creates the first
// administrator instead.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    bool isFirstRun() const { return m_firstRun; }
    User user() const { return m_user; }
    QLineEdit *loginField() const { return m_login; }
    QLineEdit *passwordField() const { return m_password; }
    QString message() const;

    void accept() override;

private:
    const Database &m_db;
    const Clock &m_clock;
    bool m_firstRun = false;
    User m_user;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace guichet
