#include "core/access/backupservice.h"

#include "core/access/backupschedule.h"
#include "core/access/practicefile.h"
#include "core/access/session.h"
#include "core/base/clock.h"
#include "core/store/backup.h"
#include "core/store/database.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace guichet {

Result<void> BackupService::create(const Session &session, const QString &file)
{
    if (auto ok = session.require(Right::RestoreBackup); !ok)
        return ok;
    if (file.trimmed().isEmpty())
        return Error::invalid(tr("Choose where to write the backup."), u"backup.file"_s);
    if (auto ok = session.database().backupTo(file); !ok)
        return ok;
    BackupSchedule::noteGood(session.database(), file, session.now());
    return session.audit(u"backup.create"_s, u"database"_s, QString(), QString(),
                         QJsonObject{{u"file"_s, QFileInfo(file).absoluteFilePath()}});
}

Result<QString> BackupService::restore(const QString &target, const QString &source, const QString &stamp)
{
    return Backup::restore(target, source, stamp);
}

Result<QString> BackupService::restoreOpen(std::unique_ptr<PracticeFile> &file, const QString &source, const User &by,
                                           const Clock &clock)
{
    if (!file)
        return Error::invalid(tr("No practice is open."), u"restore.closed"_s);
    {
        const Session session(file->database(), clock, by);
        if (auto ok = session.require(Right::RestoreBackup); !ok)
            return ok.error();
    }
    const QString target = file->path();
    (void)file->checkpoint();
    file.reset(); // closed: the restore replaces the file itself
    const QString stamp = clock.now().toString(u"yyyyMMdd-HHmmss"_s);
    auto kept = Backup::restore(target, source, stamp);
    auto reopened = PracticeFile::open(target);
    if (!reopened)
        return reopened.error();
    file = std::move(reopened.value());
    if (!kept)
        return kept.error();
    const Session restored(file->database(), clock, by);
    if (auto ok = restored.audit(u"backup.restore"_s, u"database"_s, QString(), QString(),
                                 QJsonObject{{u"file"_s, QFileInfo(source).absoluteFilePath()}, {u"kept_as"_s, *kept}});
        !ok)
        return ok.error();
    return *kept;
}

} // namespace guichet
