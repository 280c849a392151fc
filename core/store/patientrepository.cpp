#include "core/store/patientrepository.h"

#include "core/base/timeutil.h"
#include "core/domain/matching.h"
#include "core/domain/names.h"
#include "core/store/database.h"
#include "core/store/fastrows.h"
#include "core/store/migrations.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <iterator>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace guichet {

Q_LOGGING_CATEGORY(lcBulk, "guichet.bulk", QtInfoMsg)

namespace {

const QString kColumns = u"id, birth_name, first_names, birth_date, sex, birth_place_code, usage_name, "
                         "used_first_name, address, postcode, city, country, mobile_phone, other_phone, email, "
                         "treating_physician, medication, niss, nir, identity_status, deceased, homonym, doubtful, "
                         "notify_sms, notify_email, language, holder_id, relationship, origin, active, replaced_by, "
                         "created_at, updated_at, server_id, version, search_text, external_id"_s;

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariantList values(const Patient &p)
{
    return {p.id,
            p.birthName,
            p.firstNames,
            p.birth().toIso(),
            sexCode(p.sex),
            p.birthPlaceCode,
            p.usageName,
            p.usedFirstName,
            p.address,
            p.postcode,
            p.city,
            p.country,
            p.mobilePhone,
            p.otherPhone,
            p.email,
            p.treatingPhysician,
            p.medication,
            p.niss,
            p.nir,
            IdentityStatuses::code(p.identityStatus),
            p.deceased,
            p.homonym,
            p.doubtful,
            p.notifySms,
            p.notifyEmail,
            p.language,
            nullable(p.holderId),
            p.relationship,
            PatientOrigins::code(p.origin),
            p.active,
            nullable(p.replacedBy),
            toStored(p.createdAt),
            toStored(p.updatedAt),
            nullable(p.serverId),
            nullable(p.version),
            PatientRepository::searchText(p),
            p.externalId};
}

// A QSqlQuery or a Lookup positioned on a row.
template <typename Row>
Patient readPatient(const Row &q)
{
    Patient p;
    int i = 0;
    p.id = q.value(i++).toString();
    p.birthName = q.value(i++).toString();
    p.firstNames = q.value(i++).toString();
    p.setBirth(PartialDate::fromIso(q.value(i++).toString()));
    p.sex = sexFromCode(q.value(i++).toString());
    p.birthPlaceCode = q.value(i++).toString();
    p.usageName = q.value(i++).toString();
    p.usedFirstName = q.value(i++).toString();
    p.address = q.value(i++).toString();
    p.postcode = q.value(i++).toString();
    p.city = q.value(i++).toString();
    p.country = q.value(i++).toString();
    p.mobilePhone = q.value(i++).toString();
    p.otherPhone = q.value(i++).toString();
    p.email = q.value(i++).toString();
    p.treatingPhysician = q.value(i++).toString();
    p.medication = q.value(i++).toString();
    p.niss = q.value(i++).toString();
    p.nir = q.value(i++).toString();
    p.identityStatus = IdentityStatuses::fromCode(q.value(i++).toString()).value_or(IdentityStatus::Provisional);
    p.deceased = q.value(i++).toBool();
    p.homonym = q.value(i++).toBool();
    p.doubtful = q.value(i++).toBool();
    p.notifySms = q.value(i++).toBool();
    p.notifyEmail = q.value(i++).toBool();
    p.language = q.value(i++).toString();
    p.holderId = q.value(i++).toString();
    p.relationship = q.value(i++).toString();
    p.origin = PatientOrigins::fromCode(q.value(i++).toString()).value_or(PatientOrigin::Desk);
    p.active = q.value(i++).toBool();
    p.replacedBy = q.value(i++).toString();
    p.createdAt = fromStored(q.value(i++).toLongLong());
    p.updatedAt = fromStored(q.value(i++).toLongLong());
    p.serverId = q.value(i++).toString();
    p.version = q.value(i++).toString();
    ++i; // search_text
    p.externalId = q.value(i++).toString();
    return p;
}

QList<Patient> readAll(QSqlQuery &q)
{
    QList<Patient> out;
    while (q.next())
        out << readPatient(q);
    return out;
}

// Cores to make `count` rows on: one for a few, up to eight for many.
unsigned coresFor(size_t count)
{
    return count < 1000 ? 1u : std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
}

// work(worker, from, to) over [0, count), one slice per worker, all joined on return.
template <typename Work>
void inSlices(size_t count, unsigned workers, const Work &work)
{
    std::vector<std::jthread> threads;
    const size_t slice = (count + workers - 1) / workers;
    for (unsigned w = 0; w < workers; ++w) {
        const size_t from = std::min(count, w * slice);
        const size_t to = std::min(count, from + slice);
        threads.emplace_back([&work, w, from, to] { work(w, from, to); });
    }
}

// "+33612345678" -> "33612345678": the international digits (a national form typed is
// looked for under the country codes, see matchExpression).
QString phoneTokens(const QString &e164)
{
    return e164.mid(1);
}

} // namespace

