#pragma once

#include "core/agenda/appointmentservice.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTableView;
class QTimer;

namespace guichet {

class PatientSearchModel;
class Session;

// Booking at the desk, keyboard first: type a few letters of the patient (or a birth date,
// a phone, a NISS/NIR), pick who the appointment is for, the practitioner and the reason,
// then one of the next free slots. Every rule is checked by core/agenda; refusals and
// warnings are shown in French, with the override the rule allows.
class BookingDialog final : public QDialog
{
    Q_OBJECT
public:
    BookingDialog(const Session &session, QWidget *parent = nullptr);

    QLineEdit *patientField() const { return m_patientField; }
    QTableView *patientList() const { return m_patients; }
    QComboBox *forWhom() const { return m_forWhom; }
    QComboBox *practitionerBox() const { return m_practitioner; }
    QComboBox *motifBox() const { return m_motif; }
    QListWidget *slotList() const { return m_slots; }
    QLineEdit *overrideField() const { return m_override; }
    QCheckBox *replaceBox() const { return m_replace; }
    QCheckBox *waitlistBox() const { return m_waitlist; }
    QString message() const;
    QString bookedAppointmentId() const { return m_booked; }
    AppointmentDraft bookedDraft() const { return m_draft; }
    // A time chosen on the grid: that practitioner, offered first among the slots (end
    // invalid: the visit reason's length).
    void presetSlot(const QString &practitionerId, const QDateTime &start, const QDateTime &end);

    void searchPatients(); // runs the type-ahead now
    void choosePatient(int row);
    void refreshSlots();

    void accept() override; // books

    static constexpr int PractitionerRole = Qt::UserRole + 2; // on slots found across practitioners
    static constexpr int MotifRole = Qt::UserRole + 3;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshForWhom();
    void refreshMotifs();
    void refreshWarning();
    void refreshWaitingList();
    // The practitioner, visit reason, start and length a listed slot stands for.
    AppointmentDraft draftFor(const QListWidgetItem *slot) const;
    void showMessage(const QString &text, bool error);

    const Session &m_session;
    PatientSearchModel *m_model = nullptr;
    QLineEdit *m_patientField = nullptr;
    QTableView *m_patients = nullptr;
    QComboBox *m_forWhom = nullptr;
    QComboBox *m_practitioner = nullptr;
    QComboBox *m_motif = nullptr;
    QComboBox *m_channel = nullptr;
    QListWidget *m_slots = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_override = nullptr;
    QCheckBox *m_replace = nullptr;
    QCheckBox *m_waitlist = nullptr;
    QLabel *m_patientWarning = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_patientId;
    QString m_booked;
    AppointmentDraft m_draft;
    QDateTime m_presetStart;
    QDateTime m_presetEnd;
};

} // namespace guichet
