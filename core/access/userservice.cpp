#include "core/access/userservice.h"

#include "core/access/session.h"
#include "core/base/clock.h"
#include "core/base/uuid.h"
#include "core/domain/password.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/userrepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

Result<User> insertUser(const Database &db, const QDateTime &now, const QString &actor, const NewUser &input)
{
    auto login = UserService::validateLogin(input.login);
    if (!login)
        return login.error();
    if (input.displayName.trimmed().isEmpty())
        return Error::invalid(UserService::tr("The user's full name is required."), u"user.name"_s);
    if (auto policy = Password::checkPolicy(input.password); !policy)
        return policy.error();
    UserRepository users(db);
    if (users.byLogin(*login))
        return Error::conflict(UserService::tr("A user is already called \"%1\".").arg(*login), u"user.login"_s);
    auto hash = Password::hash(input.password);
    if (!hash)
        return hash.error();
    User user;
    user.id = newUuid();
    user.login = *login;
    user.displayName = input.displayName.trimmed();
    user.role = input.role;
    user.practitionerId = input.practitionerId;
    user.passwordHash = *hash;

    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = users.insert(user, now); !ok)
        return ok.error();
    AuditEntry entry{
        0,         now,     actor,     u"user.create"_s,
        u"user"_s, user.id, QString(), QJsonObject{{u"login"_s, user.login}, {u"role"_s, Roles::code(user.role)}}};
    if (auto ok = AuditLog::append(db, entry); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return user;
}

} // namespace

Result<QString> UserService::validateLogin(const QString &login)
{
    const QString l = login.trimmed().toLower();
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]{1,31}$"_s);
    if (!pattern.match(l).hasMatch())
        return Error::invalid(tr("A login has 2 to 32 characters: letters without accents, digits, dots, hyphens or "
                                 "underscores."),
                              u"user.login"_s);
    return l;
}

bool UserService::hasUsers(const Database &db)
{
    auto r = db.exec(u"SELECT 1 FROM users LIMIT 1"_s);
    return r && r->next();
}

Result<User> UserService::create(const Session &session, const NewUser &user)
{
    if (auto ok = session.require(Right::ManageUsers); !ok)
        return ok.error();
    return insertUser(session.database(), session.now(), session.actor(), user);
}

Result<User> UserService::createFirstAdministrator(const Database &db, const Clock &clock, const NewUser &user)
{
    if (hasUsers(db))
        return Error::refused(tr("This installation already has users; an administrator must create new ones."),
                              u"user.first"_s);
    NewUser admin = user;
    admin.role = Role::Administrator;
    return insertUser(db, clock.now(), u"setup"_s, admin);
}

Result<User> UserService::signIn(const Database &db, const Clock &clock, const QString &login, const QString &password)
{
    UserRepository users(db);
    auto user = users.byLogin(login.trimmed().toLower());
    const bool ok = user && user->active && Password::verify(user->passwordHash, password);
    AuditEntry entry{0,
                     clock.now(),
                     login.trimmed().toLower(),
                     ok ? u"signin"_s : u"signin.failed"_s,
                     u"user"_s,
                     user ? user->id : QString(),
                     QString(),
                     {}};
    // Every sign-in is audited: one that cannot be recorded does not let anybody in.
    if (auto audited = AuditLog::append(db, entry); !audited)
        return Error::io(tr("The sign-in could not be recorded in the audit log: %1").arg(audited.error().message),
                         u"audit.write"_s);
    if (!ok)
        return Error::refused(tr("Unknown login or wrong password."), u"signin"_s);
    return user.value();
}

Result<void> UserService::changePassword(const Session &session, const QString &oldPassword, const QString &newPassword)
{
    if (!Password::verify(session.user().passwordHash, oldPassword))
        return Error::refused(tr("The current password is wrong."), u"password.current"_s);
    if (auto policy = Password::checkPolicy(newPassword); !policy)
        return policy;
    auto hash = Password::hash(newPassword);
    if (!hash)
        return hash.error();
    const Database &db = session.database();
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok;
    if (auto ok = UserRepository(db).setPasswordHash(session.user().id, *hash); !ok)
        return ok;
    if (auto ok = session.audit(u"user.password"_s, u"user"_s, session.user().id, QString()); !ok)
        return ok;
    return tx.commit();
}

} // namespace guichet
