#include "syncview.h"

#include "access/session.h"
#include "store/changejournal.h"
#include "store/practicerepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

SyncView::SyncView(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *title = new QLabel(tr("Synchronisation with the central agenda"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Recorded"), tr("What"), tr("Change"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    reload();
}

void SyncView::reload()
{
    const QList<JournalEntry> pending = ChangeJournal::pending(m_session.database(), 500);
    const int total = ChangeJournal::pendingCount(m_session.database());
    m_state->setText(tr("No central agenda is configured yet: every change is kept in the local journal and will "
                        "be sent once synchronisation is set up (coming in the next version). %n change(s) waiting.",
                        nullptr, total));
    const QTimeZone zone = PracticeRepository(m_session.database()).displayZone();
    m_table->setRowCount(int(pending.size()));
    const QHash<QString, QString> entities = {{u"patient"_s, tr("Patient")}, {u"appointment"_s, tr("Appointment")}};
    const QHash<QString, QString> operations = {{u"create"_s, tr("created")},
                                                {u"update"_s, tr("changed")},
                                                {u"status"_s, tr("status changed")},
                                                {u"merge"_s, tr("merged")}};
    for (int i = 0; i < pending.size(); ++i) {
        const JournalEntry &e = pending.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(e.createdAt.toTimeZone(zone).toString(u"dd/MM/yyyy HH:mm"_s)));
        QString what = entities.value(e.entity, e.entity);
        const QString name = e.payload.value(u"display_name"_s).toString();
        if (!name.isEmpty())
            what += u" — "_s + name;
        m_table->setItem(i, 1, new QTableWidgetItem(what));
        m_table->setItem(i, 2, new QTableWidgetItem(operations.value(e.operation, e.operation)));
        m_table->setItem(i, 3, new QTableWidgetItem(tr("waiting")));
    }
    m_table->resizeColumnsToContents();
}

int SyncView::pendingShown() const
{
    return m_table->rowCount();
}

} // namespace guichet
