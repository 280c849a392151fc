#pragma once

#include <QDateTime>
#include <QTimeZone>

class QDateTimeEdit;
class QWidget;

namespace guichet {

// A date and time typed in the site's zone, whatever the computer's: the edit shows the site's
// wall clock (10:40 in Brussels reads 10:40 on a computer set to UTC or to Los Angeles), and what
// is read back is that wall clock in the site's zone.
class SiteTimeEdit final
{
public:
    static QDateTimeEdit *make(const QDateTime &at, const QTimeZone &site, QWidget *parent);
    static void set(QDateTimeEdit *edit, const QDateTime &at, const QTimeZone &site);
    static QDateTime read(const QDateTimeEdit *edit, const QTimeZone &site);
};

} // namespace guichet
