#pragma once

#include "core/base/result.h"

#include <QCoreApplication>

#include <memory>

namespace guichet {

class Clock;
class PracticeFile;
class Session;
struct User;

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
    // The desktop's restore (administrators): the open practice is checkpointed and closed, the
    // backup verified and put in place (nothing changed when it is refused), the restored one
    // opened into `file` again and the restore audited in it as `by`. On refusal `file` is the
    // practice as it was, reopened. Returns where the replaced database was kept.
    static Result<QString> restoreOpen(std::unique_ptr<PracticeFile> &file, const QString &source, const User &by,
                                       const Clock &clock);
};

} // namespace guichet
