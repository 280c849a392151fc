#include "patientsearchmodel.h"

#include "domain/phone.h"
#include "store/patientrepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace guichet {

PatientSearchModel::PatientSearchModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void PatientSearchModel::setQuery(const QString &text)
{
    m_query = text;
    beginResetModel();
    m_rows = text.trimmed().size() < 2 ? QList<Patient>{} : PatientRepository(m_db).search(text, 50);
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
            return QLocale().toString(p.birthDate, u"dd/MM/yyyy"_s);
        case Phone: {
            const QString e164 = p.mobilePhone.isEmpty() ? p.otherPhone : p.mobilePhone;
            if (e164.isEmpty())
                return QString();
            auto parsed = Phone::parse(e164);
            return parsed ? parsed->international : e164;
        }
        case Identifier:
            return p.niss.isEmpty() ? p.nir : p.niss;
        case IdentityStatusColumn:
            return IdentityStatuses::label(p.identityStatus);
        default:
            break;
        }
    }
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
    default:
        return {};
    }
}

} // namespace guichet
