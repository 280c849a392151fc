#include "core/domain/user.h"

using namespace Qt::StringLiterals;

namespace guichet {

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Secretary:
        return u"secretary"_s;
    case Role::Practitioner:
        return u"practitioner"_s;
    case Role::Administrator:
        return u"administrator"_s;
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString &code)
{
    for (const Role r : {Role::Secretary, Role::Practitioner, Role::Administrator}) {
        if (Roles::code(r) == code)
            return r;
    }
    return std::nullopt;
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Secretary:
        return tr("Secretary");
    case Role::Practitioner:
        return tr("Practitioner");
    case Role::Administrator:
        return tr("Administrator");
    }
    return {};
}

bool Roles::has(Role role, Right right)
{
    switch (right) {
    case Right::ViewAgenda:
    case Right::Book:
    case Right::EditPatients:
        return true;
    case Right::MergePatients:
    case Right::EraseNoShow:
    case Right::LiftBlock:
    case Right::EditOpeningHours:
        // Secretaries act on duplicates and no-shows only through a practitioner or an administrator.
        return role == Role::Practitioner || role == Role::Administrator;
    case Right::ManageUsers:
    case Right::ChangePracticeSettings:
    case Right::RestoreBackup:
    case Right::ExportData:
    case Right::ChangeServer:
    case Right::ReadAudit:
        return role == Role::Administrator;
    case Right::ViewMedicalNotes:
        return role == Role::Practitioner; // administrators: by the practice's rule (Session::can)
    }
    return false;
}

QString Roles::rightLabel(Right right)
{
    switch (right) {
    case Right::ViewAgenda:
        return tr("view the agenda");
    case Right::Book:
        return tr("book appointments");
    case Right::EditPatients:
        return tr("edit patient records");
    case Right::MergePatients:
        return tr("merge patient records");
    case Right::EraseNoShow:
        return tr("erase a no-show");
    case Right::LiftBlock:
        return tr("lift an online-booking block");
    case Right::EditOpeningHours:
        return tr("change a practitioner's usual week");
    case Right::ManageUsers:
        return tr("manage users");
    case Right::ChangePracticeSettings:
        return tr("change the practice settings");
    case Right::RestoreBackup:
        return tr("restore a backup");
    case Right::ExportData:
        return tr("export patient data to a file");
    case Right::ChangeServer:
        return tr("change the central agenda or its sign-in");
    case Right::ReadAudit:
        return tr("read the audit log");
    case Right::ViewMedicalNotes:
        return tr("read medical content");
    }
    return {};
}

} // namespace guichet
