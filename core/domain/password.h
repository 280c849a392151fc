#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace guichet {

class Password final
{
    Q_DECLARE_TR_FUNCTIONS(Password)
public:
    static constexpr int MinLength = 12;
    static constexpr int MinScore = 3;
    // At least 12 characters and a zxcvbn score of at least 3 (the estimator KeePassXC uses),
    // with `context` (the user's login and names, the practice's name) and French and Dutch
    // common words as extra dictionary words. The refusal says why, in words.
    static Result<void> checkPolicy(const QString &password, const QStringList &context = {});
    // zxcvbn's score, 0 (guessed at once) to 4 (very hard), from its estimate of the guesses needed:
    // 10^3, 10^6, 10^8 and 10^10 are the bounds, as in zxcvbn's other implementations.
    static int score(const QString &password, const QStringList &context = {});
    // The words zxcvbn is given besides its own dictionaries.
    static QStringList commonWords();
    // Argon2id (libsodium, interactive limits); the result carries its own salt and parameters.
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
};

} // namespace guichet
