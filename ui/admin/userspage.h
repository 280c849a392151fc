#pragma once

#include "ui/admin/adminpage.h"

class QComboBox;
class QLineEdit;
class QPushButton;

namespace guichet {

// Who uses Guichet: add, role and linked practitioner, disable or enable, a new password set by
// an administrator. Nobody disables or demotes the last administrator (core refuses it).
class UsersPage final : public AdminPage
{
    Q_OBJECT
public:
    UsersPage(const Session &session, QWidget *parent = nullptr);

    void reload() override;
    void startNew();
    bool save(); // adds the user, or saves the role and practitioner
    bool toggleActive();
    bool setPassword(); // the password field, for the chosen user

    QLineEdit *loginField() const { return m_login; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *practitionerBox() const { return m_practitioner; }
    QLineEdit *passwordField() const { return m_password; }

protected:
    void show(const QString &id) override;

private:
    QString m_id;
    QString m_loginOfId;
    bool m_active = true;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_practitioner = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_activeButton = nullptr;
    QPushButton *m_passwordButton = nullptr;
};

} // namespace guichet
