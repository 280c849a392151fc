#include "core/store/backup.h"

#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace guichet {

Result<QString> Backup::restore(const QString &target, const QString &source, const QString &stamp)
{
    if (!QFileInfo::exists(source))
        return Error::invalid(tr("The backup \"%1\" does not exist.").arg(source), u"restore.missing"_s);
    if (auto looks = Database::checkLooksLikeGuichetFile(source); !looks)
        return looks.error();
    const QString staging = target + u".restoring"_s;
    QFile::remove(staging);
    if (!QFile::copy(source, staging))
        return Error::io(tr("The backup could not be copied next to the database."));
    {
        auto staged = Database::open(staging); // refuses newer or foreign files, migrates older ones
        if (!staged) {
            QFile::remove(staging);
            return staged.error();
        }
        const QStringList problems = (*staged)->integrityProblems();
        if (!problems.isEmpty()) {
            staged.value().reset();
            QFile::remove(staging);
            return Error::invalid(tr("The backup is damaged: %1").arg(problems.first()), u"restore.damaged"_s);
        }
        // Fold the WAL back into the file so the staged copy stands alone.
        (void)(*staged)->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    QFile::remove(staging + u"-wal"_s);
    QFile::remove(staging + u"-shm"_s);

    QString keptAs;
    if (QFileInfo::exists(target)) {
        keptAs = target + u".before-restore-"_s + stamp;
        if (!QFile::rename(target, keptAs)) {
            QFile::remove(staging);
            return Error::io(tr("The current database could not be set aside; nothing was changed."));
        }
        for (const auto &suffix : {u"-wal"_s, u"-shm"_s}) {
            if (QFileInfo::exists(target + suffix))
                QFile::rename(target + suffix, keptAs + suffix);
        }
    }
    if (!QFile::rename(staging, target)) {
        if (!keptAs.isEmpty())
            QFile::rename(keptAs, target);
        return Error::io(tr("The backup could not be put in place; the current database was kept."));
    }
    // The documents: the current vault goes aside with its database, the backup's comes in.
    const QString vault = target + u".vault"_s;
    if (QFileInfo::exists(vault) && !keptAs.isEmpty())
        QDir().rename(vault, keptAs + u".vault"_s);
    const QDir backupVault(source + u".vault"_s);
    if (backupVault.exists()) {
        QDir().mkpath(vault);
        for (const QString &name : backupVault.entryList(QDir::Files)) {
            const QString to = QDir(vault).filePath(name);
            if (!QFileInfo::exists(to) && !QFile::copy(backupVault.filePath(name), to))
                return Error::io(tr("The database was restored but the document %1 could not be copied back; copy "
                                    "the folder %2 by hand.")
                                     .arg(name, backupVault.path()));
        }
    }
    return keptAs;
}

} // namespace guichet
