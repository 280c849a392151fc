#include "ui/shell/controls.h"

#include <QAbstractButton>
#include <QLineEdit>

namespace guichet {

void Controls::addClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    for (QAbstractButton *button : edit->findChildren<QAbstractButton *>()) {
        button->setAccessibleName(tr("Clear the field"));
        button->setToolTip(tr("Clear the field"));
    }
}

} // namespace guichet
