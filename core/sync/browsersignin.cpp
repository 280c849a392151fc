#include "core/sync/browsersignin.h"

#include "core/base/clock.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>

using namespace Qt::StringLiterals;

namespace guichet {

// Listens on 127.0.0.1 only, and names itself so (RFC 8252 8.3: not "localhost").
class LoopbackReplyHandler final : public QOAuthHttpServerReplyHandler
{
public:
    explicit LoopbackReplyHandler(QObject *parent)
        : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent)
    {}
    QString callback() const override { return u"http://127.0.0.1:%1/"_s.arg(port()); }
};

BrowserSignIn::BrowserSignIn(OAuthEndpoints endpoints, QString clientId, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_clientId(std::move(clientId))
    , m_clock(clock)
{}

BrowserSignIn::~BrowserSignIn() = default;

QUrl BrowserSignIn::redirectUri() const
{
    return m_handler ? QUrl(m_handler->callback()) : QUrl();
}

bool BrowserSignIn::start()
{
    if (m_running)
        return true;
    if (auto ok = OAuth::validateClientId(m_clientId); !ok) {
        Q_EMIT failed(ok.error().message);
        return false;
    }
    if (m_endpoints.authorization.isEmpty()) {
        Q_EMIT failed(tr("The central agenda offers no sign-in in the browser: use a client secret or a token."));
        return false;
    }
    delete m_flow;
    delete m_handler;
    delete m_network;
    m_network = new QNetworkAccessManager(this);
    // The code, the verifier and the tokens never follow a redirect to another origin.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_handler = new LoopbackReplyHandler(this);
    if (!m_handler->isListening()) {
        Q_EMIT failed(tr("Guichet could not open a local port to receive the sign-in."));
        return false;
    }
    m_handler->setCallbackText(tr("Guichet is now signed in to the central agenda. You can close this page and go "
                                  "back to Guichet."));
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setClientIdentifier(m_clientId);
    m_flow->setAuthorizationUrl(m_endpoints.authorization);
    m_flow->setAccessTokenUrl(m_endpoints.token);
    m_flow->setScope(u"openid offline_access"_s);
    m_flow->setReplyHandler(m_handler);
    m_verifier = OAuth::codeVerifier();
    const QByteArray challenge = OAuth::codeChallenge(m_verifier);
    m_flow->setModifyParametersFunction(
        [this, challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->insert(u"code_challenge"_s, challenge);
                parameters->insert(u"code_challenge_method"_s, u"S256"_s);
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->insert(u"code_verifier"_s, m_verifier);
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &BrowserSignIn::openBrowser);
    connect(m_flow, &QAbstractOAuth2::error, this, [this](const QString &error, const QString &description) {
        finish(tr("The central agenda refused the sign-in: %1")
                   .arg((description.isEmpty() ? error : description).left(200)));
    });
    // Qt 6.4 says nothing when the token request fails: the answer is looked at here first
    // (peeked, so that Qt reads it too).
    connect(m_network, &QNetworkAccessManager::finished, this, &BrowserSignIn::tokenAnswer);
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        if (!m_running)
            return;
        m_running = false;
        OAuthGrant grant = m_pending;
        m_pending = {};
        m_handler->close();
        Q_EMIT succeeded(grant);
    });
    m_running = true;
    m_flow->grant();
    return true;
}

void BrowserSignIn::tokenAnswer(QNetworkReply *reply)
{
    if (!m_running || reply->url().adjusted(QUrl::RemoveQuery) != m_endpoints.token.adjusted(QUrl::RemoveQuery))
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        finish(tr("The central agenda's sign-in service cannot be reached: %1").arg(reply->errorString()));
        return;
    }
    OAuthGrant grant;
    grant.kind = OAuthGrant::Kind::AuthorizationCode;
    grant.clientId = m_clientId;
    grant.tokenUrl = m_endpoints.token;
    grant.revocationUrl = m_endpoints.revocation;
    if (auto ok = OAuth::readTokenAnswer(status, reply->peek(reply->bytesAvailable()), grant, m_clock); !ok) {
        finish(ok.error().message);
        return;
    }
    m_pending = grant;
}

void BrowserSignIn::cancel()
{
    if (!m_running)
        return;
    finish(tr("The sign-in was cancelled."));
}

void BrowserSignIn::finish(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_pending = {};
    if (m_handler)
        m_handler->close();
    Q_EMIT failed(error);
}

} // namespace guichet
