#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace guichet {

class MainWindow;

// `guichet --screenshots DIR`: opens each main view and saves one PNG per view.
// Returns the files written; later issues add their views here.
// `onShot`, when given, sees each view as it is shot (the French-text test reads them).
using TourShotHook = std::function<void(QWidget &view, const QString &name)>;
QStringList takeScreenshots(MainWindow &window, const QString &dir, QString *error, const TourShotHook &onShot = {});

} // namespace guichet
