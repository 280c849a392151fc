#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace guichet {

class BrowserSignIn;
class Session;

// The central agenda's address, the account, and signing in: "Se connecter…" opens the
// browser on the central agenda's own sign-in page (OAuth2 with PKCE; the desk receives the
// answer on this computer only), or, for servers without OAuth2, the token the central agenda
// gave is pasted. Tokens go straight to the system keychain, never to a file.
class ServerDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ServerDialog(const Session &session, QWidget *parent = nullptr);
    ~ServerDialog() override;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *accountEdit() const { return m_account; }
    QLineEdit *clientEdit() const { return m_client; }
    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *signInButton() const { return m_signIn; }
    QString error() const { return m_error; }
    QString stateText() const;
    bool save(); // validates and stores; false with the reason shown
    bool signOut();
    // Saves the address and starts the sign-in in the browser; false with the reason shown.
    bool signInWithBrowser();
    // Whether the address or the sign-in changed (even if the dialog is then closed).
    bool accessChanged() const { return m_changed; }
    // How the browser is opened (the system's by default; tests follow the address themselves).
    void setBrowserOpener(std::function<void(const QUrl &)> opener) { m_opener = std::move(opener); }

Q_SIGNALS:
    void signInFinished(bool ok);

private:
    void showState();
    void fail(const QString &message);
    bool saveAddress();

    const Session &m_session;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_client = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signOut = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_message = nullptr;
    QString m_error;
    BrowserSignIn *m_browser = nullptr;
    std::function<void(const QUrl &)> m_opener;
    bool m_changed = false;
};

} // namespace guichet
