#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace guichet {

class AdministrationDialog;
class AgendaView;
class DocumentsView;
class DuplicatesView;
class IdleWatcher;
class LockScreen;
class NoShowStatsView;
class PatientsView;
class SetupAssistant;
class Session;
class SyncController;
class SyncView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { AgendaPage, PatientsPage, DuplicatesPage, DocumentsPage, StatisticsPage, SyncPage, PageCount };

    MainWindow(const Session &session, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    static QString pageName(Page page); // stable, for file names: agenda, patients, ...

    AgendaView *agendaView() const { return m_agenda; }
    PatientsView *patientsView() const { return m_patients; }
    DuplicatesView *duplicatesView() const { return m_duplicates; }
    SyncView *syncView() const { return m_sync; }
    SyncController *syncController() const { return m_syncController; }
    NoShowStatsView *statisticsView() const { return m_statistics; }
    LockScreen *lockScreen() const { return m_lock; }
    IdleWatcher *idleWatcher() const { return m_idle; }
    QString syncStateText() const;
    // The status bar's warning when the scheduled backups stopped (empty when they run).
    QString backupWarning() const;
    const Session &session() const { return m_session; }

    void lock();
    void openSettings();
    // File ▸ Administration (administrators): shown, not modal; the agenda follows what changes.
    AdministrationDialog *openAdministration();
    // The first start of a practice: the assistant, shown, not modal.
    SetupAssistant *openSetupAssistant();
    // The server settings, then one synchronisation waited for: true when it reached the server.
    bool takePracticeFromCentralAgenda();
    // The reminder sweep, the waiting-list offers and the archiving of documents (every minute).
    void runHousekeeping();
    // File ▸ Restore a backup (administrators), once confirmed: the window closes and the
    // application restores, reopens and asks to sign in again (app/main.cpp).
    void requestRestore(const QString &backupFile);
    void requestSwitchUser();

signals:
    void restoreRequested(const QString &backupFile);
    // File ▸ Change user: the window closed, another person signs in (app/main.cpp).
    void switchUserRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildMenus();
    void styleNavigation();
    void refreshStatus();
    void showBackupWarning();
    void about();

    const Session &m_session;
    QSettings &m_settings;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    AgendaView *m_agenda = nullptr;
    bool m_shownOnce = false;
    PatientsView *m_patients = nullptr;
    DuplicatesView *m_duplicates = nullptr;
    DocumentsView *m_documents = nullptr;
    SyncView *m_sync = nullptr;
    SyncController *m_syncController = nullptr;
    NoShowStatsView *m_statistics = nullptr;
    LockScreen *m_lock = nullptr;
    IdleWatcher *m_idle = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_backupLabel = nullptr;
    QLabel *m_userLabel = nullptr;
};

} // namespace guichet
