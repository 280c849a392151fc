#include "ui/agenda/agendaview.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/noshowservice.h"
#include "ui/admin/hourspage.h"
#include "ui/agenda/absencedialog.h"
#include "ui/agenda/agendacommands.h"
#include "ui/agenda/agendagrid.h"
#include "ui/agenda/appointmentpanel.h"
#include "ui/agenda/bookingdialog.h"
#include "ui/agenda/daylistmodel.h"
#include "ui/agenda/monthview.h"
#include "ui/agenda/openinghoursdialog.h"
#include "ui/documents/documentspanel.h"
#include "ui/reminders/messagesdialog.h"
#include "ui/shell/flowlayout.h"
#include "ui/shell/tones.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

AgendaView::AgendaView(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new DayListModel(session, this);
    m_model->setClock(&session.clock());
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
    // Which practitioners side by side: a menu of ticks, remembered per desk.
    m_practitionerButton = new QToolButton(this);
    m_practitionerButton->setObjectName(u"agendaPractitioners"_s);
    m_practitionerButton->setPopupMode(QToolButton::InstantPopup);
    m_practitionerButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_practitionerButton->setMenu(new QMenu(m_practitionerButton));
    rebuildPractitionerMenu();

    auto *book = new QPushButton(tr("New appointment…"), this);
    book->setToolTip(tr("Ctrl+N; or click and drag on the day or week grid"));
    connect(book, &QPushButton::clicked, this, [this] { openBooking(); });
    // The key is an action of the agenda: it acts at once (a button's key waits for its animation).
    auto *bookKey = new QAction(tr("New appointment…"), this);
    bookKey->setObjectName(u"agendaBookAction"_s);
    bookKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    bookKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(bookKey, &QAction::triggered, this, [this] { openBooking(); });
    addAction(bookKey);

    auto *absence = new QPushButton(tr("Absence…"), this);
    absence->setObjectName(u"agendaAbsence"_s);
    absence->setToolTip(tr("Declare a practitioner's absence and see the booked patients to move"));
    auto *absenceMenu = new QMenu(absence);
    absenceMenu->addAction(tr("Declare an absence…"), this, [this] {
        auto *dialog = new AbsenceDialog(m_session, m_practitionerIds.value(0), m_model->day(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, dialog] {
            if (dialog->declared())
                refreshAll(QString());
        });
        dialog->open();
    });
    absenceMenu->addAction(tr("Change or remove an absence…"), this, [this] {
        // The practitioner's absences to come, each changed or removed with the patients listed.
        auto *dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Absences and usual week"));
        auto *page = new HoursPage(m_session, dialog);
        if (!m_practitionerIds.isEmpty())
            page->practitionerBox()->setCurrentIndex(
                qMax(0, page->practitionerBox()->findData(m_practitionerIds.first())));
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(page);
        connect(dialog, &QDialog::finished, this, [this] { refreshAll(QString()); });
        dialog->resize(1100, 620);
        dialog->open();
    });
    absence->setMenu(absenceMenu);

    auto *hours = new QPushButton(tr("Hours…"), this);
    hours->setObjectName(u"agendaHours"_s);
    hours->setToolTip(tr("A practitioner's usual week and the days that differ (public holidays, exceptional hours)"));
    connect(hours, &QPushButton::clicked, this, [this] {
        auto *dialog = new OpeningHoursDialog(m_session, m_practitionerIds.value(0), m_model->day(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, dialog] {
            if (dialog->changed())
                refreshAll(QString());
        });
        dialog->open();
    });

    auto *late = new QPushButton(tr("Running late…"), this);
    late->setObjectName(u"agendaLate"_s);
    late->setToolTip(tr("Tell the patients still expected today that the practitioner is running late"));
    connect(late, &QPushButton::clicked, this, [this] { openRunningLate(); });
    auto *find = new QPushButton(tr("Find…"), this);
    find->setObjectName(u"agendaFind"_s);
    // Ctrl+F is the main window's (File ▸ View ▸ Find), which opens this on the agenda page.
    find->setToolTip(tr("Ctrl+F; a patient's appointments, or by date, practitioner and status"));
    connect(find, &QPushButton::clicked, this, [this] { openSearch(); });

    // The day's moves kept together on one line; the whole bar wraps when the window is narrow
    // (large text): nothing pushed off the screen.
    auto *moves = new QWidget(this);
    auto *movesLayout = new QHBoxLayout(moves);
    movesLayout->setContentsMargins(0, 0, 0, 0);
    movesLayout->addWidget(previous);
    movesLayout->addWidget(today);
    movesLayout->addWidget(next);
    movesLayout->addSpacing(8);
    movesLayout->addWidget(m_date);
    auto *bar = new FlowLayout;
    bar->addWidget(book);
    bar->addWidget(find);
    bar->addWidget(absence);
    bar->addWidget(hours);
    bar->addWidget(late);
    bar->addWidget(m_displayBox);
    bar->addWidget(m_practitionerButton);
    bar->addWidget(moves);
    bar->addWidget(m_showCancelled);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(DayListModel::Patient, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DayListModel::Time, QHeaderView::ResizeToContents);
    // The patient's name is what the desk reads first: the other columns leave it room (beside
    // the appointment panel, on a 1600-pixel screen, about 300 pixels).
    m_table->setColumnWidth(DayListModel::Practitioner, 170);
    m_table->setColumnWidth(DayListModel::Motif, 190);
    m_table->setColumnWidth(DayListModel::Status, 120);
    m_table->setColumnWidth(DayListModel::Waiting, 130);
    m_table->setColumnWidth(DayListModel::NoShows, 80);
    m_table->horizontalHeader()->setMinimumSectionSize(40);

    m_message = new QLabel(this);
    m_message->setObjectName(u"agendaMessage"_s);
    m_message->setWordWrap(true);

    // Keyboard first: the desk acts without leaving the list or the grid.
    auto action = [this](const QString &text, const QKeySequence &keys) {
        auto *a = new QAction(text, this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        return a;
    };
    m_arrived = action(tr("Patient has &arrived"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_start = action(tr("&In consultation"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_finish = action(tr("Consultation &done"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_markNoShow = action(tr("Mark as &not honoured"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_markExcused = action(tr("Mark as not honoured, &excused"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_undoNoShow = action(tr("&Undo the no-show"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_eraseNoShow = action(tr("&Erase the no-show (unjustified)…"), QKeySequence());
    m_onlineBlock = action(tr("&Block online booking…"), QKeySequence());
    m_move = action(tr("&Move or change the length…"), QKeySequence(Qt::CTRL | Qt::Key_M));
    m_cancel = action(tr("&Cancel the appointment…"), QKeySequence(Qt::Key_Delete));
    m_print = action(tr("&Print the agenda (days or week)…"), QKeySequence::Print);
    m_documents = action(tr("D&ocuments of the appointment…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_messages = action(tr("Messages to the &patient…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_undo = new QUndoStack(this);
    m_undoAct = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAct->setShortcut(QKeySequence::Undo);
    m_undoAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoAct = m_undo->createRedoAction(this, tr("Redo"));
    // The platform's Redo keys and Ctrl+Y, each once: a key listed twice on one action is
    // ambiguous for Qt and does nothing (Ctrl+Y is the platform's Redo on some desktops).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_redoAct->setShortcuts(redoKeys);
    m_redoAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    const QList<QAction *> acts = {m_arrived,     m_start,      m_finish,      separator,     m_markNoShow,
                                   m_markExcused, m_undoNoShow, m_eraseNoShow, m_onlineBlock, separator2,
                                   m_move,        m_cancel,     m_documents,   m_messages};
    m_table->addActions(acts);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    addActions({m_print, m_undoAct, m_redoAct});
    connect(m_arrived, &QAction::triggered, this, [this] { act(u"arrived"_s); });
    connect(m_start, &QAction::triggered, this, [this] { act(u"start"_s); });
    connect(m_finish, &QAction::triggered, this, [this] { act(u"finish"_s); });
    connect(m_markNoShow, &QAction::triggered, this, [this] { act(u"noshow"_s); });
    connect(m_markExcused, &QAction::triggered, this, [this] { act(u"excused"_s); });
    connect(m_undoNoShow, &QAction::triggered, this, [this] { act(u"undo"_s); });
    connect(m_eraseNoShow, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Erase the no-show"),
                                                     tr("Why is this no-show unjustified? (kept in the audit log)"),
                                                     QLineEdit::Normal, QString(), &ok);
        if (ok)
            eraseCurrentNoShow(reason);
    });
    connect(m_onlineBlock, &QAction::triggered, this, [this] {
        const bool block = m_onlineBlock->data().toBool();
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, block ? tr("Block online booking") : tr("Lift the online block"),
                                  block ? tr("Why is online booking blocked? (kept in the audit log)")
                                        : tr("Why is the block lifted? (kept in the audit log)"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok)
            setCurrentOnlineBlock(block, reason);
    });
    connect(m_cancel, &QAction::triggered, this, &AgendaView::askCancel);
    connect(m_move, &QAction::triggered, this, &AgendaView::askMove);
    connect(m_print, &QAction::triggered, this, &AgendaView::askPrint);
    connect(m_documents, &QAction::triggered, this, &AgendaView::showDocuments);
    connect(m_messages, &QAction::triggered, this, &AgendaView::showMessages);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        const DayListEntry *e = m_model->entryAt(i.row());
        const QString id = e ? e->appointment.id : QString();
        if (!m_panel->setAppointment(id)) {
            // A note typed and not saved: the desk stays on its appointment.
            QTimer::singleShot(0, this, [this] { selectAppointment(m_current); });
            return;
        }
        m_current = id;
        m_grid->setSelectedAppointment(m_current);
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The current appointment stays current across reloads when it is still listed.
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->entryAt(r)->appointment.id == m_current) {
                const QSignalBlocker block(m_table->selectionModel());
                m_table->setCurrentIndex(m_model->index(r, 0));
            }
        }
        updateActions();
    });

    auto *notice = new QLabel(tr("New appointment: Ctrl+N, or click and drag on free time in the day or week grid. "
                                 "Drag an appointment to move it, its lower edge to change its length. "
                                 "Undo: Ctrl+Z."),
                              this);
    notice->setWordWrap(true);
    Tones::apply(notice, Tone::Hint);
    m_grid = new AgendaGrid(session, this);
    m_grid->setBlockActions({m_move, m_cancel}); // offered on each block to a screen reader
    // The same actions on the painted grid: a click selects the appointment, the menu acts on it;
    // the keyboard moves over slots and appointments.
    m_grid->setFocusPolicy(Qt::StrongFocus);
    m_grid->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_grid->addActions(acts);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_grid);
    m_month = new MonthView(session, this);
    m_stack->addWidget(m_month);
    connect(m_month, &MonthView::dayClicked, this, [this](const QDate &day) {
        setDisplay(Display::Day);
        setDay(day);
    });

    m_panel = new AppointmentPanel(session, this);
    // The panel scrolls when the window is short (large text), rather than squeezing its lines.
    auto *panelScroll = new QScrollArea(this);
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *split = new QSplitter(this);
    split->setObjectName(u"agendaSplit"_s);
    split->addWidget(m_stack);
    split->addWidget(panelScroll);
    split->setStretchFactor(0, 1);
    split->setCollapsible(0, false);
    split->setSizes({1200, 380});
    connect(m_panel, &AppointmentPanel::changed, this, [this](const QString &id) { refreshAll(id); });
    connect(m_panel, &AppointmentPanel::documentsAsked, this, &AgendaView::showDocuments);
    connect(m_panel, &AppointmentPanel::slipAsked, this, &AgendaView::askSlip);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    // Below the agenda: the result of the last act, then the day's count and the hint.
    auto *foot = new QHBoxLayout;
    foot->addWidget(notice, 1);
    foot->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addLayout(foot);

    const auto step = [this](int direction) {
        const QDate day = m_model->day();
        if (m_display == Display::Month)
            return day.addMonths(direction);
        return day.addDays(direction * (m_display == Display::Week ? 7 : 1));
    };
    connect(previous, &QPushButton::clicked, this, [this, step] { setDay(step(-1)); });
    connect(next, &QPushButton::clicked, this, [this, step] { setDay(step(1)); });
    connect(m_displayBox, &QComboBox::currentIndexChanged, this, [this](int index) { setDisplay(Display(index)); });
    connect(m_grid, &AgendaGrid::appointmentClicked, this, &AgendaView::selectAppointment);
    connect(m_grid, &AgendaGrid::appointmentActivated, this, [this](const QString &id) {
        selectAppointment(id);
        m_panel->noteEdit()->setFocus(); // Enter opens the appointment: its panel, its note first
    });
    auto *help = new QAction(tr("Keyboard shortcuts"), this);
    help->setShortcut(QKeySequence::HelpContents);
    help->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(help, &QAction::triggered, this, &AgendaView::showShortcuts);
    addAction(help);
    connect(m_grid, &AgendaGrid::slotChosen, this,
            [this](const QString &practitionerId, const QDateTime &start, const QDateTime &end) {
                openBooking(practitionerId, start, end);
            });
    connect(m_grid, &AgendaGrid::appointmentDragged, this, &AgendaView::reschedule);
    connect(today, &QPushButton::clicked, this,
            [this] { setDay(m_session.now().toTimeZone(PracticeDirectory(m_session).displayZone()).date()); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (d != m_model->day())
            setDay(d);
    });
    connect(m_showCancelled, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowCancelled(on);
        m_grid->setShowCancelled(on);
        refreshSummary();
    });
    // Waiting times move with the clock.
    m_clockTick = new QTimer(this);
    m_clockTick->setInterval(60 * 1000);
    connect(m_clockTick, &QTimer::timeout, m_model, &DayListModel::refreshTimes);
    m_clockTick->start();
    setDay(m_session.now().toTimeZone(PracticeDirectory(m_session).displayZone()).date());
    updateActions();
}

void AgendaView::rebuildPractitionerMenu()
{
    QMenu *menu = m_practitionerButton->menu();
    menu->clear();
    auto *all = menu->addAction(tr("All practitioners"));
    all->setCheckable(true);
    all->setChecked(m_practitionerIds.isEmpty());
    connect(all, &QAction::triggered, this, [this] { setPractitioners({}); });
    menu->addSeparator();
    QStringList names;
    for (const Practitioner &p : PracticeDirectory(m_session).practitioners()) {
        auto *a = menu->addAction(p.displayName());
        a->setCheckable(true);
        a->setChecked(m_practitionerIds.contains(p.id));
        a->setData(p.id);
        if (a->isChecked())
            names << p.displayName();
        connect(a, &QAction::triggered, this, [this, id = p.id](bool on) {
            QStringList ids = m_practitionerIds;
            if (on && !ids.contains(id))
                ids << id;
            if (!on)
                ids.removeAll(id);
            setPractitioners(ids);
        });
    }
    m_practitionerButton->setText(names.isEmpty()         ? tr("All practitioners")
                                      : names.size() == 1 ? names.first()
                                                          : tr("%n practitioner(s)", nullptr, int(names.size())));
}

void AgendaView::usePreferences(QSettings *settings)
{
    m_settings = settings;
    if (!settings)
        return;
    QStringList known;
    for (const Practitioner &p : PracticeDirectory(m_session).practitioners())
        known << p.id;
    QStringList chosen = settings->value(u"agenda/practitioners"_s).toStringList();
    chosen.removeIf([&](const QString &id) { return !known.contains(id); });
    if (!chosen.isEmpty())
        setPractitioners(chosen);
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
    m_practitionerButton->setVisible(display != Display::List);
    if (display == Display::Day || display == Display::Week)
        m_grid->setMode(display == Display::Week ? AgendaGrid::Mode::Week : AgendaGrid::Mode::Day);
    if (display == Display::Month)
        m_month->setDate(m_model->day());
    m_stack->setCurrentIndex(display == Display::List ? 0 : display == Display::Month ? 2 : 1);
    // Shown now, the grid has reloaded; still hidden (the view itself is not shown), load it for callers.
    if ((display == Display::Day || display == Display::Week) && m_grid->isStale())
        m_grid->reloadNow();
}

void AgendaView::setPractitioners(const QStringList &practitionerIds)
{
    m_practitionerIds = practitionerIds;
    if (m_settings)
        m_settings->setValue(u"agenda/practitioners"_s, practitionerIds);
    m_grid->setPractitioners(practitionerIds);
    m_month->setPractitioners(practitionerIds);
    rebuildPractitionerMenu();
    if (m_display == Display::Day || m_display == Display::Week)
        m_grid->reloadNow();
}

void AgendaView::setPractitionerFilter(const QString &practitionerId)
{
    setPractitioners(practitionerId.isEmpty() ? QStringList{} : QStringList{practitionerId});
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

QDate AgendaView::day() const
{
    return m_model->day();
}

void AgendaView::selectRow(int row)
{
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
}

void AgendaView::selectAppointment(const QString &appointmentId)
{
    if (!m_panel->setAppointment(appointmentId))
        return selectAppointment(m_current); // a note typed and not saved: staying on it
    m_current = appointmentId;
    m_grid->setSelectedAppointment(appointmentId);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->entryAt(r)->appointment.id == appointmentId) {
            selectRow(r);
            break;
        }
    }
    updateActions();
}

QString AgendaView::message() const
{
    return m_message->text();
}

void AgendaView::showResult(const QString &text, bool error)
{
    m_failed = error;
    Tones::apply(m_message, error ? Tone::Error : Tone::Success);
    m_message->setText(text);
}

void AgendaView::updateActions()
{
    std::optional<Appointment> current;
    if (!m_current.isEmpty()) {
        if (auto a = AppointmentDirectory(m_session).byId(m_current))
            current = a.value();
    }
    const AppointmentStatus s = current ? current->status : AppointmentStatus::EnteredInError;
    auto can = [&](AppointmentStatus to) { return current && AppointmentStatuses::canTransition(s, to); };
    m_arrived->setEnabled(can(AppointmentStatus::Arrived));
    m_start->setEnabled(can(AppointmentStatus::InConsultation));
    m_finish->setEnabled(can(AppointmentStatus::Fulfilled));
    m_markNoShow->setEnabled(can(AppointmentStatus::NoShow));
    m_markExcused->setEnabled(m_markNoShow->isEnabled());
    m_undoNoShow->setEnabled(current && s == AppointmentStatus::NoShow);
    m_eraseNoShow->setEnabled(current && s == AppointmentStatus::NoShow && !current->excused && !current->noShowErased
                              && m_session.canFor(Right::EraseNoShow, current->practitionerId));
    const bool blocked =
        current && NoShowPolicy::status(m_session, current->patientId, current->practitionerId).valueOr({}).blocked;
    m_onlineBlock->setData(!blocked); // what the action does: block when not blocked
    m_onlineBlock->setText(blocked ? tr("&Lift the online block…") : tr("&Block online booking…"));
    m_onlineBlock->setEnabled(current && m_session.canFor(Right::LiftBlock, current->practitionerId));
    m_cancel->setEnabled(can(AppointmentStatus::Cancelled));
    m_move->setEnabled(current && s == AppointmentStatus::Booked);
    m_documents->setEnabled(current.has_value());
    m_messages->setEnabled(current.has_value());
}

void AgendaView::reload()
{
    rebuildPractitionerMenu(); // practitioners added or deactivated in the administration
    refreshAll(QString());
}

void AgendaView::refreshAppointments(const QStringList &ids)
{
    if (!m_grid->isVisible() || m_display == Display::Month) {
        reloadAppointments();
        return;
    }
    m_model->reload();
    m_grid->refreshAppointments(ids);
    refreshSummary();
    updateActions();
}

void AgendaView::reloadAppointments()
{
    m_model->reload();
    m_panel->refresh();
    if (m_grid->isVisible())
        m_grid->reloadAppointments();
    else
        m_grid->scheduleReload();
    if (m_display == Display::Month)
        m_month->setDate(m_model->day());
    refreshSummary();
    updateActions();
}

void AgendaView::refreshAll(const QString &appointmentId)
{
    m_model->reload();
    m_panel->refresh();
    m_grid->scheduleReload();
    if (m_display == Display::Month)
        m_month->setDate(m_model->day());
    if (!appointmentId.isEmpty())
        selectAppointment(appointmentId);
    refreshSummary();
    updateActions();
    if (!appointmentId.isEmpty())
        Q_EMIT appointmentChanged(appointmentId);
}

void AgendaView::afterCommand(const QString &appointmentId, const Error *error, const QString &done)
{
    if (error) {
        showResult(error->message, true);
        refreshAll(QString());
        return;
    }
    // What was undone or done again, whose and when: never a bare "Done".
    showResult(done.isEmpty() ? tr("Done. Ctrl+Z undoes it.") : done, false);
    refreshAll(appointmentId);
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
