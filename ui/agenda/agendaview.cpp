#include "agendaview.h"

#include "access/session.h"
#include "agenda/appointmentservice.h"
#include "agenda/noshowservice.h"
#include "agendagrid.h"
#include "bookingdialog.h"
#include "monthview.h"
#include "daylistmodel.h"
#include "store/practicerepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QStackedWidget>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

AgendaView::AgendaView(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new DayListModel(session.database(), this);
    auto *previous = new QPushButton(tr("◀ Previous"), this);
    auto *today = new QPushButton(tr("Today"), this);
    auto *next = new QPushButton(tr("Next ▶"), this);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dddd d MMMM yyyy"_s);
    m_date->setMinimumWidth(220);
    m_showCancelled = new QCheckBox(tr("Show cancelled"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"agendaSummary"_s);

    m_displayBox = new QComboBox(this);
    m_displayBox->setObjectName(u"agendaDisplay"_s);
    m_displayBox->addItem(tr("Day list"));
    m_displayBox->addItem(tr("Day"));
    m_displayBox->addItem(tr("Week"));
    m_displayBox->addItem(tr("Month"));
    m_practitionerBox = new QComboBox(this);
    m_practitionerBox->addItem(tr("All practitioners"), QString());
    for (const Practitioner &p : PracticeRepository(session.database()).practitioners())
        m_practitionerBox->addItem(p.displayName(), p.id);
    m_practitionerBox->hide(); // the day list shows everybody

    auto *book = new QPushButton(tr("New appointment…"), this);
    book->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    book->setToolTip(tr("Ctrl+N"));
    connect(book, &QPushButton::clicked, this, [this] {
        BookingDialog dialog(m_session, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_model->reload();
        m_grid->scheduleReload();
        refreshSummary();
        m_message->setStyleSheet(u"color: #1b7f3b;"_s);
        m_message->setText(tr("Appointment booked."));
        Q_EMIT appointmentChanged(dialog.bookedAppointmentId());
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(book);
    bar->addWidget(m_displayBox);
    bar->addWidget(m_practitionerBox);
    bar->addSpacing(8);
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

    m_message = new QLabel(this);
    m_message->setObjectName(u"agendaMessage"_s);
    m_message->setWordWrap(true);

    // Keyboard first: the desk marks without leaving the list.
    m_arrived = new QAction(tr("Patient has &arrived"), this);
    m_arrived->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_markNoShow = new QAction(tr("Mark as &not honoured"), this);
    m_markNoShow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_markExcused = new QAction(tr("Mark as not honoured, &excused"), this);
    m_markExcused->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_undoNoShow = new QAction(tr("&Undo the no-show"), this);
    m_undoNoShow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    for (QAction *a : {m_arrived, m_markNoShow, m_markExcused, m_undoNoShow}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(a);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_arrived, &QAction::triggered, this, [this] { act(u"arrived"_s); });
    connect(m_markNoShow, &QAction::triggered, this, [this] { act(u"noshow"_s); });
    connect(m_markExcused, &QAction::triggered, this, [this] { act(u"excused"_s); });
    connect(m_undoNoShow, &QAction::triggered, this, [this] { act(u"undo"_s); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AgendaView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgendaView::updateActions);

    auto *notice = new QLabel(tr("New appointment: Ctrl+N. Booking by clicking on the grid and moving by drag and drop "
                                 "come with the next version of the agenda."),
                              this);
    notice->setWordWrap(true);
    notice->setStyleSheet(u"color: #5f6b7a;"_s);
    m_grid = new AgendaGrid(session, this);
    // The same actions on the painted grid: a click selects the appointment, the menu acts on it.
    m_grid->setFocusPolicy(Qt::ClickFocus);
    m_grid->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_grid->addActions({m_arrived, m_markNoShow, m_markExcused, m_undoNoShow});
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_grid);
    m_month = new MonthView(session, this);
    m_stack->addWidget(m_month);
    connect(m_month, &MonthView::dayClicked, this, [this](const QDate &day) {
        setDisplay(Display::Day);
        setDay(day);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_message);
    layout->addWidget(notice);

    const auto step = [this](int direction) {
        const QDate day = m_model->day();
        if (m_display == Display::Month)
            return day.addMonths(direction);
        return day.addDays(direction * (m_display == Display::Week ? 7 : 1));
    };
    connect(previous, &QPushButton::clicked, this, [this, step] { setDay(step(-1)); });
    connect(next, &QPushButton::clicked, this, [this, step] { setDay(step(1)); });
    connect(m_displayBox, &QComboBox::currentIndexChanged, this, [this](int index) { setDisplay(Display(index)); });
    connect(m_practitionerBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_practitionerBox->currentData().toString();
        if (m_settings)
            m_settings->setValue(u"agenda/practitioner"_s, id);
        m_grid->setPractitioners(id.isEmpty() ? QStringList{} : QStringList{id});
        m_month->setPractitioners(id.isEmpty() ? QStringList{} : QStringList{id});
    });
    connect(m_grid, &AgendaGrid::appointmentClicked, this, [this](const QString &id) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->entryAt(r)->appointment.id == id)
                selectRow(r);
        }
    });
    connect(today, &QPushButton::clicked, this, [this] {
        setDay(m_session.now().toTimeZone(PracticeRepository(m_session.database()).displayZone()).date());
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (d != m_model->day())
            setDay(d);
    });
    connect(m_showCancelled, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowCancelled(on);
        m_grid->setShowCancelled(on);
        refreshSummary();
    });
    setDay(m_session.now().toTimeZone(PracticeRepository(m_session.database()).displayZone()).date());
}

