#pragma once

#include "core/base/result.h"
#include "core/domain/patient.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace guichet {

class Session;

struct ImportProblem
{
    qint64 line = 0; // 1 is the header
    QString field; // empty: the whole row
    QString message;
    bool rowSkipped = false; // the row was not imported (unreadable, or its person already imported)
};

// rows = imported + alreadyKnown + refused: nobody is lost without a line saying why.
struct ImportReport
{
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 incomplete = 0; // of the imported: a required trait missing or unusable (doubtful, to review)
    qint64 alreadyKnown = 0; // an external_id imported before: the person is already here
    qint64 refused = 0; // rows that cannot be read as CSV
    QList<ImportProblem> problems; // the first 1,000; `problemCount` counts them all
    qint64 problemCount = 0;
    double seconds = 0;
};

// Patients from and to CSV, for IT leaving an older system: UTF-8 with a header, the
// columns below in any order, extra columns ignored.
class PatientCsv final
{
    Q_DECLARE_TR_FUNCTIONS(PatientCsv)
public:
    static QStringList columns(); // external_id, birth_name, ... in the order export writes them
    static QStringList requiredColumns();
    // A missing required column, a file that is not UTF-8, a quote never closed or (with
    // `strict`) any invalid value refuses the whole file before anything is written.
    // Otherwise every person is kept: an invalid value is reported with its line and the row
    // imported without it; a row without a usable birth name or first names is imported as an
    // incomplete identity (provisional and doubtful, listed by `incomplete()`); an empty,
    // too long or repeated external_id is left out of the row, which is imported. Only a row
    // with more fields than the header (it cannot be read as CSV) is refused, and a row whose
    // external_id an earlier import brought is not imported again; both with their line.
    static Result<ImportReport> import(const Session &session, const QString &path, bool strict);
    // The records whose identity lacks a strict trait (birth name, first names, birth date,
    // sex), doubtful ones first: what an import or a hurried desk left to complete.
    struct Incomplete
    {
        QString id;
        QString externalId;
        QString name;
        QStringList missing; // birth_name, first_names, birth_date, sex
        bool doubtful = false;
    };
    static Result<QList<Incomplete>> incomplete(const Session &session, int limit = 1000);
    static Result<qint64> exportTo(const Session &session, const QString &path); // rows written
    // One CSV line split into fields (RFC 4180 quotes); `complete` false when a quoted field continues.
    static QStringList splitLine(QStringView line, bool *complete = nullptr);
};

} // namespace guichet
