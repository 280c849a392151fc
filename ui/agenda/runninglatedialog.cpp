#include "ui/agenda/runninglatedialog.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/domain/phone.h"
#include "core/reminders/deskmessages.h"
#include "core/reminders/messagetemplates.h"
#include "core/sync/syncsettings.h"
#include "ui/shell/tones.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

RunningLateDialog::RunningLateDialog(const Session &session, const QString &practitionerId, const QDate &day,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_day(day)
{
    setWindowTitle(tr("Running late"));
    m_practitioner = new QComboBox(this);
    for (const Practitioner &p : PracticeDirectory(session).practitioners())
        m_practitioner->addItem(p.displayName(), p.id);
    m_practitioner->setCurrentIndex(std::max(0, m_practitioner->findData(practitionerId)));
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(5, DeskMessages::MaxLateMinutes);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));
    m_preview = new QTableWidget(0, 4, this);
    m_preview->setObjectName(u"latePreview"_s);
    m_preview->setHorizontalHeaderLabels({tr("Time"), tr("Patient"), tr("By"), tr("Message")});
    m_preview->verticalHeader()->hide();
    // Each row as tall as its text at the width the message column gets.
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(true);
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send to these patients"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (send())
            accept();
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Practitioner:"), m_practitioner);
    form->addRow(tr("Late by about:"), m_minutes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The patients still expected today, and what each will read:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &RunningLateDialog::refreshPreview);
    connect(m_minutes, &QSpinBox::valueChanged, this, &RunningLateDialog::refreshPreview);
    resize(980, 460);
    // The practitioner is the agenda's: how late is what the desk types first.
    m_minutes->setFocus();
    m_minutes->selectAll();
    refreshPreview();
}

QString RunningLateDialog::message() const
{
    return m_message->text();
}

void RunningLateDialog::refreshPreview()
{
    m_preview->setRowCount(0);
    auto notices =
        DeskMessages::previewLate(m_session, m_practitioner->currentData().toString(), m_day, m_minutes->value());
    if (!notices) {
        Tones::apply(m_message, Tone::Error);
        m_message->setText(notices.error().message);
        m_send->setEnabled(false);
        return;
    }
    PracticeDirectory practice(m_session);
    const QTimeZone zone = practice.displayZone();
    const QString country = practice.country();
    int reachable = 0;
    for (const LateNotice &n : *notices) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, new QTableWidgetItem(n.appointment.start.toTimeZone(zone).toString(u"HH:mm"_s)));
        m_preview->setItem(row, 1, new QTableWidgetItem(n.patientName));
        if (n.message) {
            ++reachable;
            const QString to = n.message->channel == MessageChannel::Sms ? Phone::display(n.message->recipient, country)
                                                                         : n.message->recipient;
            m_preview->setItem(row, 2,
                               new QTableWidgetItem(MessageTemplates::channelLabel(n.message->channel) + u" "_s + to));
            m_preview->setItem(row, 3,
                               new QTableWidgetItem(n.message->body.section(u'\n', 0, 0) == n.message->body
                                                        ? n.message->body
                                                        : n.message->body.section(u'\n', 1)));
        } else {
            auto *item = new QTableWidgetItem(tr("No mobile and no e-mail: phone them"));
            item->setForeground(Tones::color(Tone::Error));
            m_preview->setItem(row, 2, item);
        }
    }
    Tones::apply(m_message, Tone::Plain);
    // Said as it is: no central agenda, no sign-in or no network, and nothing leaves yet.
    const OutgoingLink link = SyncSettings::outgoing(m_session).valueOr(OutgoingLink::Unreachable);
    m_message->setText(notices->isEmpty() ? tr("Nobody is still expected today by this practitioner.")
                                          : SyncSettings::messagesNotice(link, reachable));
    m_send->setEnabled(reachable > 0);
}

bool RunningLateDialog::send()
{
    auto sent = DeskMessages::sendLate(m_session, m_practitioner->currentData().toString(), m_day, m_minutes->value());
    if (!sent) {
        Tones::apply(m_message, Tone::Error);
        m_message->setText(sent.error().message);
        return false;
    }
    m_sent = int(std::count_if(sent->begin(), sent->end(), [](const LateNotice &n) { return n.message.has_value(); }));
    return true;
}

} // namespace guichet
