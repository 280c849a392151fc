#include "core/store/userrepository.h"

#include "core/base/timeutil.h"
#include "core/store/database.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString()).value_or(Role::Secretary);
    u.practitionerId = q.value(4).toString();
    u.passwordHash = q.value(5).toString();
    u.active = q.value(6).toBool();
    u.failedSignIns = q.value(7).toInt();
    if (!q.value(8).isNull())
        u.lockedUntil = fromStored(q.value(8).toLongLong());
    return u;
}

const auto kColumns = u"id, login, display_name, role, practitioner_id, password_hash, active"_s;
const auto kReadColumns = u"id, login, display_name, role, practitioner_id, password_hash, active, failed_signins, "
                          "locked_until"_s;

} // namespace

Result<void> UserRepository::insert(const User &u, const QDateTime &createdAt)
{
    const QVariant practitioner =
        u.practitionerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(u.practitionerId);
    auto r = m_db.exec(u"INSERT INTO users("_s + kColumns + u", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {u.id, u.login, u.displayName, Roles::code(u.role), practitioner, u.passwordHash, u.active,
                        toStored(createdAt)});
    if (!r)
        return r.error();
    return {};
}

Result<void> UserRepository::setPasswordHash(const QString &userId, const QString &hash)
{
    auto r = m_db.exec(u"UPDATE users SET password_hash = ? WHERE id = ?"_s, {hash, userId});
    if (!r)
        return r.error();
    return {};
}

Result<User> UserRepository::byLogin(const QString &login) const
{
    auto r = m_db.exec(u"SELECT "_s + kReadColumns + u" FROM users WHERE login = ?"_s, {login.trimmed()});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::notFound(Database::tr("No user is called \"%1\".").arg(login));
    return readUser(r.value());
}

Result<void> UserRepository::setSignInFailures(const QString &userId, int failures, const QDateTime &lockedUntil)
{
    auto r = m_db.exec(u"UPDATE users SET failed_signins = ?, locked_until = ? WHERE id = ?"_s,
                       {failures, lockedUntil.isValid() ? QVariant(toStored(lockedUntil)) : QVariant(), userId});
    if (!r)
        return r.error();
    return {};
}

Result<void> UserRepository::setActive(const QString &userId, bool active)
{
    auto r = m_db.exec(u"UPDATE users SET active = ? WHERE id = ?"_s, {active ? 1 : 0, userId});
    if (!r)
        return r.error();
    return {};
}

Result<void> UserRepository::setDisplayName(const QString &userId, const QString &displayName)
{
    auto r = m_db.exec(u"UPDATE users SET display_name = ? WHERE id = ?"_s, {displayName, userId});
    if (!r)
        return r.error();
    return {};
}

Result<void> UserRepository::setRole(const QString &userId, Role role, const QString &practitionerId)
{
    auto r = m_db.exec(u"UPDATE users SET role = ?, practitioner_id = ? WHERE id = ?"_s,
                       {Roles::code(role),
                        practitionerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(practitionerId),
                        userId});
    if (!r)
        return r.error();
    return {};
}

QList<User> UserRepository::list() const
{
    QList<User> out;
    auto r = m_db.exec(u"SELECT "_s + kReadColumns + u" FROM users ORDER BY login"_s);
    while (r && r->next())
        out << readUser(r.value());
    return out;
}

} // namespace guichet
