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
};

} // namespace guichet
