#pragma once

#include "ui/admin/adminpage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace guichet {

// Practitioners: identity, RPPS/INAMI, colour, sites, and their online rules (cancellation
// deadline, booking window and notice, new patients, last visit, messages). Deactivated ones
// stay listed (greyed) for the history.
class PractitionersPage final : public AdminPage
{
    Q_OBJECT
public:
    PractitionersPage(const Session &session, QWidget *parent = nullptr);

    void reload() override;
    void startNew();
    bool save();
    bool toggleActive();

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *firstNameField() const { return m_firstName; }
    QLineEdit *lastNameField() const { return m_lastName; }
    QComboBox *specialtyBox() const { return m_specialty; }
    QLineEdit *registrationField() const { return m_registration; }
    QComboBox *siteBox() const { return m_site; }
    QSpinBox *deadlineBox() const { return m_deadline; }
    QComboBox *deadlineUnitBox() const { return m_deadlineUnit; }
    QSpinBox *onlineDaysBox() const { return m_onlineDays; }
    QSpinBox *noticeBox() const { return m_notice; }
    QLineEdit *colourField() const { return m_colour; }
    QCheckBox *newPatientsBox() const { return m_newPatients; }
    QCheckBox *messagesBox() const { return m_messages; }

    static QString specialtyLabel(const QString &code);

protected:
    void show(const QString &id) override;

private:
    void fillSites();

    QString m_id;
    bool m_active = true;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QComboBox *m_specialty = nullptr;
    QLineEdit *m_registration = nullptr;
    QLineEdit *m_colour = nullptr;
    QComboBox *m_site = nullptr;
    QListWidget *m_otherSites = nullptr;
    QSpinBox *m_deadline = nullptr;
    QComboBox *m_deadlineUnit = nullptr;
    QSpinBox *m_onlineDays = nullptr;
    QSpinBox *m_notice = nullptr;
    QSpinBox *m_lastVisit = nullptr;
    QCheckBox *m_newPatients = nullptr;
    QCheckBox *m_messages = nullptr;
    QPushButton *m_activeButton = nullptr;
};

} // namespace guichet
