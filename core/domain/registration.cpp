#include "core/domain/registration.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// The digits of `text` once the usual separators are gone, or empty when something else is there.
QString digitsOf(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            out += c;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'/')
            return {};
    }
    return out;
}

} // namespace

Result<QString> Registration::rpps(const QString &text)
{
    const QString d = digitsOf(text);
    if (d.size() != 11)
        return Error::invalid(tr("An RPPS number has 11 digits; \"%1\" does not.").arg(text), u"registration.rpps"_s);
    int sum = 0;
    for (int i = 0; i < 11; ++i) {
        int v = d.at(10 - i).digitValue();
        if (i % 2 == 1) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
    }
    if (sum % 10 != 0)
        return Error::invalid(tr("The RPPS number %1 is not valid (its last digit does not match): check it on the "
                                 "practitioner's card.")
                                  .arg(d),
                              u"registration.rpps"_s);
    return d;
}

Result<QString> Registration::inami(const QString &text)
{
    const QString d = digitsOf(text);
    if (d.size() != 11)
        return Error::invalid(tr("An INAMI number has 11 digits (1-23456-78-901); \"%1\" does not.").arg(text),
                              u"registration.inami"_s);
    const int base = d.left(6).toInt();
    const int check = d.mid(6, 2).toInt();
    if (check != 97 - base % 97 && check != 89 - base % 89)
        return Error::invalid(tr("The INAMI number %1 is not valid (its check digits do not match): check it on "
                                 "the practitioner's documents.")
                                  .arg(formatted(d, u"BE"_s)),
                              u"registration.inami"_s);
    return d;
}

Result<QString> Registration::forCountry(const QString &country, const QString &text)
{
    if (text.trimmed().isEmpty())
        return QString();
    return country == u"FR"_s ? rpps(text) : inami(text);
}

QString Registration::formatted(const QString &digits, const QString &country)
{
    if (country != u"BE"_s || digits.size() != 11)
        return digits;
    return digits.left(1) + u'-' + digits.mid(1, 5) + u'-' + digits.mid(6, 2) + u'-' + digits.mid(8);
}

} // namespace guichet
