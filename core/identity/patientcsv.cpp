#include "core/identity/patientcsv.h"

#include "core/access/session.h"
#include "core/base/ownerfiles.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/domain/csv.h"
#include "core/domain/patientfields.h"
#include "core/identity/patientinput.h"
#include "core/identity/patientservice.h"
#include "core/store/database.h"
#include "core/store/fastrows.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>

#include <array>
#include <atomic>
#include <chrono>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace guichet {

Q_LOGGING_CATEGORY(lcImport, "guichet.import", QtInfoMsg)

QStringList PatientCsv::columns()
{
    // The identifier in the older system, then the patient's fields that travel in CSV.
    return QStringList{u"external_id"_s} + PatientFields::csvColumns();
}

QStringList PatientCsv::requiredColumns()
{
    return {u"external_id"_s, u"birth_name"_s, u"first_names"_s};
}

QStringList PatientCsv::splitLine(QStringView line, bool *complete)
{
    // Most lines quote nothing: their fields are the text between commas, taken whole.
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (!line.contains(u'"') && !line.contains(u'\r')) {
        QStringList fields;
        fields.reserve(16);
        for (const QStringView field : line.tokenize(u','))
            fields << csvCellValue(field.toString());
        if (complete)
            *complete = true;
        return fields;
    }
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else if (c != u'\r') {
            field.append(c);
        }
    }
    fields << field;
    for (QString &f : fields)
        f = csvCellValue(f);
    if (complete)
        *complete = !quoted;
    return fields;
}

namespace {} // namespace

namespace {

// Rows, and duplicate-finder keys, written per transaction: each chunk holds the write lock
// for well under a tenth of a second on a front-desk PC.
constexpr qsizetype ChunkRows = 2000;
constexpr size_t ChunkKeys = 100000;

// Between two chunks: a desk waiting for the lock (it tries every millisecond) takes it now,
// before the import takes it again.
void letOthersWrite()
{
    std::this_thread::sleep_for(std::chrono::milliseconds(3));
}

} // namespace

