#include "ui/sync/serverdialog.h"

#include "core/store/database.h"
#include "core/sync/syncsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

ServerDialog::ServerDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Central agenda"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"url"_s);
    m_url->setPlaceholderText(u"https://agenda.example.be/fhir"_s);
    m_account = new QLineEdit(this);
    m_account->setObjectName(u"account"_s);
    m_token = new QLineEdit(this);
    m_token->setObjectName(u"token"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Paste the token given by the central agenda"));
    if (auto url = SyncSettings::server(db))
        m_url->setText(url->toString());
    m_account->setText(SyncSettings::account(db));
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #a40000"_s);
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Address:"), m_url);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Token:"), m_token);
    auto *note = new QLabel(tr("The token is kept only in this computer's keychain. The address must start with "
                               "https://."),
                            this);
    note->setWordWrap(true);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *out = buttons->addButton(tr("Sign out"), QDialogButtonBox::ResetRole);
    out->setObjectName(u"signOut"_s);
    connect(out, &QPushButton::clicked, this, [this] { signOut(); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_state);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    showState();
    resize(560, sizeHint().height());
}

void ServerDialog::showState()
{
    if (!SyncSettings::server(m_db)) {
        m_state->setText(tr("No central agenda yet: the desk works on its own and keeps every change."));
        return;
    }
    auto token = SyncSettings::token(m_db);
    if (token)
        m_state->setText(tr("Signed in."));
    else if (token.error().code == ErrorCode::NotFound)
        m_state->setText(tr("Not signed in."));
    else
        m_state->setText(token.error().message);
}

void ServerDialog::fail(const QString &message)
{
    m_error = message;
    m_message->setText(message);
    m_message->show();
}

bool ServerDialog::save()
{
    m_error.clear();
    m_message->hide();
    auto url = SyncSettings::setServer(m_db, m_url->text(), m_account->text());
    if (!url) {
        fail(url.error().message);
        m_url->setFocus();
        return false;
    }
    const QByteArray token = m_token->text().trimmed().toUtf8();
    if (!token.isEmpty()) {
        if (auto ok = SyncSettings::storeToken(m_db, token); !ok) {
            fail(ok.error().message);
            m_token->setFocus();
            return false;
        }
        m_token->clear();
    }
    showState();
    return true;
}

bool ServerDialog::signOut()
{
    if (auto ok = SyncSettings::forgetToken(m_db); !ok) {
        fail(ok.error().message);
        return false;
    }
    showState();
    return true;
}

} // namespace guichet
