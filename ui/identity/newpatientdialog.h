#pragma once

#include "core/eid/eidcard.h"
#include "core/identity/duplicatefinder.h"
#include "core/identity/patientinput.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace guichet {

class Session;

// A patient record, new or existing, checked field by field as it is typed (core/identity
// rules), with the records already known that may be the same person shown before anything
// is saved. An existing record also shows its identity status, what raises it (an identity
// document checked at the desk), its notification preferences and flags.
class NewPatientDialog final : public QDialog
{
    Q_OBJECT
public:
    // `patientId` empty: a new record; otherwise that record, to correct.
    NewPatientDialog(const Session &session, QWidget *parent = nullptr, const QString &patientId = {});

    // birth_name, usage_name, first_names, used_first_name, birth_date, phone, other_phone,
    // email, address, postcode, city, niss, nir
    QLineEdit *field(const QString &name) const;
    QCheckBox *option(const QString &name) const; // notify_sms, notify_email, homonym, doubtful (existing records)
    QComboBox *documentBox() const { return m_document; }
    QString identityStatusText() const;
    void checkIdentityDocument(); // the document chosen was seen at the desk
    // "Lire la carte eID": a new record is filled from the card (checked by it once created);
    // an existing one is compared trait by trait and, agreeing, checked by it. Differences and
    // failures are shown, nothing is changed.
    void readEid();
    QPushButton *eidButton() const { return m_readEid; }
    // Shown when the card read for this record holds another address.
    QPushButton *eidAddressButton() const { return m_eidAddress; }
    // The eID read for an existing record, as readEid() does after the card was read (tests).
    void checkWithCard(const EidIdentity &card);
    QComboBox *sexBox() const { return m_sex; }
    // "Jour inconnu", "Mois inconnu": the typed date reduced to what is known.
    QCheckBox *dayUnknownBox() const { return m_dayUnknown; }
    QCheckBox *monthUnknownBox() const { return m_monthUnknown; }
    QListWidget *likelyDuplicates() const { return m_duplicates; }
    QString problems() const;
    QString createdId() const { return m_created; } // the new record's, or the corrected one's
    // A likely duplicate taken instead of a new record (double click in the list): createdId()
    // is then that record's, and nothing was created.
    void useExisting(const QString &patientId);
    bool usedExisting() const { return m_usedExisting; }
    void refresh(); // checks and searches now (normally after a short pause in typing)
    void accept() override; // saves, unless a problem remains
    void reject() override; // asks first when something typed would be lost

private:
    PatientInput input() const;
    QString typed() const; // every field and option, to see whether anything changed
    QString m_typedAtStart;
    void showStatus();

    const Session &m_session;
    QHash<QString, QLineEdit *> m_fields;
    QComboBox *m_sex = nullptr;
    QCheckBox *m_dayUnknown = nullptr;
    QCheckBox *m_monthUnknown = nullptr;
    void applyUnknownParts();
    void showKnownParts();
    QLabel *m_problems = nullptr;
    QListWidget *m_duplicates = nullptr;
    QLabel *m_duplicatesTitle = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_created;
    bool m_usedExisting = false;
    QString m_warnedFor; // the candidates the desk was warned of before creating anyway
    QString m_editId;
    QHash<QString, QCheckBox *> m_options;
    QLabel *m_status = nullptr;
    QComboBox *m_document = nullptr;
    QPushButton *m_readEid = nullptr;
    QPushButton *m_eidAddress = nullptr;
    std::optional<EidIdentity> m_readCard; // the card read for an existing record
    std::optional<EidIdentity> m_card; // read for a new record, checked once it exists
};

} // namespace guichet
