#include "ui/shell/mainwindow.h"

#include "core/access/backupschedule.h"
#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/waitinglist.h"
#include "core/reminders/practicerules.h"
#include "core/sync/housekeeping.h"
#include "core/sync/syncsettings.h"
#include "ui/admin/administrationdialog.h"
#include "ui/admin/setupassistant.h"
#include "ui/agenda/agendagrid.h"
#include "ui/agenda/agendaview.h"
#include "ui/agenda/appointmentpanel.h"
#include "ui/agenda/daylistmodel.h"
#include "ui/agenda/noshowstatsview.h"
#include "ui/agenda/waitlistcallsdialog.h"
#include "ui/documents/documentsview.h"
#include "ui/identity/duplicatesview.h"
#include "ui/patients/patientsview.h"
#include "ui/reminders/templatesdialog.h"
#include "ui/settings/backupdialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/idlewatcher.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/messagebox.h"
#include "ui/shell/tones.h"
#include "ui/sync/serverdialog.h"
#include "ui/sync/synccontroller.h"
#include "ui/sync/syncview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace guichet {

MainWindow::MainWindow(const Session &session, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
{
    const QString practice = PracticeDirectory(session).name();
    setWindowTitle(tr("Guichet — %1").arg(practice.isEmpty() ? tr("front desk") : practice)
                   + (PracticeDirectory(session).isTestDatabase() ? tr(" (test database)") : QString()));
    setWindowIcon(QIcon(u":/icons/guichet.svg"_s));

    m_nav = new QListWidget(this);
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setIconSize(QSize(28, 28));
    m_nav->setFixedWidth(150);
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    const QList<std::pair<QString, QString>> pages = {
        {tr("Agenda"), u":/icons/agenda.svg"_s},         {tr("Patients"), u":/icons/patients.svg"_s},
        {tr("Duplicates"), u":/icons/duplicates.svg"_s}, {tr("Documents"), u":/icons/documents.svg"_s},
        {tr("Statistics"), u":/icons/stats.svg"_s},      {tr("Sync"), u":/icons/sync.svg"_s},
    };
    for (int i = 0; i < pages.size(); ++i) {
        auto *item = new QListWidgetItem(QIcon(pages.at(i).second), pages.at(i).first, m_nav);
        item->setSizeHint(QSize(140, 48));
        // Said after the page's name, with the key that opens it from anywhere.
        const QString keys = QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText);
        item->setData(Qt::AccessibleDescriptionRole, tr("Page, %1").arg(keys));
        item->setToolTip(tr("%1 (%2)").arg(pages.at(i).first, keys));
    }
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setAccessibleDescription(tr("Guichet's pages: the arrows choose one, or Ctrl and its number."));
    styleNavigation();

    m_stack = new QStackedWidget(this);
    m_agenda = new AgendaView(session, m_stack);
    m_patients = new PatientsView(session, m_stack);
    m_duplicates = new DuplicatesView(session, m_stack);
    m_documents = new DocumentsView(session, m_stack);
    m_statistics = new NoShowStatsView(session, m_stack);
    m_syncController = new SyncController(session, this);
    m_syncController->setLive(true); // after the first exchange: every change pushed and received at once
    m_sync = new SyncView(session, *m_syncController, m_stack);
    m_stack->addWidget(m_agenda);
    m_stack->addWidget(m_patients);
    m_stack->addWidget(m_duplicates);
    m_stack->addWidget(m_documents);
    m_stack->addWidget(m_statistics);
    m_stack->addWidget(m_sync);
    m_agenda->usePreferences(&settings);
    // A practitioner signed in sees their own day first.
    if (session.user().role == Role::Practitioner && !session.user().practitionerId.isEmpty()) {
        m_agenda->setPractitionerFilter(session.user().practitionerId);
        m_agenda->setDisplay(AgendaView::Display::Day);
    }
    connect(m_agenda, &AgendaView::appointmentChanged, this, &MainWindow::refreshStatus);
    connect(m_patients, &PatientsView::bookingAsked, this, [this](const QString &patientId) {
        showPage(AgendaPage);
        m_agenda->openBookingFor(patientId);
    });
    connect(m_patients, &PatientsView::appointmentChanged, this, [this] {
        m_agenda->model()->reload();
        refreshStatus();
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        if (row == SyncPage)
            m_sync->reload();
        if (row == StatisticsPage)
            m_statistics->reload();
        if (row == DuplicatesPage)
            m_duplicates->reload(); // a scan: only when the page is opened
        m_syncLabel->setText(syncStateText()); // the patient count changes only with patients
    });

    // The status bar's counters: a screen reader says the text, then what it counts.
    m_dbLabel = new QLabel(this);
    m_dbLabel->setAccessibleDescription(tr("The practice's database and its number of patients"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(u"syncState"_s);
    m_syncLabel->setAccessibleDescription(tr("The exchange with the central agenda"));
    m_userLabel = new QLabel(this);
    m_userLabel->setAccessibleDescription(tr("Who is signed in on this desk"));
    m_backupLabel = new QLabel(this);
    m_backupLabel->setObjectName(u"backupWarning"_s);
    m_backupLabel->setAccessibleDescription(tr("Warning about the daily backup"));
    Tones::apply(m_backupLabel, Tone::Error, true);
    m_backupLabel->hide();
    statusBar()->addWidget(m_dbLabel);
    statusBar()->addWidget(m_syncLabel);
    statusBar()->addWidget(m_backupLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    buildMenus();
    connect(m_syncController, &SyncController::stateChanged, this, [this] { m_syncLabel->setText(syncStateText()); });
    connect(m_syncController, &SyncController::finished, this, [this] {
        // What the central agenda sent shows at once wherever the desk is looking.
        // Only appointments (and what hangs on them) received live: the agenda keeps its
        // practitioners, hours and absences; anything else, or a full exchange, reloads all.
        // Appointments alone, each named: only they are read again on the grid.
        const QStringList types = m_syncController->takeReceivedTypes();
        const std::optional<QStringList> appointments = m_syncController->takeReceivedAppointments();
        static const QStringList practiceTypes = {u"Location"_s, u"Practitioner"_s, u"PractitionerRole"_s,
                                                  u"HealthcareService"_s};
        static const QStringList appointmentTypes = {u"Appointment"_s, u"CommunicationRequest"_s};
        const bool practice = types.isEmpty()
            || std::any_of(types.cbegin(), types.cend(), [](const QString &t) { return practiceTypes.contains(t); });
        const bool named = appointments
            && std::all_of(types.cbegin(), types.cend(), [](const QString &t) { return appointmentTypes.contains(t); });
        if (currentPage() == AgendaPage) {
            if (practice)
                m_agenda->reload();
            else if (named)
                m_agenda->refreshAppointments(*appointments);
            else
                m_agenda->reloadAppointments();
        }
        if (currentPage() == PatientsPage)
            m_patients->refresh();
        refreshStatus();
    });
    // The first exchange shortly after opening, then every few minutes.
    QTimer::singleShot(2000, m_syncController, &SyncController::syncNow);
    // The practice's housekeeping, with or without a central agenda (one process at a time).
    auto *housekeeping = new QTimer(this);
    housekeeping->setInterval(60 * 1000);
    connect(housekeeping, &QTimer::timeout, this, &MainWindow::runHousekeeping);
    housekeeping->start();

    m_lock = new LockScreen(session, this);
    connect(m_lock, &LockScreen::unlocked, this, [this] {
        centralWidget()->setEnabled(true);
        menuBar()->setEnabled(true);
        m_idle->setPaused(false);
    });
    // Another person at a locked desk: the note the first one left typed is saved in their name
    // (nobody else decides about it, nor reads it in a question), then the sign-in comes back.
    connect(m_lock, &LockScreen::switchUserRequested, this, [this] {
        AppointmentPanel *panel = m_agenda ? m_agenda->panel() : nullptr;
        if (panel && panel->hasUnsavedNote() && !panel->saveNote(panel->noteEdit()->toPlainText())) {
            m_lock->say(
                tr("%1's note could not be saved: they must unlock to keep it.").arg(m_session.user().displayName));
            return;
        }
        if (auto audited = m_session.audit(u"screen.switch-user"_s, u"user"_s, m_session.user().id, QString());
            !audited) {
            m_lock->say(audited.error().message);
            return;
        }
        requestSwitchUser();
    });
    m_idle = new IdleWatcher(this);
    m_idle->setIdleMinutes(PracticeRules::idleLockMinutes(session, SettingsDialog::idleLockMinutes(settings)));
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);

    showPage(AgendaPage);
    refreshStatus();
    restoreGeometry(settings.value(u"ui/geometry"_s).toByteArray());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The keyboard in the agenda from the moment the window shows: F1 and the agenda's shortcuts
    // work right after sign-in, without a click first (not in the navigation list).
    if (!m_shownOnce && m_stack->currentWidget() == m_agenda) {
        m_shownOnce = true;
        // Once the show is done (the children are not all visible while it runs).
        QTimer::singleShot(0, m_agenda, [agenda = m_agenda] {
            // The grid, or the day's list where the grid is not shown (the list display).
            (agenda->grid()->isVisible() ? static_cast<QWidget *>(agenda->grid()) : agenda->table())
                ->setFocus(Qt::OtherFocusReason);
        });
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::runHousekeeping()
{
    if (!m_syncController->isEnabledForRuns())
        return;
    const HousekeepingReport done =
        Housekeeping::run(m_session, u"desktop:%1"_s.arg(QCoreApplication::applicationPid()));
    if (done.offers > 0 || done.messagesPlanned > 0 || done.archived > 0) {
        m_agenda->reload();
        refreshStatus();
    }
    showBackupWarning();
}

void MainWindow::requestRestore(const QString &backupFile)
{
    // Only once the window did close: a note typed and kept open stops the restore too.
    if (close())
        emit restoreRequested(backupFile);
}

void MainWindow::requestSwitchUser()
{
    if (close())
        emit switchUserRequested();
}

void MainWindow::showBackupWarning()
{
    const QString warning = backupWarning();
    m_backupLabel->setText(warning);
    m_backupLabel->setVisible(!warning.isEmpty());
}

QString MainWindow::backupWarning() const
{
    auto status = BackupSchedule::status(m_session);
    if (!status || !status->missed)
        return {};
    if (!status->lastGood.isValid())
        return tr("No backup made yet into %1 — tell the administrator").arg(status->folder);
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    return tr("No backup since %1 — tell the administrator")
        .arg(QLocale().toString(status->lastGood.toTimeZone(zone), u"dddd d MMMM HH:mm"_s));
}

AdministrationDialog *MainWindow::openAdministration()
{
    auto *dialog = new AdministrationDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdministrationDialog::practiceChanged, this, [this] {
        m_agenda->reload();
        m_syncController->refresh();
    });
    dialog->show();
    return dialog;
}

SetupAssistant *MainWindow::openSetupAssistant()
{
    auto *assistant = new SetupAssistant(
        m_session, [this] { return takePracticeFromCentralAgenda(); }, this);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    connect(assistant, &QDialog::finished, this, [this] {
        m_agenda->reload();
        refreshStatus();
    });
    assistant->show();
    return assistant;
}

bool MainWindow::takePracticeFromCentralAgenda()
{
    ServerDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted && !dialog.accessChanged())
        return false;
    QEventLoop loop;
    connect(m_syncController, &SyncController::finished, &loop, &QEventLoop::quit);
    m_syncController->serverChanged();
    if (m_syncController->isRunning())
        loop.exec();
    return true;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    QAction *syncAction = file->addAction(tr("S&ynchronise now"), m_syncController, &SyncController::syncNow);
    syncAction->setShortcut(QKeySequence(Qt::Key_F9));
    file->addAction(tr("&Central agenda…"), this, [this] {
        showPage(SyncPage);
        m_sync->openServerSettings();
    });
    QAction *messages = file->addAction(tr("&Messages to patients…"), this, [this] {
        auto *dialog = new MessageTemplatesDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    messages->setObjectName(u"messagesToPatientsAction"_s);
    QAction *calls = file->addAction(tr("&Waiting list: patients to phone…"), this, [this] {
        auto *dialog = new WaitlistCallsDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this] {
            m_agenda->reload();
            refreshStatus();
        });
        dialog->open();
    });
    calls->setObjectName(u"waitlistCallsAction"_s);
    QAction *admin = file->addAction(tr("&Administration…"), this, &MainWindow::openAdministration);
    admin->setObjectName(u"administrationAction"_s);
    admin->setEnabled(m_session.can(Right::ChangePracticeSettings));
    if (!admin->isEnabled())
        admin->setToolTip(tr("For the practice's administrators."));
    QAction *backup = file->addAction(tr("&Backup and vault key…"), this, [this] {
        auto *dialog = new BackupDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    backup->setObjectName(u"backupAction"_s);
    backup->setEnabled(m_session.can(Right::RestoreBackup));
    QAction *restore = file->addAction(tr("&Restore a backup…"), this, [this] {
        const QString chosen =
            QFileDialog::getOpenFileName(this, tr("Restore a backup"), QString(), tr("Guichet backups (*.db)"));
        if (chosen.isEmpty())
            return;
        const auto answer = QMessageBox::warning(
            this, tr("Restore a backup"),
            tr("Guichet will close this practice's database, check the backup %1 whole, put it in place and open "
               "it again. Everything recorded since that backup will no longer be in the agenda (the current "
               "database is kept beside it, untouched). Other desks using this same file must be closed first.\n\n"
               "Restore it?")
                .arg(QFileInfo(chosen).fileName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            requestRestore(chosen);
    });
    restore->setObjectName(u"restoreAction"_s);
    restore->setEnabled(m_session.can(Right::RestoreBackup));
    QAction *lockAction = file->addAction(tr("&Lock the screen"), this, &MainWindow::lock);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Another person takes the desk without quitting: this window closes (asking first about
    // anything typed), the sign-in window comes back.
    QAction *switchUser = file->addAction(tr("Change &user…"), this, &MainWindow::requestSwitchUser);
    switchUser->setObjectName(u"switchUserAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names = {tr("&Agenda"),    tr("&Patients"),   tr("D&uplicates"),
                               tr("&Documents"), tr("S&tatistics"), tr("S&ync")};
    for (int i = 0; i < PageCount; ++i) {
        QAction *a = view->addAction(names.at(i), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    // One Ctrl+F (two would be ambiguous for Qt, and neither would fire): in the agenda it finds
    // appointments, as F1 says; elsewhere a patient.
    QAction *find = view->addAction(tr("&Find"), this, [this] {
        if (currentPage() == AgendaPage) {
            m_agenda->openSearch();
            return;
        }
        showPage(PatientsPage);
        m_patients->setFocus();
    });
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Guichet"), this, &MainWindow::about);
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

QString MainWindow::pageName(Page page)
{
    static const QStringList names = {u"agenda"_s,    u"patients"_s,   u"duplicates"_s,
                                      u"documents"_s, u"statistics"_s, u"sync"_s};
    return names.value(int(page));
}

void MainWindow::styleNavigation()
{
    // The house's calm blue-grey on a light palette; a dark or high-contrast one keeps its own
    // colours, the list only larger.
    m_nav->setStyleSheet(Tones::isDark(palette())
                             ? u"QListWidget#navigation { font-size: 11pt; }"
                               "QListWidget#navigation::item { padding: 6px; }"
                               "QListWidget#navigation::item:selected { background: palette(highlight);"
                               " color: palette(highlighted-text); }"_s
                             : u"QListWidget#navigation { background: #eef2f6; font-size: 11pt; }"
                               "QListWidget#navigation::item { padding: 6px; border-radius: 4px; color: #1d2733; }"
                               "QListWidget#navigation::item:selected { background: #d4e3f5; color: #0d3c73; }"_s);
}

void MainWindow::changeEvent(QEvent *event)
{
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_nav)
        styleNavigation(); // the system's theme changed while Guichet runs
    QMainWindow::changeEvent(event);
}

QString MainWindow::syncStateText() const
{
    return m_syncController->stateText();
}

void MainWindow::refreshStatus()
{
    const qint64 patients = PatientDirectory(m_session).count().valueOr(0);
    m_dbLabel->setText(tr("Database %1 · %L2 patients")
                           .arg(QFileInfo(PracticeDirectory(m_session).databaseFile()).fileName())
                           .arg(patients));
    QString sync = syncStateText();
    // Without a central agenda no message leaves: the desk phones the waiting list's offers.
    if (!SyncSettings::server(m_session))
        if (auto offers = WaitingList::openOffers(m_session); offers && !offers->isEmpty())
            sync += u" · "_s + tr("%n patient(s) to phone (waiting list)", nullptr, int(offers->size()));
    m_syncLabel->setText(sync);
    showBackupWarning();
    m_userLabel->setText(tr("%1 (%2)").arg(m_session.user().displayName, Roles::label(m_session.user().role)));
}

void MainWindow::lock()
{
    centralWidget()->setEnabled(false);
    menuBar()->setEnabled(false);
    m_idle->setPaused(true);
    m_lock->lock();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, PracticeRules::longestIdleLockMinutes(m_session), this);
    if (dialog.exec() == QDialog::Accepted)
        m_idle->setIdleMinutes(PracticeRules::idleLockMinutes(m_session, SettingsDialog::idleLockMinutes(m_settings)));
}

void MainWindow::about()
{
    MessageBox::about(this, tr("About Guichet"),
                      tr("<h3>Guichet %1</h3><p>The front desk of medical practices: agenda, patients, documents, "
                         "synchronised with the practice's central agenda.</p><p>Qt %2 · SQLite database "
                         "%3</p>")
                          .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                               PracticeDirectory(m_session).databaseFile().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quitting (Ctrl+Q, the window's ✕) never drops a note typed and not saved without asking.
    if (m_agenda && !m_agenda->panel()->settleNote()) {
        event->ignore();
        return;
    }
    m_settings.setValue(u"ui/geometry"_s, saveGeometry());
    event->accept();
}

} // namespace guichet
