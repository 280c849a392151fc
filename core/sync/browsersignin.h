#pragma once

#include "core/sync/oauth.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;

namespace guichet {

class Clock;
class LoopbackReplyHandler;

// Sign-in in the browser (RFC 8252) through Qt Network Authorization: the authorization code
// flow with PKCE (RFC 7636, S256, added through the flow's parameter hook: Qt 6.4 has none),
// the redirect received on http://127.0.0.1:PORT/ by a listener of this computer only, the
// `state` checked by Qt. The desktop opens `openBrowser`'s address; a test may follow it
// itself. Ends with exactly one of `succeeded` or `failed`.
class BrowserSignIn final : public QObject
{
    Q_OBJECT
public:
    BrowserSignIn(OAuthEndpoints endpoints, QString clientId, const Clock &clock, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // Starts listening and asks for the browser; false (and `failed`) when no local port opens.
    bool start();
    void cancel();
    QUrl redirectUri() const;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void openBrowser(const QUrl &url);
    void succeeded(const guichet::OAuthGrant &grant);
    void failed(const QString &message);

private:
    void finish(const QString &error);
    void tokenAnswer(QNetworkReply *reply);

    OAuthEndpoints m_endpoints;
    QString m_clientId;
    const Clock &m_clock;
    QByteArray m_verifier;
    QNetworkAccessManager *m_network = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    LoopbackReplyHandler *m_handler = nullptr;
    OAuthGrant m_pending; // read from the token answer, handed over once Qt has granted
    bool m_running = false;
};

} // namespace guichet
