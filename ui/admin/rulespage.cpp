#include "ui/admin/rulespage.h"

#include "core/access/backupschedule.h"
#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/reminders/practicerules.h"
#include "ui/shell/tones.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

RulesPage::RulesPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"rulesPage"_s);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Value"), tr("Default"), tr("Bounds")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *intro = new QLabel(tr("The rules every desk of the practice applies. Each change is recorded in the audit "
                                "log; messages not sent yet follow it at once."),
                             this);
    intro->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *saveButton = new QPushButton(tr("Save the rules"), this);
    saveButton->setObjectName(u"saveRules"_s);
    auto *undo = new QPushButton(tr("Undo my changes"), this);
    connect(saveButton, &QPushButton::clicked, this, &RulesPage::save);
    connect(undo, &QPushButton::clicked, this, &RulesPage::reload);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(undo);
    buttons->addWidget(m_message, 1);
    // The scheduled backups: where they go (the hour and what is kept are rules of the table).
    m_backupFolder = new QLineEdit(this);
    m_backupFolder->setObjectName(u"backupFolder"_s);
    m_backupFolder->setPlaceholderText(
        tr("No scheduled backup: choose a folder (a network share or an external disk)"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *saveFolder = new QPushButton(tr("Save the folder"), this);
    m_backupStatus = new QLabel(this);
    m_backupStatus->setObjectName(u"backupStatus"_s);
    m_backupStatus->setWordWrap(true);
    m_backupStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_backupFolder->text());
        if (!dir.isEmpty())
            m_backupFolder->setText(dir);
    });
    connect(saveFolder, &QPushButton::clicked, this, [this] { saveBackupFolder(m_backupFolder->text()); });
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(new QLabel(tr("Daily backups into:"), this));
    backupRow->addWidget(m_backupFolder, 1);
    backupRow->addWidget(choose);
    backupRow->addWidget(saveFolder);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(backupRow);
    layout->addWidget(m_backupStatus);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    reload();
    reloadBackups();
}

bool RulesPage::saveBackupFolder(const QString &folder)
{
    if (auto ok = BackupSchedule::setFolder(m_session, folder); !ok) {
        m_backupStatus->setText(ok.error().message);
        Tones::apply(m_backupStatus, Tone::Error);
        return false;
    }
    reloadBackups();
    return true;
}

QString RulesPage::backupStatusText() const
{
    return m_backupStatus->text();
}

void RulesPage::reloadBackups()
{
    auto status = BackupSchedule::status(m_session);
    if (!status) {
        m_backupStatus->setText(status.error().message);
        return;
    }
    m_backupFolder->setText(status->folder);
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    QString text = status->lastGood.isValid()
        ? tr("Last good backup: %1 (%2).")
              .arg(QLocale().toString(status->lastGood.toTimeZone(zone), u"dddd d MMMM yyyy HH:mm"_s), status->lastFile)
        : tr("No backup made yet.");
    if (status->lastFailure.isValid() && (!status->lastGood.isValid() || status->lastFailure > status->lastGood))
        text += u' '
            + tr("The last attempt failed on %1: %2")
                  .arg(QLocale().toString(status->lastFailure.toTimeZone(zone), u"dddd d MMMM HH:mm"_s),
                       status->lastError);
    m_backupStatus->setText(text);
    Tones::apply(m_backupStatus, status->missed ? Tone::Error : Tone::Plain, status->missed);
}

void RulesPage::reload()
{
    const QList<PracticeRuleInfo> rules = PracticeRules::describe();
    m_table->setRowCount(int(rules.size()));
    for (int r = 0; r < rules.size(); ++r) {
        const PracticeRuleInfo &i = rules.at(r);
        auto *meaning = new QTableWidgetItem(i.meaning);
        meaning->setData(Qt::UserRole, i.key);
        meaning->setToolTip(i.key);
        m_table->setItem(r, 0, meaning);
        const int value = PracticeRules::value(m_session, i.key).valueOr(QString::number(i.fallback)).toInt();
        if (i.yesNo) {
            auto *box = new QCheckBox(tr("yes"), m_table);
            box->setChecked(value == 1);
            box->setObjectName(i.key);
            m_table->setCellWidget(r, 1, box);
            m_table->setItem(r, 2, new QTableWidgetItem(i.fallback ? tr("yes") : tr("no")));
            m_table->setItem(r, 3, new QTableWidgetItem(tr("yes or no")));
        } else {
            auto *spin = new QSpinBox(m_table);
            spin->setRange(i.min, i.max);
            spin->setValue(value);
            spin->setSuffix(u" "_s + i.unit);
            spin->setObjectName(i.key);
            m_table->setCellWidget(r, 1, spin);
            m_table->setItem(r, 2, new QTableWidgetItem(u"%1 %2"_s.arg(i.fallback).arg(i.unit)));
            m_table->setItem(r, 3, new QTableWidgetItem(u"%1 – %2"_s.arg(i.min).arg(i.max)));
        }
    }
    m_table->setColumnWidth(1, 170);
    m_table->resizeColumnToContents(2);
    m_table->resizeColumnToContents(3);
}

QWidget *RulesPage::editorOf(const QString &key) const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(Qt::UserRole).toString() == key)
            return m_table->cellWidget(r, 1);
    return nullptr;
}

QString RulesPage::message() const
{
    return m_message->text();
}

bool RulesPage::save()
{
    int changed = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString key = m_table->item(r, 0)->data(Qt::UserRole).toString();
        QWidget *editor = m_table->cellWidget(r, 1);
        QString value;
        if (auto *box = qobject_cast<QCheckBox *>(editor))
            value = box->isChecked() ? u"1"_s : u"0"_s;
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            value = QString::number(spin->value());
        if (value == PracticeRules::value(m_session, key).valueOr(QString()))
            continue;
        if (auto ok = PracticeRules::set(m_session, key, value); !ok) {
            Tones::apply(m_message, Tone::Error);
            m_message->setText(ok.error().message);
            return false;
        }
        ++changed;
    }
    Tones::apply(m_message, Tone::Success);
    m_message->setText(changed ? tr("%n rule(s) changed.", nullptr, changed) : tr("Nothing changed."));
    return true;
}

} // namespace guichet
