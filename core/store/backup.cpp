#include "core/store/backup.h"

#include "core/base/testcrash.h"
#include "core/base/uuid.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// What is on disk stays on disk if the power goes right after.
bool flush(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(f.handle()) == 0;
#else
    return true;
#endif
}

std::optional<QByteArray> sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return std::nullopt;
    return hash.result().toHex();
}

struct Counts
{
    qint64 patients = -1;
    qint64 appointments = -1;
    qint64 documents = -1;
    QString databaseId;
};

// The counts and the id of a database, read on `connection`.
Counts countsWith(const QSqlDatabase &connection)
{
    Counts c;
    QSqlQuery q(connection);
    auto count = [&q](const QString &table) -> qint64 {
        return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
    };
    c.patients = count(u"patients"_s);
    c.appointments = count(u"appointments"_s);
    c.documents = count(u"documents"_s);
    if (q.exec(u"SELECT value FROM settings WHERE key = 'database.id'"_s) && q.next())
        c.databaseId = q.value(0).toString();
    return c;
}

// Read-only counts of a database file, on a connection of its own (the file is not migrated
// nor changed). Empty id and -1 counts when it cannot be read.
Counts countsOf(const QString &path)
{
    Counts c;
    const QString name = u"guichet-backup-"_s + newUuid();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open())
            c = countsWith(db);
    }
    QSqlDatabase::removeDatabase(name);
    return c;
}

void removeAll(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (QFileInfo(p).isDir())
            QDir(p).removeRecursively();
        else
            QFile::remove(p);
    }
}

Error refused(const QString &message, const QString &rule)
{
    // Exit 2 on the command line: the backup given is not one to restore.
    return Error::invalid(message, u"restore."_s + rule);
}

} // namespace

Result<void> Backup::write(const Database &db, const QString &file)
{
    const QString vault = vaultOf(file);
    const QString manifest = manifestOf(file);
    for (const QString &p : {file, vault, manifest})
        if (QFileInfo::exists(p))
            return Error::invalid(tr("\"%1\" already exists; choose a new file name for the backup.").arg(p),
                                  u"backup.exists"_s);
    const QString partial = file + u".partial"_s;
    const QString partialVault = vault + u".partial"_s;
    removeAll({partial, partialVault});
    auto fail = [&](const QString &message) {
        removeAll({partial, partialVault});
        return Error::io(message);
    };

    // A consistent snapshot while desks keep working.
    QSqlQuery q(db.connection());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(partial);
    if (!q.exec())
        return fail(tr("The backup to \"%1\" failed: %2").arg(file, q.lastError().text()));
    if (!Database::restrictToOwner(partial) || !flush(partial))
        return fail(tr("The backup \"%1\" could not be written to disk.").arg(file));
    crashPointForTests("backup.after-database");
    const auto dbHash = sha256Of(partial);
    if (!dbHash)
        return fail(tr("The backup \"%1\" could not be read back.").arg(file));
    const Counts counts = countsOf(partial);

    // The document vault: sealed files, named by content, never changed once written.
    QJsonArray files;
    const QDir source(db.path() + u".vault"_s);
    if (!QDir().mkpath(partialVault) || !Database::restrictToOwner(partialVault))
        return fail(tr("The documents could not be copied beside the backup (%1).").arg(vault));
    if (source.exists()) {
        for (const QString &name : source.entryList(QDir::Files)) {
            const QString to = QDir(partialVault).filePath(name);
            if (!QFile::copy(source.filePath(name), to) || !Database::restrictToOwner(to) || !flush(to))
                return fail(tr("The documents could not be copied beside the backup (%1).").arg(name));
            const auto hash = sha256Of(to);
            if (!hash)
                return fail(tr("The documents could not be copied beside the backup (%1).").arg(name));
            files << QJsonObject{
                {u"name"_s, name}, {u"sha256"_s, QString::fromLatin1(*hash)}, {u"size"_s, QFileInfo(to).size()}};
            crashPointForTests("backup.vault-file", int(files.size()));
        }
    }

    const QJsonObject m{
        {u"format"_s, FormatVersion},
        {u"database_id"_s, counts.databaseId},
        {u"schema_version"_s, db.schemaVersion()},
        {u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"database"_s,
         QJsonObject{{u"sha256"_s, QString::fromLatin1(*dbHash)}, {u"size"_s, QFileInfo(partial).size()}}},
        {u"vault"_s, files},
        {u"counts"_s,
         QJsonObject{{u"patients"_s, counts.patients},
                     {u"appointments"_s, counts.appointments},
                     {u"documents"_s, counts.documents}}},
    };
    // In place, the manifest last: until it is there, the backup is incomplete and refused.
    crashPointForTests("backup.before-rename");
    if (!QDir().rename(partialVault, vault))
        return fail(tr("The backup \"%1\" could not be put in place.").arg(file));
    crashPointForTests("backup.between-renames");
    if (!QFile::rename(partial, file)) {
        removeAll({vault});
        return fail(tr("The backup \"%1\" could not be put in place.").arg(file));
    }
    crashPointForTests("backup.before-manifest");
    QSaveFile out(manifest);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(m).toJson()) < 0 || !out.commit()
        || !Database::restrictToOwner(manifest) || !flush(manifest)) {
        removeAll({file, vault, manifest});
        return Error::io(tr("The backup \"%1\" could not be completed (its manifest).").arg(file));
    }
    // What the last good backup held: `check` compares the database with it.
    QJsonObject last = m.value(u"counts"_s).toObject();
    last[u"file"_s] = QFileInfo(file).absoluteFilePath();
    last[u"at"_s] = m.value(u"created_at"_s);
    (void)db.setSetting(u"backup.last"_s, QString::fromUtf8(QJsonDocument(last).toJson(QJsonDocument::Compact)));
    return {};
}

