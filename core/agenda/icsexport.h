#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QDate>

namespace guichet {

class Session;

// An iCalendar file of a practitioner's agenda (libical): one VEVENT per active appointment,
// times in UTC, UID = Guichet's appointment id. The export is audited: it carries names.
class IcsExport final
{
    Q_DECLARE_TR_FUNCTIONS(IcsExport)
public:
    // Returns how many appointments were written.
    static Result<int> write(const Session &session, const QString &practitionerId, const QDate &from, const QDate &to,
                             const QString &file);
};

} // namespace guichet
