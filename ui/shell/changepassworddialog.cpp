#include "ui/shell/changepassworddialog.h"

#include "core/access/session.h"
#include "core/access/userservice.h"
#include "ui/shell/tones.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

ChangePasswordDialog::ChangePasswordDialog(const Database &db, const Clock &clock, const QString &login,
                                           QWidget *parent)
    : QDialog(parent)
    , m_change([&db, &clock](const QString &who, const QString &current, const QString &fresh) {
        return UserService::changeOwnPassword(db, clock, who, current, fresh);
    })
{
    build(login);
}

ChangePasswordDialog::ChangePasswordDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_change([&session](const QString &, const QString &current, const QString &fresh) {
        return UserService::changePassword(session, current, fresh);
    })
{
    build(session.user().login);
}

void ChangePasswordDialog::build(const QString &login)
{
    setWindowTitle(tr("Change my password"));
    m_login = new QLineEdit(login, this);
    m_login->setObjectName(u"login"_s);
    m_login->setReadOnly(!login.isEmpty());
    auto password = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password);
        edit->setObjectName(name);
        return edit;
    };
    m_current = password(u"current"_s);
    m_new = password(u"new"_s);
    m_repeat = password(u"repeat"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Current password:"), m_current);
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("New password again:"), m_repeat);
    auto *hint = new QLabel(
        tr("At least 12 characters, hard to guess: a phrase of four or more words is easy to remember."), this);
    Tones::apply(hint, Tone::Hint);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    Tones::apply(m_message, Tone::Error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    (login.isEmpty() ? m_login : m_current)->setFocus();
}

QString ChangePasswordDialog::message() const
{
    return m_message->text();
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        m_message->setText(tr("The two new passwords differ."));
        m_repeat->selectAll();
        m_repeat->setFocus();
        return;
    }
    auto changed = m_change(m_login->text(), m_current->text(), m_new->text());
    if (!changed) {
        m_message->setText(changed.error().message);
        m_current->selectAll();
        m_current->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace guichet