QString PatientRepository::searchText(const Patient &p)
{
    QStringList parts;
    parts << Names::fold(p.birthName) << Names::fold(p.usageName) << Names::fold(p.firstNames)
          << Names::fold(p.usedFirstName);
    if (p.birthDate.isValid() && p.birthPrecision != DatePrecision::Day) {
        parts << QString::number(p.birthDate.year()); // a partial date is found by its year
    } else if (p.birthDate.isValid() && p.birthDate.year() > 0 && p.birthDate.year() < 10000) {
        // ddMMyyyy, written digit by digit: QDate's format parser costs a million-row import seconds.
        const int d = p.birthDate.day();
        const int m = p.birthDate.month();
        const int y = p.birthDate.year();
        const char16_t text[8] = {char16_t(u'0' + d / 10),      char16_t(u'0' + d % 10),
                                  char16_t(u'0' + m / 10),      char16_t(u'0' + m % 10),
                                  char16_t(u'0' + y / 1000),    char16_t(u'0' + y / 100 % 10),
                                  char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10)};
        parts << QString(reinterpret_cast<const QChar *>(text), 8);
    }
    parts << phoneTokens(p.mobilePhone) << phoneTokens(p.otherPhone) << p.niss << p.nir.toLower();
    parts.removeAll(QString());
    return parts.join(u' ');
}

PatientRepository::Row PatientRepository::prepare(const Patient &patient)
{
    // Few blocks per row: a million rows are made on some threads and freed on another.
    Row row;
    row.id = patient.id;
    const QVariantList columns = values(patient);
    row.values.resize(size_t(columns.size()));
    row.text.reserve(256);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant &v = columns.at(i);
        Row::Value &out = row.values[size_t(i)];
        if (v.isNull()) {
            out.kind = Row::Value::Null;
        } else if (v.typeId() == QMetaType::QString) {
            const QString &string = *static_cast<const QString *>(v.constData());
            out.kind = Row::Value::Text;
            out.number = row.text.size();
            bool ascii = true;
            for (const QChar c : string)
                ascii = ascii && c.unicode() < 0x80;
            if (ascii) {
                for (const QChar c : string)
                    row.text.append(char(c.unicode()));
            } else {
                row.text.append(string.toUtf8());
            }
            out.size = qint32(row.text.size() - out.number);
        } else {
            out.kind = Row::Value::Integer;
            out.number = v.toLongLong();
        }
    }
    row.keys = identityKeys(patient);
    return row;
}

qint64 PatientRepository::rowidOf(const QString &id) const
{
    auto row = m_db.exec(u"SELECT rowid FROM patients WHERE id = ?"_s, {id});
    return row && row->next() ? row->value(0).toLongLong() : 0;
}

Result<void> PatientRepository::insert(const Patient &patient)
{
    const QString placeholders = QStringList(37, u"?"_s).join(u", "_s);
    auto r = m_db.exec(u"INSERT INTO patients("_s + kColumns + u") VALUES ("_s + placeholders + u')', values(patient));
    if (!r)
        return r.error();
    return replaceKeys(m_db.lastInsertRowid(), {}, identityKeys(patient));
}

