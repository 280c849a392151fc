#include "core/sync/oauth.h"

#include "core/base/clock.h"
#include "core/sync/fhirclient.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr int kTimeoutMs = 30000;
constexpr qint64 kRenewBeforeSecs = 60; // a token this close to its end is renewed first

struct Answer
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QString networkError;
};

// One request, waited for on this thread (its own network manager: any thread may call).
Answer call(QNetworkRequest request, const QByteArray &verb, const QByteArray &body, int timeoutMs)
{
    QNetworkAccessManager network;
    request.setTransferTimeout(timeoutMs);
    // A client secret, a code or a token never follows a redirect to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    // A sign-in answer is a few hundred bytes: one past 1 MB is not read on.
    const FhirClient::BoundedAnswer read = FhirClient::readBounded(reply, 1 << 20, qint64(timeoutMs) + 1000);
    Answer answer;
    if (const QString elsewhere = FhirClient::crossOriginRedirect(reply); !elsewhere.isEmpty()) {
        answer.networkError = elsewhere;
        delete reply;
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = read.data;
    if (read.tooLarge) {
        answer.status = 0;
        answer.networkError = QCoreApplication::translate("FhirClient",
                                                          "the central agenda sent an answer larger than %1 MB; it was "
                                                          "not read (nothing is lost)")
                                  .arg(1);
    } else if (answer.status == 0)
        answer.networkError = reply->errorString();
    delete reply;
    return answer;
}

Answer postForm(const QUrl &url, const QUrlQuery &form, const QByteArray &basic = {})
{
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setRawHeader("Accept", "application/json");
    if (!basic.isEmpty())
        request.setRawHeader("Authorization", "Basic " + basic.toBase64());
    return call(request, "POST", form.toString(QUrl::FullyEncoded).toUtf8(), kTimeoutMs);
}

// Form values: every character outside the unreserved set percent-encoded (RFC 6749 B).
QString formValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

Error unreachable(const Answer &a)
{
    return Error::io(OAuth::tr("The central agenda's sign-in service cannot be reached: %1").arg(a.networkError),
                     u"sync.signin"_s);
}

// An endpoint from the discovery document: https, or http on this computer as the address.
Result<QUrl> endpoint(const QJsonObject &doc, const QString &key, bool required)
{
    const QString text = doc.value(key).toString();
    if (text.isEmpty() && !required)
        return QUrl();
    if (!ServerAddress::parse(text))
        return Error::invalid(OAuth::tr("The central agenda's sign-in description gives no usable %1.").arg(key),
                              u"sync.signin"_s);
    return QUrl(text.trimmed()); // as given: ServerAddress would add a trailing slash
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray OAuthGrant::toJson() const
{
    QJsonObject o{{u"kind"_s, kind == Kind::ClientCredentials ? u"client_credentials"_s : u"authorization_code"_s},
                  {u"client_id"_s, clientId},
                  {u"access_token"_s, QString::fromLatin1(accessToken)},
                  {u"token_url"_s, tokenUrl.toString()}};
    if (!clientSecret.isEmpty())
        o.insert(u"client_secret"_s, QString::fromUtf8(clientSecret));
    if (!refreshToken.isEmpty())
        o.insert(u"refresh_token"_s, QString::fromLatin1(refreshToken));
    if (expiresAt.isValid())
        o.insert(u"expires_at"_s, expiresAt.toUTC().toString(Qt::ISODate));
    if (!revocationUrl.isEmpty())
        o.insert(u"revocation_url"_s, revocationUrl.toString());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<OAuthGrant> OAuthGrant::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    OAuthGrant g;
    const QString kind = o.value(u"kind"_s).toString();
    g.kind = kind == u"client_credentials"_s ? Kind::ClientCredentials : Kind::AuthorizationCode;
    g.clientId = o.value(u"client_id"_s).toString();
    g.clientSecret = o.value(u"client_secret"_s).toString().toUtf8();
    g.accessToken = o.value(u"access_token"_s).toString().toLatin1();
    g.refreshToken = o.value(u"refresh_token"_s).toString().toLatin1();
    g.expiresAt = QDateTime::fromString(o.value(u"expires_at"_s).toString(), Qt::ISODate);
    g.tokenUrl = QUrl(o.value(u"token_url"_s).toString());
    g.revocationUrl = QUrl(o.value(u"revocation_url"_s).toString());
    if ((kind != u"client_credentials"_s && kind != u"authorization_code"_s) || g.clientId.isEmpty()
        || g.accessToken.isEmpty() || !g.tokenUrl.isValid() || g.tokenUrl.isEmpty())
        return Error::invalid(OAuth::tr("The sign-in kept in the system keychain is damaged: sign in again."),
                              u"sync.signin"_s);
    return g;
}

Result<OAuthEndpoints> OAuth::discover(const QUrl &fhirBase, int timeoutMs)
{
    QUrl smart = fhirBase;
    QString path = smart.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    smart.setPath(path + u".well-known/smart-configuration"_s);
    QUrl openid = fhirBase.adjusted(QUrl::RemovePath);
    openid.setPath(u"/.well-known/openid-configuration"_s);
    Answer last;
    for (const QUrl &url : {smart, openid}) {
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        last = call(request, "GET", {}, timeoutMs);
        if (last.status == 0)
            return unreachable(last);
        if (last.status != 200)
            continue;
        const QJsonObject doc = QJsonDocument::fromJson(last.body).object();
        auto authorization = endpoint(doc, u"authorization_endpoint"_s, false);
        auto token = endpoint(doc, u"token_endpoint"_s, true);
        auto revocation = endpoint(doc, u"revocation_endpoint"_s, false);
        if (!token)
            return token.error();
        if (!authorization)
            return authorization.error();
        if (!revocation)
            return revocation.error();
        return OAuthEndpoints{*authorization, *token, *revocation};
    }
    return Error::notFound(tr("The central agenda does not offer OAuth2 sign-in (HTTP %1): sign in with a token "
                              "instead.")
                               .arg(last.status));
}

Result<void> OAuth::validateClientId(const QString &clientId)
{
    if (clientId.trimmed().isEmpty())
        return Error::invalid(tr("The client identifier is empty: IT finds it in the central agenda's settings."),
                              u"server.client_id"_s);
    if (clientId.size() > 200)
        return Error::invalid(tr("The client identifier is too long (more than 200 characters)."),
                              u"server.client_id"_s);
    for (const QChar c : clientId)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return Error::invalid(tr("The client identifier contains spaces or characters it cannot hold: copy it "
                                     "exactly as the central agenda shows it."),
                                  u"server.client_id"_s);
    return {};
}

Result<void> OAuth::readTokenAnswer(int status, const QByteArray &body, OAuthGrant &grant, const Clock &clock)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (status == 400 || status == 401) {
        const QString error = o.value(u"error"_s).toString().left(60);
        return Error::refused(tr("The central agenda refused the sign-in (%1): sign in again.")
                                  .arg(error.isEmpty() ? QString::number(status) : error),
                              u"sync.signin"_s);
    }
    if (status != 200)
        return Error::io(tr("The central agenda's sign-in service failed (HTTP %1).").arg(status), u"sync.signin"_s);
    const QByteArray access = o.value(u"access_token"_s).toString().toLatin1();
    const QString type = o.value(u"token_type"_s).toString();
    if (access.isEmpty() || type.compare(u"bearer"_s, Qt::CaseInsensitive) != 0)
        return Error::invalid(tr("The central agenda's sign-in answer holds no bearer token."), u"sync.signin"_s);
    for (const char c : access)
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return Error::invalid(tr("The central agenda's sign-in answer holds no bearer token."), u"sync.signin"_s);
    grant.accessToken = access;
    const QString refresh = o.value(u"refresh_token"_s).toString();
    if (!refresh.isEmpty())
        grant.refreshToken = refresh.toLatin1();
    const qint64 lifetime = o.value(u"expires_in"_s).toVariant().toLongLong();
    grant.expiresAt = lifetime > 0 ? clock.now().addSecs(std::min<qint64>(lifetime, 366LL * 86400)) : QDateTime();
    return {};
}

Result<OAuthGrant> OAuth::clientCredentials(const OAuthEndpoints &endpoints, const QString &clientId,
                                            const QByteArray &secret, const Clock &clock)
{
    if (auto ok = validateClientId(clientId); !ok)
        return ok.error();
    if (secret.isEmpty())
        return Error::invalid(tr("The client secret is empty."), u"server.client_secret"_s);
    OAuthGrant grant;
    grant.kind = OAuthGrant::Kind::ClientCredentials;
    grant.clientId = clientId;
    grant.clientSecret = secret;
    grant.tokenUrl = endpoints.token;
    grant.revocationUrl = endpoints.revocation;
    if (auto ok = renew(grant, clock); !ok)
        return ok.error();
    return grant;
}

Result<OAuthGrant> OAuth::exchangeCode(const OAuthEndpoints &endpoints, const QString &clientId, const QByteArray &code,
                                       const QString &redirectUri, const QByteArray &verifier, const Clock &clock)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, formValue(QString::fromLatin1(code)));
    form.addQueryItem(u"redirect_uri"_s, formValue(redirectUri));
    form.addQueryItem(u"client_id"_s, formValue(clientId));
    form.addQueryItem(u"code_verifier"_s, formValue(QString::fromLatin1(verifier)));
    const Answer a = postForm(endpoints.token, form);
    if (a.status == 0)
        return unreachable(a);
    OAuthGrant grant;
    grant.kind = OAuthGrant::Kind::AuthorizationCode;
    grant.clientId = clientId;
    grant.tokenUrl = endpoints.token;
    grant.revocationUrl = endpoints.revocation;
    if (auto ok = readTokenAnswer(a.status, a.body, grant, clock); !ok)
        return ok.error();
    return grant;
}