QStringList Backup::lossSinceLastBackup(const Database &db)
{
    const QJsonObject last = QJsonDocument::fromJson(db.setting(u"backup.last"_s).toUtf8()).object();
    if (last.isEmpty())
        return {};
    const Counts now = countsWith(db.connection());
    const QDateTime at = QDateTime::fromString(last.value(u"at"_s).toString(), Qt::ISODate);
    QStringList out;
    const QList<std::tuple<QString, qint64, QString>> counts{
        {u"patients"_s, now.patients, tr("patients")},
        {u"appointments"_s, now.appointments, tr("appointments")},
        {u"documents"_s, now.documents, tr("documents")},
    };
    for (const auto &[key, current, label] : counts) {
        const qint64 before = last.value(key).toInteger();
        if (before > 0 && current >= 0 && current * 2 < before)
            out << tr("The database holds %1 %2; the last backup (%3, %4) held %5. Records were lost: restore "
                      "that backup, or find out why.")
                       .arg(current)
                       .arg(label,
                            QLocale().toString(at.toTimeZone(PracticeRepository(db).displayZone()),
                                               QLocale::ShortFormat),
                            last.value(u"file"_s).toString())
                       .arg(before);
    }
    return out;
}

Result<QString> Backup::restore(const QString &target, const QString &source, const QString &stamp)
{
    if (!QFileInfo::exists(source))
        return refused(tr("The backup \"%1\" does not exist.").arg(source), u"missing"_s);
    // 1. The manifest: without it the backup was never finished (or comes from an older Guichet).
    QFile manifestFile(manifestOf(source));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return refused(tr("The backup \"%1\" is incomplete: its manifest (%2) is missing. It was interrupted, or "
                          "copied without it; nothing was changed.")
                           .arg(source, QFileInfo(manifestOf(source)).fileName()),
                       u"incomplete"_s);
    const QJsonObject m = QJsonDocument::fromJson(manifestFile.read(1024 * 1024 * 64)).object();
    if (m.value(u"format"_s).toInt() != FormatVersion)
        return refused(tr("The manifest of the backup \"%1\" is damaged or of an unknown format; nothing was changed.")
                           .arg(source),
                       u"manifest"_s);
    // 2. Every byte as it was written.
    const QJsonObject dbEntry = m.value(u"database"_s).toObject();
    if (QFileInfo(source).size() != dbEntry.value(u"size"_s).toInteger()
        || sha256Of(source).value_or(QByteArray()) != dbEntry.value(u"sha256"_s).toString().toLatin1())
        return refused(tr("The backup \"%1\" is not the file that was written (truncated or altered); nothing was "
                          "changed.")
                           .arg(source),
                       u"altered"_s);
    const QDir backupVault(vaultOf(source));
    const QJsonArray files = m.value(u"vault"_s).toArray();
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        const QString name = f.value(u"name"_s).toString();
        if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\') || name.startsWith(u'.'))
            return refused(tr("The manifest of the backup \"%1\" is damaged; nothing was changed.").arg(source),
                           u"manifest"_s);
        const QString path = backupVault.filePath(name);
        if (!QFileInfo::exists(path))
            return refused(tr("The backup \"%1\" is incomplete: the document file %2 is missing; nothing was changed.")
                               .arg(source, name),
                           u"incomplete"_s);
        if (sha256Of(path).value_or(QByteArray()) != f.value(u"sha256"_s).toString().toLatin1())
            return refused(
                tr("The document file %1 of the backup \"%2\" was altered; nothing was changed.").arg(name, source),
                u"altered"_s);
    }
    // 3. This practice's backup (a new computer has no database yet).
    const QString backupId = m.value(u"database_id"_s).toString();
    if (QFileInfo::exists(target)) {
        const QString currentId = countsOf(target).databaseId;
        if (!currentId.isEmpty() && currentId != backupId)
            return refused(tr("The backup \"%1\" is another practice's (or another database's): it would replace this "
                              "practice's records. Nothing was changed.")
                               .arg(source),
                           u"other-practice"_s);
    }

    // 4. A staged copy, opened (a newer schema is refused, an older one migrated), sound, counted.
    const QString staging = target + u".restoring"_s;
    const QString stagingVault = vaultOf(staging);
    removeAll({staging, staging + u"-wal"_s, staging + u"-shm"_s, stagingVault});
    auto fail = [&](const Error &e) {
        removeAll({staging, staging + u"-wal"_s, staging + u"-shm"_s, stagingVault});
        return e;
    };
    if (!QFile::copy(source, staging) || !Database::restrictToOwner(staging))
        return fail(Error::io(tr("The backup could not be copied next to the database; nothing was changed.")));
    const QJsonObject counted = m.value(u"counts"_s).toObject();
    {
        const Counts before = countsOf(staging);
        if (before.patients != counted.value(u"patients"_s).toInteger()
            || before.appointments != counted.value(u"appointments"_s).toInteger()
            || before.documents != counted.value(u"documents"_s).toInteger())
            return fail(refused(
                tr("The backup \"%1\" does not hold what its manifest counts; nothing was changed.").arg(source),
                u"counts"_s));
        if (before.documents != files.size())
            return fail(refused(tr("The backup \"%1\" is incomplete: %2 documents are recorded but %3 document files "
                                   "were saved; nothing was changed.")
                                    .arg(source)
                                    .arg(before.documents)
                                    .arg(files.size()),
                                u"incomplete"_s));
        auto staged = Database::open(staging);
        if (!staged)
            return fail(refused(staged.error().message, staged.error().rule.section(u'.', -1)));
        const QStringList problems = (*staged)->integrityProblems();
        if (!problems.isEmpty())
            return fail(refused(tr("The backup is damaged: %1").arg(problems.first()), u"damaged"_s));
        // Fold the WAL back into the file so the staged copy stands alone.
        (void)(*staged)->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    QFile::remove(staging + u"-wal"_s);
    QFile::remove(staging + u"-shm"_s);
    if (!QDir().mkpath(stagingVault) || !Database::restrictToOwner(stagingVault))
        return fail(Error::io(tr("The documents could not be copied back; nothing was changed.")));
    for (const QJsonValue &v : files) {
        const QString name = v.toObject().value(u"name"_s).toString();
        const QString to = QDir(stagingVault).filePath(name);
        if (!QFile::copy(backupVault.filePath(name), to) || !Database::restrictToOwner(to))
            return fail(Error::io(tr("The document %1 could not be copied back; nothing was changed.").arg(name)));
    }

    crashPointForTests("restore.staged");
    // 5. The swap, journalled: a marker beside the database names where the current one goes; from
    //    then on the restore only goes forward (the staged copy is verified), and one interrupted
    //    here is finished when the database is next opened.
    const QString keptAs = QFileInfo::exists(target) ? target + u".before-restore-"_s + stamp : QString();
    {
        QSaveFile marker(pendingOf(target));
        if (!marker.open(QIODevice::WriteOnly)
            || marker.write(QJsonDocument(QJsonObject{{u"kept"_s, keptAs}}).toJson(QJsonDocument::Compact)) < 0
            || !marker.commit() || !flush(pendingOf(target)))
            return fail(Error::io(tr("The restore could not be prepared next to the database; nothing was changed.")));
    }
    if (auto done = finishInterruptedRestore(target); !done)
        return done.error();
    return keptAs;
}

