#pragma once

#include <QCoreApplication>

class QLineEdit;

namespace guichet {

// Small behaviours every screen's controls share.
class Controls final
{
    Q_DECLARE_TR_FUNCTIONS(Controls)
public:
    // The clear button inside a field, with a name a screen reader can say (Qt leaves it unnamed).
    static void addClearButton(QLineEdit *edit);
};

} // namespace guichet
