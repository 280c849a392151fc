#include "ui/reminders/messagesdialog.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/waitinglist.h"
#include "core/domain/appointmentstatus.h"
#include "core/domain/phone.h"
#include "core/reminders/messagetemplates.h"
#include "ui/shell/messagebox.h"
#include "ui/shell/tones.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

QString AppointmentMessagesDialog::previewHtml(MessageChannel channel, const QString &body)
{
    if (body.isEmpty())
        return {};
    if (channel == MessageChannel::Sms)
        return u"<table cellpadding='10' style='background:#e8eef6;'><tr><td style='font-size:11pt;'>"_s
            + body.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</td></tr></table>"_s + u"<p style='color:#5f6b7a;'>"_s
            + tr("%n character(s)", nullptr, int(body.size())) + u"</p>"_s;
    const QString subject = body.section(u'\n', 0, 0);
    const QString rest = body.section(u'\n', 1);
    return u"<p style='color:#5f6b7a;'>"_s + tr("Subject:") + u" <b style='color:#1d2733;'>"_s + subject.toHtmlEscaped()
        + u"</b></p><hr><p style='font-size:11pt;'>"_s + rest.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
}

QString AppointmentMessagesDialog::stateLabel(const QString &state, const QDateTime &due, const QDateTime &now)
{
    if (state == u"sent"_s)
        return tr("Sent");
    if (state == u"revoked"_s)
        return tr("Withdrawn");
    return due <= now ? tr("Being sent") : tr("Planned");
}

AppointmentMessagesDialog::AppointmentMessagesDialog(const Session &session, const QString &appointmentId,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_appointmentId(appointmentId)
{
    setObjectName(u"appointmentMessagesDialog"_s);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(u"appointmentMessages"_s);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Message"), tr("By"), tr("To"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"messagePreview"_s);
    m_preview->setMinimumWidth(320);
    m_waitlist = new QLabel(this);
    m_waitlist->setWordWrap(true);
    m_waitlistButton = new QPushButton(this);
    m_waitlistButton->setObjectName(u"waitlistButton"_s);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    auto *previewBox = new QWidget(splitter);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewTitle = new QLabel(tr("As the patient reads it"), previewBox);
    previewTitle->setStyleSheet(u"font-weight: bold;"_s);
    previewLayout->addWidget(previewTitle);
    previewLayout->addWidget(m_preview, 1);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *waitRow = new QHBoxLayout;
    waitRow->addWidget(m_waitlist, 1);
    waitRow->addWidget(m_waitlistButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    layout->addLayout(waitRow);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showMessage(row); });
    connect(m_waitlistButton, &QPushButton::clicked, this, &AppointmentMessagesDialog::toggleWaitingList);
    resize(1100, 520);
    reload();
}

void AppointmentMessagesDialog::reload()
{
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    const QLocale locale;
    auto a = AppointmentDirectory(m_session).byId(m_appointmentId);
    if (!a) {
        m_header->setText(a.error().message);
        return;
    }
    auto patient = PatientDirectory(m_session).byId(a->patientId);
    setWindowTitle(tr("Messages — %1").arg(patient ? patient->displayName() : a->patientId));
    m_header->setText(tr("<b>%1</b>, %2 — %3")
                          .arg(patient ? patient->displayName().toHtmlEscaped() : a->patientId,
                               locale.toString(a->start.toTimeZone(zone), u"dddd d MMMM yyyy HH:mm"_s),
                               AppointmentStatuses::label(a->status)));
    auto messages = AppointmentDirectory(m_session).messages(m_appointmentId);
    if (!messages) {
        m_header->setText(messages.error().message);
        return;
    }
    QList<NotificationRequest> list = *messages;
    std::sort(list.begin(), list.end(), [](const NotificationRequest &x, const NotificationRequest &y) {
        return x.due != y.due ? x.due < y.due : x.channel < y.channel;
    });
    m_table->setRowCount(int(list.size()));
    m_bodies.clear();
    m_channels.clear();
    const QDateTime now = m_session.now();
    const QString country = PracticeDirectory(m_session).country();
    for (int row = 0; row < list.size(); ++row) {
        const NotificationRequest &n = list.at(row);
        const QStringList cells{locale.toString(n.due.toTimeZone(zone), u"ddd d MMM HH:mm"_s),
                                MessageTemplates::kindLabel(n.kind), MessageTemplates::channelLabel(n.channel),
                                n.channel == MessageChannel::Sms ? Phone::display(n.recipient, country) : n.recipient,
                                stateLabel(n.state, n.due, now)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (n.state == u"revoked"_s)
                item->setForeground(Tones::color(Tone::Hint));
            m_table->setItem(row, c, item);
        }
        m_bodies << n.body;
        m_channels << n.channel;
    }
    m_table->resizeColumnsToContents();
    if (list.isEmpty())
        m_preview->setHtml(u"<p style='color:#5f6b7a;'>"_s
                           + tr("Nothing is sent for this appointment: messages are off for this visit reason or this "
                                "patient, or no e-mail address or mobile number is known.")
                           + u"</p>"_s);
    else
        m_table->selectRow(0);

    // The waiting list, where the appointment allows it.
    if (const auto entry = WaitingList::forAppointment(m_session, m_appointmentId).valueOr(std::nullopt)) {
        m_waitlist->setText(tr("On the waiting list since %1; %n offer(s) made.", nullptr, entry->offersSent)
                                .arg(locale.toString(entry->joinedAt.toTimeZone(zone), u"d MMMM HH:mm"_s)));
        m_waitlistButton->setText(tr("Take off the waiting list"));
        m_waitlistButton->setEnabled(true);
    } else if (auto ok = WaitingList::eligible(m_session, *a); !ok) {
        m_waitlist->setText(ok.error().message);
        m_waitlistButton->setText(tr("Put on the waiting list"));
        m_waitlistButton->setEnabled(false);
    } else {
        m_waitlist->setText(tr("Nothing is free sooner: the patient can be told when an earlier slot frees up."));
        m_waitlistButton->setText(tr("Put on the waiting list"));
        m_waitlistButton->setEnabled(true);
    }
}

void AppointmentMessagesDialog::showMessage(int row)
{
    if (row < 0 || row >= m_bodies.size()) {
        m_preview->clear();
        return;
    }
    m_preview->setHtml(previewHtml(m_channels.at(row), m_bodies.at(row)));
}

void AppointmentMessagesDialog::toggleWaitingList()
{
    if (const auto entry = WaitingList::forAppointment(m_session, m_appointmentId).valueOr(std::nullopt)) {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Waiting list"), tr("Why does the patient leave the list?"),
                                  QLineEdit::Normal, tr("At the patient's request"), &ok);
        if (!ok)
            return;
        if (auto left = WaitingList::leave(m_session, entry->id, reason); !left)
            MessageBox::error(this, tr("Waiting list"), left.error());
    } else if (auto joined = WaitingList::join(m_session, m_appointmentId); !joined) {
        MessageBox::error(this, tr("Waiting list"), joined.error());
    }
    reload();
    Q_EMIT changed();
}

} // namespace guichet
