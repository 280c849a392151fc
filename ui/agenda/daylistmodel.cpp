#include "ui/agenda/daylistmodel.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/base/clock.h"
#include "ui/shell/tones.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace guichet {

DayListModel::DayListModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_zone(PracticeDirectory(session).displayZone())
{}

void DayListModel::setDay(const QDate &day)
{
    m_day = day;
    reload();
}

void DayListModel::setShowCancelled(bool show)
{
    m_showCancelled = show;
    reload();
}

void DayListModel::reload()
{
    beginResetModel();
    m_rows = DayList::load(m_session, m_day, m_zone).valueOr({});
    if (!m_showCancelled) {
        m_rows.removeIf([](const DayListEntry &e) { return !AppointmentStatuses::occupiesSlot(e.appointment.status); });
    }
    endResetModel();
}

void DayListModel::setClock(const Clock *clock)
{
    m_clock = clock;
    refreshTimes();
}

void DayListModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Waiting), index(int(m_rows.size()) - 1, Waiting), {Qt::DisplayRole});
}

const DayListEntry *DayListModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DayListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DayListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DayListEntry &e = m_rows.at(index.row());
    const Appointment &a = e.appointment;
    switch (role) {
    case AppointmentIdRole:
        return a.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QString(a.start.toTimeZone(m_zone).toString(u"HH:mm"_s) + u" – "_s
                           + a.end.toTimeZone(m_zone).toString(u"HH:mm"_s) + u"  "_s + BookingChannels::mark(a.channel))
                .trimmed();
        case Practitioner:
            return e.practitionerName;
        case Patient:
            return e.hasNote ? QString(e.patientName() + u"  ✎"_s) : e.patientName();
        case Motif:
            return e.video ? QString(e.motifLabel + u" · "_s + tr("video")) : e.motifLabel;
        case Status: {
            QString label = AppointmentStatuses::label(a.status);
            if (a.status == AppointmentStatus::Cancelled && a.lateCancellation)
                label += u' ' + tr("(late)");
            if (a.status == AppointmentStatus::NoShow && a.excused)
                label += u' ' + tr("(excused)");
            return label;
        }
        case Waiting:
            // Who is waiting and since when; once called in, how long they waited.
            if (!m_clock || !e.arrivedAt.isValid())
                return {};
            if (a.status == AppointmentStatus::Arrived)
                return tr("%n min", nullptr, int(std::max<qint64>(0, e.arrivedAt.secsTo(m_clock->now()) / 60)));
            if (a.status == AppointmentStatus::InConsultation || a.status == AppointmentStatus::Fulfilled) {
                if (e.calledAt.isValid())
                    return tr("waited %n min", nullptr, int(std::max<qint64>(0, e.arrivedAt.secsTo(e.calledAt) / 60)));
            }
            return {};
        case NoShows:
            return e.noShows > 0 ? QVariant(e.noShows) : QVariant();
        case Documents:
            return e.documents > 0 ? QVariant(e.documents) : QVariant();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return a.channel == BookingChannel::Phone ? tr("Booked by phone")
                : a.channel == BookingChannel::Online ? tr("Booked online")
                                                      : tr("Booked at the desk");
        if (index.column() == Patient && e.hasNote)
            return tr("This appointment has a note: select it to read it in the panel.");
        return {};
    case Qt::DecorationRole:
        if (index.column() == Motif && !e.motifColor.isEmpty())
            return QColor(e.motifColor);
        if (index.column() == Practitioner && !e.practitionerColor.isEmpty())
            return QColor(e.practitionerColor);
        return {};
    case Qt::ForegroundRole:
        if (!AppointmentStatuses::occupiesSlot(a.status))
            return QBrush(Tones::color(Tone::Hint));
        if (index.column() == NoShows && e.noShows > 0)
            return QBrush(Tones::color(Tone::Error));
        if (index.column() == Waiting && a.status == AppointmentStatus::Arrived && m_clock && e.arrivedAt.isValid()
            && e.arrivedAt.secsTo(m_clock->now()) > 20 * 60)
            return QBrush(Tones::color(Tone::Error)); // waiting for more than 20 minutes
        if (index.column() == Status) {
            switch (a.status) {
            case AppointmentStatus::Arrived:
                return QBrush(Tones::color(Tone::Success));
            case AppointmentStatus::InConsultation:
                return QBrush(Tones::color(Tone::Info));
            case AppointmentStatus::NoShow:
                return QBrush(Tones::color(Tone::Error));
            default:
                break;
            }
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Patient && a.status == AppointmentStatus::Arrived) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (a.status == AppointmentStatus::Cancelled) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant DayListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Practitioner:
        return tr("Practitioner");
    case Patient:
        return tr("Patient");
    case Motif:
        return tr("Visit reason");
    case Status:
        return tr("Status");
    case Waiting:
        return tr("Waiting");
    case NoShows:
        //: Column: how many appointments this patient did not honour
        return tr("Missed");
    case Documents:
        //: Column: the patient's documents in the vault (not archived)
        return tr("Docs");
    default:
        return {};
    }
}

} // namespace guichet
