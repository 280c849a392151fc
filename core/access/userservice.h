#pragma once

#include "core/base/result.h"
#include "core/domain/user.h"

#include <QCoreApplication>
#include <QList>

namespace guichet {

class Clock;
class Database;
class Session;

struct NewUser
{
    QString login;
    QString displayName;
    Role role = Role::Secretary;
    QString practitionerId;
    QString password;
};

class UserService final
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
public:
    static Result<QString> validateLogin(const QString &login);
    // The password policy for this user: Password::checkPolicy with the login, the names and the
    // practice's name as words an attacker tries first.
    static Result<void> checkPassword(const Database &db, const QString &password, const QString &login,
                                      const QString &displayName);

    // Needs the right to manage users; audited.
    static Result<User> create(const Session &session, const NewUser &user);
    // The first administrator of a new installation, allowed only while there is no user.
    static Result<User> createFirstAdministrator(const Database &db, const Clock &clock, const NewUser &user);
    // Audited either way; the message never tells which of login and password was wrong.
    static Result<User> signIn(const Database &db, const Clock &clock, const QString &login, const QString &password);
    // After five wrong passwords in a row the account waits (1 minute, doubled at each further
    // wrong password, at most an hour): refused with access.locked, audited.
    static constexpr int FreeAttempts = 5;
    static qint64 waitSeconds(int failures);
    static Result<void> changePassword(const Session &session, const QString &oldPassword, const QString &newPassword);
    // From the sign-in or the lock screen, before any session: the current password is checked as a
    // sign-in (wrong ones count toward the wait, a disabled account is refused), then changed.
    static Result<void> changeOwnPassword(const Database &db, const Clock &clock, const QString &login,
                                          const QString &oldPassword, const QString &newPassword);
    // Administration (the right to manage users; audited). Nobody disables or demotes the last
    // active administrator, nor their own account.
    static Result<User> setActive(const Session &session, const QString &login, bool active);
    static Result<User> setRole(const Session &session, const QString &login, Role role,
                                const QString &practitionerId = {});
    // The name shown and printed for a user (a married name, a typo).
    static Result<User> rename(const Session &session, const QString &login, const QString &displayName);
    // Another's new password, set by an administrator; it also ends a wait after wrong passwords.
    static Result<void> resetPassword(const Session &session, const QString &login, const QString &newPassword);
    static bool hasUsers(const Database &db);
    // The accounts, for administrators (the users page, the audit viewer's choice of person).
    static Result<QList<User>> list(const Session &session);
    // The signed-in person's password typed again (the lock screen): counted as a sign-in.
    static Result<User> confirm(const Session &session, const QString &password);
};

} // namespace guichet
