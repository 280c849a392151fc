#pragma once

#include "identity/duplicatefinder.h"
#include "identity/patientinput.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace guichet {

class Session;

// A new patient record, checked field by field as it is typed (core/identity rules), with
// the records already known that may be the same person shown before anything is saved.
class NewPatientDialog final : public QDialog
{
    Q_OBJECT
public:
    NewPatientDialog(const Session &session, QWidget *parent = nullptr);

    QLineEdit *field(const QString &name) const; // birth_name, first_names, birth_date, usage_name, phone, email, niss, nir
    QComboBox *sexBox() const { return m_sex; }
    QListWidget *likelyDuplicates() const { return m_duplicates; }
    QString problems() const;
    QString createdId() const { return m_created; }
    void refresh(); // checks and searches now (normally after a short pause in typing)
    void accept() override; // saves, unless a problem remains

private:
    PatientInput input() const;

    const Session &m_session;
    QHash<QString, QLineEdit *> m_fields;
    QComboBox *m_sex = nullptr;
    QLabel *m_problems = nullptr;
    QListWidget *m_duplicates = nullptr;
    QLabel *m_duplicatesTitle = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_created;
};

} // namespace guichet
