#include "core/domain/password.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<void> Password::checkPolicy(const QString &password)
{
    if (password.size() < 8)
        return Error::invalid(tr("The password needs at least 8 characters."), u"password.length"_s);
    if (password.size() > 256)
        return Error::invalid(tr("The password is too long (256 characters at most)."), u"password.length"_s);
    bool upper = false;
    bool lower = false;
    bool digit = false;
    for (const QChar c : password) {
        upper = upper || c.isUpper();
        lower = lower || c.isLower();
        digit = digit || c.isDigit();
    }
    if (!upper)
        return Error::invalid(tr("The password needs at least one upper-case letter."), u"password.upper"_s);
    if (!lower)
        return Error::invalid(tr("The password needs at least one lower-case letter."), u"password.lower"_s);
    if (!digit)
        return Error::invalid(tr("The password needs at least one digit."), u"password.digit"_s);
    return {};
}

Result<QString> Password::hash(const QString &password)
{
    if (!sodiumReady())
        return Error{ErrorCode::Internal, tr("The cryptography library could not start."), u"sodium.init"_s};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error{ErrorCode::Internal, tr("Not enough memory to protect the password."), u"sodium.memory"_s};
    return QString::fromLatin1(out);
}

bool Password::verify(const QString &storedHash, const QString &password)
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace guichet
