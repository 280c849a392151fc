#pragma once

#include "core/base/result.h"

#include <QCoreApplication>

namespace guichet {

class Session;

// A consistent copy of the database (and its sealed documents beside it) while it is in use,
// made by an administrator and audited; for the desktop's backup dialog and `guichet-cli backup`.
class BackupService final
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    static Result<void> create(const Session &session, const QString &file);
    // Replaces the closed database at `target` by the backup `source` (checked first on a copy);
    // the replaced one is kept beside it, its name returned. The caller signs in on the result
    // and audits the restore (guichet-cli restore).
    static Result<QString> restore(const QString &target, const QString &source, const QString &stamp);
};

} // namespace guichet
