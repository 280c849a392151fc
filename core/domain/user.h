#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace guichet {

enum class Role { Secretary, Practitioner, Administrator };

// What a role may do; checked by core services, not only hidden in the UI.
enum class Right {
    ViewAgenda,
    Book,
    EditPatients,
    MergePatients,
    EraseNoShow,
    LiftBlock,
    EditOpeningHours, // the usual week of a practitioner
    ManageUsers,
    ChangePracticeSettings,
    RestoreBackup,
    ExportData, // every patient, or the audit log, written to a file
    ChangeServer, // where the practice's data goes: the central agenda's address and sign-in client
    ReadAudit, // the audit log
    // Medical content (the usual medication): practitioners; administrators when the practice
    // allows it (practice rule medical.administrators_see). Secretaries see that it is there.
    ViewMedicalNotes,
};

struct User
{
    QString id;
    QString login;
    QString displayName;
    Role role = Role::Secretary;
    QString practitionerId;
    QString passwordHash; // Argon2id, never the password
    bool active = true;
    int failedSignIns = 0; // wrong passwords in a row
    QDateTime lockedUntil; // after five wrong passwords: no sign-in before this (UTC)
};

class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QString code(Role role); // secretary, practitioner, administrator
    static std::optional<Role> fromCode(const QString &code);
    static QString label(Role role);
    static bool has(Role role, Right right);
    static QString rightLabel(Right right);
};

} // namespace guichet
