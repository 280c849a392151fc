#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QUrl>

#include <functional>
#include <memory>

namespace guichet {

class Clock;
class Database;
class FhirClient;
class Session;
class TokenSource;
struct OAuthGrant;

// Where the central agenda is and how this installation signs in. The address, the account
// name and the OAuth2 client identifier are practice settings (in the database); tokens live
// only in the system keychain: an OAuth2 sign-in under "sync-oauth:<account>@<address>", a
// pasted bearer token (servers without OAuth2) under "sync-token:<account>@<address>".
// Whether what the desk sends (messages, shared documents, changes) can leave now, as this desk
// last knew it: said to the desk as it is, never "sent" when nothing can leave.
enum class OutgoingLink { NoCentralAgenda, SignInNeeded, Unreachable, Ready };

class SyncSettings final
{
    Q_DECLARE_TR_FUNCTIONS(SyncSettings)
public:
    // Recorded by every exchange with the central agenda (in the database: each desk's process
    // and the CLI read the same): "ok", "offline" or "signin".
    static void recordLink(const Database &db, bool offline, bool signInNeeded);
    static Result<OutgoingLink> outgoing(const Session &session);
    // "13 messages prêts — ils partiront dès que l'agenda central sera joignable".
    static QString messagesNotice(OutgoingLink link, int count);
    static QString sharedDocumentNotice(OutgoingLink link);

    static Result<QUrl> server(const Database &db);
    static Result<QUrl> server(const Session &session); // NotFound when none is set
    static QString account(const Database &db);
    static QString account(const Session &session); // "guichet" unless set
    // Where the practice's data goes: administrators only, audited (the address before and after).
    static Result<QUrl> setServer(const Session &session, const QString &address, const QString &account = {});

    static Result<void> validateToken(const QByteArray &token);
    static Result<void> storeToken(const Database &db, const QByteArray &token);
    // A pasted bearer token (servers without OAuth2): stored, and the sign-in audited.
    static Result<void> signInWithToken(const Session &session, const QByteArray &token);
    static Result<void> forgetToken(const Database &db);
    static Result<QByteArray> token(const Database &db);
    static Result<QByteArray> token(const Session &session); // NotFound when not signed in
    static QString keychainKey(const QUrl &server, const QString &account);
    static QString grantKey(const QUrl &server, const QString &account);

    // OAuth2: the desk's public client (authorization code with PKCE, in the browser), or a
    // confidential client for an unattended desk (client credentials). Each sign-in and
    // sign-out is audited; the tokens go to the keychain only.
    static QString oauthClientId(const Database &db);
    static QString oauthClientId(const Session &session); // empty unless set
    // Administrators only, audited.
    static Result<void> setOAuthClientId(const Session &session, const QString &clientId);
    static Result<void> storeGrant(const Session &session, const OAuthGrant &grant);
    static Result<OAuthGrant> grant(const Database &db);
    static Result<OAuthGrant> grant(const Session &session); // NotFound when not signed in so
    static Result<void> signInWithClient(const Session &session, const QString &clientId, const QByteArray &secret);
    // Revokes the OAuth2 tokens at the server (when it offers revocation) and forgets every
    // token of this server here. False when the server could not be told (forgotten here all
    // the same).
    static Result<bool> signOut(const Session &session);
    static bool signedIn(const Database &db);
    static bool signedIn(const Session &session);

    // The configured server and how to sign requests (no token on loopback when none is
    // stored). The keychain is read on the calling thread: call it from the thread that uses
    // the keychain (the GUI's). An OAuth2 sign-in renews itself and writes its new tokens to
    // the keychain on the renewing thread (OAuthTokens::setPersist changes that).
    struct Credentials
    {
        QUrl server;
        std::shared_ptr<TokenSource> tokens;
    };
    static Result<Credentials> credentials(const Database &db, const Clock &clock);
    static Result<Credentials> credentials(const Session &session);
    // Writes a renewed sign-in of the configured server to the keychain (the thread that
    // calls it must be the keychain's).
    static std::function<void(const OAuthGrant &)> keychainWriter(const Database &db);
    static std::function<void(const OAuthGrant &)> keychainWriter(const Session &session);
    // A client for the configured server, signed in as stored.
    static Result<std::unique_ptr<FhirClient>> client(const Database &db, const Clock &clock);
    static Result<std::unique_ptr<FhirClient>> client(const Session &session);
};

} // namespace guichet
