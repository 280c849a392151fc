#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace guichet {

class Session;

// A patient's documents (or the practice's latest when no patient is set): added from a
// file or dropped from the file manager, previewed, printed, saved as a copy, shared with
// the patient or removed; archived ones behind a filter. Everything through DocumentVault.
class DocumentsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentsPanel(const Session &session, QWidget *parent = nullptr);

    void setPatient(const QString &patientId); // empty: the practice's latest, every patient
    // An appointment's documents only; those added here belong to it.
    void setAppointment(const QString &patientId, const QString &appointmentId);
    QString patientId() const { return m_patientId; }
    QTableWidget *table() const { return m_table; }
    QCheckBox *archivedBox() const { return m_archived; }
    QComboBox *typeBox() const { return m_type; }
    QString message() const;
    QString selectedId() const;

    // Adds files (from the dialog or a drop) as the type chosen; each refusal is said.
    void addFiles(const QStringList &paths);
    void previewSelected();
    void saveSelectedAs(const QString &path); // empty: asks where
    void shareSelected();
    void removeSelected(bool confirm = true);
    void reload();

Q_SIGNALS:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void say(const QString &text, bool error);

    const Session &m_session;
    QString m_patientId;
    QString m_appointmentId;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_archived = nullptr;
    QComboBox *m_type = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace guichet
