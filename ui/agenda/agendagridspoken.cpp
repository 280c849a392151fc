#include "core/access/directory.h"
#include "core/agenda/appointmentdetails.h"
#include "core/base/timeutil.h"
#include "ui/agenda/agendagrid.h"

#include <QAccessible>
#include <QAction>
#include <QLocale>

using namespace Qt::StringLiterals;

// What the grid says about what it paints: the blocks' tooltips, and the words a screen reader
// reads for a block, a column and the free time under the keyboard cursor (AgendaGridAccessible).

namespace guichet {

QString AgendaGrid::toolTipFor(int index) const
{
    if (index < 0 || index >= m_rows.rows.size())
        return {};
    const AgendaRow &row = m_rows.rows.at(index);
    const QString time = fromStored(row.start).toTimeZone(m_zone).toString(u"HH:mm"_s) + u" – "_s
        + fromStored(row.end).toTimeZone(m_zone).toString(u"HH:mm"_s);
    QStringList lines{u"<b>"_s + time + u"  "_s + row.patientName().toHtmlEscaped() + u"</b>"_s};
    if (row.motif >= 0) {
        const AgendaRows::Name &motif = m_rows.motifs.at(row.motif);
        lines << motif.name.toHtmlEscaped() + (motif.video ? u" · "_s + tr("video") : QString());
    }
    if (row.practitioner >= 0 && m_perDay > 1)
        lines << m_rows.practitioners.at(row.practitioner).name.toHtmlEscaped();
    lines << BookingChannels::label(row.channel) + u" · "_s + AppointmentStatuses::label(row.status);
    if (row.hasNote) {
        if (auto a = AppointmentDirectory(m_session).byId(row.id))
            lines << u"<i>"_s + tr("Note: %1").arg(a->note.toHtmlEscaped()) + u"</i>"_s;
    }
    return lines.join(u"<br>"_s);
}

QString AgendaGrid::spokenItem(int index) const
{
    if (index < 0 || index >= m_rows.rows.size())
        return {};
    const AgendaRow &row = m_rows.rows.at(index);
    QStringList parts{tr("%1 to %2")
                          .arg(fromStored(row.start).toTimeZone(m_zone).toString(u"HH:mm"_s),
                               fromStored(row.end).toTimeZone(m_zone).toString(u"HH:mm"_s)),
                      row.patientName()};
    if (m_mode == Mode::Week)
        parts.prepend(QLocale().toString(fromStored(row.start).toTimeZone(m_zone).date(), u"dddd d MMMM"_s));
    if (row.practitioner >= 0)
        parts << m_rows.practitioners.at(row.practitioner).name;
    if (row.motif >= 0) {
        const AgendaRows::Name &motif = m_rows.motifs.at(row.motif);
        parts << (motif.video ? motif.name + u", "_s + tr("video") : motif.name);
    }
    parts << AppointmentStatuses::label(row.status) << BookingChannels::label(row.channel);
    if (row.hasNote)
        parts << tr("with a note");
    return parts.join(u", "_s);
}

QString AgendaGrid::spokenColumn(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    const Column &c = m_columns.at(column);
    return c.practitioner.displayName() + u", "_s + QLocale().toString(c.day, u"dddd d MMMM"_s);
}

QString AgendaGrid::spokenCursor() const
{
    if (m_cursorColumn < 0 || m_cursorColumn >= m_columns.size())
        return {};
    const QDateTime at = cursorTime().toTimeZone(m_zone);
    return tr("Free time at %1, %2").arg(at.toString(u"HH:mm"_s), spokenColumn(m_cursorColumn));
}

QRect AgendaGrid::cursorRect() const
{
    if (m_cursorColumn < 0 || m_cursorColumn >= m_columns.size())
        return {};
    const QRectF col = columnRect(m_cursorColumn);
    const double top = yOf(m_cursorMinute);
    return QRectF(col.left(), top, col.width(), yOf(m_cursorMinute + KeyStepMinutes) - top).toRect();
}

QString AgendaGrid::statusMark(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Arrived:
        return u"● "_s;
    case AppointmentStatus::InConsultation:
        return u"▶ "_s;
    case AppointmentStatus::Fulfilled:
        return u"✓ "_s;
    case AppointmentStatus::NoShow:
        return u"✗ "_s;
    default:
        return QString(); // booked: no mark; cancelled: struck out
    }
}

void AgendaGrid::setBlockActions(const QList<QAction *> &actions)
{
    m_blockActions.clear();
    for (QAction *action : actions)
        m_blockActions << action;
}

QList<QAction *> AgendaGrid::blockActions() const
{
    QList<QAction *> out;
    for (const QPointer<QAction> &action : m_blockActions)
        if (action)
            out << action.data();
    return out;
}

void AgendaGrid::actOnItem(int index, QAction *action)
{
    if (index < 0 || index >= m_rows.rows.size() || !action)
        return;
    Q_EMIT appointmentClicked(m_rows.rows.at(index).id); // the view selects it, its acts follow
    QMetaObject::invokeMethod(action, &QAction::trigger, Qt::QueuedConnection);
}

void AgendaGrid::activateItem(int index)
{
    if (index >= 0 && index < m_rows.rows.size())
        Q_EMIT appointmentActivated(m_rows.rows.at(index).id);
    else if (m_cursorColumn >= 0 && m_cursorColumn < m_columns.size())
        Q_EMIT slotChosen(m_columns.at(m_cursorColumn).practitioner.id, cursorTime(), QDateTime());
}

void AgendaGrid::announceCursor()
{
    // Not only when a screen reader is known to listen (isActive): the bridge may start later,
    // and an update handler (a test, a tool) listens without one.
    if (!isVisible())
        return;
    QAccessibleInterface *grid = QAccessible::queryAccessibleInterface(this);
    if (QAccessibleInterface *focus = grid ? grid->focusChild() : nullptr) {
        QAccessibleEvent event(focus, QAccessible::Focus);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace guichet
