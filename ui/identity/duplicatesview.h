#pragma once

#include "core/identity/mergeservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace guichet {

class Session;

// The review queue of likely duplicate records: pairs by band; for the pair chosen, the two
// records side by side with the differing fields highlighted and a choice per field; then
// Merge, Not the same person (remembered) or Later. Merging needs the right to merge.
class DuplicatesView final : public QWidget
{
    Q_OBJECT
public:
    DuplicatesView(const Session &session, QWidget *parent = nullptr);

    void reload(); // scans again
    QTableWidget *pairsTable() const { return m_pairs; }
    QTableWidget *comparison() const { return m_compare; }
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *mergeButton() const { return m_merge; }
    void choosePair(int row);
    bool mergeChosen(); // with the fields ticked and the reason typed
    bool undoLastMerge(); // the merge just made, replayed backwards (refused when rows changed since)
    QPushButton *undoMergeButton() const { return m_undoMerge; }
    QTableWidget *historyTable() const { return m_history; } // the merges, newest first
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

private:
    void showPlan();
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
    QPushButton *m_undoMerge = nullptr;
    QLabel *m_message = nullptr;
    QList<DuplicatePair> m_list;
    std::optional<MergePlan> m_plan;
    QString m_lastMergeId;
};

} // namespace guichet