Result<ImportReport> PatientCsv::import(const Session &session, const QString &path, bool strict)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("The file \"%1\" cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    // UTF-8 or nothing: a file in another encoding would store wrong names.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        qint64 line = 0;
        for (const QByteArray &raw : bytes.split('\n')) {
            ++line;
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = lineDecoder(raw);
            if (lineDecoder.hasError())
                break;
        }
        return Error::invalid(tr("The file is not in UTF-8 (first bad character on line %1). Save it as CSV UTF-8 "
                                 "and try again; nothing was imported.")
                                  .arg(line),
                              u"import.encoding"_s);
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    // Records: the text between the line breaks that are outside quotes (a quoted field may hold
    // line breaks), split into fields later, on every core.
    struct Record
    {
        qint64 line; // where it starts, for messages
        QStringView text;
    };
    QList<Record> records;
    {
        qint64 lineNumber = 1;
        qint64 startLine = 1;
        qsizetype start = 0;
        bool quoted = false; // a doubled quote inside a quoted field flips it twice
        const QStringView all(text);
        for (qsizetype i = 0; i <= all.size(); ++i) {
            const bool end = i == all.size();
            if (!end && all[i] == u'"') {
                quoted = !quoted;
                continue;
            }
            if (end || (all[i] == u'\n' && !quoted)) {
                if (quoted)
                    return Error::invalid(
                        tr("Line %1 opens a quote that is never closed; nothing was imported.").arg(startLine),
                        u"import.quote"_s);
                const QStringView record = all.sliced(start, i - start);
                if (!record.trimmed().isEmpty())
                    records.append({startLine, record});
                start = i + 1;
                startLine = lineNumber + 1;
            }
            if (!end && all[i] == u'\n')
                ++lineNumber;
        }
    }
    if (records.isEmpty())
        return Error::invalid(tr("The file is empty; nothing was imported."), u"import.empty"_s);
    QHash<QString, int> column;
    const QStringList header = splitLine(records.first().text);
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    QStringList missing;
    for (const QString &required : requiredColumns()) {
        if (!column.contains(required))
            missing << required;
    }
    if (!missing.isEmpty())
        return Error::invalid(tr("The header lacks the required column(s) %1 (the first line must name the columns: "
                                 "%2). Nothing was imported.")
                                  .arg(missing.join(u", "_s), columns().join(u","_s)),
                              u"import.columns"_s);

    qCDebug(lcImport, "import: read and split %lld ms", qint64(timer.elapsed()));
    const Database &db = session.database();
    const QString country = PatientService::practiceCountry(session);
    const QDate today = session.now().toTimeZone(PracticeRepository(db).displayZone()).date();
    ImportReport report;
    auto problem = [&report](qint64 line, const QString &field, const QString &message, bool skipped) {
        ++report.problemCount;
        if (report.problems.size() < 1000)
            report.problems << ImportProblem{line, field, message, skipped};
    };
    QSet<QString> known; // brought by earlier imports
    if (auto r = db.exec(u"SELECT external_id FROM patients WHERE external_id <> ''"_s)) {
        while (r->next())
            known.insert(r->value(0).toString());
    } else {
        return r.error();
    }
    QSet<QString> inFile;
    // The patient's fields this file has, with their column.
    QList<std::pair<const PatientFieldSpec *, int>> read;
    for (const PatientFieldSpec &spec : PatientFields::all()) {
        if (spec.csv && column.contains(QLatin1String(spec.csv)))
            read.emplaceBack(&spec, column.value(QLatin1String(spec.csv)));
    }
    auto cell = [&](const QStringList &fields, const QString &name) {
        const int i = column.value(name, -1);
        return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
    };
    // Rows are checked on every core (each row alone), then gathered in file order and
    // written, a slice at a time so that memory stays flat at a million rows.
    // A valid row is also made ready to write (values, duplicate-finder keys) on the checking core.
    struct Checked
    {
        std::optional<PatientRepository::Row> row;
        QString externalId;
        QList<ImportProblem> problems;
        bool incomplete = false;
        bool refused = false;
    };
    const QDateTime now = session.now();
    const UuidSequence ids(now.toMSecsSinceEpoch()); // in file order, which is the order of writing
    // A slice of rows is checked in chunks taken in turn by whoever is free: its own threads
    // while the slice before it is written, then the writer too once its rows are in.
    struct Slice
    {
        qsizetype first = 0;
        qsizetype last = 0;
        std::atomic<qsizetype> next{0};
        std::vector<Checked> checked;
    };
    // One record; `withoutExternalId` for a second row of the file with the same identifier.
    auto checkOne = [&](qsizetype r, Checked &out, bool withoutExternalId) {
        {
            const qint64 line = records.at(r).line;
            QStringList fields = splitLine(records.at(r).text);
            while (fields.size() > header.size() && fields.last().trimmed().isEmpty())
                fields.removeLast(); // trailing empty cells some exporters add
            if (fields.size() > header.size()) {
                out.problems << ImportProblem{line, QString(),
                                              tr("The row cannot be read: %1 fields where the header names %2 (a "
                                                 "comma inside a value that is not in quotes?).")
                                                  .arg(fields.size())
                                                  .arg(header.size()),
                                              true};
                out.refused = true;
                return;
            }
            QString externalId = cell(fields, u"external_id"_s);
            if (withoutExternalId) {
                externalId.clear();
            } else if (externalId.isEmpty()) {
                out.problems << ImportProblem{
                    line, u"external_id"_s, tr("The external identifier is empty: the person is imported without it."),
                    false};
            } else if (externalId.size() > 64) {
                out.problems << ImportProblem{line, u"external_id"_s,
                                              tr("The external identifier is longer than 64 characters: the person "
                                                 "is imported without it."),
                                              false};
                externalId.clear();
            }
            PatientInput in;
            for (const auto &[spec, i] : read) {
                if (i < fields.size())
                    spec->read(in, fields.at(i).trimmed());
            }
            Patient p;
            bool incomplete = false;
            for (const FieldError &e : PatientValidator::check(in, today, country, &p)) {
                // Optional values may be absent; without a required one the identity is
                // incomplete: imported all the same, doubtful, to be completed at the desk.
                const PatientFieldSpec &spec = PatientFields::spec(e.field);
                if ((e.field == PatientField::BirthDate && in.birthDate.isEmpty())
                    || (e.field == PatientField::Sex && in.sex.isEmpty()))
                    continue;
                // A birth date or a sex given but impossible is an identity to complete too: the
                // record is kept without the value, doubtful, and counted incomplete.
                const bool required = spec.required;
                out.problems << ImportProblem{
                    line, QLatin1String(spec.csv ? spec.csv : spec.code), // the file's column
                    required ? tr("%1 The person is imported as an incomplete identity (doubtful), to complete.")
                                   .arg(e.error.message)
                             : e.error.message,
                    false};
                incomplete = incomplete || required;
                if (e.field == PatientField::Niss || e.field == PatientField::Nir || e.field == PatientField::BirthName
                    || e.field == PatientField::FirstNames)
                    spec.copy(p, Patient{}); // not kept: a wrong number or name is worse than none
            }
            if (incomplete) {
                p.doubtful = true;
                p.identityStatus = IdentityStatus::Provisional;
                out.incomplete = true;
            }
            p.externalId = externalId;
            p.id = ids.at(quint64(r));
            p.origin = PatientOrigin::Import;
            p.createdAt = p.updatedAt = now;
            out.externalId = externalId;
            out.row = PatientRepository::prepare(p);
        }
    };
    auto checkRows = [&](Slice &slice, qsizetype from, qsizetype to) {
        for (qsizetype r = from; r < to; ++r)
            checkOne(r, slice.checked[size_t(r - slice.first)], false);
    };
    auto startSlice = [&](Slice &slice, qsizetype first, qsizetype last) {
        slice.first = first;
        slice.last = last;
        slice.next = first;
        slice.checked.assign(size_t(last - first), Checked{});
    };
    auto drain = [&](Slice &slice) {
        constexpr qsizetype kChunk = 250;
        for (qsizetype from = slice.next.fetch_add(kChunk); from < slice.last; from = slice.next.fetch_add(kChunk))
            checkRows(slice, from, std::min(slice.last, from + kChunk));
    };
    const unsigned cores = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    auto helpers = [&](Slice &slice, unsigned count) {
        std::vector<std::jthread> threads; // joined when they go out of scope, on every way out
        for (unsigned i = 0; i < count && slice.first < slice.last; ++i)
            threads.emplace_back([&drain, s = &slice] { drain(*s); });
        return threads;
    };
    auto checkNow = [&](Slice &slice, qsizetype first, qsizetype last) { // on every core
        startSlice(slice, first, last);
        auto threads = helpers(slice, last - first < 2000 ? 0 : cores - 1);
        drain(slice);
    };
    constexpr qsizetype kSlice = 50000;
    std::array<Slice, 2> slices; // the one written and the one checked meanwhile
    if (strict) {
        // Everything is checked before anything is written.
        QSet<QString> seen = known;
        for (qsizetype first = 1; first < records.size(); first += kSlice) {
            const qsizetype last = std::min(records.size(), first + kSlice);
            checkNow(slices[0], first, last);
            for (qsizetype r = first; r < last; ++r) {
                Checked &c = slices[0].checked[size_t(r - first)];
                for (const ImportProblem &p : std::as_const(c.problems))
                    problem(p.line, p.field, p.message, p.rowSkipped);
                if (c.row && !c.externalId.isEmpty() && seen.contains(c.externalId))
                    problem(records.at(r).line, u"external_id"_s,
                            tr("The external identifier %1 is already known.").arg(c.externalId), true);
                else if (c.row && !c.externalId.isEmpty())
                    seen.insert(c.externalId);
            }
        }
        if (report.problemCount > 0)
            return Error::invalid(tr("%n problem(s) in the file; with --strict nothing was imported. The first: line "
                                     "%1, %2",
                                     nullptr, int(report.problemCount))
                                      .arg(report.problems.first().line)
                                      .arg(report.problems.first().message),
                                  u"import.strict"_s);
    }
    qCDebug(lcImport, "import: checked %lld ms", qint64(timer.elapsed()));
    // Written in short transactions (ChunkRows rows each, a fraction of a second): a desk booking
    // meanwhile waits for one chunk, never for the whole import. A chunk written stays: if the
    // import stops half way (an error, the computer switched off), importing the same file again
    // adds what is missing, the rows already here recognised by their external identifier.
    PatientRepository repository(db);
    const bool large = records.size() > 2000;
    if (large) {
        repository.deferKeys(); // the duplicate finder's keys: written sorted at the end
        // A large page cache while a million rows go in: index pages stay in memory.
        if (auto r = db.exec(u"PRAGMA cache_size=-262144"_s); !r)
            return r.error();
    }
    bool searchSuspended = false;
    bool searchResumed = false;
    const auto restore = qScopeGuard([&] {
        if (!large)
            return;
        (void)db.exec(u"PRAGMA cache_size=-16384"_s);
        if (searchSuspended && !searchResumed) {
            // Stopped by an error: the search index and its trigger made whole now (a crash
            // leaves that to the next Guichet opening the database; the keys too).
            Transaction tx(db);
            if (tx.begin() && repository.resumeSearchTrigger())
                (void)tx.commit();
        }
    });
    qint64 imported = 0;
    qint64 writeMs = 0; // SQLite, on this thread
    qint64 checkMs = 0; // this thread checking what the others had not when the slice was written
    const auto stopped = [&](const Error &error) {
        if (imported == 0)
            return error;
        return Error{error.code,
                     tr("%1 The import stopped there: the %n person(s) written before are kept; import the same file "
                        "again to add the others (those already here are recognised by their external identifier).",
                        nullptr, int(imported))
                         .arg(error.message),
                     error.rule};
    };
    // One chunk in its own transaction, with its journal entries: every imported record goes to
    // the central agenda like a typed one (the push reads the record itself; the entry carries no values).
    const QVariant at = toStored(now);
    const auto writeChunk = [&](const std::vector<PatientRepository::Row> &rows) -> Result<void> {
        Transaction tx(db);
        if (auto ok = tx.begin(); !ok)
            return ok;
        if (large && !searchSuspended) {
            if (auto ok = repository.suspendSearchTrigger(); !ok)
                return ok;
            searchSuspended = true;
        }
        if (auto ok = repository.insertMany(rows); !ok)
            return ok;
        FastRows journal(db,
                         u"INSERT INTO change_journal(entity, entity_id, operation, payload, created_at) "
                         "VALUES ('patient', ?, 'create', '{}', ?)"_s);
        for (const PatientRepository::Row &row : rows) {
            journal.reset();
            journal.bind(0, row.id);
            journal.bind(1, at);
            if (!journal.exec())
                return Error::io(tr("The import could not write to the database: %1").arg(journal.error()));
        }
        if (large)
            if (auto ok = PatientRepository::markKeysPending(db); !ok)
                return ok;
        if (auto ok = tx.commit(); !ok)
            return ok;
        if (large)
            letOthersWrite();
        return {};
    };
    // SQLite writes on one core: the next slice is checked on the others meanwhile.
    checkNow(slices[0], 1, std::min(records.size(), 1 + kSlice));
    for (size_t current = 0; slices[current].first < slices[current].last; current = 1 - current) {
        Slice &slice = slices[current];
        Slice &ahead = slices[1 - current];
        startSlice(ahead, slice.last, std::min(records.size(), slice.last + kSlice));
        auto checkers = helpers(ahead, std::max(1u, cores - 1));
        std::vector<PatientRepository::Row> rows;
        rows.reserve(size_t(ChunkRows));
        QElapsedTimer step;
        step.start();
        for (qsizetype r = slice.first; r < slice.last; ++r) {
            ++report.rows;
            Checked &c = slice.checked[size_t(r - slice.first)];
            if (!strict) {
                for (const ImportProblem &p : std::as_const(c.problems))
                    problem(p.line, p.field, p.message, p.rowSkipped);
            }
            if (!c.row) {
                ++report.refused;
                continue;
            }
            if (!c.externalId.isEmpty() && known.contains(c.externalId)) {
                problem(records.at(r).line, u"external_id"_s,
                        tr("The external identifier %1 was imported before: the person is already here, not "
                           "imported again.")
                            .arg(c.externalId),
                        true);
                ++report.alreadyKnown;
                continue;
            }
            if (!c.externalId.isEmpty() && inFile.contains(c.externalId)) {
                // Two rows of this file with one identifier: two people kept, the second without it.
                problem(records.at(r).line, u"external_id"_s,
                        tr("The external identifier %1 is on an earlier line too: this person is imported "
                           "without it.")
                            .arg(c.externalId),
                        false);
                const bool wasIncomplete = c.incomplete;
                c = Checked{};
                checkOne(r, c, true);
                c.incomplete = wasIncomplete;
            } else if (!c.externalId.isEmpty()) {
                inFile.insert(c.externalId);
            }
            if (c.incomplete)
                ++report.incomplete;
            rows.push_back(std::move(*c.row));
            if (qsizetype(rows.size()) == ChunkRows) {
                if (auto ok = writeChunk(rows); !ok)
                    return stopped(ok.error());
                imported += qint64(rows.size());
                rows.clear();
            }
        }
        if (!rows.empty()) {
            if (auto ok = writeChunk(rows); !ok)
                return stopped(ok.error());
            imported += qint64(rows.size());
        }
        writeMs += step.restart();
        drain(ahead); // what the checkers have not taken yet
        checkers.clear();
        checkMs += step.elapsed();
        slice.checked = {};
    }
    qCDebug(lcImport, "import: inserted %lld ms (written %lld ms, checked after writing %lld ms)",
            qint64(timer.elapsed()), writeMs, checkMs);
    if (large) {
        // The keys, sorted, in short transactions too.
        for (bool done = false; !done;) {
            Transaction tx(db);
            if (auto ok = tx.begin(); !ok)
                return stopped(ok.error());
            auto written = repository.writeDeferredKeys(ChunkKeys);
            if (!written)
                return stopped(written.error());
            done = *written;
            if (done) {
                if (auto ok = repository.resumeSearchTrigger(); !ok)
                    return stopped(ok.error());
            }
            if (auto ok = tx.commit(); !ok)
                return stopped(ok.error());
            searchResumed = done;
            letOthersWrite();
        }
    }
    qCDebug(lcImport, "import: keys written %lld ms", qint64(timer.elapsed()));
    report.imported = imported;
    report.seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

Result<QList<PatientCsv::Incomplete>> PatientCsv::incomplete(const Session &session, int limit)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    auto r = session.database().exec(
        uR"(SELECT id, external_id, birth_name, usage_name, first_names, birth_date, sex, doubtful FROM patients
            WHERE active = 1 AND (birth_name = '' OR first_names = '' OR birth_date IS NULL OR birth_date = ''
                                  OR sex = '' OR sex = 'unknown')
            ORDER BY doubtful DESC, birth_name, first_names LIMIT ?)"_s,
        {qBound(1, limit, 100000)});
    if (!r)
        return r.error();
    QList<Incomplete> list;
    while (r->next()) {
        Incomplete i;
        i.id = r->value(0).toString();
        i.externalId = r->value(1).toString();
        i.name = Patient::displayName(r->value(2).toString(), r->value(3).toString(), r->value(4).toString());
        if (r->value(2).toString().isEmpty())
            i.missing << u"birth_name"_s;
        if (r->value(4).toString().isEmpty())
            i.missing << u"first_names"_s;
        if (r->value(5).toString().isEmpty())
            i.missing << u"birth_date"_s;
        if (r->value(6).toString().isEmpty() || r->value(6).toString() == u"unknown"_s)
            i.missing << u"sex"_s;
        i.doubtful = r->value(7).toBool();
        list << i;
    }
    return list;
}

