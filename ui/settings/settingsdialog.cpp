#include "ui/settings/settingsdialog.h"

#include "ui/shell/tones.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet {

QString SettingsDialog::languageKey()
{
    return u"ui/language"_s;
}

QString SettingsDialog::idleLockKey()
{
    return u"security/idleLockMinutes"_s;
}

int SettingsDialog::idleLockMinutes(const QSettings &settings)
{
    return settings.value(idleLockKey(), 5).toInt();
}

QString SettingsDialog::highContrastKey()
{
    return u"ui/highContrast"_s;
}

void SettingsDialog::applyDisplay(const QSettings &settings)
{
    if (settings.value(highContrastKey(), false).toBool())
        Tones::useHighContrast();
}

SettingsDialog::SettingsDialog(QSettings &settings, int longestIdleMinutes, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("As the system (French when unsure)"), u"system"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"Nederlands"_s, u"nl"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    const int index = m_language->findData(settings.value(languageKey(), u"system"_s).toString());
    m_language->setCurrentIndex(std::max(0, index));
    m_idle = new QSpinBox(this);
    // Never longer than the practice allows, and never off: the screen faces the waiting room.
    const int longest = std::max(1, longestIdleMinutes);
    m_idle->setRange(1, longest);
    m_idle->setSuffix(tr(" min"));
    const int chosen = idleLockMinutes(settings);
    m_idle->setValue(chosen > 0 ? std::min(chosen, longest) : longest);

    m_display = new QComboBox(this);
    m_display->addItem(tr("As the system"), false);
    m_display->addItem(tr("High contrast (white on black)"), true);
    m_display->setCurrentIndex(settings.value(highContrastKey(), false).toBool() ? 1 : 0);

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Colours:"), m_display);
    form->addRow(tr("Lock the screen after:"), m_idle);
    auto *hint = new QLabel(tr("The front-desk screen faces the waiting room: lock it after a few minutes without "
                               "use. The practice allows at most %n minute(s) (its administrator sets it in the "
                               "practice rules). A new language or colours apply at the next start.",
                               nullptr, longest),
                            this);
    hint->setWordWrap(true);
    Tones::apply(hint, Tone::Hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setValue(languageKey(), m_language->currentData().toString());
    m_settings.setValue(idleLockKey(), m_idle->value());
    m_settings.setValue(highContrastKey(), m_display->currentData().toBool());
    m_settings.sync();
    QDialog::accept();
}

} // namespace guichet
