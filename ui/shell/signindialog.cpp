#include "ui/shell/signindialog.h"

#include "core/access/practicefile.h"
#include "core/access/userservice.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/tones.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

SignInDialog::SignInDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_firstRun(!UserService::hasUsers(db))
{
    setWindowTitle(m_firstRun ? tr("Guichet — first start") : tr("Guichet — sign in"));
    auto *title =
        new QLabel(m_firstRun ? tr("Create the administrator of this installation") : tr("Sign in to Guichet"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    auto *where = new QLabel(tr("Database: %1").arg(QFileInfo(PracticeFile::pathOf(db)).fileName()), this);
    Tones::apply(where, Tone::Hint);
    m_login = new QLineEdit(this);
    m_login->setObjectName(u"login"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("Login:"), m_login);
    if (m_firstRun) {
        m_name = new QLineEdit(this);
        form->addRow(tr("Full name:"), m_name);
    }
    form->addRow(tr("Password:"), m_password);
    if (m_firstRun) {
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Password again:"), m_repeat);
    }
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    Tones::apply(m_message, Tone::Error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_firstRun ? tr("Create") : tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(where);
    layout->addLayout(form);
    if (m_firstRun) {
        auto *hint = new QLabel(tr("At least 12 characters, hard to guess: a phrase of four or more words is easy "
                                   "to remember."),
                                this);
        Tones::apply(hint, Tone::Hint);
        layout->addWidget(hint);
    }
    layout->addWidget(m_message);
    if (!m_firstRun) {
        auto *change = buttons->addButton(tr("Change my password…"), QDialogButtonBox::ActionRole);
        change->setObjectName(u"changePassword"_s);
        connect(change, &QPushButton::clicked, this, [this] {
            ChangePasswordDialog dialog(m_db, m_clock, QString(), this);
            dialog.loginField()->setText(m_login->text());
            if (dialog.exec() == QDialog::Accepted) {
                Tones::apply(m_message, Tone::Success);
                m_message->setText(tr("Your password is changed: sign in with the new one."));
                m_password->clear();
                m_password->setFocus();
            }
        });
    }
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString SignInDialog::message() const
{
    return m_message->text();
}

void SignInDialog::accept()
{
    if (m_firstRun) {
        if (m_password->text() != m_repeat->text()) {
            m_message->setText(tr("The two passwords differ."));
            return;
        }
        auto created = UserService::createFirstAdministrator(
            m_db, m_clock,
            NewUser{m_login->text(), m_name->text(), Role::Administrator, QString(), m_password->text()});
        if (!created) {
            m_message->setText(created.error().message);
            return;
        }
        m_user = created.value();
        QDialog::accept();
        return;
    }
    auto signedIn = UserService::signIn(m_db, m_clock, m_login->text(), m_password->text());
    if (!signedIn) {
        Tones::apply(m_message, Tone::Error);
        m_message->setText(signedIn.error().message);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_user = signedIn.value();
    QDialog::accept();
}

} // namespace guichet
