#include "core/sync/syncsettings.h"

#include "core/access/session.h"
#include "core/keychain/secretstore.h"
#include "core/store/database.h"
#include "core/sync/fhirclient.h"
#include "core/sync/oauth.h"

#include <QHostAddress>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace guichet {

Result<QUrl> SyncSettings::server(const Database &db)
{
    const QString text = db.setting(u"sync.server_url"_s);
    if (text.isEmpty())
        return Error::notFound(tr("No central agenda is set: give its address first (File, Central agenda)."));
    return ServerAddress::parse(text);
}

QString SyncSettings::account(const Database &db)
{
    return db.setting(u"sync.account"_s, u"guichet"_s);
}

Result<QUrl> SyncSettings::setServer(const Session &session, const QString &address, const QString &account)
{
    if (auto ok = session.require(Right::ChangeServer); !ok)
        return ok.error();
    const Database &db = session.database();
    auto url = ServerAddress::parse(address);
    if (!url)
        return url.error();
    const QString name = account.trimmed();
    if (name.size() > 100 || name.contains(u'@') || name.contains(u':'))
        return Error::invalid(tr("The account name must be at most 100 characters, without '@' or ':'."),
                              u"server.account"_s);
    const QString before = db.setting(u"sync.server_url"_s);
    const QString accountBefore = SyncSettings::account(db);
    if (before == url->toString() && (name.isEmpty() || name == accountBefore))
        return url; // nothing changes, nothing to record
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = db.setSetting(u"sync.server_url"_s, url->toString()); !ok)
        return ok.error();
    if (!name.isEmpty())
        if (auto ok = db.setSetting(u"sync.account"_s, name); !ok)
            return ok.error();
    if (auto ok =
            session.audit(u"sync.server"_s, u"server"_s, url->toString(), QString(),
                          QJsonObject{{u"before"_s, before}, {u"account"_s, name.isEmpty() ? accountBefore : name}});
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return url;
}

QString SyncSettings::keychainKey(const QUrl &server, const QString &account)
{
    return u"sync-token:"_s + account + u'@' + server.toString();
}

QString SyncSettings::grantKey(const QUrl &server, const QString &account)
{
    return u"sync-oauth:"_s + account + u'@' + server.toString();
}

QString SyncSettings::oauthClientId(const Database &db)
{
    return db.setting(u"sync.oauth_client_id"_s);
}

Result<void> SyncSettings::setOAuthClientId(const Session &session, const QString &clientId)
{
    if (auto ok = session.require(Right::ChangeServer); !ok)
        return ok;
    const Database &db = session.database();
    const QString id = clientId.trimmed();
    if (!id.isEmpty())
        if (auto ok = OAuth::validateClientId(id); !ok)
            return ok;
    const QString before = oauthClientId(db);
    if (before == id)
        return {};
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok;
    if (auto ok = db.setSetting(u"sync.oauth_client_id"_s, id); !ok)
        return ok;
    if (auto ok = session.audit(u"sync.oauth-client"_s, u"server"_s, db.setting(u"sync.server_url"_s), QString(),
                                QJsonObject{{u"before"_s, before}, {u"client_id"_s, id}});
        !ok)
        return ok;
    return tx.commit();
}

Result<void> SyncSettings::storeGrant(const Session &session, const OAuthGrant &grant)
{
    auto url = server(session.database());
    if (!url)
        return url.error();
    if (auto ok = SecretStore::write(grantKey(*url, account(session.database())), grant.toJson()); !ok)
        return ok;
    // The pasted token, if any, gives way to the sign-in.
    (void)SecretStore::remove(keychainKey(*url, account(session.database())));
    const QString method =
        grant.kind == OAuthGrant::Kind::ClientCredentials ? u"client_credentials"_s : u"authorization_code"_s;
    return session.audit(u"sync.signin"_s, u"server"_s, url->toString(), QString(),
                         QJsonObject{{u"method"_s, method}, {u"client_id"_s, grant.clientId}});
}

Result<OAuthGrant> SyncSettings::grant(const Database &db)
{
    auto url = server(db);
    if (!url)
        return url.error();
    auto json = SecretStore::read(grantKey(*url, account(db)));
    if (!json)
        return json.error();
    return OAuthGrant::fromJson(*json);
}

