#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace guichet {

class Session;

// File ▸ Backup and vault key (administrators): a backup now, the document vault's key
// exported sealed with a passphrase, or imported on a new computer after a restore. The
// rules (rights, passphrase, refusals with nothing changed, audit) are core's.
class BackupDialog final : public QDialog
{
    Q_OBJECT
public:
    BackupDialog(const Session &session, QWidget *parent = nullptr);

    bool backupTo(const QString &file);
    bool exportKeyTo(const QString &file); // with the passphrase fields
    bool importKeyFrom(const QString &file);
    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *repeatField() const { return m_repeat; }
    QString message() const;

private:
    void say(const QString &text, bool error);

    const Session &m_session;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace guichet