Result<void> OAuth::renew(OAuthGrant &grant, const Clock &clock)
{
    QUrlQuery form;
    QByteArray basic;
    if (!grant.refreshToken.isEmpty()) {
        form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        form.addQueryItem(u"refresh_token"_s, formValue(QString::fromLatin1(grant.refreshToken)));
        form.addQueryItem(u"client_id"_s, formValue(grant.clientId));
    } else if (grant.kind == OAuthGrant::Kind::ClientCredentials && !grant.clientSecret.isEmpty()) {
        form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        basic = QUrl::toPercentEncoding(grant.clientId) + ':'
            + QUrl::toPercentEncoding(QString::fromUtf8(grant.clientSecret));
    } else {
        return Error::refused(tr("The sign-in to the central agenda has ended: sign in again."), u"sync.signin"_s);
    }
    const Answer a = postForm(grant.tokenUrl, form, basic);
    if (a.status == 0)
        return unreachable(a);
    OAuthGrant renewed = grant;
    if (auto ok = readTokenAnswer(a.status, a.body, renewed, clock); !ok)
        return ok;
    grant = renewed;
    return {};
}

Result<void> OAuth::revoke(const OAuthGrant &grant)
{
    if (grant.revocationUrl.isEmpty())
        return {};
    for (const QByteArray &token : {grant.refreshToken, grant.accessToken}) {
        if (token.isEmpty())
            continue;
        QUrlQuery form;
        form.addQueryItem(u"token"_s, formValue(QString::fromLatin1(token)));
        form.addQueryItem(u"client_id"_s, formValue(grant.clientId));
        const Answer a = postForm(grant.revocationUrl, form);
        if (a.status == 0)
            return unreachable(a);
        if (a.status != 200)
            return Error::io(tr("The central agenda did not revoke the sign-in (HTTP %1).").arg(a.status),
                             u"sync.signin"_s);
    }
    return {};
}

