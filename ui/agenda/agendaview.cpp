#include "agendaview.h"

#include "access/session.h"
#include "daylistmodel.h"
#include "store/practicerepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

AgendaView::AgendaView(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new DayListModel(session.database(), this);
    auto *previous = new QPushButton(tr("◀ Previous day"), this);
    auto *today = new QPushButton(tr("Today"), this);
    auto *next = new QPushButton(tr("Next day ▶"), this);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dddd d MMMM yyyy"_s);
    m_date->setMinimumWidth(220);
    m_showCancelled = new QCheckBox(tr("Show cancelled"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"agendaSummary"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_date);
    bar->addSpacing(12);
    bar->addWidget(m_showCancelled);
    bar->addStretch();
    bar->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(DayListModel::Patient, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DayListModel::Time, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(DayListModel::Practitioner, 220);
    m_table->setColumnWidth(DayListModel::Motif, 240);
    m_table->setColumnWidth(DayListModel::Status, 160);

    auto *notice = new QLabel(tr("Day list of every practitioner. The week grid with one column per practitioner, "
                                 "booking and moving by drag and drop come with the next version of the agenda."),
                              this);
    notice->setWordWrap(true);
    notice->setStyleSheet(u"color: #5f6b7a;"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(notice);

    connect(previous, &QPushButton::clicked, this, [this] { setDay(m_model->day().addDays(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { setDay(m_model->day().addDays(1)); });
    connect(today, &QPushButton::clicked, this, [this] {
        setDay(m_session.now().toTimeZone(PracticeRepository(m_session.database()).displayZone()).date());
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (d != m_model->day())
            setDay(d);
    });
    connect(m_showCancelled, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowCancelled(on);
        refreshSummary();
    });
    setDay(m_session.now().toTimeZone(PracticeRepository(m_session.database()).displayZone()).date());
}

void AgendaView::setDay(const QDate &day)
{
    m_model->setDay(day);
    {
        const QSignalBlocker block(m_date);
        m_date->setDate(day);
    }
    refreshSummary();
}

void AgendaView::refreshSummary()
{
    int arrived = 0;
    int waiting = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AppointmentStatus s = m_model->entryAt(row)->appointment.status;
        if (s == AppointmentStatus::Arrived)
            ++arrived;
        else if (s == AppointmentStatus::Booked)
            ++waiting;
    }
    m_summary->setText(tr("%n appointment(s)", nullptr, m_model->rowCount()) + u" · "_s
                       + tr("%n in the waiting room", nullptr, arrived) + u" · "_s
                       + tr("%n still expected", nullptr, waiting));
}

} // namespace guichet