Result<qint64> PatientCsv::exportTo(const Session &session, const QString &path)
{
    if (auto ok = session.require(Right::ExportData); !ok)
        return ok.error();
    QSaveFile file(path);
    if (!openOwnerOnly(file))
        return Error::io(tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString()));
    file.write(columns().join(u',').toUtf8() + "\n");
    // The columns' values as stored (PatientFields names the column or what to select for it).
    QStringList selected{u"external_id"_s};
    for (const PatientFieldSpec &spec : PatientFields::all()) {
        if (spec.csv)
            selected << QLatin1String(spec.csvSql ? spec.csvSql : spec.code);
    }
    auto r = session.database().exec(
        u"SELECT %1 FROM patients WHERE active = 1 ORDER BY rowid"_s.arg(selected.join(u", "_s)));
    if (!r)
        return r.error();
    qint64 rows = 0;
    QByteArray chunk;
    while (r->next()) {
        QStringList cells;
        for (int i = 0; i < selected.size(); ++i)
            cells << csvCell(r->value(i).toString());
        chunk += cells.join(u',').toUtf8() + "\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
        ++rows;
    }
    file.write(chunk);
    // Every patient leaves in that file: the act is recorded before the file appears.
    if (auto audited = session.audit(u"patient.export"_s, u"patient"_s, QString(), QString(),
                                     QJsonObject{{u"rows"_s, rows}, {u"file"_s, QFileInfo(path).absoluteFilePath()}});
        !audited)
        return audited.error();
    if (!file.commit())
        return Error::io(tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString()));
    return rows;
}

} // namespace guichet
