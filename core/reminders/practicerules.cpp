#include "core/reminders/practicerules.h"

#include "core/access/session.h"
#include "core/reminders/reminderservice.h"
#include "core/store/database.h"
#include "core/store/practicesettings.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet {

QList<PracticeRuleInfo> PracticeRules::describe()
{
    return PracticeSettings::describe();
}

QStringList PracticeRules::keys()
{
    return PracticeSettings::keys();
}

Result<QString> PracticeRules::value(const Session &session, const QString &key)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    if (!PracticeSettings::keys().contains(key))
        return Error::invalid(tr("Unknown setting \"%1\". Known: %2.").arg(key, keys().join(u", "_s)),
                              u"setting.key"_s);
    return PracticeSettings(session.database()).value(key);
}

Result<bool> PracticeRules::isOn(const Session &session, const char *key)
{
    auto v = value(session, key);
    if (!v)
        return v.error();
    return *v == u"1"_s;
}

int PracticeRules::longestIdleLockMinutes(const Session &session)
{
    // Read whatever the person's rights: the lock protects the screen of every account.
    return PracticeSettings(session.database()).value(QString::fromLatin1(PracticeRuleKeys::IdleLockMinutes)).toInt();
}

int PracticeRules::idleLockMinutes(const Session &session, int deskMinutes)
{
    const int longest = longestIdleLockMinutes(session);
    return deskMinutes > 0 ? std::min(deskMinutes, longest) : longest;
}

Result<void> PracticeRules::set(const Session &session, const QString &key, const QString &value)
{
    if (auto ok = session.require(Right::ChangePracticeSettings); !ok)
        return ok;
    auto normalized = PracticeSettings::normalize(key, value);
    if (!normalized)
        return normalized.error();
    const Database &db = session.database();
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    const PracticeSettings settings(db);
    const QString before = settings.value(key);
    if (auto written = settings.write(key, *normalized); !written)
        return written;
    if (auto audited = session.audit(u"settings.change"_s, u"setting"_s, key, QString(),
                                     QJsonObject{{u"before"_s, before}, {u"after"_s, *normalized}});
        !audited)
        return audited;
    // Messages not sent yet follow the new switches (and the new notice delay).
    const bool reminderRule =
        key.startsWith(u"reminders."_s) || key == QLatin1String(PracticeSettings::NoticeDelayMinutes);
    if (before != *normalized && reminderRule) {
        if (auto replanned = ReminderService::replanFuture(db, session.now()); !replanned)
            return replanned.error();
    }
    return tx.commit();
}

} // namespace guichet
