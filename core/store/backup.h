#pragma once

#include "core/base/result.h"

#include <QCoreApplication>

namespace guichet {

class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // Replaces the database at `target` (which must be closed) by the backup `source`.
    // The backup is checked (Guichet file, not newer, sound) on a copy before anything
    // is replaced; the replaced database is kept beside it and its name returned.
    static Result<QString> restore(const QString &target, const QString &source, const QString &stamp);
};

} // namespace guichet
