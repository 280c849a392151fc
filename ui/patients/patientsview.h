#pragma once

#include "core/base/result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;
class QUrl;

namespace guichet {

class PatientSearchModel;
class DocumentsPanel;
class Session;

// Type-ahead search over names, birth date, phones and ids; the record of the selected patient beside it.
class PatientsView final : public QWidget
{
    Q_OBJECT
public:
    PatientsView(const Session &session, QWidget *parent = nullptr);

    void search(const QString &text); // sets the field and runs at once
    PatientSearchModel *model() const { return m_model; }
    void selectRow(int row);
    QString shownPatientId() const { return m_shownId; }
    DocumentsPanel *documents() const { return m_documents; }
    // Shows a record directly (from the agenda or a link), with its search.
    void showPatientById(const QString &id);
    // The shown record read again (changes received from the central agenda), search and scroll kept.
    void refresh();

    // "noshow:ID" marks the appointment, "undo-noshow:ID" undoes today's mark, "erase-noshow:ID"
    // erases an unjustified one, "block:PRACTITIONER" / "unblock:PRACTITIONER" block the patient's
    // online booking with that practitioner or lift the block (links of the record; the reason
    // is asked).
    void actOnAppointment(const QUrl &url);
    // The same acts with their reason given (the practice's rights and audit are core's).
    Result<void> eraseNoShow(const QString &appointmentId, const QString &reason);
    Result<void> setOnlineBlock(const QString &practitionerId, bool blocked, const QString &reason);
    QString recordText() const; // what the record shows, as plain text
    // Relatives at the desk, on the record shown (the rules are core's).
    Result<void> linkToHolder(const QString &holderId, const QString &relationship);
    Result<void> unlinkFromHolder(const QString &reason);

Q_SIGNALS:
    void appointmentChanged(const QString &appointmentId);
    // "Book…" on the record shown: the agenda's booking dialog for that patient.
    void bookingAsked(const QString &patientId);

private:
    void runSearch();
    void clearShown();
    void enterList(); // the keyboard into the results, on the record shown or the first
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showPatient(const QString &id);
    QString askRelationship(const QString &title); // empty when the desk cancels

    const Session &m_session;
    PatientSearchModel *m_model = nullptr;
    QLineEdit *m_field = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_record = nullptr;
    DocumentsPanel *m_documents = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_shownId;
};

} // namespace guichet