void AgendaView::usePreferences(QSettings *settings)
{
    m_settings = settings;
    if (!settings)
        return;
    const QString practitioner = settings->value(u"agenda/practitioner"_s).toString();
    if (!practitioner.isEmpty() && m_practitionerBox->findData(practitioner) >= 0)
        setPractitionerFilter(practitioner);
    const int display = settings->value(u"agenda/display"_s, 0).toInt();
    if (display > 0 && display <= int(Display::Month))
        setDisplay(Display(display));
}

void AgendaView::setDisplay(Display display)
{
    m_display = display;
    if (m_settings)
        m_settings->setValue(u"agenda/display"_s, int(display));
    {
        const QSignalBlocker block(m_displayBox);
        m_displayBox->setCurrentIndex(int(display));
    }
    m_practitionerBox->setVisible(display != Display::List);
    if (display == Display::Day || display == Display::Week)
        m_grid->setMode(display == Display::Week ? AgendaGrid::Mode::Week : AgendaGrid::Mode::Day);
    if (display == Display::Month)
        m_month->setDate(m_model->day());
    m_stack->setCurrentIndex(display == Display::List ? 0 : display == Display::Month ? 2 : 1);
    // Shown now, the grid has reloaded; still hidden (the view itself is not shown), load it for callers.
    if ((display == Display::Day || display == Display::Week) && m_grid->isStale())
        m_grid->reloadNow();
}

void AgendaView::setPractitionerFilter(const QString &practitionerId)
{
    const int index = m_practitionerBox->findData(practitionerId);
    m_practitionerBox->setCurrentIndex(std::max(0, index));
    m_grid->setPractitioners(practitionerId.isEmpty() ? QStringList{} : QStringList{practitionerId});
}

void AgendaView::setDay(const QDate &day)
{
    m_model->setDay(day);
    m_grid->setDate(day);
    if (m_display == Display::Month)
        m_month->setDate(day);
    {
        const QSignalBlocker block(m_date);
        m_date->setDate(day);
    }
    refreshSummary();
}

void AgendaView::selectRow(int row)
{
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
}

QString AgendaView::message() const
{
    return m_message->text();
}

void AgendaView::updateActions()
{
    const DayListEntry *e = m_model->entryAt(m_table->currentIndex().row());
    const AppointmentStatus s = e ? e->appointment.status : AppointmentStatus::EnteredInError;
    m_arrived->setEnabled(e && AppointmentStatuses::canTransition(s, AppointmentStatus::Arrived));
    m_markNoShow->setEnabled(e && AppointmentStatuses::canTransition(s, AppointmentStatus::NoShow));
    m_markExcused->setEnabled(m_markNoShow->isEnabled());
    m_undoNoShow->setEnabled(e && s == AppointmentStatus::NoShow);
}

void AgendaView::act(const QString &what)
{
    const int row = m_table->currentIndex().row();
    const DayListEntry *e = m_model->entryAt(row);
    if (!e)
        return;
    const QString id = e->appointment.id;
    const QString patient = e->patientName();
    Result<Appointment> result = Error::invalid(QString());
    QString done;
    if (what == u"arrived"_s) {
        result = AppointmentService::changeStatus(m_session, id, AppointmentStatus::Arrived, QString());
        done = tr("%1 has arrived.").arg(patient);
    } else if (what == u"undo"_s) {
        result = NoShowService::undo(m_session, id);
        done = tr("The no-show of %1 is undone; no notice will be sent.").arg(patient);
    } else {
        const bool excused = what == u"excused"_s;
        result = NoShowService::mark(m_session, id, excused);
        done = excused ? tr("%1: not honoured, excused.").arg(patient)
                       : tr("%1: not honoured. The patient will get a neutral notice unless you undo it today.")
                             .arg(patient);
    }
    if (!result) {
        m_message->setStyleSheet(u"color: #b00020;"_s);
        m_message->setText(result.error().message);
        return;
    }
    m_message->setStyleSheet(u"color: #1b7f3b;"_s);
    m_message->setText(done);
    m_model->reload();
    m_grid->scheduleReload();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->entryAt(r)->appointment.id == id) {
            selectRow(r);
            break;
        }
    }
    refreshSummary();
    Q_EMIT appointmentChanged(id);
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
