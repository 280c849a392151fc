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
    bool rowSkipped = false;
};

struct ImportReport
{
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 skipped = 0;
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
    // A missing required column, a file that is not UTF-8 or (with `strict`) any invalid
    // value refuses the whole file before anything is written. Otherwise an invalid value
    // is reported with its line and the row imported without it; a row without its
    // required values, or whose external_id is already known, is skipped and reported.
    static Result<ImportReport> import(const Session &session, const QString &path, bool strict);
    static Result<qint64> exportTo(const Session &session, const QString &path); // rows written
    // One CSV line split into fields (RFC 4180 quotes); `complete` false when a quoted field continues.
    static QStringList splitLine(QStringView line, bool *complete = nullptr);
};

} // namespace guichet
