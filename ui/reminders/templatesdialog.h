#pragma once

#include "core/domain/notification.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace guichet {

class Session;

// The practice's messages to patients: the switches (messages on, visit reason in SMS,
// changes also by SMS) and each text per kind, channel and language, with a live preview
// on a sample appointment and the rules checked as the text is typed.
class MessageTemplatesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit MessageTemplatesDialog(const Session &session, QWidget *parent = nullptr);

    // Selects a text (for tests and screenshots).
    void select(const QString &kind, MessageChannel channel, const QString &language);
    QString previewText() const;

private:
    void load();
    void refreshPreview();
    void save();
    void reset();
    void setSwitch(const char *key, bool on);
    QString kind() const;
    MessageChannel channel() const;
    QString language() const;

    const Session &m_session;
    QListWidget *m_list = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_check = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reset = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_smsMotif = nullptr;
    QCheckBox *m_changeSms = nullptr;
    QString m_rendered;
    bool m_loading = false;
};

} // namespace guichet