Result<void> SyncSettings::signInWithClient(const Session &session, const QString &clientId, const QByteArray &secret)
{
    auto url = server(session.database());
    if (!url)
        return url.error();
    auto endpoints = OAuth::discover(*url);
    if (!endpoints)
        return endpoints.error();
    auto signedIn = OAuth::clientCredentials(*endpoints, clientId.trimmed(), secret, session.clock());
    if (!signedIn)
        return signedIn.error();
    return storeGrant(session, *signedIn);
}

Result<bool> SyncSettings::signOut(const Session &session)
{
    const Database &db = session.database();
    auto url = server(db);
    if (!url)
        return url.error();
    bool told = true;
    auto stored = grant(db);
    if (stored)
        told = bool(OAuth::revoke(*stored));
    else if (stored.error().code != ErrorCode::NotFound && stored.error().code != ErrorCode::Invalid)
        return stored.error();
    for (const QString &key : {grantKey(*url, account(db)), keychainKey(*url, account(db))}) {
        auto removed = SecretStore::remove(key);
        if (!removed && removed.error().code != ErrorCode::NotFound)
            return removed.error();
    }
    if (auto ok = session.audit(u"sync.signout"_s, u"server"_s, url->toString(), QString(),
                                QJsonObject{{u"revoked"_s, told}});
        !ok)
        return ok.error();
    return told;
}

bool SyncSettings::signedIn(const Database &db)
{
    return bool(grant(db)) || bool(token(db));
}

Result<void> SyncSettings::validateToken(const QByteArray &token)
{
    if (token.isEmpty())
        return Error::invalid(tr("The token is empty."), u"server.token"_s);
    if (token.size() > 16384)
        return Error::invalid(tr("The token is too long (more than 16 KB)."), u"server.token"_s);
    for (const char c : token)
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return Error::invalid(tr("The token contains spaces or characters a token cannot hold: paste it "
                                     "exactly as the central agenda gave it."),
                                  u"server.token"_s);
    return {};
}

Result<void> SyncSettings::storeToken(const Database &db, const QByteArray &token)
{
    if (auto ok = validateToken(token); !ok)
        return ok;
    auto url = server(db);
    if (!url)
        return url.error();
    if (auto ok = SecretStore::write(keychainKey(*url, account(db)), token); !ok)
        return ok;
    // A sign-in kept from before gives way to the pasted token.
    auto removed = SecretStore::remove(grantKey(*url, account(db)));
    if (!removed && removed.error().code != ErrorCode::NotFound)
        return removed;
    return {};
}

Result<void> SyncSettings::signInWithToken(const Session &session, const QByteArray &token)
{
    if (auto ok = storeToken(session.database(), token); !ok)
        return ok;
    return session.audit(u"sync.signin"_s, u"server"_s, server(session.database())->toString(), QString(),
                         QJsonObject{{u"method"_s, u"token"_s}});
}

Result<void> SyncSettings::forgetToken(const Database &db)
{
    auto url = server(db);
    if (!url)
        return url.error();
    auto removed = SecretStore::remove(keychainKey(*url, account(db)));
    if (!removed && removed.error().code != ErrorCode::NotFound)
        return removed;
    return {};
}

Result<QByteArray> SyncSettings::token(const Database &db)
{
    auto url = server(db);
    if (!url)
        return url.error();
    return SecretStore::read(keychainKey(*url, account(db)));
}

Result<SyncSettings::Credentials> SyncSettings::credentials(const Database &db, const Clock &clock)
{
    auto url = server(db);
    if (!url)
        return url.error();
    auto signedIn = grant(db);
    if (signedIn)
        return Credentials{*url, std::make_shared<OAuthTokens>(*signedIn, clock, keychainWriter(db))};
    if (signedIn.error().code != ErrorCode::NotFound)
        return signedIn.error();
    const QHostAddress host(url->host());
    const bool loopback = url->host() == u"localhost"_s || (!host.isNull() && host.isLoopback());
    auto secret = token(db);
    if (secret)
        return Credentials{*url, std::make_shared<StaticToken>(*secret)};
    if (loopback) // a server on this computer may need no sign-in; any other does
        return Credentials{*url, std::make_shared<StaticToken>(QByteArray())};
    return secret.error().code == ErrorCode::NotFound ? Error::refused(
               tr("Not signed in to the central agenda: sign in first (File, Central agenda)."), u"sync.signin"_s)
                                                      : secret.error();
}

std::function<void(const OAuthGrant &)> SyncSettings::keychainWriter(const Database &db)
{
    auto url = server(db);
    if (!url)
        return {};
    const QString key = grantKey(*url, account(db));
    return [key](const OAuthGrant &renewed) { (void)SecretStore::write(key, renewed.toJson()); };
}

