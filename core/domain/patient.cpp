#include "core/domain/patient.h"

using namespace Qt::StringLiterals;

namespace guichet {

QString Patient::displayName() const
{
    return displayName(birthName, usageName, usedFirstName.isEmpty() ? firstNames : usedFirstName);
}

QString Patient::displayName(const QString &birthName, const QString &usageName, const QString &firstName)
{
    QString name = birthName.toUpper();
    if (!usageName.isEmpty() && usageName.compare(birthName, Qt::CaseInsensitive) != 0)
        name += u" (" + usageName.toUpper() + u')';
    return firstName.isEmpty() ? name : name + u' ' + firstName;
}

int Patient::ageOn(const QDate &day) const
{
    return PartialDates::ageOn(birth(), day).value_or(-1);
}

QString PatientOrigins::code(PatientOrigin origin)
{
    switch (origin) {
    case PatientOrigin::Online:
        return u"online"_s;
    case PatientOrigin::Import:
        return u"import"_s;
    case PatientOrigin::Demo:
        return u"demo"_s;
    case PatientOrigin::Desk:
        break;
    }
    return u"desk"_s;
}

std::optional<PatientOrigin> PatientOrigins::fromCode(QStringView code)
{
    for (const auto o : {PatientOrigin::Desk, PatientOrigin::Online, PatientOrigin::Import, PatientOrigin::Demo}) {
        if (code == PatientOrigins::code(o))
            return o;
    }
    return std::nullopt;
}

QString IdentityStatuses::code(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Provisional:
        return u"provisional"_s;
    case IdentityStatus::Retrieved:
        return u"retrieved"_s;
    case IdentityStatus::Validated:
        return u"validated"_s;
    case IdentityStatus::Qualified:
        return u"qualified"_s;
    }
    return {};
}

std::optional<IdentityStatus> IdentityStatuses::fromCode(const QString &code)
{
    for (const auto s : {IdentityStatus::Provisional, IdentityStatus::Retrieved, IdentityStatus::Validated,
                         IdentityStatus::Qualified}) {
        if (IdentityStatuses::code(s) == code)
            return s;
    }
    return std::nullopt;
}

QString IdentityStatuses::label(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Provisional:
        return tr("Provisional");
    case IdentityStatus::Retrieved:
        return tr("Retrieved");
    case IdentityStatus::Validated:
        return tr("Validated");
    case IdentityStatus::Qualified:
        return tr("Qualified");
    }
    return {};
}

} // namespace guichet
