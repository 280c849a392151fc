#pragma once

#include "core/domain/patient.h"

#include <QAbstractTableModel>

namespace guichet {

class Session;

// The patients matching what the secretary types, first 50, one reset per query.
class PatientSearchModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, BirthDate, Phone, Identifier, IdentityStatusColumn, NoShows, ColumnCount };
    static constexpr int PatientIdRole = Qt::UserRole + 1;

    explicit PatientSearchModel(const Session &session, QObject *parent = nullptr);

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    const Patient *patientAt(int row) const;
    // "2" or "3 · blocked online (1 practitioner)"; empty when the patient has none.
    static QString noShowBadge(const Session &session, const QString &patientId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Session &m_session;
    QString m_country; // the practice's: its phones shown in their national form
    QString m_query;
    QList<Patient> m_rows;
    QList<QString> m_noShowBadges; // one per row, computed with the rows
};

} // namespace guichet
