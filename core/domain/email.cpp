#include "core/domain/email.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

bool isAtextChar(QChar c)
{
    if (c.unicode() > 127)
        return false;
    if (c.isLetterOrNumber())
        return true;
    static const QString specials = u"!#$%&'*+/=?^_`{|}~-"_s;
    return specials.contains(c);
}

} // namespace

Result<QString> Email::normalize(const QString &text)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        return Error::invalid(tr("The e-mail address is empty."), u"email.empty"_s);
    if (address.size() > 254)
        return Error::invalid(tr("This e-mail address is too long."), u"email.too-long"_s);
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0 || address.count(u'@') != 1)
        return Error::invalid(tr("An e-mail address contains exactly one @, as in marie.dupont@example.fr."),
                              u"email.at"_s);
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.isEmpty())
        return Error::invalid(tr("The part before the @ is missing."), u"email.local"_s);
    if (local.size() > 64)
        return Error::invalid(tr("The part before the @ is too long."), u"email.local"_s);
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."_s))
        return Error::invalid(tr("The part before the @ cannot start or end with a dot, nor contain two dots in a "
                                 "row."),
                              u"email.local"_s);
    for (const QChar c : local) {
        if (!(isAtextChar(c) || c == u'.'))
            return Error::invalid(tr("The part before the @ contains a character that is not allowed (\"%1\").").arg(c),
                                  u"email.local"_s);
    }
    if (domain.isEmpty())
        return Error::invalid(tr("The domain after the @ is missing."), u"email.domain"_s);
    const QByteArray ace = QUrl::toAce(domain.toLower());
    if (ace.isEmpty())
        return Error::invalid(tr("The domain after the @ is not valid."), u"email.domain"_s);
    const QString asciiDomain = QString::fromLatin1(ace);
    const QStringList labels = asciiDomain.split(u'.');
    if (labels.size() < 2)
        return Error::invalid(tr("The domain after the @ needs a dot, as in example.fr."), u"email.domain"_s);
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return Error::invalid(tr("The domain after the @ is not valid."), u"email.domain"_s);
        for (const QChar c : label) {
            if (!(c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-')))
                return Error::invalid(tr("The domain after the @ contains a character that is not allowed."),
                                      u"email.domain"_s);
        }
    }
    const QString tld = labels.last();
    bool tldOk = tld.size() >= 2;
    for (const QChar c : tld)
        tldOk = tldOk && (c.isLetter() || tld.startsWith(u"xn--"_s) || c == u'-' || c.isDigit());
    if (!tldOk || tld.front().isDigit())
        return Error::invalid(tr("The domain after the @ does not end with a valid extension (.fr, .be, .com, ...)."),
                              u"email.domain"_s);
    // The length that counts is the one stored and sent: the domain as written on the wire.
    const QString normalized = local + u'@' + asciiDomain;
    if (normalized.size() > 254)
        return Error::invalid(tr("This e-mail address is too long."), u"email.too-long"_s);
    return normalized;
}

} // namespace guichet
