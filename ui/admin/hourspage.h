#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace guichet {

class Session;

// A practitioner's usual week (edited in the opening-hours dialog, with the visit reasons each
// range offers) and their absences: declared, changed or removed, the booked patients listed.
class HoursPage final : public QWidget
{
    Q_OBJECT
public:
    HoursPage(const Session &session, QWidget *parent = nullptr);

    void reload();
    QComboBox *practitionerBox() const { return m_practitioner; }
    QTableWidget *weekTable() const { return m_week; }
    QTableWidget *absencesTable() const { return m_absences; }
    QString message() const;

    // The chosen absence (row of the absences table), changed or removed.
    bool editAbsence(int row, const QDateTime &start, const QDateTime &end, const QString &label);
    bool removeAbsence(int row, const QString &reason);
    // The visit reasons the range of row `row` of the week table offers (empty: every reason).
    bool setRangeReasons(int row, const QStringList &motifIds);

private:
    void editWeek();
    void chooseReasons();
    void declareAbsence();
    void editChosen();
    void removeChosen();
    void tell(const QString &what, const QStringList &patients, bool error = false);

    const Session &m_session;
    QComboBox *m_practitioner = nullptr;
    QTableWidget *m_week = nullptr;
    QTableWidget *m_absences = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace guichet
