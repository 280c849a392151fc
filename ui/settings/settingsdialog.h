#pragma once

#include <QDialog>

class QComboBox;
class QSettings;
class QSpinBox;

namespace guichet {

// Preferences of this desk (QSettings): never secrets, never practice rules.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    // `longestIdleMinutes`: the practice's longest idle delay; this desk may choose a shorter one.
    SettingsDialog(QSettings &settings, int longestIdleMinutes, QWidget *parent = nullptr);

    static QString languageKey();
    static QString idleLockKey();
    static int idleLockMinutes(const QSettings &settings);
    static QString highContrastKey();
    // The desk's high-contrast choice, applied to the application (at the start).
    static void applyDisplay(const QSettings &settings);

    void accept() override;
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *idleBox() const { return m_idle; }
    QComboBox *displayBox() const { return m_display; }

private:
    QSettings &m_settings;
    QComboBox *m_language = nullptr;
    QSpinBox *m_idle = nullptr;
    QComboBox *m_display = nullptr;
};

} // namespace guichet
