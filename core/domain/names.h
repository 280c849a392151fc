#pragma once

#include "core/base/result.h"

#include <QCoreApplication>

#include <functional>

namespace guichet {

class Names final
{
    Q_DECLARE_TR_FUNCTIONS(Names)
public:
    // Lower case, accents removed, hyphens/apostrophes/dots as spaces, spaces collapsed:
    // "DUPONT-Martin  Élodie" -> "dupont martin elodie". Used for search and matching.
    static QString fold(const QString &text);
    // Trims and collapses inner spaces; refuses digits and symbols. `field` names the field in the message.
    // `field` names the value in a message ("The birth name"); asked only when there is one to write.
    static Result<QString> clean(const QString &text, const std::function<QString()> &field, bool required);
};

} // namespace guichet
