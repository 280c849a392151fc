#pragma once

#include <QString>
#include <QStringList>

namespace guichet {

class MainWindow;

// `guichet --screenshots DIR`: opens each main view and saves one PNG per view.
// Returns the files written; later issues add their views here.
QStringList takeScreenshots(MainWindow &window, const QString &dir, QString *error);

} // namespace guichet