qint64 PatientRepository::keyHash(const QString &key)
{
    // FNV-1a over the UTF-16 units: stable across Qt versions, unlike qHash.
    quint64 h = 14695981039346656037ULL;
    for (const QChar c : key) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return qint64(h);
}

std::vector<qint64> PatientRepository::identityKeys(const Patient &patient)
{
    std::vector<qint64> out;
    for (const QString &key : IdentityRecord::from(patient).keys())
        out.push_back(keyHash(key));
    // Two keys of one record may share a hash: the pair is stored once.
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Result<void> PatientRepository::replaceKeys(qint64 rowid, const std::vector<qint64> &before,
                                            const std::vector<qint64> &after)
{
    std::vector<qint64> gone;
    std::vector<qint64> added;
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(gone));
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(added));
    for (const auto &[sql, keys] :
         {std::pair{u"DELETE FROM patient_keys WHERE key = ? AND patient_rowid = ?"_s, &gone},
          std::pair{u"INSERT OR IGNORE INTO patient_keys(key, patient_rowid) VALUES (?, ?)"_s, &added}}) {
        if (keys->empty())
            continue;
        FastRows q(m_db, sql);
        for (const qint64 key : *keys) {
            q.reset();
            q.bind(0, key);
            q.bind(1, rowid);
            if (!q.exec())
                return Error::io(q.error());
        }
    }
    return {};
}

Result<void> PatientRepository::rekey(const Patient &before, const Patient &after)
{
    const qint64 rowid = rowidOf(after.id);
    if (rowid == 0)
        return Error::notFound(Database::tr("No patient has the identifier %1.").arg(after.id));
    return replaceKeys(rowid, identityKeys(before), identityKeys(after));
}

Result<void> PatientRepository::writeSortedKeys(std::vector<std::pair<qint64, qint64>> &keys)
{
    // In key order: each page of the clustered table is filled once.
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    if (const QString error = FastRows::insertPairs(m_db, u"patient_keys"_s, u"key"_s, u"patient_rowid"_s, keys);
        !error.isEmpty())
        return Error::io(error);
    keys = {};
    return {};
}

Result<void> PatientRepository::rebuildKeys()
{
    if (auto r = m_db.exec(u"DELETE FROM patient_keys"_s); !r)
        return r.error();
    // Every record read in one pass, keyed on every core, then sorted and written in order.
    QElapsedTimer timer;
    timer.start();
    std::vector<std::pair<qint64, Patient>> records;
    {
        FastRows q(m_db,
                   u"SELECT rowid, birth_name, first_names, birth_date, usage_name, used_first_name, "
                   "mobile_phone, other_phone, niss, nir FROM patients"_s);
        while (q.next()) {
            Patient p;
            p.birthName = q.string(1);
            p.firstNames = q.string(2);
            p.setBirth(PartialDate::fromIso(q.string(3)));
            p.usageName = q.string(4);
            p.usedFirstName = q.string(5);
            p.mobilePhone = q.string(6);
            p.otherPhone = q.string(7);
            p.niss = q.string(8);
            p.nir = q.string(9);
            records.emplace_back(q.int64(0), std::move(p));
        }
    }
    const unsigned workers = coresFor(records.size());
    std::vector<std::vector<std::pair<qint64, qint64>>> parts(workers);
    inSlices(records.size(), workers, [&](unsigned w, size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            for (const qint64 key : identityKeys(records[i].second))
                parts[w].emplace_back(key, records[i].first);
        }
    });
    qCDebug(lcBulk, "keys: read and computed %lld ms", qint64(timer.elapsed()));
    records.clear();
    std::vector<std::pair<qint64, qint64>> keys;
    for (auto &part : parts) {
        keys.insert(keys.end(), part.begin(), part.end());
        part = {};
    }
    return writeSortedKeys(keys);
}

Result<void> PatientRepository::insertMany(const QList<Patient> &patients)
{
    // The values (folded search text, keys) are made on every core; SQLite writes them in order.
    std::vector<Row> rows(size_t(patients.size()));
    inSlices(rows.size(), coresFor(rows.size()), [&](unsigned, size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            rows[i] = prepare(patients.at(qsizetype(i)));
    });
    return insertMany(rows);
}

