#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace guichet {

class Session;
struct AppointmentDetails;

// Beside the agenda: everything about the selected appointment (patient and how to reach
// them, reason, channel, video, note, who booked it and every change, its messages,
// documents and waiting list) and the desk's corrections on it.
class AppointmentPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AppointmentPanel(const Session &session, QWidget *parent = nullptr);

    // Empty: nothing selected. False when a note typed and not saved made the desk stay
    // (settleNote), the panel then still on its appointment.
    bool setAppointment(const QString &appointmentId);
    // A note typed and not saved asks before it would be lost: Enregistrer, Abandonner or
    // Annuler; true when it is saved, dropped, or there was none; false to stay.
    bool settleNote();
    bool hasUnsavedNote() const;
    QString appointmentId() const { return m_id; }
    void refresh();

    // The acts, as the buttons run them after their dialog (also for tests).
    bool saveNote(const QString &text);
    bool changePatient(const QString &patientId, const QString &reason);
    bool changeMotif(const QString &motifId);
    bool markEnteredInError(const QString &reason);
    bool bookAgain(const QString &reason);
    bool sendMessage(const QString &text, const QString &channel);
    // This appointment and the later ones of its series.
    bool cancelRestOfSeries(const QString &reason);
    bool moveRestOfSeries(const QDateTime &start);
    QString message() const;

    QLabel *patientLabel() const { return m_patient; }
    QLabel *contactLabel() const { return m_contact; }
    QLabel *
    fieldLabel(const QString &name) const; // when, practitioner, motif, channel, status, booked, series, waitlist
    QPlainTextEdit *noteEdit() const { return m_note; }
    QListWidget *historyList() const { return m_history; }
    QListWidget *messageList() const { return m_messages; }
    // note, patient, motif, error, again, message, slip, documents, series
    QPushButton *button(const QString &name) const;

Q_SIGNALS:
    void changed(const QString &appointmentId);
    void documentsAsked();
    void slipAsked(const QString &appointmentId);

private:
    void show(const AppointmentDetails &d);
    void clear();
    void result(const QString &text, bool error);
    void askPatient();
    void askMotif();
    void askEnteredInError();
    void askBookAgain();
    void askMessage();
    void askSeries();

    const Session &m_session;
    QString m_id;
    QString m_noteFor; // the appointment whose note the editor holds
    QLabel *m_patient = nullptr;
    QLabel *m_contact = nullptr;
    QHash<QString, QLabel *> m_fields;
    QPlainTextEdit *m_note = nullptr;
    QListWidget *m_history = nullptr;
    QListWidget *m_messages = nullptr;
    QLabel *m_result = nullptr;
    QHash<QString, QPushButton *> m_buttons;
    QWidget *m_body = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace guichet
