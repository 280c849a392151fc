#include "core/access/practicefile.h"

#include "core/store/backup.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"

using namespace Qt::StringLiterals;

namespace guichet {

PracticeFile::PracticeFile(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{}

PracticeFile::~PracticeFile() = default;

Result<std::unique_ptr<PracticeFile>> PracticeFile::open(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    return std::unique_ptr<PracticeFile>(new PracticeFile(std::move(opened.value())));
}

QString PracticeFile::path() const
{
    return m_db->path();
}

QString PracticeFile::practiceName() const
{
    return m_db->setting(u"practice.name"_s);
}

QTimeZone PracticeFile::displayZone() const
{
    return PracticeRepository(*m_db).displayZone();
}

int PracticeFile::schemaVersion() const
{
    return m_db->schemaVersion();
}

bool PracticeFile::acceptsFixedClock() const
{
    return m_db->acceptsFixedClock();
}

bool PracticeFile::isForTests() const
{
    return m_db->isForTests();
}

Result<void> PracticeFile::markForTests() const
{
    return m_db->markForTests();
}

QStringList PracticeFile::integrityProblems() const
{
    return m_db->integrityProblems();
}

QStringList PracticeFile::permissionProblems() const
{
    return m_db->permissionProblems();
}

QStringList PracticeFile::lossSinceLastBackup() const
{
    return Backup::lossSinceLastBackup(*m_db);
}

QString PracticeFile::pathOf(const Database &db)
{
    return db.path();
}

Result<void> PracticeFile::checkpoint() const
{
    auto done = m_db->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (!done)
        return done.error();
    return {};
}

Result<void> PracticeFile::restrictToOwner(const QString &path)
{
    return Database::restrictToOwner(path);
}

} // namespace guichet
