#include "ui/sync/serverdialog.h"

#include "core/access/session.h"
#include "core/sync/browsersignin.h"
#include "core/sync/oauth.h"
#include "core/sync/syncsettings.h"
#include "ui/shell/tones.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

ServerDialog::ServerDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Central agenda"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"url"_s);
    m_url->setPlaceholderText(u"https://agenda.example.be/fhir"_s);
    m_account = new QLineEdit(this);
    m_account->setObjectName(u"account"_s);
    m_client = new QLineEdit(this);
    m_client->setObjectName(u"oauthClient"_s);
    m_client->setPlaceholderText(tr("Given by the central agenda's administrator"));
    m_signIn = new QPushButton(tr("Sign in…"), this);
    m_signIn->setObjectName(u"signIn"_s);
    m_signIn->setToolTip(tr("Opens the central agenda's sign-in page in the browser"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(u"token"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Only for a central agenda without sign-in page"));
    if (auto url = SyncSettings::server(session))
        m_url->setText(url->toString());
    m_account->setText(SyncSettings::account(session));
    m_client->setText(SyncSettings::oauthClientId(session));
    m_state = new QLabel(this);
    m_state->setObjectName(u"state"_s);
    m_state->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    Tones::apply(m_message, Tone::Error);
    m_message->hide();

    auto *signInRow = new QHBoxLayout;
    signInRow->addWidget(m_client, 1);
    signInRow->addWidget(m_signIn);
    auto *form = new QFormLayout;
    form->addRow(tr("Address:"), m_url);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Client identifier:"), signInRow);
    form->addRow(tr("Or token:"), m_token);
    auto *note = new QLabel(tr("Signing in happens on the central agenda's page, in the browser; Guichet keeps "
                               "what it receives only in this computer's keychain. The address must start with "
                               "https://."),
                            this);
    note->setWordWrap(true);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_signOut = buttons->addButton(tr("Sign out"), QDialogButtonBox::ResetRole);
    m_signOut->setObjectName(u"signOut"_s);
    connect(m_signOut, &QPushButton::clicked, this, [this] { signOut(); });
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_browser && m_browser->isRunning())
            m_browser->cancel();
        else
            signInWithBrowser();
    });
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
    resize(600, sizeHint().height());
}

ServerDialog::~ServerDialog()
{
    if (m_browser)
        m_browser->cancel();
}

QString ServerDialog::stateText() const
{
    return m_state->text();
}

void ServerDialog::showState()
{
    m_signOut->setEnabled(SyncSettings::server(m_session) && SyncSettings::signedIn(m_session));
    if (m_browser && m_browser->isRunning()) {
        m_state->setText(tr("Waiting for the sign-in in the browser… (the button cancels)"));
        m_signIn->setText(tr("Cancel sign-in"));
        return;
    }
    m_signIn->setText(tr("Sign in…"));
    if (!SyncSettings::server(m_session)) {
        m_state->setText(tr("No central agenda yet: the desk works on its own and keeps every change."));
        return;
    }
    auto grant = SyncSettings::grant(m_session);
    if (grant) {
        m_state->setText(grant->kind == OAuthGrant::Kind::ClientCredentials
                             ? tr("Signed in as the client \"%1\" (unattended desk).").arg(grant->clientId)
                             : tr("Signed in through the central agenda's page."));
        return;
    }
    if (grant.error().code != ErrorCode::NotFound) {
        m_state->setText(grant.error().message);
        return;
    }
    auto token = SyncSettings::token(m_session);
    if (token)
        m_state->setText(tr("Signed in with a token."));
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

bool ServerDialog::saveAddress()
{
    m_error.clear();
    m_message->hide();
    const auto before = SyncSettings::server(m_session);
    const QString beforeAccount = SyncSettings::account(m_session);
    auto url = SyncSettings::setServer(m_session, m_url->text(), m_account->text());
    if (!url) {
        fail(url.error().message);
        m_url->setFocus();
        return false;
    }
    if (!before || *before != *url || beforeAccount != SyncSettings::account(m_session))
        m_changed = true;
    if (auto ok = SyncSettings::setOAuthClientId(m_session, m_client->text()); !ok) {
        fail(ok.error().message);
        m_client->setFocus();
        return false;
    }
    return true;
}

bool ServerDialog::save()
{
    if (!saveAddress())
        return false;
    const QByteArray token = m_token->text().trimmed().toUtf8();
    if (!token.isEmpty()) {
        if (auto ok = SyncSettings::signInWithToken(m_session, token); !ok) {
            fail(ok.error().message);
            m_token->setFocus();
            return false;
        }
        m_token->clear();
        m_changed = true;
    }
    showState();
    return true;
}

bool ServerDialog::signInWithBrowser()
{
    if (!saveAddress())
        return false;
    if (SyncSettings::oauthClientId(m_session).isEmpty()) {
        fail(tr("Give the client identifier first: the central agenda's administrator knows it."));
        m_client->setFocus();
        return false;
    }
    auto endpoints = OAuth::discover(*SyncSettings::server(m_session), 15000);
    if (!endpoints) {
        fail(endpoints.error().message);
        return false;
    }
    delete m_browser;
    m_browser = new BrowserSignIn(*endpoints, SyncSettings::oauthClientId(m_session), m_session.clock(), this);
    connect(m_browser, &BrowserSignIn::openBrowser, this, [this](const QUrl &url) {
        if (m_opener)
            m_opener(url);
    });
    connect(m_browser, &BrowserSignIn::succeeded, this, [this](const OAuthGrant &grant) {
        if (auto ok = SyncSettings::storeGrant(m_session, grant); !ok) {
            fail(ok.error().message);
            showState();
            Q_EMIT signInFinished(false);
            return;
        }
        m_changed = true;
        m_message->hide();
        showState();
        raise();
        activateWindow();
        Q_EMIT signInFinished(true);
    });
    connect(m_browser, &BrowserSignIn::failed, this, [this](const QString &message) {
        fail(message);
        showState();
        Q_EMIT signInFinished(false);
    });
    if (!m_browser->start())
        return false;
    showState();
    return true;
}

bool ServerDialog::signOut()
{
    auto told = SyncSettings::signOut(m_session);
    if (!told) {
        fail(told.error().message);
        return false;
    }
    m_changed = true;
    if (!*told)
        fail(tr("Signed out here, but the central agenda could not be told: ask its administrator to withdraw this "
                "desk's access."));
    showState();
    return true;
}

} // namespace guichet
