#pragma once

#include "core/base/result.h"

#include <QCoreApplication>

#include <functional>

namespace guichet {

// Text hygiene, in one place for every door (typed, imported, received): what people read never
// carries characters they cannot see. C0 and C1 control characters (but the line breaks and tabs
// of a multi-line text), bidirectional embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069, the marks U+200E, U+200F, U+061C), zero-width characters (U+200B–U+200D,
// U+2060, U+FEFF) and the other invisible formatting characters are removed, never kept.
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(Text)
public:
    static bool isHidden(QChar c, bool multiline = false);
    static QString withoutHidden(const QString &text, bool multiline = false);
    // A free text field: hidden characters removed, spaces collapsed (one line) or each line
    // trimmed (several), then at most `maxLength` characters, else refused naming the field.
    static Result<QString> field(const QString &text, const std::function<QString()> &name, int maxLength,
                                 bool multiline = false);
};

} // namespace guichet
