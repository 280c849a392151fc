#include "core/access/session.h"

#include "core/store/auditlog.h"
#include "core/store/practicesettings.h"

using namespace Qt::StringLiterals;

namespace guichet {

bool Session::can(Right right) const
{
    if (!m_user.active)
        return false;
    if (right == Right::ViewMedicalNotes && m_user.role == Role::Administrator)
        return PracticeSettings(m_db).administratorsSeeMedical();
    return Roles::has(m_user.role, right);
}

Result<void> Session::require(Right right) const
{
    if (can(right))
        return {};
    return Error::forbidden(tr("As %1, %2 may not %3. Ask an administrator.")
                                .arg(Roles::label(m_user.role).toLower(), m_user.displayName, Roles::rightLabel(right)),
                            u"right."_s + QString::number(int(right)));
}

Result<void> Session::requireFor(Right right, const QString &practitionerId) const
{
    if (auto ok = require(right); !ok)
        return ok;
    if (canFor(right, practitionerId))
        return {};
    return Error::forbidden(tr("%1 may %2 only for their own patients: ask the practitioner concerned or an "
                               "administrator.")
                                .arg(m_user.displayName, Roles::rightLabel(right)),
                            u"right.own"_s);
}

Result<void> Session::audit(const QString &action, const QString &entity, const QString &entityId,
                            const QString &reason, const QJsonObject &details) const
{
    AuditEntry e;
    e.at = now();
    e.user = actor();
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.reason = reason;
    e.details = details;
    return AuditLog::append(m_db, e);
}

} // namespace guichet
