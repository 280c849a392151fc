#include "ui/agenda/noshowchart.h"

#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
const QColor kNoShow(u"#c0392b"_s);
const QColor kLate(u"#e6a23c"_s);
} // namespace

NoShowChart::NoShowChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(120);
}

void NoShowChart::setRows(const QList<NoShowStatsRow> &perPractitioner)
{
    m_rows = perPractitioner;
    updateGeometry();
    update();
}

QSize NoShowChart::sizeHint() const
{
    return {600, 40 + int(m_rows.size()) * 2 * (fontMetrics().height() + 4) + 20};
}

void NoShowChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height() + 4;
    int labelWidth = 0;
    for (const NoShowStatsRow &r : std::as_const(m_rows))
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(r.practitionerName));
    labelWidth += 16;
    // Legend
    int x = 8;
    const int legendY = 6;
    for (const auto &[color, text] :
         {std::pair{kNoShow, tr("Not honoured")}, std::pair{kLate, tr("Late cancellations")}}) {
        p.fillRect(x, legendY + 3, 12, fm.height() - 6, color);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(x + 16, legendY + fm.ascent(), text);
        x += 16 + fm.horizontalAdvance(text) + 20;
    }
    if (m_rows.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No appointment in this range."));
        return;
    }
    double maxRate = 0.05;
    for (const NoShowStatsRow &r : std::as_const(m_rows))
        maxRate = std::max({maxRate, r.noShowRate(), r.lateCancellationRate()});
    const int barLeft = labelWidth;
    const int barMax = std::max(40, width() - barLeft - 70);
    int y = legendY + line + 8;
    const QLocale locale;
    for (const NoShowStatsRow &r : std::as_const(m_rows)) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(8, y, labelWidth - 12, 2 * line), Qt::AlignVCenter | Qt::AlignRight, r.practitionerName);
        int barY = y;
        for (const auto &[rate, color] :
             {std::pair{r.noShowRate(), kNoShow}, std::pair{r.lateCancellationRate(), kLate}}) {
            const int w = int(barMax * rate / maxRate);
            p.fillRect(barLeft, barY + 2, std::max(1, w), line - 4, color);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(barLeft + w + 6, barY + fm.ascent() + 2, locale.toString(100.0 * rate, 'f', 1) + u" %"_s);
            barY += line;
        }
        y += 2 * line + 6;
    }
}

} // namespace guichet
