#pragma once

#include "core/agenda/noshowstats.h"

#include <QWidget>

namespace guichet {

// Horizontal bars per practitioner: the no-show rate and the late-cancellation rate.
class NoShowChart final : public QWidget
{
    Q_OBJECT
public:
    explicit NoShowChart(QWidget *parent = nullptr);
    void setRows(const QList<NoShowStatsRow> &perPractitioner);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<NoShowStatsRow> m_rows;
};

} // namespace guichet
