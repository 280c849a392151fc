#include "ui/patients/patientsearchmodel.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/noshowpolicy.h"
#include "core/domain/phone.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace guichet {

QString PatientSearchModel::noShowBadge(const Session &session, const QString &patientId)
{
    int count = 0;
    int blocked = 0;
    for (const NoShowStatus &s : NoShowPolicy::statuses(session, patientId).valueOr({})) {
        count += s.count;
        blocked += s.blocked ? 1 : 0;
    }
    if (count == 0 && blocked == 0)
        return {};
    QString badge = QString::number(count);
    if (blocked > 0)
        badge += u" · "_s + tr("blocked online (%n practitioner(s))", nullptr, blocked);
    return badge;
}

PatientSearchModel::PatientSearchModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_country(PracticeDirectory(session).country())
{}

void PatientSearchModel::setQuery(const QString &text)
{
    m_query = text;
    beginResetModel();
    m_rows.clear();
    if (text.trimmed().size() >= 2) {
        if (auto found = PatientDirectory(m_session).search(text, 50))
            m_rows = *found;
    }
    m_noShowBadges.clear();
    for (const Patient &p : std::as_const(m_rows))
        m_noShowBadges << noShowBadge(m_session, p.id);
    endResetModel();
}

const Patient *PatientSearchModel::patientAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PatientSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Patient &p = m_rows.at(index.row());
    if (role == PatientIdRole)
        return p.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return p.displayName();
        case BirthDate:
            return PartialDates::display(p.birth());
        case Phone: {
            const QString e164 = p.mobilePhone.isEmpty() ? p.otherPhone : p.mobilePhone;
            return Phone::display(e164, m_country);
        }
        case Identifier:
            return p.niss.isEmpty() ? p.nir : p.niss;
        case IdentityStatusColumn:
            return IdentityStatuses::label(p.identityStatus);
        case NoShows:
            return m_noShowBadges.value(index.row());
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == NoShows)
        return QColor(m_noShowBadges.value(index.row()).contains(u'·') ? u"#b00020"_s : u"#8a5a00"_s);
    if (role == Qt::ToolTipRole && index.column() == Name && p.deceased)
        return tr("Deceased");
    return {};
}

QVariant PatientSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case BirthDate:
        return tr("Born");
    case Phone:
        return tr("Phone");
    case Identifier:
        return tr("NISS / NIR");
    case IdentityStatusColumn:
        return tr("Identity");
    case NoShows:
        //: Column header: count of appointments not honoured
        return tr("No-shows");
    default:
        return {};
    }
}

} // namespace guichet
