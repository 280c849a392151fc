#include "core/domain/practice.h"

namespace guichet {

QString Practitioner::displayName() const
{
    QStringList parts;
    if (!title.isEmpty())
        parts << title;
    if (!firstName.isEmpty())
        parts << firstName;
    if (!lastName.isEmpty())
        parts << lastName;
    return parts.join(QLatin1Char(' '));
}

} // namespace guichet
