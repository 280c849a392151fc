#pragma once

#include "core/base/result.h"

#include <QCoreApplication>

namespace guichet {

class Password final
{
    Q_DECLARE_TR_FUNCTIONS(Password)
public:
    // DESIGN.md: at least 8 characters with an upper-case letter, a lower-case letter and a digit.
    static Result<void> checkPolicy(const QString &password);
    // Argon2id (libsodium, interactive limits); the result carries its own salt and parameters.
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
};

} // namespace guichet
