#pragma once

#include <QString>

namespace guichet {

// Installs Guichet's (and Qt's) translations. `preference` is "fr", "nl", "en",
// or empty/"system" to follow the system locale, French when unsure.
// Returns the language installed. Needs a QCoreApplication.
QString installTranslations(const QString &preference = {});

} // namespace guichet
