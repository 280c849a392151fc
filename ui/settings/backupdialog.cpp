#include "ui/settings/backupdialog.h"

#include "core/access/backupservice.h"
#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/documents/documentvault.h"
#include "ui/shell/tones.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

BackupDialog::BackupDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Backup and vault key"));
    auto *backupBox = new QGroupBox(tr("Backup"), this);
    auto *backupHint = new QLabel(tr("A consistent copy of the database and of the sealed documents, even while the "
                                     "desks work. Restoring one is IT's: guichet-cli restore."),
                                  backupBox);
    backupHint->setWordWrap(true);
    auto *backup = new QPushButton(tr("Make a backup…"), backupBox);
    auto *backupLayout = new QVBoxLayout(backupBox);
    backupLayout->addWidget(backupHint);
    backupLayout->addWidget(backup, 0, Qt::AlignLeft);

    auto *keyBox = new QGroupBox(tr("The documents' key"), this);
    auto *keyHint = new QLabel(tr("The documents are sealed with a key kept in this computer's keychain. To move the "
                                  "practice to a new computer, export it sealed with a passphrase (at least 12 "
                                  "characters), keep the file apart from the backups, and import it there after the "
                                  "restore."),
                               keyBox);
    keyHint->setWordWrap(true);
    m_passphrase = new QLineEdit(keyBox);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(keyBox);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Passphrase again (export):"), m_repeat);
    auto *exportKey = new QPushButton(tr("Export the key…"), keyBox);
    auto *importKey = new QPushButton(tr("Import a key…"), keyBox);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(exportKey);
    keyButtons->addWidget(importKey);
    keyButtons->addStretch(1);
    auto *keyLayout = new QVBoxLayout(keyBox);
    keyLayout->addWidget(keyHint);
    keyLayout->addLayout(form);
    keyLayout->addLayout(keyButtons);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(backupBox);
    layout->addWidget(keyBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    const QString folder = QFileInfo(PracticeDirectory(session).databaseFile()).absolutePath();
    connect(backup, &QPushButton::clicked, this, [this, folder] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Make a backup"),
            folder + u"/guichet-"_s + QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmm"_s) + u".db"_s,
            tr("Guichet databases (*.db)"));
        if (!file.isEmpty())
            backupTo(file);
    });
    connect(exportKey, &QPushButton::clicked, this, [this, folder] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the key"), folder + u"/cle-coffre.guichet"_s,
                                                          tr("Guichet keys (*.guichet)"));
        if (!file.isEmpty())
            exportKeyTo(file);
    });
    connect(importKey, &QPushButton::clicked, this, [this, folder] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Import a key"), folder, tr("Guichet keys (*.guichet)"));
        if (!file.isEmpty())
            importKeyFrom(file);
    });
}

QString BackupDialog::message() const
{
    return m_message->text();
}

void BackupDialog::say(const QString &text, bool error)
{
    Tones::apply(m_message, error ? Tone::Error : Tone::Success);
    m_message->setText(text);
}

bool BackupDialog::backupTo(const QString &file)
{
    if (auto ok = BackupService::create(m_session, file); !ok) {
        say(ok.error().message, true);
        return false;
    }
    say(tr("Backup written to %1.").arg(file), false);
    return true;
}

bool BackupDialog::exportKeyTo(const QString &file)
{
    if (m_passphrase->text() != m_repeat->text()) {
        say(tr("The two passphrases differ."), true);
        return false;
    }
    if (auto ok = DocumentVault::exportKey(m_session, file, m_passphrase->text().toUtf8()); !ok) {
        say(ok.error().message, true);
        return false;
    }
    m_passphrase->clear();
    m_repeat->clear();
    say(tr("The key is sealed in %1: keep it apart from the backups, and the passphrase apart from both.").arg(file),
        false);
    return true;
}

bool BackupDialog::importKeyFrom(const QString &file)
{
    if (auto ok = DocumentVault::importKey(m_session, file, m_passphrase->text().toUtf8()); !ok) {
        say(ok.error().message, true);
        return false;
    }
    m_passphrase->clear();
    m_repeat->clear();
    say(tr("The key is in this computer's keychain: the documents read here."), false);
    return true;
}

} // namespace guichet
