#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace guichet {

class Database;

// A backup is the database file, its document vault beside it (FILE.vault/) and a manifest
// (FILE.manifest: format, the database's id, schema, SHA-256 and size of the database and of
// every vault file, counts of patients, appointments and documents). The manifest is written
// last, once everything else is flushed and in place: a backup without one is incomplete.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    static constexpr int FormatVersion = 1;

    // A consistent copy while desks work (VACUUM INTO), written under temporary names, flushed,
    // then renamed, the manifest last. Refuses to overwrite anything.
    static Result<void> write(const Database &db, const QString &file);

    // Replaces the database at `target` (which must be closed) by the backup `source`. Nothing
    // is touched until the backup is verified whole: its manifest, every hash, the database's
    // integrity and schema, the counts, and that it is this practice's (when `target` exists).
    // Then the database and its vault are swapped, the replaced ones kept beside under
    // TARGET.before-restore-STAMP, whose name is returned. Every refusal is rule restore.*.
    static Result<QString> restore(const QString &target, const QString &source, const QString &stamp);

    // What this database lost since its last backup: one line per count (patients, appointments,
    // documents) that fell below half of what the backup held; empty when none or no backup.
    static QStringList lossSinceLastBackup(const Database &db);

    // A restore interrupted during its swap (TARGET.restore-pending beside it) is finished: the
    // staged copy was verified before the swap began. Database::open calls it first.
    static Result<bool> finishInterruptedRestore(const QString &target);
    static QString pendingOf(const QString &target) { return target + QStringLiteral(".restore-pending"); }
    static QString manifestOf(const QString &file) { return file + QStringLiteral(".manifest"); }
    static QString vaultOf(const QString &file) { return file + QStringLiteral(".vault"); }
};

} // namespace guichet
