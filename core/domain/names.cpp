#include "core/domain/names.h"

#include "core/domain/text.h"

using namespace Qt::StringLiterals;

namespace guichet {

QString Names::fold(const QString &text)
{
    // Plain ASCII (most names once typed without accents): no Unicode normalisation needed.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        QString out;
        out.reserve(text.size());
        bool lastSpace = true;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                out.append(c);
                lastSpace = false;
            } else if (u >= u'A' && u <= u'Z') {
                out.append(QChar(u + 32));
                lastSpace = false;
            } else if (!lastSpace) {
                out.append(u' ');
                lastSpace = true;
            }
        }
        if (out.endsWith(u' '))
            out.chop(1);
        return out;
    }
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool lastSpace = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            // Ligatures and special letters that NFKD leaves alone.
            if (c == u'\u00df') {
                out.append(u"ss"_s);
            } else if (c == u'\u0153' || c == u'\u0152') {
                out.append(u"oe"_s);
            } else if (c == u'\u00e6' || c == u'\u00c6') {
                out.append(u"ae"_s);
            } else if (c == u'\u00f8' || c == u'\u00d8') {
                out.append(u'o');
            } else {
                out.append(c.toLower());
            }
            lastSpace = false;
        } else if (!lastSpace) {
            out.append(u' ');
            lastSpace = true;
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

Result<QString> Names::clean(const QString &text, const std::function<QString()> &field, bool required)
{
    const QString simplified = Text::withoutHidden(text).simplified();
    if (simplified.isEmpty()) {
        if (required)
            return Error::invalid(tr("%1 is required.").arg(field()), u"name.required"_s);
        return QString();
    }
    if (simplified.size() > 100)
        return Error::invalid(tr("%1 is too long (100 characters at most).").arg(field()), u"name.length"_s);
    for (const QChar c : simplified) {
        if (c.isLetter() || c.category() == QChar::Mark_NonSpacing || c == u' ' || c == u'-' || c == u'\''
            || c == u'\u2019' || c == u'.')
            continue;
        return Error::invalid(tr("%1 contains a character that is not allowed in a name (\"%2\").").arg(field(), c),
                              u"name.characters"_s);
    }
    if (!simplified.front().isLetter())
        return Error::invalid(tr("%1 must start with a letter.").arg(field()), u"name.characters"_s);
    QString normalized = simplified;
    normalized.replace(u'\u2019', u'\'');
    return normalized.normalized(QString::NormalizationForm_C);
}

} // namespace guichet
