#pragma once

#include <QString>
#include <QUuid>

namespace guichet {

// Every entity gets a UUID made locally (DESIGN.md: Storage), lower case, no braces.
inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

} // namespace guichet
