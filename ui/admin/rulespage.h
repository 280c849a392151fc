#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace guichet {

class Session;

// Every practice rule the code reads, with its meaning, unit, default and bounds; values are
// edited in place and saved through PracticeRules (validated, audited, messages replanned).
class RulesPage final : public QWidget
{
    Q_OBJECT
public:
    RulesPage(const Session &session, QWidget *parent = nullptr);

    void reload();
    // Saves every changed value; false with the first refusal shown (the others are kept).
    bool save();
    QTableWidget *table() const { return m_table; }
    // The editor of one rule (a QSpinBox, or a QCheckBox for a yes/no).
    QWidget *editorOf(const QString &key) const;
    QString message() const;
    // The scheduled backups: their folder and the last good one.
    bool saveBackupFolder(const QString &folder);
    QString backupStatusText() const;

private:
    const Session &m_session;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QLabel *m_backupStatus = nullptr;
    void reloadBackups();
};

} // namespace guichet
