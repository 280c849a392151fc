#pragma once

#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/domain/user.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace guichet {

class Database;

// Who is acting, on which database, at what time. Every core service takes one
// and checks rights here, so the GUI and the CLI enforce the same rules.
class Session final
{
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    Session(const Database &db, const Clock &clock, User user)
        : m_db(db)
        , m_clock(clock)
        , m_user(std::move(user))
    {}

    const Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    QDateTime now() const { return m_clock.now(); }
    const User &user() const { return m_user; }
    // The name written in histories and the audit log.
    QString actor() const { return m_user.login; }

    bool can(Right right) const;
    Result<void> require(Right right) const;
    // `right` on what belongs to one practitioner (their no-shows, their online blocks): a
    // practitioner acts on their own only; an administrator on everyone's.
    Result<void> requireFor(Right right, const QString &practitionerId) const;
    bool canFor(Right right, const QString &practitionerId) const
    {
        return can(right) && (m_user.role == Role::Administrator || m_user.practitionerId == practitionerId);
    }

    // Appends to the audit log; call inside the transaction of the act.
    Result<void> audit(const QString &action, const QString &entity, const QString &entityId, const QString &reason,
                       const QJsonObject &details = {}) const;

private:
    const Database &m_db;
    const Clock &m_clock;
    User m_user;
};

} // namespace guichet
