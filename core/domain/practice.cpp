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

QString Site::fullAddress() const
{
    const QString town = QStringList{postcode, city}.join(QLatin1Char(' ')).trimmed();
    QStringList parts;
    if (!address.trimmed().isEmpty())
        parts << address.trimmed();
    if (!town.isEmpty())
        parts << town;
    return parts.join(QStringLiteral(", "));
}

QString Motif::bookingCode() const
{
    if (bookableOnline)
        return QStringLiteral("online");
    return deskOnly ? QStringLiteral("desk-only") : QStringLiteral("phone-only");
}

bool Motif::setBookingCode(const QString &code)
{
    if (code == QLatin1String("online")) {
        bookableOnline = true;
        deskOnly = false;
    } else if (code == QLatin1String("phone-only")) {
        bookableOnline = false;
        deskOnly = false;
    } else if (code == QLatin1String("desk-only")) {
        bookableOnline = false;
        deskOnly = true;
    } else {
        return false;
    }
    return true;
}

} // namespace guichet
