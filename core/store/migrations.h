#pragma once

#include <QStringList>

namespace guichet {

// The SQL statements that take the schema from version `version - 1` to `version`.
QStringList migrationStatements(int version);

} // namespace guichet
