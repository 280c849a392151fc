#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QUrl>

#include <functional>

namespace guichet {

class Clock;

// Where the central agenda signs clients in, read from its discovery document
// ({base}/.well-known/smart-configuration, else the origin's openid-configuration).
struct OAuthEndpoints
{
    QUrl authorization;
    QUrl token;
    QUrl revocation; // empty when the server offers none
};

// One sign-in to the central agenda, as the keychain keeps it (never in a file).
struct OAuthGrant
{
    enum class Kind { AuthorizationCode, ClientCredentials };
    Kind kind = Kind::AuthorizationCode;
    QString clientId;
    QByteArray clientSecret; // client credentials only: a new token needs it again
    QByteArray accessToken;
    QByteArray refreshToken; // may be empty (client credentials)
    QDateTime expiresAt; // by the desk's clock; invalid when the server gave no lifetime
    QUrl tokenUrl;
    QUrl revocationUrl;

    QByteArray toJson() const;
    static Result<OAuthGrant> fromJson(const QByteArray &json);
};

// OAuth2 with the central agenda (RFC 6749, PKCE RFC 7636, revocation RFC 7009): the token
// endpoint's calls, blocking on the calling thread like FhirClient. Errors: Refused when the
// server refuses the grant (sign in again), Io when it cannot be reached, Invalid for an
// answer that is not OAuth. Messages never contain a secret.
class OAuth final
{
    Q_DECLARE_TR_FUNCTIONS(OAuth)
public:
    static Result<OAuthEndpoints> discover(const QUrl &fhirBase, int timeoutMs = 30000);
    static Result<OAuthGrant> clientCredentials(const OAuthEndpoints &endpoints, const QString &clientId,
                                                const QByteArray &secret, const Clock &clock);
    static Result<OAuthGrant> exchangeCode(const OAuthEndpoints &endpoints, const QString &clientId,
                                           const QByteArray &code, const QString &redirectUri,
                                           const QByteArray &verifier, const Clock &clock);
    // New tokens for `grant` (its refresh token, or its client secret again).
    static Result<void> renew(OAuthGrant &grant, const Clock &clock);
    // Tells the server to forget the grant's tokens; fine when it offers no revocation.
    static Result<void> revoke(const OAuthGrant &grant);

    // PKCE: a random verifier of 64 characters and its S256 challenge.
    static QByteArray codeVerifier();
    static QByteArray codeChallenge(const QByteArray &verifier);
    static Result<void> validateClientId(const QString &clientId);
    // Reads a token endpoint's JSON answer into `grant` (tokens and lifetime).
    static Result<void> readTokenAnswer(int status, const QByteArray &body, OAuthGrant &grant, const Clock &clock);
};

// What FhirClient sends as its bearer token, and how it gets another after a 401.
class TokenSource
{
public:
    virtual ~TokenSource() = default;
    // The token to send now (empty: no Authorization header).
    virtual Result<QByteArray> current() = 0;
    // The server refused `refused`: a fresh token, or Refused (sign in again) / Io.
    virtual Result<QByteArray> renew(const QByteArray &refused) = 0;
};

// A token IT pasted (or none): nothing to renew.
class StaticToken final : public TokenSource
{
public:
    explicit StaticToken(QByteArray token)
        : m_token(std::move(token))
    {}
    Result<QByteArray> current() override { return m_token; }
    Result<QByteArray> renew(const QByteArray &refused) override;

private:
    QByteArray m_token;
};

// Tokens of an OAuth2 grant, shared by the threads of one desk (the exchange, the live
// link): renewed a minute before they expire and after a 401, once for everyone. Each
// renewal is handed to `persist` (the keychain), on the renewing thread.
class OAuthTokens final : public TokenSource
{
public:
    using Persist = std::function<void(const OAuthGrant &)>;
    OAuthTokens(OAuthGrant grant, const Clock &clock, Persist persist = {});

    Result<QByteArray> current() override;
    Result<QByteArray> renew(const QByteArray &refused) override;
    OAuthGrant grant() const;
    void setPersist(Persist persist);

private:
    Result<QByteArray> renewLocked();

    mutable QMutex m_mutex;
    OAuthGrant m_grant;
    const Clock &m_clock;
    Persist m_persist;
};

} // namespace guichet
