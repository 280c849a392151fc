#pragma once

#include "ui/admin/adminpage.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace guichet {

// The practice's sites: name, address, phone, time zone, access information for patients.
class SitesPage final : public AdminPage
{
    Q_OBJECT
public:
    SitesPage(const Session &session, QWidget *parent = nullptr);

    void reload() override;
    void startNew();
    bool save(); // adds or changes the site in the form; false with the reason shown

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *addressField() const { return m_address; }
    QLineEdit *postcodeField() const { return m_postcode; }
    QLineEdit *cityField() const { return m_city; }
    QComboBox *countryBox() const { return m_country; }
    QLineEdit *phoneField() const { return m_phone; }
    QComboBox *timeZoneBox() const { return m_zone; }
    QPlainTextEdit *accessField() const { return m_access; }

protected:
    void show(const QString &id) override;

private:
    QString m_id;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QComboBox *m_country = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_zone = nullptr;
    QPlainTextEdit *m_access = nullptr;
};

} // namespace guichet
