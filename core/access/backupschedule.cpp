#include "core/access/backupschedule.h"

#include "core/access/session.h"
#include "core/base/timeutil.h"
#include "core/store/backup.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"
#include "core/store/practicesettings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

const QString kFolder = u"backup.folder"_s;
const QString kState = u"backup.state"_s; // JSON: last good (file, at), last failure (at, error)

QJsonObject stateOf(const Database &db)
{
    return QJsonDocument::fromJson(db.setting(kState).toUtf8()).object();
}

void saveState(const Database &db, const QJsonObject &state)
{
    (void)db.setSetting(kState, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
}

const QRegularExpression &backupName()
{
    static const QRegularExpression re(u"^guichet-(\\d{4}-\\d{2}-\\d{2})-(\\d{4})\\.db$"_s);
    return re;
}

} // namespace

BackupStatus BackupSchedule::status(const Database &db, const QDateTime &now)
{
    BackupStatus s;
    PracticeSettings settings(db);
    s.folder = db.setting(kFolder);
    s.hour = settings.backupHour();
    s.dailyKept = settings.backupDailyKept();
    s.weeklyKept = settings.backupWeeklyKept();
    const QJsonObject state = stateOf(db);
    if (state.contains(u"good_at"_s))
        s.lastGood = fromStored(qint64(state.value(u"good_at"_s).toDouble()));
    s.lastFile = state.value(u"good_file"_s).toString();
    if (state.contains(u"failed_at"_s))
        s.lastFailure = fromStored(qint64(state.value(u"failed_at"_s).toDouble()));
    s.lastError = state.value(u"error"_s).toString();
    s.missed = !s.folder.isEmpty() && (!s.lastGood.isValid() || s.lastGood.secsTo(now) > 2 * 86400);
    return s;
}

Result<BackupStatus> BackupSchedule::status(const Session &session)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return status(session.database(), session.now());
}

Result<void> BackupSchedule::setFolder(const Session &session, const QString &folder)
{
    if (auto ok = session.require(Right::RestoreBackup); !ok)
        return ok;
    const QString path = folder.trimmed();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (!info.isAbsolute())
            return Error::invalid(tr("Give the backup folder's full path (for example /srv/guichet/sauvegardes)."),
                                  u"backup.folder"_s);
        if (!info.isDir())
            return Error::invalid(tr("The folder %1 does not exist.").arg(path), u"backup.folder"_s);
        QTemporaryFile probe(QDir(path).filePath(u"guichet-probe-XXXXXX"_s));
        if (!probe.open())
            return Error::invalid(tr("Guichet cannot write in %1.").arg(path), u"backup.folder"_s);
    }
    const Database &db = session.database();
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok;
    if (auto ok = db.setSetting(kFolder, path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath()); !ok)
        return ok;
    if (auto ok =
            session.audit(u"backup.schedule"_s, u"database"_s, QString(), QString(), QJsonObject{{u"folder"_s, path}});
        !ok)
        return ok;
    return tx.commit();
}

void BackupSchedule::noteGood(const Database &db, const QString &file, const QDateTime &at)
{
    QJsonObject state = stateOf(db);
    state.insert(u"good_at"_s, double(toStored(at)));
    state.insert(u"good_file"_s, QFileInfo(file).absoluteFilePath());
    saveState(db, state);
}

Result<QString> BackupSchedule::runDue(const Database &db, const QDateTime &now)
{
    const BackupStatus s = status(db, now);
    if (s.folder.isEmpty())
        return QString();
    const QTimeZone zone = PracticeRepository(db).displayZone();
    const QDateTime local = now.toTimeZone(zone);
    // Today's backup is due once the hour has come; yesterday's still is before it, when missed.
    QDate day = local.date();
    if (local.time().hour() < s.hour)
        day = day.addDays(-1);
    const QDateTime dueFrom(day, QTime(s.hour, 0), zone);
    if (s.lastGood.isValid() && s.lastGood >= dueFrom.toUTC())
        return QString();
    // A failure is tried again after an hour, not every minute.
    if (s.lastFailure.isValid() && s.lastFailure.secsTo(now) < 3600 && s.lastFailure >= dueFrom.toUTC())
        return QString();
    const QString file = QDir(s.folder).filePath(u"guichet-"_s + local.toString(u"yyyy-MM-dd-HHmm"_s) + u".db"_s);
    if (auto ok = Backup::write(db, file); !ok) {
        QJsonObject state = stateOf(db);
        state.insert(u"failed_at"_s, double(toStored(now)));
        state.insert(u"error"_s, ok.error().message);
        saveState(db, state);
        return ok.error();
    }
    noteGood(db, file, now);
    if (auto gone = applyRetention(s.folder, s.dailyKept, s.weeklyKept); !gone)
        return gone.error();
    return file;
}

Result<QStringList> BackupSchedule::applyRetention(const QString &folder, int daily, int weekly)
{
    // The backups here, by their names (the day and time they were made, in the site's zone).
    QMap<QString, QString> latestOfDay; // yyyy-MM-dd -> file name (the latest that day)
    QStringList all;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({u"guichet-*.db"_s}, QDir::Files, QDir::Name)) {
        const auto m = backupName().match(name);
        if (!m.hasMatch() || !QFileInfo::exists(dir.filePath(Backup::manifestOf(name))))
            continue; // not one of the schedule's, or incomplete: left alone
        all << name;
        latestOfDay.insert(m.captured(1), name); // sorted by name: the last one wins
    }
    QSet<QString> keep;
    QStringList days = latestOfDay.keys();
    std::reverse(days.begin(), days.end());
    auto weekOf = [](const QString &day) -> QString {
        int weekYear = 0;
        const int week = QDate::fromString(day, Qt::ISODate).weekNumber(&weekYear);
        return QString::number(weekYear) + u'-' + QString::number(week);
    };
    // The weeks the daily backups already cover need no weekly one.
    QSet<QString> covered;
    int weeksKept = 0;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QString week = weekOf(days.at(i));
        if (i < daily) {
            keep.insert(latestOfDay.value(days.at(i)));
            covered.insert(week);
            continue;
        }
        if (covered.contains(week) || weeksKept >= weekly)
            continue;
        covered.insert(week);
        ++weeksKept;
        keep.insert(latestOfDay.value(days.at(i)));
    }
    QStringList removed;
    for (const QString &name : std::as_const(all)) {
        if (keep.contains(name))
            continue;
        // The manifest first: what is left of a half-removed backup is an incomplete one.
        if (!QFile::remove(dir.filePath(Backup::manifestOf(name))))
            return Error::io(tr("Guichet could not remove the old backup %1.").arg(name), u"backup.retention"_s);
        QFile::remove(dir.filePath(name));
        QDir(dir.filePath(Backup::vaultOf(name))).removeRecursively();
        removed << name;
    }
    return removed;
}

} // namespace guichet
