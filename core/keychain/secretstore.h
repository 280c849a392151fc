#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace guichet {

// Secrets (the document vault's key, server tokens) live only in the system keychain
// (Secret Service, Keychain, Credential Manager) through QtKeychain, under the service
// "Guichet" and a key naming what and for which database or server. No keychain means a
// clear refusal, never a fallback to a file. Calls wait for the keychain (an event loop).
class SecretStore final
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
public:
    static Result<QByteArray> read(const QString &key); // NotFound when absent
    static Result<void> write(const QString &key, const QByteArray &secret);
    static Result<void> remove(const QString &key);
    static QString service();
};

} // namespace guichet
