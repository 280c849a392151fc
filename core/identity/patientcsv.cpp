#include "patientcsv.h"

#include "access/session.h"
#include "identity/patientinput.h"
#include "identity/patientservice.h"
#include "store/database.h"
#include "store/patientrepository.h"
#include "store/practicerepository.h"
#include "uuid.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>
#include <QTimeZone>

#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace guichet {

Q_LOGGING_CATEGORY(lcImport, "guichet.import", QtInfoMsg)

QStringList PatientCsv::columns()
{
    return {u"external_id"_s, u"birth_name"_s, u"usage_name"_s, u"first_names"_s, u"sex"_s,
            u"birth_date"_s,  u"niss"_s,       u"nir"_s,        u"phone"_s,       u"email"_s,
            u"address"_s,     u"postcode"_s,   u"city"_s};
}

QStringList PatientCsv::requiredColumns()
{
    return {u"external_id"_s, u"birth_name"_s, u"first_names"_s};
}

QStringList PatientCsv::splitLine(const QString &line, bool *complete)
{
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
    if (complete)
        *complete = !quoted;
    return fields;
}

namespace {

QString quoteCsv(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString v = value;
    v.replace(u"\""_s, u"\"\""_s);
    return u'"' + v + u'"';
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
    // Lines, keeping quoted line breaks inside their field.
    QList<std::pair<qint64, QStringList>> records;
    {
        qint64 lineNumber = 0;
        qint64 startLine = 0;
        QString pending;
        for (const QStringView raw : QStringTokenizer(text, u'\n')) {
            ++lineNumber;
            if (pending.isEmpty())
                startLine = lineNumber;
            pending += raw.toString();
            bool complete = true;
            const QStringList fields = splitLine(pending, &complete);
            if (!complete) {
                pending += u'\n';
                continue;
            }
            if (!pending.trimmed().isEmpty())
                records.append({startLine, fields});
            pending.clear();
        }
        if (!pending.isEmpty())
            return Error::invalid(tr("Line %1 opens a quote that is never closed; nothing was imported.").arg(startLine),
                                  u"import.quote"_s);
    }
    if (records.isEmpty())
        return Error::invalid(tr("The file is empty; nothing was imported."), u"import.empty"_s);
    QHash<QString, int> column;
    const QStringList header = records.first().second;
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
    QSet<QString> known;
    if (auto r = db.exec(u"SELECT external_id FROM patients WHERE external_id <> ''"_s)) {
        while (r->next())
            known.insert(r->value(0).toString());
    }
    auto cell = [&](const QStringList &fields, const QString &name) {
        const int i = column.value(name, -1);
        return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
    };
    // Rows are checked on every core (each row alone), then gathered in file order and
    // written, a slice at a time so that memory stays flat at a million rows.
    struct Checked
    {
        std::optional<Patient> patient;
        QList<ImportProblem> problems;
    };
    auto checkSlice = [&](qsizetype first, qsizetype last, std::vector<Checked> &checked, unsigned maxWorkers) {
        checked.assign(size_t(last - first), Checked{});
        auto checkRows = [&](qsizetype from, qsizetype to) {
            for (qsizetype r = from; r < to; ++r) {
                const auto &[line, fields] = records.at(r);
                Checked &out = checked[size_t(r - first)];
                const QString externalId = cell(fields, u"external_id"_s);
                if (externalId.isEmpty()) {
                    out.problems << ImportProblem{line, u"external_id"_s, tr("The external identifier is empty."), true};
                    continue;
                }
                if (externalId.size() > 64) {
                    out.problems << ImportProblem{line, u"external_id"_s,
                                                  tr("The external identifier is longer than 64 characters."), true};
                    continue;
                }
                PatientInput in;
                in.birthName = cell(fields, u"birth_name"_s);
                in.usageName = cell(fields, u"usage_name"_s);
                in.firstNames = cell(fields, u"first_names"_s);
                in.sex = cell(fields, u"sex"_s);
                in.birthDate = cell(fields, u"birth_date"_s);
                in.niss = cell(fields, u"niss"_s);
                in.nir = cell(fields, u"nir"_s);
                in.phones = QStringList{cell(fields, u"phone"_s)};
                in.email = cell(fields, u"email"_s);
                in.address = cell(fields, u"address"_s);
                in.postcode = cell(fields, u"postcode"_s);
                in.city = cell(fields, u"city"_s);
                Patient p;
                bool rejected = false;
                for (const FieldError &e : PatientValidator::check(in, today, country, &p)) {
                    // Optional values may be absent; required ones make the row unusable.
                    if ((e.field == u"birth_date"_s && in.birthDate.isEmpty())
                        || (e.field == u"sex"_s && in.sex.isEmpty()))
                        continue;
                    const bool required = e.field == u"birth_name"_s || e.field == u"first_names"_s;
                    out.problems << ImportProblem{line, e.field, e.error.message, required};
                    rejected = rejected || required;
                    if (e.field == u"niss"_s)
                        p.niss.clear();
                    if (e.field == u"nir"_s)
                        p.nir.clear();
                }
                if (rejected)
                    continue;
                p.externalId = externalId;
                out.patient = p;
            }
        };
        const qsizetype count = last - first;
        const unsigned workers = std::max(1u, std::min(maxWorkers, std::thread::hardware_concurrency()));
        if (count < 2000 || workers == 1) {
            checkRows(first, last);
            return;
        }
        std::vector<std::thread> threads;
        const qsizetype slice = (count + workers - 1) / workers;
        for (unsigned w = 0; w < workers; ++w) {
            const qsizetype from = std::min<qsizetype>(last, first + w * slice);
            const qsizetype to = std::min<qsizetype>(last, from + slice);
            threads.emplace_back(checkRows, from, to);
        }
        for (std::thread &t : threads)
            t.join();
    };
    constexpr qsizetype kSlice = 50000;
    std::vector<Checked> checked;
    if (strict) {
        // Everything is checked before anything is written.
        QSet<QString> seen = known;
        for (qsizetype first = 1; first < records.size(); first += kSlice) {
            const qsizetype last = std::min(records.size(), first + kSlice);
            checkSlice(first, last, checked, 8);
            for (qsizetype r = first; r < last; ++r) {
                Checked &c = checked[size_t(r - first)];
                for (const ImportProblem &p : std::as_const(c.problems))
                    problem(p.line, p.field, p.message, p.rowSkipped);
                if (c.patient && seen.contains(c.patient->externalId))
                    problem(records.at(r).first, u"external_id"_s,
                            tr("The external identifier %1 is already known.").arg(c.patient->externalId), true);
                else if (c.patient)
                    seen.insert(c.patient->externalId);
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
    // One transaction: all the valid rows or none.
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    PatientRepository repository(db);
    const bool bulk = records.size() > 2000;
    if (bulk) {
        if (auto ok = repository.suspendSearchIndex(); !ok)
            return ok.error();
    }
    qint64 imported = 0;
    // The next slice is checked while this one is written (SQLite writes on one core).
    std::vector<Checked> ahead;
    checkSlice(1, std::min(records.size(), 1 + kSlice), checked, 8);
    for (qsizetype first = 1; first < records.size(); first += kSlice) {
        const qsizetype last = std::min(records.size(), first + kSlice);
        const qsizetype nextLast = std::min(records.size(), last + kSlice);
        std::jthread checker; // joined on every way out of this iteration
        if (last < records.size())
            checker = std::jthread([&, last, nextLast] {
                checkSlice(last, nextLast, ahead, std::max(1u, std::thread::hardware_concurrency() - 1));
            });
        QList<Patient> patients;
        patients.reserve(last - first);
        for (qsizetype r = first; r < last; ++r) {
            ++report.rows;
            Checked &c = checked[size_t(r - first)];
            if (!strict) {
                for (const ImportProblem &p : std::as_const(c.problems))
                    problem(p.line, p.field, p.message, p.rowSkipped);
            }
            if (!c.patient)
                continue;
            Patient &p = *c.patient;
            if (known.contains(p.externalId)) {
                problem(records.at(r).first, u"external_id"_s,
                        tr("The external identifier %1 is already known.").arg(p.externalId), true);
                continue;
            }
            known.insert(p.externalId);
            p.id = newUuid();
            p.origin = u"import"_s;
            p.createdAt = p.updatedAt = session.now();
            patients << std::move(p);
        }
        if (auto ok = repository.insertMany(patients); !ok)
            return ok.error();
        imported += patients.size();
        if (checker.joinable())
            checker.join();
        checked.swap(ahead);
        ahead.clear();
    }
    report.skipped = report.rows - imported;
    qCDebug(lcImport, "import: inserted %lld ms", qint64(timer.elapsed()));
    if (bulk) {
        if (auto ok = repository.rebuildSearchIndex(); !ok)
            return ok.error();
    }
    qCDebug(lcImport, "import: indexed %lld ms", qint64(timer.elapsed()));
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    report.imported = imported;
    report.seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

Result<qint64> PatientCsv::exportTo(const Session &session, const QString &path)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString()));
    file.write(columns().join(u',').toUtf8() + "\n");
    auto r = session.database().exec(uR"(SELECT external_id, birth_name, usage_name, first_names, sex, birth_date, niss,
               nir, CASE WHEN mobile_phone <> '' THEN mobile_phone ELSE other_phone END, email, address, postcode, city
        FROM patients WHERE active = 1 ORDER BY rowid)"_s);
    if (!r)
        return r.error();
    qint64 rows = 0;
    QByteArray chunk;
    while (r->next()) {
        QStringList cells;
        for (int i = 0; i < 13; ++i)
            cells << quoteCsv(r->value(i).toString());
        chunk += cells.join(u',').toUtf8() + "\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
        ++rows;
    }
    file.write(chunk);
    if (!file.commit())
        return Error::io(tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString()));
    return rows;
}

} // namespace guichet
