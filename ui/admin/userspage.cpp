#include "ui/admin/userspage.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/access/userservice.h"
#include "ui/shell/tones.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace guichet {

UsersPage::UsersPage(const Session &session, QWidget *parent)
    : AdminPage(session, parent)
{
    setObjectName(u"usersPage"_s);
    m_login = new QLineEdit(this);
    m_login->setPlaceholderText(tr("marie.dubois"));
    m_name = new QLineEdit(this);
    m_role = new QComboBox(this);
    for (const Role r : {Role::Secretary, Role::Practitioner, Role::Administrator})
        m_role->addItem(Roles::label(r), Roles::code(r));
    m_practitioner = new QComboBox(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(u"userPassword"_s);
    auto *hint = new QLabel(
        tr("At least 12 characters, hard to guess: a phrase of four or more words is easy to remember."), this);
    hint->setWordWrap(true);
    Tones::apply(hint, Tone::Hint);
    auto *form = new QFormLayout;
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Full name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Practitioner:"), m_practitioner);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), hint);
    auto *add = new QPushButton(tr("New user"), this);
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(u"saveUser"_s);
    m_activeButton = new QPushButton(tr("Disable"), this);
    m_passwordButton = new QPushButton(tr("Set this password"), this);
    connect(add, &QPushButton::clicked, this, &UsersPage::startNew);
    connect(saveButton, &QPushButton::clicked, this, &UsersPage::save);
    connect(m_activeButton, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_passwordButton, &QPushButton::clicked, this, &UsersPage::setPassword);
    build({tr("Login"), tr("Name"), tr("Role"), tr("Practitioner"), tr("State")}, form, tr("User"),
          {add, saveButton, m_activeButton, m_passwordButton});
    reload();
}

void UsersPage::reload()
{
    const QString current = m_practitioner->currentData().toString();
    m_practitioner->clear();
    m_practitioner->addItem(tr("(none)"), QString());
    QHash<QString, QString> names;
    for (const Practitioner &p : PracticeDirectory(m_session).practitioners()) {
        m_practitioner->addItem(p.displayName(), p.id);
        names.insert(p.id, p.displayName());
    }
    m_practitioner->setCurrentIndex(qMax(0, m_practitioner->findData(current)));
    QList<std::pair<QString, QStringList>> rows;
    auto users = UserService::list(m_session);
    if (!users)
        say(users.error().message, true);
    for (const User &u : users.valueOr({})) {
        QString state = u.active ? tr("active") : tr("disabled");
        if (u.lockedUntil.isValid() && u.lockedUntil > m_session.now())
            state = tr("waits after wrong passwords");
        rows.append({u.id, {u.login, u.displayName, Roles::label(u.role), names.value(u.practitionerId), state}});
    }
    fill(rows, m_id);
}

void UsersPage::startNew()
{
    m_table->clearSelection();
    show(QString());
    m_login->setFocus();
}

void UsersPage::show(const QString &id)
{
    m_id = id;
    User u;
    if (!id.isEmpty())
        for (const User &each : UserService::list(m_session).valueOr({}))
            if (each.id == id)
                u = each;
    m_loginOfId = u.login;
    m_active = u.active;
    m_login->setText(u.login);
    m_login->setReadOnly(!id.isEmpty());
    m_name->setText(u.displayName);
    m_role->setCurrentIndex(qMax(0, m_role->findData(Roles::code(u.role))));
    m_practitioner->setCurrentIndex(qMax(0, m_practitioner->findData(u.practitionerId)));
    m_password->clear();
    m_activeButton->setEnabled(!id.isEmpty());
    m_activeButton->setText(m_active ? tr("Disable") : tr("Enable"));
    m_passwordButton->setEnabled(!id.isEmpty());
}

bool UsersPage::save()
{
    const Role role = Roles::fromCode(m_role->currentData().toString()).value_or(Role::Secretary);
    const QString practitioner = m_practitioner->currentData().toString();
    if (m_id.isEmpty()) {
        auto created = UserService::create(
            m_session, NewUser{m_login->text(), m_name->text(), role, practitioner, m_password->text()});
        if (!created) {
            say(created.error().message, true);
            return false;
        }
        m_id = created->id;
        reload();
        say(tr("%1 can sign in now.").arg(created->displayName.isEmpty() ? created->login : created->displayName));
        Q_EMIT changed();
        return true;
    }
    auto renamed = UserService::rename(m_session, m_loginOfId, m_name->text());
    if (!renamed) {
        say(renamed.error().message, true);
        return false;
    }
    auto changed_ = UserService::setRole(m_session, m_loginOfId, role, practitioner);
    if (!changed_) {
        say(changed_.error().message, true);
        return false;
    }
    reload();
    say(tr("%1 is now %2.").arg(changed_->login, Roles::label(changed_->role).toLower()));
    Q_EMIT changed();
    return true;
}

bool UsersPage::toggleActive()
{
    if (m_id.isEmpty())
        return false;
    auto done = UserService::setActive(m_session, m_loginOfId, !m_active);
    if (!done) {
        say(done.error().message, true);
        return false;
    }
    reload();
    say(done->active ? tr("%1 can sign in again.").arg(done->login)
                     : tr("%1 is disabled: the account can no longer sign in; its history stays.").arg(done->login));
    return true;
}

bool UsersPage::setPassword()
{
    if (m_id.isEmpty())
        return false;
    auto done = UserService::resetPassword(m_session, m_loginOfId, m_password->text());
    if (!done) {
        say(done.error().message, true);
        return false;
    }
    m_password->clear();
    reload();
    say(tr("New password set for %1: tell it to them in person.").arg(m_loginOfId));
    return true;
}

} // namespace guichet
