#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace guichet {

class Session;

// Two people sharing one record: the other person's identity is typed, their appointments
// and documents ticked, and they move to a new record (MergeService::split, audited).
class SplitDialog final : public QDialog
{
    Q_OBJECT
public:
    SplitDialog(const Session &session, const QString &patientId, QWidget *parent = nullptr);

    QLineEdit *field(const QString &name) const; // birth_name, first_names, birth_date
    QComboBox *sexBox() const { return m_sex; }
    QListWidget *rows() const { return m_rows; } // appointments then documents, checkable
    QString problem() const;
    QString createdId() const { return m_created; }
    void accept() override;

private:
    const Session &m_session;
    QString m_patientId;
    QHash<QString, QLineEdit *> m_fields;
    QComboBox *m_sex = nullptr;
    QListWidget *m_rows = nullptr;
    QLabel *m_problem = nullptr;
    QString m_created;
};

} // namespace guichet
