#include "core/domain/csv.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
bool startsFormula(QStringView v)
{
    return !v.isEmpty() && u"=+-@\t\r"_s.contains(v.at(0));
}
} // namespace

QString csvCell(const QString &value)
{
    QString v = value;
    if (startsFormula(v))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        v = u'"' + v.replace(u'"', u"\"\""_s) + u'"';
    return v;
}

QString csvCellValue(const QString &cell)
{
    if (cell.size() > 1 && cell.at(0) == u'\'' && startsFormula(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

} // namespace guichet
