#pragma once

#include "core/domain/appointment.h"
#include "core/domain/user.h"

#include <QDateTime>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QKeySequence;
class QLabel;
class QPagedPaintDevice;
class QPrinter;
class QSettings;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace guichet {

class AgendaGrid;
class AppointmentPanel;
class AppointmentSearchDialog;
class RunningLateDialog;
class BookingDialog;
class DayListModel;
class MonthView;
class Session;
struct Error;

// The agenda a secretary keeps open all day: the day list, the painted day and week grids
// with one column per chosen practitioner, the month. Booking (Ctrl+N, or click and drag
// on the grid), moving (drag and drop, or a dialog), changing a length (the lower edge),
// cancelling, arrivals and no-shows; the agenda's acts can be undone and redone.
class AgendaView final : public QWidget
{
    Q_OBJECT
public:
    AgendaView(const Session &session, QWidget *parent = nullptr);

    void setDay(const QDate &day);
    // Everything read again (after a synchronisation brought changes).
    void reload();
    // Only appointments changed (received live): the day list and the grid's appointments read
    // again, the practitioners, hours and absences kept; selection and scroll stay.
    void reloadAppointments();
    void refreshAppointments(const QStringList &ids); // these changed: the grid re-reads only them
    QDate day() const;
    DayListModel *model() const { return m_model; }
    AgendaGrid *grid() const { return m_grid; }
    MonthView *month() const { return m_month; }
    enum class Display { List, Day, Week, Month };
    void setDisplay(Display display);
    Display display() const { return m_display; }
    // The practitioners shown side by side (empty: all), remembered per desk.
    void setPractitioners(const QStringList &practitionerIds);
    QStringList practitioners() const { return m_practitionerIds; }
    void setPractitionerFilter(const QString &practitionerId); // one, or empty for all
    // The display and the practitioners chosen are remembered per desk.
    void usePreferences(QSettings *settings);
    QTableView *table() const { return m_table; }
    void selectRow(int row);
    void selectAppointment(const QString &appointmentId);
    QString currentAppointmentId() const { return m_current; }
    QString message() const;
    bool lastActFailed() const { return m_failed; }

    // The acts, as the menus and the grid run them (also for tests and scripts).
    BookingDialog *openBooking(const QString &practitionerId = {}, const QDateTime &start = {},
                               const QDateTime &end = {}); // window-modal; books when accepted
    BookingDialog *openBookingFor(const QString &patientId); // from the patient's record
    RunningLateDialog *openRunningLate(); // "running late" to the patients still expected
    AppointmentSearchDialog *openSearch(const QString &patientId = {}); // opens the agenda on the one chosen
    bool reschedule(const QString &appointmentId, const QDateTime &start, const QDateTime &end);
    bool cancelCurrent(CancelledBy by, const QString &reason);
    // The practice's judgement on the current appointment's patient (practitioners, administrators).
    bool eraseCurrentNoShow(const QString &reason);
    bool setCurrentOnlineBlock(bool blocked, const QString &reason);
    bool printDay(QPrinter *printer, const QString &practitionerId) const; // the day list of one practitioner
    // Several practitioners' days from `from` (1: a day, 7: a week), on a printer or a PDF.
    bool printSchedule(QPagedPaintDevice *device, const QStringList &practitionerIds, const QDate &from,
                       int days) const;
    bool printSlip(QPagedPaintDevice *device, const QString &appointmentId) const; // for the patient
    QUndoStack *undoStack() const { return m_undo; }

    // The actions on the current appointment (context menu and shortcuts).
    QAction *markNoShowAction() const { return m_markNoShow; }
    QAction *markExcusedAction() const { return m_markExcused; }
    QAction *undoNoShowAction() const { return m_undoNoShow; }
    QAction *eraseNoShowAction() const { return m_eraseNoShow; }
    QAction *onlineBlockAction() const { return m_onlineBlock; }
    QAction *arrivedAction() const { return m_arrived; }
    QAction *startAction() const { return m_start; }
    QAction *finishAction() const { return m_finish; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *moveAction() const { return m_move; }
    QAction *printAction() const { return m_print; }
    QAction *documentsAction() const { return m_documents; }
    void showDocuments(); // the current appointment's documents, in a dialog
    QAction *messagesAction() const { return m_messages; }
    void showMessages(); // what the current appointment's patient was and will be sent
    QAction *undoAction() const { return m_undoAct; }
    AppointmentPanel *panel() const { return m_panel; }
    // Every shortcut of the agenda, in a window (F1).
    void showShortcuts();
    QString shortcutsText() const;
    // The keys F1 lists (the arrows and Enter aside), each with what it does: the list shown and
    // the test that presses every key read this one table.
    QList<std::pair<QKeySequence, QString>> listedShortcuts() const;
    QAction *redoAction() const { return m_redoAct; }

Q_SIGNALS:
    void appointmentChanged(const QString &appointmentId);

private:
    void refreshSummary();
    void refreshAll(const QString &appointmentId);
    void act(const QString &what);
    void updateActions();
    void showResult(const QString &text, bool error);
    void afterCommand(const QString &appointmentId, const Error *error, const QString &done);
    void askCancel();
    void askMove();
    void askPrint();
    void askSlip(const QString &appointmentId);
    void rebuildPractitionerMenu();

    const Session &m_session;
    DayListModel *m_model = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_showCancelled = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    AgendaGrid *m_grid = nullptr;
    MonthView *m_month = nullptr;
    QComboBox *m_displayBox = nullptr;
    QToolButton *m_practitionerButton = nullptr;
    QStringList m_practitionerIds;
    Display m_display = Display::List;
    QSettings *m_settings = nullptr;
    QString m_current;
    bool m_failed = false;
    QUndoStack *m_undo = nullptr;
    AppointmentPanel *m_panel = nullptr;
    QTimer *m_clockTick = nullptr;
    QAction *m_markNoShow = nullptr;
    QAction *m_markExcused = nullptr;
    QAction *m_undoNoShow = nullptr;
    QAction *m_eraseNoShow = nullptr;
    QAction *m_onlineBlock = nullptr; // block, or lift the block, of the patient with the practitioner
    QAction *m_arrived = nullptr;
    QAction *m_start = nullptr;
    QAction *m_finish = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_move = nullptr;
    QAction *m_print = nullptr;
    QAction *m_documents = nullptr;
    QAction *m_messages = nullptr;
    QAction *m_undoAct = nullptr;
    QAction *m_redoAct = nullptr;
};

} // namespace guichet
