#pragma once

#include <QString>

namespace guichet {

// One cell of a CSV file Guichet writes (patients, audit, statistics, duplicates): quoted when it
// holds a comma, a quote or a line break, and never taken for a formula by a spreadsheet: a cell
// that starts with = + - @, a tab or a carriage return gets a leading apostrophe (OWASP's CSV
// injection advice). Every exporter goes through it.
QString csvCell(const QString &value);

// The reverse of the apostrophe csvCell adds, for Guichet's own files read back (an exported
// patient list imported again): "'+32470…" is "+32470…" again.
QString csvCellValue(const QString &cell);

} // namespace guichet
