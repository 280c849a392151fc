#include "core/domain/password.h"

#include <QRegularExpression>

#include <cmath>
#include <sodium.h>
#include <vector>
#include <zxcvbn.h>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QStringList Password::commonWords()
{
    // What people at a front desk type first: the keyboard, the trade, the greeting, in French and Dutch.
    return {u"azerty"_s,         u"qwerty"_s,     u"motdepasse"_s,  u"wachtwoord"_s, u"bonjour"_s,      u"goedendag"_s,
            u"hallo"_s,          u"salut"_s,      u"cabinet"_s,     u"docteur"_s,    u"dokter"_s,       u"medecin"_s,
            u"huisarts"_s,       u"praktijk"_s,   u"secretariat"_s, u"secretaire"_s, u"secretaresse"_s, u"accueil"_s,
            u"patient"_s,        u"rendezvous"_s, u"afspraak"_s,    u"clinique"_s,   u"kliniek"_s,      u"hopital"_s,
            u"ziekenhuis"_s,     u"sante"_s,      u"gezondheid"_s,  u"guichet"_s,    u"soleil"_s,       u"bruxelles"_s,
            u"brussel"_s,        u"paris"_s,      u"belgique"_s,    u"belgie"_s,     u"france"_s,       u"admin"_s,
            u"administrateur"_s, u"chouchou"_s,   u"doudou"_s,      u"loulou"_s,     u"jetaime"_s,      u"amour"_s,
            u"liefde"_s,         u"printemps"_s,  u"ete"_s,         u"hiver"_s,      u"automne"_s,      u"lente"_s,
            u"zomer"_s,          u"winter"_s,     u"herfst"_s};
}

int Password::score(const QString &password, const QStringList &context)
{
    QList<QByteArray> words;
    for (const QString &w : context + commonWords()) {
        // Names give their parts too: "Marie-Claire Dupont" adds marie, claire and dupont.
        for (const QString &part : w.toLower().split(QRegularExpression(u"[^\\p{L}\\p{N}]+"_s), Qt::SkipEmptyParts))
            if (part.size() >= 3)
                words << part.toUtf8();
        const QString glued = w.toLower().remove(QRegularExpression(u"[^\\p{L}\\p{N}]+"_s));
        if (glued.size() >= 3)
            words << glued.toUtf8();
    }
    std::vector<const char *> dict;
    dict.reserve(size_t(words.size()) + 1);
    for (const QByteArray &w : words)
        dict.push_back(w.constData());
    dict.push_back(nullptr);
    const QByteArray utf8 = password.toUtf8();
    const double bits = ZxcvbnMatch(utf8.constData(), dict.data(), nullptr);
    const double log10Guesses = bits * std::log10(2.0);
    if (log10Guesses < 3)
        return 0;
    if (log10Guesses < 6)
        return 1;
    if (log10Guesses < 8)
        return 2;
    if (log10Guesses < 10)
        return 3;
    return 4;
}

Result<void> Password::checkPolicy(const QString &password, const QStringList &context)
{
    if (password.size() < MinLength)
        return Error::invalid(tr("The password needs at least %1 characters; several words make one easy to "
                                 "remember (for instance four words with spaces).")
                                  .arg(MinLength),
                              u"password.length"_s);
    if (password.size() > 256)
        return Error::invalid(tr("The password is too long (256 characters at most)."), u"password.length"_s);
    const QString lower = password.toLower();
    for (const QString &w : context) {
        const QString word = w.trimmed().toLower();
        if (word.size() >= 3 && lower.contains(word))
            return Error::invalid(
                tr("The password must not contain the name \"%1\": it is the first thing tried.").arg(w.trimmed()),
                u"password.name"_s);
    }
    if (score(password, context) < MinScore)
        return Error::invalid(tr("This password is too easy to guess (a common word, a name, a keyboard row or a "
                                 "year with a few changes). Choose a longer one, for instance four unrelated words."),
                              u"password.weak"_s);
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
