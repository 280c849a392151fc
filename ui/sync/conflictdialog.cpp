#include "ui/sync/conflictdialog.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/domain/appointmentstatus.h"
#include "core/domain/patientfields.h"
#include "ui/shell/tones.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

QString ConflictDialog::fieldLabel(const QString &field)
{
    // An appointment's fields; a patient's are named by PatientFields.
    static const QHash<QString, const char *> labels = {
        {u"patient_id"_s, QT_TR_NOOP("Patient")},
        {u"practitioner_id"_s, QT_TR_NOOP("Practitioner")},
        {u"motif_id"_s, QT_TR_NOOP("Visit reason")},
        {u"start"_s, QT_TR_NOOP("Start")},
        {u"end"_s, QT_TR_NOOP("End")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"cancelled_by"_s, QT_TR_NOOP("Cancelled by")},
        {u"late_cancellation"_s, QT_TR_NOOP("Late cancellation")},
        {u"excused"_s, QT_TR_NOOP("Excused")},
        {u"noshow_erased"_s, QT_TR_NOOP("No-show erased")},
        {u"reason"_s, QT_TR_NOOP("Reason")},
        {u"note"_s, QT_TR_NOOP("Note")},
        {u"channel"_s, QT_TR_NOOP("Booked through")},
    };
    if (const auto it = labels.constFind(field); it != labels.constEnd())
        return tr(*it);
    return PatientFields::label(field); // a patient's field, or the code itself
}

QString ConflictDialog::kindLabel(const QString &kind)
{
    if (kind == u"double-booking"_s)
        return tr("Two bookings of the same slot");
    if (kind == u"cancelled-moved"_s)
        return tr("Cancelled online while moved at the desk");
    return tr("Changed on both sides");
}

ConflictDialog::ConflictDialog(const Session &session, const SyncConflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_conflict(conflict)
{
    setWindowTitle(tr("Synchronisation conflict"));
    const bool doubleBooking = conflict.kind == u"double-booking"_s;
    auto *title = new QLabel(u"<b>%1</b>"_s.arg(kindLabel(conflict.kind).toHtmlEscaped()), this);
    QString what;
    const QString patientId =
        conflict.resourceType == u"Patient"_s ? conflict.localId : conflict.remote.value(u"patient_id"_s).toString();
    if (auto p = PatientDirectory(session).byId(patientId))
        what = p->displayName();
    auto *explain = new QLabel(this);
    explain->setWordWrap(true);
    if (doubleBooking)
        explain->setText(tr("The central agenda gave this slot to %1 while the desk had already booked it. Both "
                            "bookings are kept until you choose.")
                             .arg(what));
    else
        explain->setText(tr("%1: the desk and the central agenda changed the same information since the last "
                            "synchronisation. Nothing was overwritten; choose the version to keep.")
                             .arg(what.isEmpty() ? tr("Record") : what));
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Field"), doubleBooking ? tr("Booked at the desk") : tr("At the desk"),
                                        doubleBooking ? tr("Booked online") : tr("Central agenda")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The fields at stake first, then the others in the order a secretary reads a record.
    static const QStringList order = {u"patient_id"_s,   u"practitioner_id"_s,
                                      u"motif_id"_s,     u"start"_s,
                                      u"end"_s,          u"status"_s,
                                      u"note"_s,         u"reason"_s,
                                      u"birth_name"_s,   u"usage_name"_s,
                                      u"first_names"_s,  u"used_first_name"_s,
                                      u"birth_date"_s,   u"sex"_s,
                                      u"mobile_phone"_s, u"other_phone"_s,
                                      u"email"_s,        u"address"_s,
                                      u"postcode"_s,     u"city"_s};
    static const QSet<QString> context = {u"patient_id"_s, u"practitioner_id"_s, u"motif_id"_s,   u"start"_s,
                                          u"end"_s,        u"status"_s,          u"birth_name"_s, u"first_names"_s,
                                          u"birth_date"_s};
    QStringList keys = conflict.remote.keys();
    auto rank = [&](const QString &k) {
        const qsizetype i = order.indexOf(k);
        return (conflict.fields.contains(k) ? 0 : 1000) + (i < 0 ? 500 : int(i));
    };
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
    const QColor highlight(0xff, 0xe8, 0xb0);
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue local = conflict.local.value(key);
        const QJsonValue remote = conflict.remote.value(key);
        const bool atStake = conflict.fields.contains(key);
        if (!atStake && local == remote && !context.contains(key))
            continue; // the same on both sides and not needed to recognise the record
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(fieldLabel(key));
        auto *l = new QTableWidgetItem(display(key, local));
        auto *r = new QTableWidgetItem(display(key, remote));
        if (atStake || local != remote) {
            QFont bold = name->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {name, l, r}) {
                item->setBackground(highlight);
                item->setFont(bold);
            }
        }
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, l);
        m_table->setItem(row, 2, r);
    }
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    Tones::apply(m_message, Tone::Error);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(this);
    auto addChoice = [&](const QString &text, const QString &choice, const QString &name) {
        QPushButton *b = buttons->addButton(text, QDialogButtonBox::AcceptRole);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, choice] {
            if (settle(choice))
                accept();
        });
    };
    if (doubleBooking) {
        addChoice(tr("Keep the desk's booking"), u"local"_s, u"keepLocal"_s);
        addChoice(tr("Keep the online booking"), u"remote"_s, u"keepRemote"_s);
        addChoice(tr("Keep both"), u"both"_s, u"keepBoth"_s);
    } else {
        addChoice(tr("Keep the desk's version"), u"local"_s, u"keepLocal"_s);
        addChoice(tr("Take the central agenda's version"), u"remote"_s, u"keepRemote"_s);
    }
    buttons->addButton(tr("Decide later"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explain);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 480);
}

QString ConflictDialog::display(const QString &field, const QJsonValue &value) const
{
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    const QString text = value.toString();
    if (text.isEmpty())
        return u"—"_s;
    if (field == u"start"_s || field == u"end"_s) {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        return QLocale().toString(t.toTimeZone(PracticeDirectory(m_session).displayZone()), u"ddd dd/MM/yyyy HH:mm"_s);
    }
    if (field == u"channel"_s)
        return text == u"online"_s ? tr("online") : text == u"phone"_s ? tr("phone") : tr("at the desk");
    if (field == u"sex"_s)
        return text == u"female"_s ? tr("female") : text == u"male"_s ? tr("male") : tr("other or unknown");
    if (field == u"birth_date"_s)
        return QLocale().toString(QDate::fromString(text, Qt::ISODate), u"dd/MM/yyyy"_s);
    if (field == u"status"_s)
        if (const auto s = AppointmentStatuses::fromCode(text))
            return AppointmentStatuses::label(*s);
    if (field == u"patient_id"_s || field == u"holder_id"_s || field == u"replaced_by"_s)
        if (auto p = PatientDirectory(m_session).byId(text))
            return p->displayName();
    if (field == u"practitioner_id"_s)
        if (auto p = PracticeDirectory(m_session).practitioner(text))
            return p->displayName();
    if (field == u"motif_id"_s)
        if (auto m = PracticeDirectory(m_session).motif(text))
            return m->label;
    return text;
}

bool ConflictDialog::settle(const QString &choice)
{
    auto ok = SyncConflicts::resolve(m_session, m_conflict.id, choice);
    if (!ok) {
        m_error = ok.error().message;
        m_message->setText(m_error);
        m_message->show();
        return false;
    }
    return true;
}

} // namespace guichet
