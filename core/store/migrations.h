#pragma once

#include <QStringList>

#include <optional>

namespace guichet {

// The SQL statements that take the schema from version `version - 1` to `version`; none for a
// version this Guichet does not know (the migration then fails, never skips a step).
std::optional<QStringList> migrationStatements(int version);

// The trigger that keeps the patient search index current on insert. Bulk loads
// drop it, insert, rebuild the index in one pass and create it again.
QString patientSearchInsertTrigger();
// The trigger that follows a patient's changed search text into the index.
QString patientSearchUpdateTrigger();

// SQL for the names an appointment row carries for its patient (see version 3), over
// the patients row `alias`: birth name, usage name and first name used, U+001F between.
QString appointmentPatientNamesExpression(const QString &alias);

} // namespace guichet
