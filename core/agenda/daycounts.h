#pragma once

#include "core/base/result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace guichet {

class Session;

class Database;

// How many appointments (not cancelled, not entered in error) and how many no-shows each
// day of a run of days holds, in the practice's zone: what the month view paints.
struct DayCounts
{
    QList<int> appointments; // one per day from `first`
    QList<int> noShows;

    static Result<DayCounts> load(const Database &db, const QDate &first, int days,
                                  const QStringList &practitionerIds = {});
    static Result<DayCounts> load(

        const Session &session, const QDate &first, int days, const QStringList &practitionerIds = {});
};

} // namespace guichet
