#include "ui/agenda/noshowstatsview.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/noshowstats.h"
#include "ui/agenda/noshowchart.h"
#include "ui/agenda/noshowstatsmodel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

NoShowStatsView::NoShowStatsView(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *title = new QLabel(tr("Appointments not honoured and late cancellations"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"dd/MM/yyyy"_s);
    }
    m_detail = new QCheckBox(tr("By month and visit reason"), this);
    auto *exportButton = new QPushButton(tr("Export as CSV…"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"statsSummary"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_detail);
    bar->addStretch();
    bar->addWidget(exportButton);

    m_model = new NoShowStatsModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoShowStatsModel::Practitioner, QHeaderView::Stretch);
    m_chart = new NoShowChart(this);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    const QDate today = session.now().toTimeZone(PracticeDirectory(session).displayZone()).date();
    setRange(today.addMonths(-3).addDays(1), today);
    connect(m_from, &QDateEdit::dateChanged, this, &NoShowStatsView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &NoShowStatsView::reload);
    connect(m_detail, &QCheckBox::toggled, this, &NoShowStatsView::reload);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Export the figures"), u"non-honores.csv"_s, tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            exportCsv(file);
    });
}

void NoShowStatsView::setRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker b1(m_from);
        const QSignalBlocker b2(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    reload();
}

void NoShowStatsView::reload()
{
    auto computed = NoShowStats::compute(m_session, m_from->date(), m_to->date());
    const QList<NoShowStatsRow> detail = computed.valueOr({});
    const QList<NoShowStatsRow> perPractitioner = NoShowStats::perPractitioner(detail);
    m_model->setRows(m_detail->isChecked() ? detail : perPractitioner);
    m_table->setColumnHidden(NoShowStatsModel::Month, !m_detail->isChecked());
    m_table->setColumnHidden(NoShowStatsModel::Motif, !m_detail->isChecked());
    m_chart->setRows(perPractitioner);
    NoShowStatsRow total;
    for (const NoShowStatsRow &r : perPractitioner) {
        total.appointments += r.appointments;
        total.noShows += r.noShows;
        total.lateCancellations += r.lateCancellations;
        total.minutesLost += r.minutesLost;
    }
    m_summary->setText(tr("%1 appointments, %2 not honoured (%3 %), %4 late cancellations; %5 h of consultation lost.")
                           .arg(total.appointments)
                           .arg(total.noShows)
                           .arg(QLocale().toString(100.0 * total.noShowRate(), 'f', 1))
                           .arg(total.lateCancellations)
                           .arg(total.minutesLost / 60));
}

bool NoShowStatsView::exportCsv(const QString &file)
{
    if (auto written = NoShowStats::exportCsv(m_session, m_from->date(), m_to->date(), file); !written) {
        m_summary->setText(written.error().message);
        return false;
    }
    m_summary->setText(tr("Figures exported to %1.").arg(file));
    return true;
}

} // namespace guichet