Result<void> PatientRepository::insertMany(const std::vector<Row> &rows)
{
    // One prepared statement on SQLite itself (imports and demos write a million rows).
    const QString placeholders = QStringList(37, u"?"_s).join(u", "_s);
    FastRows q(m_db, u"INSERT INTO patients("_s + kColumns + u") VALUES ("_s + placeholders + u')');
    for (const Row &row : rows) {
        q.reset();
        for (size_t i = 0; i < row.values.size(); ++i) {
            const Row::Value &v = row.values[i];
            if (v.kind == Row::Value::Text) // `rows` outlives the statement
                q.bindUtf8View(int(i), QByteArrayView(row.text.constData() + v.number, v.size));
            else if (v.kind == Row::Value::Integer)
                q.bind(int(i), v.number);
            else
                q.bindNull(int(i));
        }
        if (!q.exec())
            return Error::io(Database::tr("The patient %1 could not be written: %2").arg(row.id, q.error()));
        const qint64 rowid = q.lastInsertRowid();
        if (m_bulk || m_deferKeys) {
            // Written in one pass, in key order, by rebuildSearchIndex or writeDeferredKeys.
            for (const qint64 key : row.keys)
                m_bulkKeys.emplace_back(key, rowid);
        } else if (auto ok = replaceKeys(rowid, {}, row.keys); !ok) {
            return ok;
        }
    }
    if (m_searchSuspended) {
        if (auto ok = indexBulkRows(); !ok)
            return ok;
        return recordSuspended();
    }
    return m_bulk ? indexBulkRows() : Result<void>{};
}

Result<void> PatientRepository::indexBulkRows()
{
    // The rows written since the last call, in one statement (what the trigger does row by row):
    // an import fills the search index slice by slice while its next rows are checked.
    auto last = m_db.exec(u"SELECT coalesce(max(rowid), 0) FROM patients"_s);
    if (!last)
        return last.error();
    const qint64 upTo = last->next() ? last->value(0).toLongLong() : 0;
    if (auto r = m_db.exec(u"INSERT INTO patient_search(rowid, search_text) SELECT rowid, search_text FROM patients "
                           "WHERE rowid > ? AND rowid <= ?"_s,
                           {m_bulkIndexed, upTo});
        !r)
        return r.error();
    m_bulkIndexed = upTo;
    return {};
}

Result<void> PatientRepository::suspendSearchIndex()
{
    m_bulk = true; // the duplicate finder's keys too are written in one pass at the end
    m_bulkKeys.clear();
    // A large page cache while a million rows go in: index pages stay in memory.
    if (auto r = m_db.exec(u"PRAGMA cache_size=-262144"_s); !r)
        return r.error();
    {
        auto last = m_db.exec(u"SELECT coalesce(max(rowid), 0) FROM patients"_s);
        m_bulkIndexed = last && last->next() ? last->value(0).toLongLong() : 0;
    }
    // Secondary indexes are built again once, sorted, after the load: far cheaper than
    // keeping them in order row by row. Unique ones stay (they guard the data).
    m_droppedIndexes.clear();
    QStringList names;
    {
        auto indexes = m_db.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                 "AND tbl_name IN ('patients', 'patient_keys') AND sql NOT LIKE 'CREATE UNIQUE%'"_s);
        if (!indexes)
            return indexes.error();
        while (indexes->next()) {
            names << indexes->value(0).toString();
            m_droppedIndexes << indexes->value(1).toString();
        }
    } // the statement ends before the schema changes
    for (const QString &name : std::as_const(names)) {
        if (auto r = m_db.exec(u"DROP INDEX \""_s + name + u'"'); !r)
            return r.error();
    }
    auto r = m_db.exec(u"DROP TRIGGER IF EXISTS patients_search_insert"_s);
    if (!r)
        return r.error();
    return {};
}

