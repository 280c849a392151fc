#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace guichet {

class Database;
class Session;

// Backups that happen: the practice names a folder (setting backup.folder, set by an
// administrator, audited), an hour (backup.hour) and what is kept (backup.daily_kept,
// backup.weekly_kept). Each day after that hour, in the site's zone, the first desk whose
// housekeeping runs makes the day's backup there (guichet-YYYY-MM-DD-HHMM.db with its manifest
// and vault), one desk at a time through the housekeeping lease, then applies the retention.
struct BackupStatus
{
    QString folder; // empty: no scheduled backup
    int hour = 21;
    int dailyKept = 7;
    int weeklyKept = 4;
    QDateTime lastGood; // the last backup written whole (UTC), any kind
    QString lastFile;
    QDateTime lastFailure; // the last scheduled attempt that failed, and why
    QString lastError;
    bool missed = false; // a folder is set and no good backup for more than two days
};

class BackupSchedule final
{
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)
public:
    static BackupStatus status(const Database &db, const QDateTime &now);
    static Result<BackupStatus> status(const Session &session);
    // The folder (absolute, existing, writable); empty stops the scheduled backups.
    static Result<void> setFolder(const Session &session, const QString &folder);
    // The housekeeping's piece: the day's backup when it is due. Returns the file made, or empty.
    static Result<QString> runDue(const Database &db, const QDateTime &now);
    // Keeps the latest backup of each of the last `daily` days that have one, and of each of the
    // `weekly` weeks before; removes the others (database, manifest, vault). Returns what went.
    static Result<QStringList> applyRetention(const QString &folder, int daily, int weekly);
    // Records a backup written whole (any kind: scheduled, `backup`, the desktop's).
    static void noteGood(const Database &db, const QString &file, const QDateTime &at);
};

} // namespace guichet
