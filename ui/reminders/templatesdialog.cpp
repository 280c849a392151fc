#include "ui/reminders/templatesdialog.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/reminders/messagetemplates.h"
#include "core/reminders/practicerules.h"
#include "core/reminders/reminderplanner.h"
#include "core/reminders/reminderservice.h"
#include "ui/reminders/messagesdialog.h"
#include "ui/shell/controls.h"
#include "ui/shell/flowlayout.h"
#include "ui/shell/messagebox.h"
#include "ui/shell/tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int ChannelRole = Qt::UserRole + 1;

// A made-up appointment to show the texts on: never a real patient's.
PlanInput sample(const Session &session, const QDateTime &now)
{
    PracticeDirectory practice(session);
    PlanInput in;
    const QList<Site> sites = practice.sites();
    if (!sites.isEmpty())
        in.site = sites.first();
    const QList<Practitioner> practitioners = practice.practitioners();
    if (!practitioners.isEmpty()) {
        in.practitioner = practitioners.first();
        const QList<Motif> motifs = practice.motifs(practitioners.first().id);
        if (!motifs.isEmpty())
            in.motif = motifs.first();
    }
    in.patient.birthName = u"DUPONT"_s;
    in.patient.firstNames = u"Marie"_s;
    const QTimeZone zone(in.site.timeZone.toUtf8());
    QDate day = now.toTimeZone(zone).date().addDays(7);
    while (day.dayOfWeek() != Qt::Tuesday)
        day = day.addDays(1);
    in.appointment.start = QDateTime(day, QTime(14, 30), zone).toUTC();
    return in;
}

} // namespace

MessageTemplatesDialog::MessageTemplatesDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"messageTemplatesDialog"_s);
    setWindowTitle(tr("Messages to patients"));
    m_enabled = new QCheckBox(tr("Send confirmations, reminders and notices"), this);
    m_smsMotif = new QCheckBox(tr("Allow the visit reason in SMS (health detail: off by default)"), this);
    m_changeSms = new QCheckBox(tr("Also tell cancellations and moves by SMS"), this);
    m_enabled->setChecked(PracticeRules::isOn(session, PracticeRuleKeys::RemindersEnabled).valueOr(true));
    m_smsMotif->setChecked(PracticeRules::isOn(session, PracticeRuleKeys::SmsMotif).valueOr(false));
    m_changeSms->setChecked(PracticeRules::isOn(session, PracticeRuleKeys::ChangeSms).valueOr(true));
    const bool mayChange = session.can(Right::ChangePracticeSettings);
    for (QCheckBox *box : {m_enabled, m_smsMotif, m_changeSms})
        box->setEnabled(mayChange);
    connect(m_enabled, &QCheckBox::toggled, this,
            [this](bool on) { setSwitch(PracticeRuleKeys::RemindersEnabled, on); });
    connect(m_smsMotif, &QCheckBox::toggled, this, [this](bool on) { setSwitch(PracticeRuleKeys::SmsMotif, on); });
    connect(m_changeSms, &QCheckBox::toggled, this, [this](bool on) { setSwitch(PracticeRuleKeys::ChangeSms, on); });

    m_list = new QListWidget(this);
    m_list->setObjectName(u"templateList"_s);
    for (const QString &k : MessageTemplates::kinds())
        for (const MessageChannel c : MessageChannels::all()) {
            auto *item = new QListWidgetItem(
                MessageTemplates::kindLabel(k) + u" — "_s + MessageTemplates::channelLabel(c), m_list);
            item->setData(KindRole, k);
            item->setData(ChannelRole, QVariant::fromValue(c));
        }
    m_list->setMinimumWidth(220);
    m_list->setMaximumWidth(320);
    m_language = new QComboBox(this);
    for (const QString &l : MessageTemplates::languages())
        m_language->addItem(MessageTemplates::languageLabel(l), l);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"templateText"_s);
    m_text->setReadOnly(!mayChange);
    m_check = new QLabel(this);
    m_check->setWordWrap(true);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"templatePreview"_s);
    m_preview->setMinimumWidth(320);

    // The fields, a click away.
    auto *fields = new FlowLayout; // wraps: the placeholders are many
    fields->addWidget(new QLabel(tr("Insert:"), this));
    for (const QString &name : MessageTemplates::placeholders()) {
        auto *b = new QToolButton(this);
        b->setText(u'{' + name + u'}');
        b->setEnabled(mayChange);
        connect(b, &QToolButton::clicked, this, [this, name] { m_text->insertPlainText(u'{' + name + u'}'); });
        fields->addWidget(b);
    }

    m_save = new QPushButton(tr("Save this text"), this);
    m_reset = new QPushButton(tr("Back to Guichet's text"), this);
    m_save->setEnabled(false);
    m_reset->setEnabled(mayChange);
    connect(m_save, &QPushButton::clicked, this, &MessageTemplatesDialog::save);
    connect(m_reset, &QPushButton::clicked, this, &MessageTemplatesDialog::reset);

    auto *editor = new QVBoxLayout;
    auto *top = new QFormLayout;
    top->addRow(tr("Language:"), m_language);
    editor->addLayout(top);
    editor->addWidget(m_text, 2);
    editor->addLayout(fields);
    editor->addWidget(m_check);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reset);
    actions->addStretch(1);
    actions->addWidget(m_save);
    editor->addLayout(actions);
    auto *previewBox = new QVBoxLayout;
    auto *previewTitle = new QLabel(tr("As the patient reads it (sample appointment)"), this);
    previewTitle->setStyleSheet(u"font-weight: bold;"_s);
    previewBox->addWidget(previewTitle);
    previewBox->addWidget(m_preview, 1);

    auto *switches = new QGroupBox(tr("For the whole practice"), this);
    auto *switchLayout = new QVBoxLayout(switches);
    switchLayout->addWidget(m_enabled);
    switchLayout->addWidget(m_smsMotif);
    switchLayout->addWidget(m_changeSms);
    auto *hint = new QLabel(tr("The central agenda sends what Guichet plans: one confirmation at booking, reminder "
                               "e-mails 7 days (when booked more than a week ahead) and 1 day before, one SMS 2 days "
                               "or 1 day before, at the appointment's time of day. Never a document, never a "
                               "diagnosis."),
                            this);
    hint->setWordWrap(true);
    Tones::apply(hint, Tone::Hint);
    switchLayout->addWidget(hint);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list);
    middle->addLayout(editor, 3);
    middle->addLayout(previewBox, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(switches);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &MessageTemplatesDialog::load);
    connect(m_language, &QComboBox::currentIndexChanged, this, &MessageTemplatesDialog::load);
    connect(m_text, &QPlainTextEdit::textChanged, this, &MessageTemplatesDialog::refreshPreview);
    m_list->setCurrentRow(2); // the reminder e-mail: the one practices adjust first
    Controls::resizeWithinScreen(this, QSize(1280, 640));
}

