#pragma once

#include "core/base/result.h"

#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace guichet {

class Database;

// An open practice database as app/, ui/ and cli/ hold it: opened (created and migrated when
// new), owned and closed. The Database itself is core/store's: outside core it is only handed
// to sign-in and to the Session, never read or written directly.
class PracticeFile final
{
public:
    // A file that is not a Guichet database, or one of a newer Guichet, is refused untouched.
    static Result<std::unique_ptr<PracticeFile>> open(const QString &path);
    ~PracticeFile();
    PracticeFile(const PracticeFile &) = delete;
    PracticeFile &operator=(const PracticeFile &) = delete;

    const Database &database() const { return *m_db; }
    QString path() const;
    // The practice's name as set up ("" before the setup assistant ran).
    QString practiceName() const;
    // The zone times are shown in (the first site's).
    QTimeZone displayZone() const;
    // A demo clinic or a database created for tests: the only ones whose clock may be fixed.
    int schemaVersion() const;
    bool acceptsFixedClock() const;
    bool isForTests() const;
    Result<void> markForTests() const;
    // Empty when sound; otherwise one line per problem.
    QStringList integrityProblems() const;
    // The files of the database other local accounts may read or write, one line each.
    QStringList permissionProblems() const;
    // Counts that fell below half of what the last backup held, one line each.
    QStringList lossSinceLastBackup() const;
    // A file 0600, a folder 0700.
    // Writes the write-ahead log into the file (before the file is closed and replaced).
    Result<void> checkpoint() const;
    static Result<void> restrictToOwner(const QString &path);
    // The file of an open database (the sign-in dialog names it).
    static QString pathOf(const Database &db);

private:
    explicit PracticeFile(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};

} // namespace guichet