QByteArray OAuth::codeVerifier()
{
    QByteArray random(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return base64Url(random); // 64 characters of [A-Za-z0-9_-]
}

QByteArray OAuth::codeChallenge(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

Result<QByteArray> StaticToken::renew(const QByteArray &)
{
    return Error::refused(QCoreApplication::translate("OAuth",
                                                      "The central agenda refused this desk's token: sign "
                                                      "in again (File, Central agenda)."),
                          u"sync.signin"_s);
}

OAuthTokens::OAuthTokens(OAuthGrant grant, const Clock &clock, Persist persist)
    : m_grant(std::move(grant))
    , m_clock(clock)
    , m_persist(std::move(persist))
{}

Result<QByteArray> OAuthTokens::current()
{
    QMutexLocker lock(&m_mutex);
    if (m_grant.expiresAt.isValid() && m_clock.now().secsTo(m_grant.expiresAt) < kRenewBeforeSecs)
        return renewLocked();
    return m_grant.accessToken;
}

Result<QByteArray> OAuthTokens::renew(const QByteArray &refused)
{
    QMutexLocker lock(&m_mutex);
    if (m_grant.accessToken != refused) // another thread renewed it meanwhile
        return m_grant.accessToken;
    return renewLocked();
}

Result<QByteArray> OAuthTokens::renewLocked()
{
    if (auto ok = OAuth::renew(m_grant, m_clock); !ok)
        return ok.error();
    if (m_persist)
        m_persist(m_grant);
    return m_grant.accessToken;
}

OAuthGrant OAuthTokens::grant() const
{
    QMutexLocker lock(&m_mutex);
    return m_grant;
}

void OAuthTokens::setPersist(Persist persist)
{
    QMutexLocker lock(&m_mutex);
    m_persist = std::move(persist);
}

} // namespace guichet
