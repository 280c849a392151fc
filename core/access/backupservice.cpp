#include "core/access/backupservice.h"

#include "core/access/backupschedule.h"
#include "core/access/session.h"
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

} // namespace guichet