QString MessageTemplatesDialog::kind() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(KindRole).toString() : QString();
}

MessageChannel MessageTemplatesDialog::channel() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(ChannelRole).value<MessageChannel>()
                                 : MessageChannel::Email;
}

QString MessageTemplatesDialog::language() const
{
    return m_language->currentData().toString();
}

void MessageTemplatesDialog::select(const QString &k, MessageChannel c, const QString &l)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(KindRole) == k && m_list->item(i)->data(ChannelRole).value<MessageChannel>() == c)
            m_list->setCurrentRow(i);
    m_language->setCurrentIndex(std::max(0, m_language->findData(l)));
    load();
}

QString MessageTemplatesDialog::previewText() const
{
    return m_rendered;
}

void MessageTemplatesDialog::load()
{
    if (kind().isEmpty())
        return;
    m_loading = true;
    auto templates = MessageTemplates::load(m_session);
    m_text->setPlainText(templates ? templates->text(kind(), channel(), language()) : templates.error().message);
    m_loading = false;
    refreshPreview();
    m_save->setEnabled(false);
}

void MessageTemplatesDialog::refreshPreview()
{
    const QString text = m_text->toPlainText();
    const bool smsMotif = PracticeRules::isOn(m_session, PracticeRuleKeys::SmsMotif).valueOr(false);
    auto ok = MessageTemplates::validate(kind(), MessageChannels::code(channel()), language(), text, smsMotif);
    if (!ok) {
        Tones::apply(m_check, Tone::Error);
        m_check->setText(ok.error().message);
    } else {
        Tones::apply(m_check, Tone::Success);
        m_check->setText(channel() == MessageChannel::Sms
                             ? tr("Ready to send (%1 of %2 characters before the fields are filled).")
                                   .arg(text.trimmed().size())
                                   .arg(MessageTemplates::MaxSmsLength)
                             : tr("Ready to send. The first line is the e-mail's subject."));
    }
    m_save->setEnabled(!m_loading && ok && m_session.can(Right::ChangePracticeSettings));
    const PlanInput in = sample(m_session, m_session.now());
    const QDateTime before = in.appointment.start.addDays(3).addSecs(-4 * 3600);
    m_rendered = MessageTemplates::render(text, ReminderPlanner::values(in, language(), in.appointment.start, before),
                                          channel() == MessageChannel::Sms, smsMotif);
    m_preview->setHtml(AppointmentMessagesDialog::previewHtml(channel(), m_rendered));
}

void MessageTemplatesDialog::save()
{
    if (auto ok = MessageTemplates::set(m_session, kind(), MessageChannels::code(channel()), language(),
                                        m_text->toPlainText());
        !ok) {
        MessageBox::error(this, windowTitle(), ok.error());
        return;
    }
    m_save->setEnabled(false);
}

void MessageTemplatesDialog::reset()
{
    if (auto ok = MessageTemplates::set(m_session, kind(), MessageChannels::code(channel()), language(), QString());
        !ok) {
        MessageBox::error(this, windowTitle(), ok.error());
        return;
    }
    load();
}

void MessageTemplatesDialog::setSwitch(const char *key, bool on)
{
    if (auto ok = PracticeRules::set(m_session, QString::fromLatin1(key), on ? u"1"_s : u"0"_s); !ok)
        MessageBox::error(this, windowTitle(), ok.error());
    refreshPreview();
}

} // namespace guichet
