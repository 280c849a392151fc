#pragma once

#include "core/base/result.h"
#include "core/domain/practicerule.h"

#include <QCoreApplication>
#include <QList>

namespace guichet {

class Session;

// Changing a practice rule: the right checked, the value validated and written, the change
// audited, and its effects applied in the same transaction (messages not sent yet follow the
// reminder switches and the notice delay). PracticeSettings (core/store) only reads and writes.
class PracticeRules final
{
    Q_DECLARE_TR_FUNCTIONS(PracticeRules)
public:
    static Result<void> set(const Session &session, const QString &key, const QString &value);
    // Every rule with its meaning and bounds, and the keys alone.
    static QList<PracticeRuleInfo> describe();
    static QStringList keys();
    // The value applied (the default when never set), as a whole number; anyone signed in may read it.
    static Result<QString> value(const Session &session, const QString &key);
    static Result<QString> value(const Session &session, const char *key)
    {
        return value(session, QString::fromLatin1(key));
    }
    static Result<bool> isOn(const Session &session, const char *key);
    // The idle delay after which this desk locks: the desk's own choice (0: none chosen) within
    // the practice's longest (security.idle_lock_minutes); a desk may shorten it, never lengthen
    // it nor turn the lock off. The practice's longest when it cannot be read.
    static int idleLockMinutes(const Session &session, int deskMinutes);
    static int longestIdleLockMinutes(const Session &session);
};

} // namespace guichet
