#pragma once

#include "core/agenda/agendalayout.h"
#include "core/agenda/daylist.h"
#include "core/agenda/openinghours.h"
#include "core/domain/practice.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QStaticText>
#include <QTimer>
#include <QWidget>

class QAction;

namespace guichet {

class Session;

// The painted time grid (STYLE.md, KDE eventviews): one column per practitioner for a day,
// or per day and practitioner for a week; opening hours shaded, absences hatched, the
// current time as a line; appointments placed by arithmetic, overlaps in lanes, coloured
// by visit reason, with their status. Only the visible range is queried; reloads are coalesced.
class AgendaGrid final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Day, Week };

    AgendaGrid(const Session &session, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setDate(const QDate &date); // any day of the week in week mode
    QDate date() const { return m_date; }
    void setPractitioners(const QStringList &ids); // empty: every active practitioner
    void setShowCancelled(bool show);

    void scheduleReload(); // coalesced behind a short single-shot timer
    void reloadNow();
    // Only appointments changed (received live): the practitioners, hours and absences of the
    // last full reload are kept, the appointments read again.
    void reloadAppointments();
    // These appointments changed (received live): when each is still shown at the same place,
    // only they are read again and painted over the cached image; otherwise reloadAppointments().
    void refreshAppointments(const QStringList &ids);
    bool isStale() const { return m_stale; }
    void invalidatePaintCache(); // the next paint draws everything again (a reload does this too)

    int columnCount() const { return int(m_columns.size()); }
    int itemCount() const { return int(m_rows.rows.size()); }
    // A practitioner's label in a narrow column of the week (unique among those shown).
    QString shortLabel(const QString &practitionerId) const { return m_shortLabels.value(practitionerId); }
    QString appointmentAt(const QPoint &pos) const;
    QRect itemRect(int index) const;
    QString appointmentIdAt(int index) const;
    int indexOf(const QString &appointmentId) const; // -1 when not shown
    // Where a time of a practitioner's day is drawn (for the keyboard-free story: tests, tours).
    QPoint pointAt(const QString &practitionerId, const QDate &day, const QTime &time) const;
    static constexpr int SnapMinutes = 5;

    QSize sizeHint() const override { return {1200, 800}; }

    // Keyboard first: a cursor on a practitioner's column (Left/Right), moved by slot or over
    // an appointment (Up/Down); Enter books there or opens the appointment; the appointment
    // under it is selected. The selected appointment is outlined.
    void setSelectedAppointment(const QString &appointmentId);
    QString selectedAppointment() const { return m_selected; }
    int cursorColumn() const { return m_cursorColumn; }
    QDateTime cursorTime() const; // invalid when there is no cursor
    void setKeyboardCursor(int column, const QTime &time);
    static constexpr int KeyStepMinutes = 15;
    // What a block's tooltip says: times, patient, reason, channel, status, note.
    QString toolTipFor(int index) const;

    // What a screen reader says (AgendaGridAccessible): a block in plain words (time, patient,
    // practitioner, visit reason, status, channel), a column, the free time under the cursor.
    QString spokenItem(int index) const;
    QString spokenColumn(int column) const;
    QString spokenCursor() const; // empty without a cursor
    QRect columnArea(int column) const { return columnRect(column).toRect(); }
    QRect cursorRect() const; // the free-time cell under the keyboard cursor
    int itemUnderCursor() const { return itemAtCursor(); } // -1: free time
    void activateItem(int index); // what Enter does on it: open the appointment
    // The status as a mark before the patient's name (with a space), so that the strip's colour
    // is never its only sign: ● arrived, ▶ in consultation, ✓ done, ✗ not honoured.
    static QString statusMark(AppointmentStatus status);
    // The view's acts on an appointment (move, cancel) a screen reader offers on each block.
    void setBlockActions(const QList<QAction *> &actions);
    QList<QAction *> blockActions() const;
    // Selects the index-th block as a click does, then the act, queued: its dialog opens once
    // the assistive technology's call has returned.
    void actOnItem(int index, QAction *action);

Q_SIGNALS:
    void appointmentClicked(const QString &appointmentId);
    // Enter on an appointment under the keyboard cursor.
    void appointmentActivated(const QString &appointmentId);
    // Click and drag over free time: book there (end invalid after a double click: the
    // visit reason's length).
    void slotChosen(const QString &practitionerId, const QDateTime &start, const QDateTime &end);
    // An appointment dragged to another time or day, or its lower edge dragged (new length).
    void appointmentDragged(const QString &appointmentId, const QDateTime &start, const QDateTime &end);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Column
    {
        QDate day;
        Practitioner practitioner;
        QList<OpeningRange> ranges;
        QList<Absence> absences;
    };
    QRectF columnRect(int column) const;
    void paintGridPixels(QImage &image) const; // closed and open time, lines, separators
    void paintBackground(QPainter &p) const; // over the pixels: absences, hours, titles
    // `shortText` (initials) replaces a text too wide for `maxWidth`.
    const QStaticText &title(const QString &text, int maxWidth, bool bold, const QString &shortText = {}) const;
    // Blocks straight into the pixels, then the labels: every item, or those of `only`.
    void paintItems(QImage &image, const QList<int> *only = nullptr) const;
    double yOf(int minute) const;
    int columnAt(double x) const; // -1 outside the columns
    int snappedMinuteAt(double y) const; // grid minute (from m_firstMinute), on SnapMinutes
    QDateTime timeOf(int column, int minute) const; // UTC
    QRect ghostRect() const;
    void paintGhost(QPainter &p) const;
    int minuteOf(const QDateTime &utc, const QDate &day) const;

    const Session &m_session;
    QTimeZone m_zone;
    Mode m_mode = Mode::Day;
    QDate m_date;
    QStringList m_practitionerIds;
    bool m_showCancelled = false;
    QTimer m_reload;
    bool m_stale = true; // a reload was asked while hidden
    QList<Column> m_columns;
    AgendaRows m_rows;
    QString m_loadError; // opening hours or absences that could not be read
    QList<QPointer<QAction>> m_blockActions;
    // What the last full reload read besides the appointments, for reloadAppointments().
    QString m_contextKey; // mode, first day, practitioners
    QList<Practitioner> m_contextPractitioners;
    QHash<QString, OpeningHours> m_contextHours;
    QHash<QString, QList<Absence>> m_contextAbsences;
    bool m_appointmentsOnly = false;
    QList<GridItem> m_items;
    QList<GridPlacement> m_places;
    struct Look
    {
        QRgb fill = 0;
        QRgb border = 0;
        QRgb status = 0; // 0: no strip
        bool cancelled = false;
    };
    QList<Look> m_looks; // colours parsed once per reload, not per paint
    QHash<QString, QString> m_shortLabels; // by practitioner: initials, longer where two would share them
    QList<QColor> m_fills; // by visit reason (AgendaRows::motifs)
    QList<QRgb> m_borders; // by practitioner (AgendaRows::practitioners)
    Look lookOf(const AgendaRow &row) const;
    void layOut(); // columns, blocks and colours from m_rows and the context of the last reload
    QList<int> m_repaintItems; // refreshed in place: painted over the cached image
    mutable QHash<QString, QStaticText> m_titles; // elided and shaped once (cleared on resize)
    QImage m_background; // grid and appointments: redrawn on reload and resize, not on every repaint
    bool m_backgroundDirty = true;
    int m_perDay = 1; // columns per day (the practitioners shown)
    // A drag in progress: a new slot, a move or a resize, drawn over the cached image.
    enum class Drag { None, Create, Move, Resize };
    Drag m_drag = Drag::None;
    bool m_dragging = false; // past the drag distance
    QPoint m_pressPos;
    int m_dragItem = -1;
    int m_dragColumn = -1;
    int m_dragStart = 0; // grid minutes
    int m_dragEnd = 0;
    int m_grabOffset = 0; // minutes between the block's start and the point grabbed
    int itemAtCursor() const; // -1: free time under the cursor
    void moveCursorTo(int column, int minute);
    void announceCursor(); // the screen reader's focus follows the keyboard cursor
    int m_cursorColumn = -1;
    int m_cursorMinute = 0; // grid minutes
    QString m_selected;
    // Where the selected appointment was last found: checked in constant time on each paint,
    // searched again only when the rows changed.
    int selectedIndex() const;
    mutable int m_selectedIndex = -1;
    int m_firstMinute = 7 * 60;
    int m_lastMinute = 20 * 60;
};

} // namespace guichet
