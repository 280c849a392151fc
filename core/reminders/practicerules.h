#pragma once

#include "core/base/result.h"

#include <QCoreApplication>

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
};

} // namespace guichet
