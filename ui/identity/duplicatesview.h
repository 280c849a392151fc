#pragma once

#include "core/identity/mergeservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QThread;

namespace guichet {

class Session;

// The review queue of likely duplicate records: pairs by band, found in the background (the
// page opens at once; pairsShown() when they are listed, scanFinished() at the end); for the
// pair chosen, the two records side by side with the differing fields highlighted and, for
// whoever may merge, a choice per field; then Merge (confirmed), Not the same person
// (remembered) or Later. The acts a person has no right to are not shown.
class DuplicatesView final : public QWidget
{
    Q_OBJECT
public:
    DuplicatesView(const Session &session, QWidget *parent = nullptr);
    ~DuplicatesView() override;

    void reload(); // scans again, in the background
    bool scanning() const { return m_scan != nullptr; }
    QTableWidget *pairsTable() const { return m_pairs; }
    QTableWidget *comparison() const { return m_compare; }
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *mergeButton() const { return m_merge; }
    void choosePair(int row);
    // With the fields ticked and the reason typed, once the person confirmed what is kept.
    bool mergeChosen();
    QTableWidget *historyTable() const { return m_history; } // the merges, newest first (the last one made chosen)
    QPushButton *undoButton() const { return m_undoSelected; } // « Défaire cette fusion »
    QPushButton *notSameButton() const { return m_different; }
    // The records lacking a strict trait (an import's incomplete identities first); opening
    // one (double click) shows its record to complete.
    QTableWidget *incompleteTable() const { return m_incomplete; }
    bool undoSelectedMerge(); // any merge of the history (chained ones in reverse order)
    bool notSamePerson();
    void later();
    QString message() const;
    QString lastMergeId() const { return m_lastMergeId; }

Q_SIGNALS:
    void patientsChanged();
    void pairsShown();
    void scanFinished();

private:
    void scanDone(quint64 generation, const QList<DuplicatePair> &pairs);
    void showComparison(const QString &firstId, const QString &secondId);
    void clearComparison();
    void reloadHistory();
    void reloadIncomplete();
    bool undoMerge(const QString &mergeId);
    void showMessage(const QString &text, bool error);

    const Session &m_session;
    QComboBox *m_band = nullptr;
    QTableWidget *m_pairs = nullptr;
    QTableWidget *m_compare = nullptr;
    QTableWidget *m_history = nullptr;
    QTableWidget *m_incomplete = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_refusals = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_different = nullptr;
    QPushButton *m_later = nullptr;
    QPushButton *m_undoSelected = nullptr;
    QThread *m_scan = nullptr;
    quint64 m_generation = 0;
    QLabel *m_message = nullptr;
    QList<DuplicatePair> m_list;
    std::optional<MergePlan> m_plan;
    QString m_lastMergeId;
};

} // namespace guichet
