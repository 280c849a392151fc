#include "core/sync/syncsettings.h"

#include "core/keychain/secretstore.h"
#include "core/store/database.h"
#include "core/sync/fhirclient.h"

#include <QHostAddress>

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

Result<QUrl> SyncSettings::setServer(const Database &db, const QString &address, const QString &account)
{
    auto url = ServerAddress::parse(address);
    if (!url)
        return url.error();
    const QString name = account.trimmed();
    if (name.size() > 100 || name.contains(u'@') || name.contains(u':'))
        return Error::invalid(tr("The account name must be at most 100 characters, without '@' or ':'."),
                              u"server.account"_s);
    if (auto ok = db.setSetting(u"sync.server_url"_s, url->toString()); !ok)
        return ok.error();
    if (!name.isEmpty())
        if (auto ok = db.setSetting(u"sync.account"_s, name); !ok)
            return ok.error();
    return url;
}

QString SyncSettings::keychainKey(const QUrl &server, const QString &account)
{
    return u"sync-token:"_s + account + u'@' + server.toString();
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
    return SecretStore::write(keychainKey(*url, account(db)), token);
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

Result<SyncSettings::Credentials> SyncSettings::credentials(const Database &db)
{
    auto url = server(db);
    if (!url)
        return url.error();
    const QHostAddress host(url->host());
    const bool loopback = url->host() == u"localhost"_s || (!host.isNull() && host.isLoopback());
    auto secret = token(db);
    if (secret)
        return Credentials{*url, *secret};
    if (loopback) // a server on this computer (the test peer) may need no sign-in; any other does
        return Credentials{*url, {}};
    return secret.error().code == ErrorCode::NotFound
        ? Error::refused(tr("Not signed in to the central agenda: sign in with its token first."), u"sync.signin"_s)
        : secret.error();
}

Result<std::unique_ptr<FhirClient>> SyncSettings::client(const Database &db)
{
    auto c = credentials(db);
    if (!c)
        return c.error();
    return std::make_unique<FhirClient>(c->server, c->token);
}

} // namespace guichet