Result<bool> Backup::finishInterruptedRestore(const QString &target)
{
    const QString pending = pendingOf(target);
    QFile markerFile(pending);
    if (!markerFile.exists())
        return false;
    if (!markerFile.open(QIODevice::ReadOnly))
        return Error::io(tr("An interrupted restore of %1 could not be read (%2).").arg(target, pending));
    const QString keptAs = QJsonDocument::fromJson(markerFile.readAll()).object().value(u"kept"_s).toString();
    markerFile.close();
    const QString staging = target + u".restoring"_s;
    const QString stagingVault = vaultOf(staging);
    const QString vault = vaultOf(target);
    auto stuck = [&] {
        return Error::io(tr("The restore of %1 could not be finished; it will be tried again when Guichet next "
                            "opens this database. Nothing is lost: the previous database is %2.")
                             .arg(target, keptAs.isEmpty() ? tr("(none)") : keptAs));
    };
    // Each step once, whatever was done before the interruption.
    if (QFileInfo::exists(staging) && QFileInfo::exists(target) && !keptAs.isEmpty() && !QFileInfo::exists(keptAs)) {
        for (const auto &suffix : {u"-wal"_s, u"-shm"_s})
            if (QFileInfo::exists(target + suffix))
                QFile::rename(target + suffix, keptAs + suffix);
        if (!QFile::rename(target, keptAs))
            return stuck();
    }
    crashPointForTests("restore.swap", 1);
    if (QFileInfo::exists(stagingVault)) {
        if (QFileInfo::exists(vault)) {
            if (!keptAs.isEmpty() && !QFileInfo::exists(vaultOf(keptAs))) {
                if (!QDir().rename(vault, vaultOf(keptAs)))
                    return stuck();
            } else {
                QDir(vault).removeRecursively(); // documents of no database
            }
        }
        crashPointForTests("restore.swap", 2);
        if (!QDir().rename(stagingVault, vault))
            return stuck();
    }
    crashPointForTests("restore.swap", 3);
    if (QFileInfo::exists(staging)) {
        if (QFileInfo::exists(target) && !QFile::remove(target))
            return stuck();
        if (!QFile::rename(staging, target))
            return stuck();
    }
    crashPointForTests("restore.swap", 4);
    QFile::remove(pending);
    return true;
}

} // namespace guichet
