#include "core/access/userservice.h"

#include "core/access/session.h"
#include "core/base/clock.h"
#include "core/base/uuid.h"
#include "core/domain/password.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"
#include "core/store/userrepository.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

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
    if (auto policy = UserService::checkPassword(db, input.password, *login, input.displayName); !policy)
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

Result<User> UserService::confirm(const Session &session, const QString &password)
{
    return signIn(session.database(), session.clock(), session.user().login, password);
}

Result<QList<User>> UserService::list(const Session &session)
{
    if (!session.can(Right::ReadAudit))
        if (auto ok = session.require(Right::ManageUsers); !ok)
            return ok.error();
    return UserRepository(session.database()).list();
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

namespace {

// A time said to the desk: in the site's zone, whatever the computer's.
QTime siteTime(const Database &db, const QDateTime &at)
{
    return at.toTimeZone(PracticeRepository(db).displayZone()).time();
}

} // namespace

Result<void> UserService::checkPassword(const Database &db, const QString &password, const QString &login,
                                        const QString &displayName)
{
    QStringList context{login.trimmed(), displayName.trimmed(), db.setting(u"practice.name"_s)};
    for (const QString &part : displayName.split(QRegularExpression(u"[\\s'-]+"_s), Qt::SkipEmptyParts))
        context << part;
    context.removeAll(QString());
    return Password::checkPolicy(password, context);
}

qint64 UserService::waitSeconds(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    return qMin<qint64>(3600, qint64(60) << qMin(failures - FreeAttempts, 6));
}

Result<User> UserService::signIn(const Database &db, const Clock &clock, const QString &login, const QString &password)
{
    UserRepository users(db);
    const QString name = login.trimmed().toLower();
    // The password is checked against the stored hash first (the slow part, outside any lock)...
    auto seen = users.byLogin(name);
    if (!seen && seen.error().code != ErrorCode::NotFound)
        return seen.error();
    const bool passwordMatches = seen && Password::verify(seen->passwordHash, password);
    // ...then the count of wrong passwords is read and written inside one write transaction, so
    // attempts made in parallel (several desks, a script) each count.
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto user = users.byLogin(name);
    if (!user && user.error().code != ErrorCode::NotFound)
        return user.error();
    const QDateTime now = clock.now().toUTC();
    const bool waiting = user && user->lockedUntil.isValid() && user->lockedUntil > now;
    const bool right = user && !waiting && passwordMatches && user->passwordHash == seen->passwordHash;
    const bool ok = right && user->active;
    QJsonObject details;
    if (user && !right && !waiting) {
        // One more wrong password in a row; from the fifth, the account waits.
        const int failures = user->failedSignIns + 1;
        const qint64 wait = waitSeconds(failures);
        const QDateTime until = wait > 0 ? now.addSecs(wait) : QDateTime();
        if (auto saved = users.setSignInFailures(user->id, failures, until); !saved)
            return saved.error();
        user->failedSignIns = failures;
        user->lockedUntil = until;
        details = QJsonObject{{u"failures"_s, failures}};
        if (until.isValid())
            details.insert(u"locked_until"_s, until.toString(Qt::ISODate));
    } else if (ok && (user->failedSignIns > 0 || user->lockedUntil.isValid())) {
        if (auto saved = users.setSignInFailures(user->id, 0, QDateTime()); !saved)
            return saved.error();
    }
    const QString action = ok ? u"signin"_s : waiting ? u"signin.locked"_s : u"signin.failed"_s;
    AuditEntry entry{0, now, name, action, u"user"_s, user ? user->id : QString(), QString(), details};
    // Every sign-in is audited: one that cannot be recorded does not let anybody in.
    if (auto audited = AuditLog::append(db, entry); !audited)
        return Error::io(tr("The sign-in could not be recorded in the audit log: %1").arg(audited.error().message),
                         u"audit.write"_s);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    if (user && user->lockedUntil.isValid() && user->lockedUntil > now)
        return Error::refused(tr("Too many wrong passwords: this account waits until %1. Try again then, or ask an "
                                 "administrator to set a new password.")
                                  .arg(QLocale().toString(siteTime(db, user->lockedUntil), u"HH:mm:ss"_s)),
                              u"access.locked"_s);
    if (right && !user->active)
        return Error::refused(tr("This account is disabled. Ask an administrator."), u"access.disabled"_s);
    if (!ok)
        return Error::refused(tr("Unknown login or wrong password."), u"signin"_s);
    return user.value();
}

namespace {

// The user an administrator acts on, and how many active administrators there are.
Result<User> managed(const Session &session, const QString &login)
{
    if (auto ok = session.require(Right::ManageUsers); !ok)
        return ok.error();
    return UserRepository(session.database()).byLogin(login.trimmed().toLower());
}

int activeAdministrators(const Database &db)
{
    int n = 0;
    for (const User &u : UserRepository(db).list())
        n += u.active && u.role == Role::Administrator ? 1 : 0;
    return n;
}

} // namespace

Result<User> UserService::setActive(const Session &session, const QString &login, bool active)
{
    auto user = managed(session, login);
    if (!user)
        return user.error();
    const Database &db = session.database();
    if (!active && user->id == session.user().id)
        return Error::refused(tr("You cannot disable your own account."), u"user.self"_s);
    if (!active && user->active && user->role == Role::Administrator && activeAdministrators(db) <= 1)
        return Error::refused(tr("This is the last active administrator: name another one first."),
                              u"user.last-administrator"_s);
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto saved = UserRepository(db).setActive(user->id, active); !saved)
        return saved.error();
    if (auto audited = session.audit(active ? u"user.enable"_s : u"user.disable"_s, u"user"_s, user->id, QString(),
                                     QJsonObject{{u"login"_s, user->login}});
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    user->active = active;
    return user.value();
}

Result<User> UserService::rename(const Session &session, const QString &login, const QString &displayName)
{
    auto user = managed(session, login);
    if (!user)
        return user.error();
    const QString name = displayName.trimmed();
    if (name.isEmpty() || name.size() > 120)
        return Error::invalid(tr("The full name is required (at most 120 characters)."), u"user.name"_s);
    if (name == user->displayName)
        return user.value();
    const Database &db = session.database();
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto saved = UserRepository(db).setDisplayName(user->id, name); !saved)
        return saved.error();
    if (auto audited = session.audit(u"user.rename"_s, u"user"_s, user->id, QString(),
                                     QJsonObject{{u"before"_s, user->displayName}, {u"after"_s, name}});
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    user->displayName = name;
    return user.value();
}

Result<User> UserService::setRole(const Session &session, const QString &login, Role role,
                                  const QString &practitionerId)
{
    auto user = managed(session, login);
    if (!user)
        return user.error();
    const Database &db = session.database();
    if (user->role == Role::Administrator && role != Role::Administrator) {
        if (user->id == session.user().id)
            return Error::refused(tr("You cannot remove your own administrator role."), u"user.self"_s);
        if (user->active && activeAdministrators(db) <= 1)
            return Error::refused(tr("This is the last active administrator: name another one first."),
                                  u"user.last-administrator"_s);
    }
    if (!practitionerId.isEmpty()) {
        auto r = db.exec(u"SELECT 1 FROM practitioners WHERE id = ?"_s, {practitionerId});
        if (!r)
            return r.error();
        if (!r->next())
            return Error::invalid(tr("No practitioner has the identifier %1.").arg(practitionerId),
                                  u"user.practitioner"_s);
    }
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto saved = UserRepository(db).setRole(user->id, role, practitionerId); !saved)
        return saved.error();
    if (auto audited = session.audit(u"user.role"_s, u"user"_s, user->id, QString(),
                                     QJsonObject{{u"login"_s, user->login},
                                                 {u"before"_s, Roles::code(user->role)},
                                                 {u"after"_s, Roles::code(role)},
                                                 {u"practitioner_id"_s, practitionerId}});
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    user->role = role;
    user->practitionerId = practitionerId;
    return user.value();
}

Result<void> UserService::resetPassword(const Session &session, const QString &login, const QString &newPassword)
{
    auto user = managed(session, login);
    if (!user)
        return user.error();
    if (auto policy = checkPassword(session.database(), newPassword, user->login, user->displayName); !policy)
        return policy;
    auto hash = Password::hash(newPassword);
    if (!hash)
        return hash.error();
    const Database &db = session.database();
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    UserRepository users(db);
    if (auto saved = users.setPasswordHash(user->id, *hash); !saved)
        return saved;
    if (auto saved = users.setSignInFailures(user->id, 0, QDateTime()); !saved)
        return saved;
    if (auto audited = session.audit(u"user.password-reset"_s, u"user"_s, user->id, QString(),
                                     QJsonObject{{u"login"_s, user->login}});
        !audited)
        return audited;
    return tx.commit();
}

Result<void> UserService::changePassword(const Session &session, const QString &oldPassword, const QString &newPassword)
{
    if (!Password::verify(session.user().passwordHash, oldPassword))
        return Error::refused(tr("The current password is wrong."), u"password.current"_s);
    if (auto policy = checkPassword(session.database(), newPassword, session.user().login, session.user().displayName);
        !policy)
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

Result<void> UserService::changeOwnPassword(const Database &db, const Clock &clock, const QString &login,
                                            const QString &oldPassword, const QString &newPassword)
{
    // Checked before the sign-in so a refused new password costs no attempt.
    auto known = UserRepository(db).byLogin(login.trimmed().toLower());
    if (auto policy = checkPassword(db, newPassword, login, known ? known->displayName : QString()); !policy)
        return policy;
    auto user = signIn(db, clock, login, oldPassword);
    if (!user)
        return user.error();
    const Session session(db, clock, *user);
    return changePassword(session, oldPassword, newPassword);
}

} // namespace guichet
