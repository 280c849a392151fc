#include "ui/shell/sitetimeedit.h"

#include <QDateTimeEdit>

namespace guichet {

QDateTimeEdit *SiteTimeEdit::make(const QDateTime &at, const QTimeZone &site, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    // The fields as the site reads them, held without a zone of the computer's (UTC spec: no
    // daylight-saving gap of the computer's zone can shift them).
    edit->setTimeSpec(Qt::UTC);
    set(edit, at, site);
    return edit;
}

void SiteTimeEdit::set(QDateTimeEdit *edit, const QDateTime &at, const QTimeZone &site)
{
    const QDateTime local = at.toTimeZone(site);
    edit->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
}

QDateTime SiteTimeEdit::read(const QDateTimeEdit *edit, const QTimeZone &site)
{
    return QDateTime(edit->date(), edit->time(), site);
}

} // namespace guichet
