#pragma once

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace guichet {

class NoShowChart;
class NoShowStatsModel;
class Session;

// The figures practices watch: no-show and late-cancellation rates, time lost; exportable as CSV.
class NoShowStatsView final : public QWidget
{
    Q_OBJECT
public:
    NoShowStatsView(const Session &session, QWidget *parent = nullptr);

    void setRange(const QDate &from, const QDate &to);
    void reload();
    NoShowStatsModel *model() const { return m_model; }
    // Writes the detailed figures (month, practitioner, reason); false with a message shown on failure.
    bool exportCsv(const QString &file);

private:
    const Session &m_session;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_detail = nullptr;
    QTableView *m_table = nullptr;
    NoShowStatsModel *m_model = nullptr;
    NoShowChart *m_chart = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace guichet
