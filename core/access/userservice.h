#pragma once

#include "core/base/result.h"
#include "core/domain/user.h"

#include <QCoreApplication>

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

    // Needs the right to manage users; audited.
    static Result<User> create(const Session &session, const NewUser &user);
    // The first administrator of a new installation, allowed only while there is no user.
    static Result<User> createFirstAdministrator(const Database &db, const Clock &clock, const NewUser &user);
    // Audited either way; the message never tells which of login and password was wrong.
    static Result<User> signIn(const Database &db, const Clock &clock, const QString &login, const QString &password);
    static Result<void> changePassword(const Session &session, const QString &oldPassword, const QString &newPassword);
    static bool hasUsers(const Database &db);
};

} // namespace guichet
