#include "core/domain/text.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace guichet {

bool Text::isHidden(QChar c, bool multiline)
{
    const char16_t u = c.unicode();
    if (multiline && (u == u'\n' || u == u'\t'))
        return false;
    if (u < 0x20 || (u >= 0x7f && u <= 0x9f)) // C0, DEL and C1
        return true;
    if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f || u == 0x061c)
        return true; // bidirectional embeddings, overrides, isolates and marks
    if ((u >= 0x200b && u <= 0x200d) || u == 0x2060 || u == 0xfeff)
        return true; // zero-width characters, word joiner, byte order mark
    // Other invisible formatting characters (soft hyphen kept: it is harmless and typed).
    return c.category() == QChar::Other_Format && u != 0x00ad;
}

QString Text::withoutHidden(const QString &text, bool multiline)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isHidden(c, multiline))
            out += c;
        else if (!multiline && (c == u'\n' || c == u'\t' || c == u'\r'))
            out += u' '; // a line break in a one-line field separates words
    }
    return out;
}

Result<QString> Text::field(const QString &text, const std::function<QString()> &name, int maxLength, bool multiline)
{
    QString clean = withoutHidden(text, multiline);
    if (multiline) {
        QStringList lines = clean.split(u'\n');
        for (QString &line : lines)
            line = line.trimmed();
        clean = lines.join(u'\n').trimmed();
    } else {
        clean = clean.simplified();
    }
    if (clean.size() > maxLength)
        return Error::invalid(tr("%1 is too long (%2 characters at most).").arg(name()).arg(maxLength),
                              u"text.length"_s);
    return clean;
}

} // namespace guichet