Result<std::unique_ptr<FhirClient>> SyncSettings::client(const Database &db, const Clock &clock)
{
    auto c = credentials(db, clock);
    if (!c)
        return c.error();
    return std::make_unique<FhirClient>(c->server, c->tokens);
}

void SyncSettings::recordLink(const Database &db, bool offline, bool signInNeeded)
{
    const QString state = signInNeeded ? u"signin"_s : offline ? u"offline"_s : u"ok"_s;
    // Best effort: a link not recorded only makes the desk's wording less precise.
    (void)db.exec(u"INSERT INTO meta(key, value) VALUES ('sync_link', ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE value <> excluded.value"_s,
                  {state});
}

Result<OutgoingLink> SyncSettings::outgoing(const Session &session)
{
    auto address = server(session);
    if (!address) {
        if (address.error().code == ErrorCode::NotFound)
            return OutgoingLink::NoCentralAgenda;
        return address.error();
    }
    if (!signedIn(session))
        return OutgoingLink::SignInNeeded;
    auto r = session.database().exec(u"SELECT value FROM meta WHERE key = 'sync_link'"_s);
    if (!r)
        return Error::io(
            tr("The state of the link with the central agenda could not be read: %1").arg(r.error().message));
    const QString state = r->next() ? r->value(0).toString() : QString();
    if (state == u"signin"_s)
        return OutgoingLink::SignInNeeded;
    if (state == u"offline"_s)
        return OutgoingLink::Unreachable;
    return OutgoingLink::Ready;
}

QString SyncSettings::messagesNotice(OutgoingLink link, int count)
{
    switch (link) {
    case OutgoingLink::Ready:
        return tr("%n message(s) will leave with the next exchange with the central agenda.", nullptr, count);
    case OutgoingLink::Unreachable:
        return tr("%n message(s) ready — they will leave as soon as the central agenda can be reached (it cannot "
                  "now): phone the patients who must know at once.",
                  nullptr, count);
    case OutgoingLink::SignInNeeded:
        return tr("%n message(s) ready — they will leave once this desk signs in to the central agenda again (File, "
                  "Central agenda): phone the patients who must know at once.",
                  nullptr, count);
    case OutgoingLink::NoCentralAgenda:
        break;
    }
    return tr("%n message(s) ready, but none can leave before a central agenda is set up (File, Central agenda): "
              "phone the patients.",
              nullptr, count);
}

QString SyncSettings::sharedDocumentNotice(OutgoingLink link)
{
    switch (link) {
    case OutgoingLink::Ready:
        return tr("Shared: the patient will find it in the online agenda after the next synchronisation.");
    case OutgoingLink::Unreachable:
        return tr("Marked as shared: it will reach the patient's online space as soon as the central agenda can be "
                  "reached (it cannot now).");
    case OutgoingLink::SignInNeeded:
        return tr("Marked as shared: it will reach the patient's online space once this desk signs in to the central "
                  "agenda again (File, Central agenda).");
    case OutgoingLink::NoCentralAgenda:
        break;
    }
    return tr("Marked as shared: it will reach the patient's online space once a central agenda is set up (File, "
              "Central agenda); nothing can leave before.");
}

Result<QUrl> SyncSettings::server(const Session &session)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return server(session.database());
}

QString SyncSettings::account(const Session &session)
{
    if (!session.can(Right::ViewAgenda))
        return QString();
    return account(session.database());
}

QString SyncSettings::oauthClientId(const Session &session)
{
    if (!session.can(Right::ViewAgenda))
        return QString();
    return oauthClientId(session.database());
}

bool SyncSettings::signedIn(const Session &session)
{
    if (!session.can(Right::ViewAgenda))
        return false;
    return signedIn(session.database());
}

Result<QByteArray> SyncSettings::token(const Session &session)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return token(session.database());
}

Result<OAuthGrant> SyncSettings::grant(const Session &session)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return grant(session.database());
}

Result<SyncSettings::Credentials> SyncSettings::credentials(const Session &session)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return credentials(session.database(), session.clock());
}

Result<std::unique_ptr<FhirClient>> SyncSettings::client(const Session &session)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return client(session.database(), session.clock());
}

std::function<void(const OAuthGrant &)> SyncSettings::keychainWriter(const Session &session)
{
    return keychainWriter(session.database());
}

} // namespace guichet
