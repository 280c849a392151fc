#pragma once

#include "core/base/result.h"
#include "core/domain/user.h"

#include <QDateTime>
#include <QList>

namespace guichet {

class Database;

class UserRepository final
{
public:
    explicit UserRepository(const Database &db)
        : m_db(db)
    {}

    Result<void> insert(const User &user, const QDateTime &createdAt);
    Result<void> setPasswordHash(const QString &userId, const QString &hash);
    // Wrong passwords in a row and the end of the wait (invalid: none).
    Result<void> setSignInFailures(const QString &userId, int failures, const QDateTime &lockedUntil);
    Result<void> setActive(const QString &userId, bool active);
    Result<void> setRole(const QString &userId, Role role, const QString &practitionerId);
    Result<void> setDisplayName(const QString &userId, const QString &displayName);
    Result<User> byLogin(const QString &login) const;
    QList<User> list() const;

private:
    const Database &m_db;
};

} // namespace guichet