Result<void> PatientRepository::recordSuspended()
{
    const QString until = QDateTime::currentDateTimeUtc().addSecs(KeysPendingLeaseSecs).toString(Qt::ISODate);
    if (auto r = m_db.exec(u"INSERT INTO meta(key, value) VALUES ('search_trigger_suspended', ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                           {QString(until + u"|"_s + QString::number(m_bulkIndexed))});
        !r)
        return r.error();
    return {};
}

Result<void> PatientRepository::suspendSearchTrigger()
{
    auto last = m_db.exec(u"SELECT coalesce(max(rowid), 0) FROM patients"_s);
    if (!last)
        return last.error();
    m_bulkIndexed = last->next() ? last->value(0).toLongLong() : 0;
    if (auto r = m_db.exec(u"DROP TRIGGER IF EXISTS patients_search_insert"_s); !r)
        return r.error();
    m_searchSuspended = true;
    return recordSuspended();
}

Result<void> PatientRepository::resumeSearchTrigger()
{
    // The rows written since the last chunk (another desk's, meanwhile), then the trigger again.
    if (auto ok = indexBulkRows(); !ok)
        return ok;
    if (auto r = m_db.exec(u"DROP TRIGGER IF EXISTS patients_search_insert"_s); !r)
        return r.error();
    if (auto r = m_db.exec(patientSearchInsertTrigger()); !r)
        return r.error();
    if (auto r = m_db.exec(u"DELETE FROM meta WHERE key = 'search_trigger_suspended'"_s); !r)
        return r.error();
    m_searchSuspended = false;
    return {};
}

Result<void> PatientRepository::finishInterruptedImport(const Database &db)
{
    auto r = db.exec(u"SELECT value FROM meta WHERE key = 'search_trigger_suspended'"_s);
    if (!r)
        return r.error();
    if (!r->next())
        return {};
    const QString value = r->value(0).toString();
    if (QDateTime::fromString(value.section(u'|', 0, 0), Qt::ISODate) >= QDateTime::currentDateTimeUtc())
        return {}; // an import under way on another desk: it finishes its own
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok;
    PatientRepository repository(db);
    repository.m_bulkIndexed = value.section(u'|', 1, 1).toLongLong();
    if (auto ok = repository.resumeSearchTrigger(); !ok)
        return ok;
    return tx.commit();
}

void PatientRepository::deferKeys()
{
    m_deferKeys = true;
    m_deferredWritten = 0;
    m_bulkKeys.clear();
}

Result<void> PatientRepository::markKeysPending(const Database &db)
{
    // A lease: an import renews it with each chunk; one older than this was cut short.
    const QString until = QDateTime::currentDateTimeUtc().addSecs(KeysPendingLeaseSecs).toString(Qt::ISODate);
    if (auto r = db.exec(u"INSERT INTO meta(key, value) VALUES ('identity_keys_pending', ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                         {until});
        !r)
        return r.error();
    return {};
}

Result<bool> PatientRepository::writeDeferredKeys(size_t count)
{
    if (m_deferredWritten == 0) {
        std::sort(m_bulkKeys.begin(), m_bulkKeys.end());
        m_bulkKeys.erase(std::unique(m_bulkKeys.begin(), m_bulkKeys.end()), m_bulkKeys.end());
    }
    const size_t from = std::min(m_deferredWritten, m_bulkKeys.size());
    const size_t to = std::min(m_bulkKeys.size(), from + count);
    const std::vector<std::pair<qint64, qint64>> part(m_bulkKeys.begin() + qsizetype(from),
                                                      m_bulkKeys.begin() + qsizetype(to));
    if (const QString error = FastRows::insertPairs(m_db, u"patient_keys"_s, u"key"_s, u"patient_rowid"_s, part);
        !error.isEmpty())
        return Error::io(error);
    m_deferredWritten = to;
    if (to < m_bulkKeys.size()) {
        if (auto ok = markKeysPending(m_db); !ok)
            return ok.error();
        return false;
    }
    if (auto r = m_db.exec(u"DELETE FROM meta WHERE key = 'identity_keys_pending'"_s); !r)
        return r.error();
    m_bulkKeys = {};
    m_deferKeys = false;
    return true;
}

Result<void> PatientRepository::rebuildSearchIndex()
{
    QElapsedTimer timer;
    timer.start();
    if (auto ok = indexBulkRows(); !ok) // the rows added since the last insertMany (none, usually)
        return ok;
    if (auto r = m_db.exec(u"DROP TRIGGER IF EXISTS patients_search_insert"_s); !r)
        return r.error();
    if (auto r = m_db.exec(patientSearchInsertTrigger()); !r)
        return r.error();
    m_bulk = false;
    qCDebug(lcBulk, "search index %lld ms", qint64(timer.elapsed()));
    if (auto ok = writeSortedKeys(m_bulkKeys); !ok)
        return ok;
    qCDebug(lcBulk, "identity keys %lld ms", qint64(timer.elapsed()));
    for (const QString &sql : std::as_const(m_droppedIndexes)) {
        if (auto r = m_db.exec(sql); !r)
            return r.error();
    }
    qCDebug(lcBulk, "indexes %lld ms", qint64(timer.elapsed()));
    m_droppedIndexes.clear();
    if (auto r = m_db.exec(u"PRAGMA cache_size=-16384"_s); !r)
        return r.error();
    return {};
}

Result<void> PatientRepository::update(const Patient &patient)
{
    // The keys the stored record has, to replace them with the new record's.
    auto before = byId(patient.id);
    if (!before)
        return before.error();
    QStringList assignments;
    const QStringList columns = kColumns.split(u", "_s);
    for (qsizetype i = 1; i < columns.size(); ++i)
        assignments << columns.at(i) + u" = ?"_s;
    QVariantList vals = values(patient);
    const QVariant id = vals.takeFirst();
    vals << id;
    auto r = m_db.exec(u"UPDATE patients SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s, vals);
    if (!r)
        return r.error();
    if (m_db.changes() != 1)
        return Error::notFound(Database::tr("No patient has the identifier %1.").arg(patient.id));
    return rekey(*before, patient);
}

Result<Patient> PatientRepository::byId(const QString &id) const
{
    auto r = m_db.lookup(u"SELECT "_s + kColumns + u" FROM patients WHERE id = ?"_s, {id});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::notFound(Database::tr("No patient has the identifier %1.").arg(id));
    return readPatient(r.value());
}

QString PatientRepository::resolveId(const QString &idOrExternal) const
{
    const QString text = idOrExternal.trimmed();
    auto r = m_db.exec(u"SELECT id FROM patients WHERE id = ? UNION ALL "
                       "SELECT id FROM patients WHERE external_id = ? AND external_id <> '' LIMIT 1"_s,
                       {text, text});
    return r && r->next() ? r->value(0).toString() : text;
}

Result<QHash<QString, QString>> PatientRepository::externalIds() const
{
    auto r = m_db.exec(u"SELECT id, external_id FROM patients WHERE external_id <> ''"_s);
    if (!r)
        return r.error();
    QHash<QString, QString> out;
    while (r->next())
        out.insert(r->value(0).toString(), r->value(1).toString());
    return out;
}

QList<Patient> PatientRepository::selectWhere(const QString &condition, const QVariantList &values) const
{
    auto r = m_db.exec(u"SELECT "_s + kColumns + u" FROM patients WHERE "_s + condition, values);
    return r ? readAll(r.value()) : QList<Patient>{};
}

QList<Patient> PatientRepository::list(int limit, int offset) const
{
    return selectWhere(u"active = 1 ORDER BY birth_name, first_names, rowid LIMIT ? OFFSET ?"_s, {limit, offset});
}

QList<Patient> PatientRepository::relativesOf(const QString &holderId) const
{
    return selectWhere(u"holder_id = ? ORDER BY birth_date"_s, {holderId});
}

qint64 PatientRepository::count() const
{
    auto r = m_db.exec(u"SELECT (SELECT count(*) FROM patients) - (SELECT count(*) FROM patients WHERE active = 0)"_s);
    if (!r || !r->next())
        return 0;
    return r->value(0).toLongLong();
}

} // namespace guichet
