#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

namespace guichet {

class Database;
class FhirClient;

// Where the central agenda is and how this installation signs in. The address and the
// account name are practice settings (in the database); the token lives only in the system
// keychain, under "sync-token:<account>@<address>".
class SyncSettings final
{
    Q_DECLARE_TR_FUNCTIONS(SyncSettings)
public:
    static Result<QUrl> server(const Database &db); // NotFound when none is set
    static QString account(const Database &db); // "guichet" unless set
    static Result<QUrl> setServer(const Database &db, const QString &address, const QString &account = {});

    static Result<void> validateToken(const QByteArray &token);
    static Result<void> storeToken(const Database &db, const QByteArray &token);
    static Result<void> forgetToken(const Database &db);
    static Result<QByteArray> token(const Database &db); // NotFound when not signed in
    static QString keychainKey(const QUrl &server, const QString &account);

    // The configured server and the stored token (none on loopback when absent). The keychain
    // is read on the calling thread: call it from the thread that uses the keychain (the GUI's).
    struct Credentials
    {
        QUrl server;
        QByteArray token;
    };
    static Result<Credentials> credentials(const Database &db);
    // A client for the configured server with the stored token.
    static Result<std::unique_ptr<FhirClient>> client(const Database &db);
};

} // namespace guichet
