#pragma once

#include "core/base/result.h"

#include <QCoreApplication>

namespace guichet {

class Email final
{
    Q_DECLARE_TR_FUNCTIONS(Email)
public:
    // Returns the address trimmed, with its domain in lower case (and in ASCII form for IDN).
    static Result<QString> normalize(const QString &text);
};

} // namespace guichet
