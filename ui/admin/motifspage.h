#pragma once

#include "ui/admin/adminpage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace guichet {

// Visit reasons of each practitioner and who may book them where: online, by phone only (the
// number to call), at the desk only; video; new patients; ages; last visit; spacing; messages;
// the instructions sent with the confirmation. The hours offering each reason are the usual week's.
class MotifsPage final : public AdminPage
{
    Q_OBJECT
public:
    MotifsPage(const Session &session, QWidget *parent = nullptr);

    void reload() override;
    void startNew();
    bool save();
    bool toggleActive();

    QComboBox *filterBox() const { return m_filter; }
    QComboBox *practitionerBox() const { return m_practitioner; }
    QLineEdit *labelField() const { return m_label; }
    QSpinBox *durationBox() const { return m_duration; }
    QComboBox *bookingBox() const { return m_booking; }
    QLineEdit *phoneField() const { return m_phone; }
    QCheckBox *videoBox() const { return m_video; }
    QCheckBox *newPatientsBox() const { return m_newPatients; }
    QSpinBox *minAgeBox() const { return m_minAge; }
    QSpinBox *maxAgeBox() const { return m_maxAge; }
    QSpinBox *lastVisitBox() const { return m_lastVisit; }
    QPlainTextEdit *instructionsField() const { return m_instructions; }

protected:
    void show(const QString &id) override;

private:
    void fillPractitioners();

    QString m_id;
    bool m_active = true;
    QComboBox *m_filter = nullptr;
    QComboBox *m_practitioner = nullptr;
    QLineEdit *m_label = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_colour = nullptr;
    QComboBox *m_booking = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_video = nullptr;
    QCheckBox *m_homeVisit = nullptr;
    QCheckBox *m_newPatients = nullptr;
    QSpinBox *m_minAge = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QSpinBox *m_lastVisit = nullptr;
    QCheckBox *m_spacing = nullptr;
    QCheckBox *m_messages = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QPushButton *m_activeButton = nullptr;
};

} // namespace guichet
