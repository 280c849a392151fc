#pragma once

#include "core/agenda/appointmentseries.h"
#include "core/agenda/appointmentservice.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;
class QSpinBox;
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
// a phone, a NISS/NIR) or create them, pick who the appointment is for, the practitioner (or
// every practitioner of a specialty) and the reason, then one of the free slots from a date,
// in the morning or the afternoon, on some weekdays, a page at a time. A series repeats it
// every N days or weeks; other members of the family take the slots right after. Every rule
// is checked by core/agenda; refusals and warnings are shown in French, with the override
// the rule allows.
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
    QDateEdit *fromDate() const { return m_from; }
    QComboBox *halfBox() const { return m_half; }
    QCheckBox *weekdayBox(int day) const { return m_weekdays.value(day - 1); } // 1 Monday .. 7
    QPushButton *moreButton() const { return m_more; }
    QCheckBox *repeatBox() const { return m_repeat; }
    QSpinBox *everyBox() const { return m_every; }
    QComboBox *unitBox() const { return m_unit; }
    QSpinBox *countBox() const { return m_count; }
    QComboBox *seriesEndBox() const { return m_end; } // count, until
    QDateEdit *untilDate() const { return m_until; }
    QLineEdit *spacingField() const { return m_spacing; }
    QListWidget *familyList() const { return m_family; }
    QPushButton *newPatientButton() const { return m_newPatient; }
    // The patient chosen beforehand (booking from their record).
    void setPatient(const QString &patientId);
    void showMoreSlots(); // the next page of free slots
    // What a series booked and refused, for the agenda to say; empty for one appointment.
    std::optional<SeriesReport> seriesReport() const { return m_series; }
    QStringList familyBooked() const { return m_familyBooked; } // the others booked after the first
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
    void refreshFamily();
    void addSlotItems(const QList<FreeSlot> &found, bool namePractitioner);
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
    QDateEdit *m_from = nullptr;
    QComboBox *m_half = nullptr;
    QList<QCheckBox *> m_weekdays;
    QPushButton *m_more = nullptr;
    int m_pageSize = 12;
    int m_shown = 12;
    QCheckBox *m_repeat = nullptr;
    QSpinBox *m_every = nullptr;
    QComboBox *m_unit = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_end = nullptr;
    QDateEdit *m_until = nullptr;
    QLineEdit *m_spacing = nullptr;
    QListWidget *m_family = nullptr;
    QLabel *m_familyTitle = nullptr;
    QPushButton *m_newPatient = nullptr;
    std::optional<SeriesReport> m_series;
    QStringList m_familyBooked;
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
