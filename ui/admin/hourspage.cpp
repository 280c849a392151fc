#include "ui/admin/hourspage.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/absenceservice.h"
#include "core/agenda/openinghours.h"
#include "ui/agenda/absencedialog.h"
#include "ui/agenda/openinghoursdialog.h"
#include "ui/shell/messagebox.h"
#include "ui/shell/tones.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QTableWidget *table(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(22);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

HoursPage::HoursPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"hoursPage"_s);
    m_practitioner = new QComboBox(this);
    m_week = table(this, {tr("Day"), tr("Hours"), tr("Visit reasons offered")});
    m_absences = table(this, {tr("From"), tr("To"), tr("Reason")});
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *editWeekButton = new QPushButton(tr("Change the usual week…"), this);
    auto *reasonsButton = new QPushButton(tr("Visit reasons of this range…"), this);
    connect(reasonsButton, &QPushButton::clicked, this, &HoursPage::chooseReasons);
    auto *declare = new QPushButton(tr("Declare an absence…"), this);
    auto *edit = new QPushButton(tr("Change…"), this);
    auto *remove = new QPushButton(tr("Remove…"), this);
    connect(editWeekButton, &QPushButton::clicked, this, &HoursPage::editWeek);
    connect(declare, &QPushButton::clicked, this, &HoursPage::declareAbsence);
    connect(edit, &QPushButton::clicked, this, &HoursPage::editChosen);
    connect(remove, &QPushButton::clicked, this, &HoursPage::removeChosen);
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &HoursPage::reload);

    auto *weekBox = new QGroupBox(tr("Usual week"), this);
    auto *weekLayout = new QVBoxLayout(weekBox);
    weekLayout->addWidget(m_week, 1);
    auto *weekButtons = new QHBoxLayout;
    weekButtons->addWidget(editWeekButton);
    weekButtons->addWidget(reasonsButton);
    weekButtons->addStretch(1);
    weekLayout->addLayout(weekButtons);
    auto *absenceBox = new QGroupBox(tr("Absences (from today, one year)"), this);
    auto *absenceLayout = new QVBoxLayout(absenceBox);
    absenceLayout->addWidget(m_absences, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(declare);
    row->addWidget(edit);
    row->addWidget(remove);
    row->addStretch(1);
    absenceLayout->addLayout(row);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Practitioner:"), this));
    top->addWidget(m_practitioner);
    top->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(weekBox, 1);
    columns->addWidget(absenceBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);

    const QSignalBlocker block(m_practitioner);
    for (const Practitioner &p : PracticeDirectory(session).practitioners())
        m_practitioner->addItem(p.displayName(), p.id);
    reload();
}

QString HoursPage::message() const
{
    return m_message->text();
}

void HoursPage::reload()
{
    const QString current = m_practitioner->currentData().toString();
    {
        // Practitioners added on another page since.
        const QSignalBlocker block(m_practitioner);
        m_practitioner->clear();
        for (const Practitioner &p : PracticeDirectory(m_session).practitioners())
            m_practitioner->addItem(p.displayName(), p.id);
        m_practitioner->setCurrentIndex(qMax(0, m_practitioner->findData(current)));
    }
    const QString id = m_practitioner->currentData().toString();
    PracticeDirectory practice(m_session);
    QHash<QString, QString> labels;
    for (const Motif &m : practice.motifs(id))
        labels.insert(m.id, m.label);
    m_week->setRowCount(0);
    m_absences->setRowCount(0);
    if (id.isEmpty()) {
        tell(tr("Add a practitioner first."), {});
        return;
    }
    auto ranges = practice.openingRanges(id);
    if (!ranges) {
        tell(ranges.error().message, {}, true);
        return;
    }
    // One row per range (the visit reasons it offers beside it); a day without one says closed.
    for (int day = 1; day <= 7; ++day) {
        bool any = false;
        for (const OpeningRange &r : std::as_const(*ranges)) {
            if (r.weekday != day)
                continue;
            QStringList offered;
            for (const QString &m : r.motifIds)
                offered << labels.value(m);
            const int row = m_week->rowCount();
            m_week->insertRow(row);
            auto *dayItem = new QTableWidgetItem(any ? QString() : QLocale().standaloneDayName(day));
            dayItem->setData(Qt::UserRole, day);
            dayItem->setData(Qt::UserRole + 1, r.start);
            m_week->setItem(row, 0, dayItem);
            m_week->setItem(row, 1,
                            new QTableWidgetItem(r.start.toString(u"HH:mm"_s) + u"–"_s + r.end.toString(u"HH:mm"_s)));
            m_week->setItem(row, 2, new QTableWidgetItem(offered.isEmpty() ? tr("all") : offered.join(u", "_s)));
            any = true;
        }
        if (!any) {
            const int row = m_week->rowCount();
            m_week->insertRow(row);
            m_week->setItem(row, 0, new QTableWidgetItem(QLocale().standaloneDayName(day)));
            m_week->setItem(row, 1, new QTableWidgetItem(tr("closed")));
            m_week->setItem(row, 2, new QTableWidgetItem(QString()));
        }
    }
    m_week->resizeColumnsToContents();
    const QTimeZone zone = practice.displayZone();
    const QDateTime from = QDateTime(m_session.now().toTimeZone(zone).date(), QTime(0, 0), zone).toUTC();
    auto absences = AbsenceService::list(m_session, id, from, from.addDays(366));
    if (!absences) {
        tell(absences.error().message, {}, true);
        return;
    }
    for (const Absence &a : std::as_const(*absences)) {
        const int row = m_absences->rowCount();
        m_absences->insertRow(row);
        auto *start = new QTableWidgetItem(QLocale().toString(a.start.toTimeZone(zone), u"ddd dd/MM/yyyy HH:mm"_s));
        start->setData(Qt::UserRole, a.id);
        m_absences->setItem(row, 0, start);
        m_absences->setItem(
            row, 1, new QTableWidgetItem(QLocale().toString(a.end.toTimeZone(zone), u"ddd dd/MM/yyyy HH:mm"_s)));
        m_absences->setItem(row, 2, new QTableWidgetItem(a.label));
    }
    m_absences->resizeColumnsToContents();
}

void HoursPage::tell(const QString &what, const QStringList &patients, bool error)
{
    Tones::apply(m_message, error ? Tone::Error : Tone::Plain);
    m_message->setText(patients.isEmpty() ? what : what + u"\n"_s + patients.join(u"\n"_s));
}

void HoursPage::editWeek()
{
    const QString id = m_practitioner->currentData().toString();
    if (id.isEmpty())
        return;
    OpeningHoursDialog dialog(m_session, id, m_session.now().date(), this);
    dialog.exec();
    reload();
}

bool HoursPage::setRangeReasons(int row, const QStringList &motifIds)
{
    const QTableWidgetItem *item = row >= 0 && row < m_week->rowCount() ? m_week->item(row, 0) : nullptr;
    if (!item || !item->data(Qt::UserRole + 1).isValid()) {
        tell(tr("Choose a range of the usual week."), {});
        return false;
    }
    auto done = OpeningHoursService::setRangeMotifs(m_session, m_practitioner->currentData().toString(),
                                                    item->data(Qt::UserRole).toInt(),
                                                    item->data(Qt::UserRole + 1).toTime(), motifIds);
    if (!done) {
        tell(done.error().message, {}, true);
        return false;
    }
    reload();
    tell(motifIds.isEmpty() ? tr("This range offers every visit reason.")
                            : tr("This range offers %n visit reason(s).", nullptr, int(motifIds.size())),
         {});
    return true;
}

void HoursPage::chooseReasons()
{
    const int row = m_week->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_week->item(row, 0) : nullptr;
    if (!item || !item->data(Qt::UserRole + 1).isValid()) {
        tell(tr("Choose a range of the usual week."), {});
        return;
    }
    const QString practitioner = m_practitioner->currentData().toString();
    PracticeDirectory practice(m_session);
    QStringList current;
    if (auto ranges = practice.openingRanges(practitioner))
        for (const OpeningRange &r : std::as_const(*ranges))
            if (r.weekday == item->data(Qt::UserRole).toInt() && r.start == item->data(Qt::UserRole + 1).toTime())
                current = r.motifIds;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Visit reasons of this range"));
    auto *list = new QListWidget(&dialog);
    for (const Motif &m : practice.motifs(practitioner)) {
        if (!m.active)
            continue;
        auto *entry = new QListWidgetItem(m.label, list);
        entry->setData(Qt::UserRole, m.id);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(current.isEmpty() || current.contains(m.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *hint =
        new QLabel(tr("Every reason checked: the range offers every reason, also those added later."), &dialog);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList chosen;
    bool all = true;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            chosen << list->item(i)->data(Qt::UserRole).toString();
        else
            all = false;
    }
    setRangeReasons(row, all ? QStringList() : chosen);
}

void HoursPage::declareAbsence()
{
    AbsenceDialog dialog(m_session, m_practitioner->currentData().toString(), m_session.now().date(), this);
    dialog.exec();
    reload();
}

namespace {

QStringList describe(const Session &session, const QList<Appointment> &affected, const QTimeZone &zone)
{
    QStringList out;
    PatientDirectory patients(session);
    for (const Appointment &a : affected) {
        auto p = patients.byId(a.patientId);
        out << u"  • "_s + QLocale().toString(a.start.toTimeZone(zone), u"ddd dd/MM HH:mm"_s) + u"  "_s
                + (p ? p->displayName() : a.patientId);
    }
    return out;
}

} // namespace

bool HoursPage::editAbsence(int row, const QDateTime &start, const QDateTime &end, const QString &label)
{
    if (row < 0 || row >= m_absences->rowCount())
        return false;
    const QString id = m_absences->item(row, 0)->data(Qt::UserRole).toString();
    auto edited = AbsenceService::edit(m_session, id, start, end, label);
    if (!edited) {
        tell(edited.error().message, {}, true);
        return false;
    }
    reload();
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    tell(tr("Absence changed; %n booked appointment(s) in it to move:", nullptr, int(edited->affected.size())),
         describe(m_session, edited->affected, zone));
    return true;
}

bool HoursPage::removeAbsence(int row, const QString &reason)
{
    if (row < 0 || row >= m_absences->rowCount())
        return false;
    const QString id = m_absences->item(row, 0)->data(Qt::UserRole).toString();
    auto removed = AbsenceService::remove(m_session, id, reason);
    if (!removed) {
        tell(removed.error().message, {}, true);
        return false;
    }
    reload();
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    tell(tr("Absence removed: the slots are free again. %n booked appointment(s) in it no longer need moving:", nullptr,
            int(removed->affected.size())),
         describe(m_session, removed->affected, zone));
    return true;
}

void HoursPage::editChosen()
{
    const int row = m_absences->currentRow();
    if (row < 0) {
        tell(tr("Choose an absence in the list."), {});
        return;
    }
    auto a = PracticeDirectory(m_session).absence(m_absences->item(row, 0)->data(Qt::UserRole).toString());
    if (!a) {
        tell(a.error().message, {}, true);
        return;
    }
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Change the absence"));
    auto *from = new QDateTimeEdit(&dialog);
    auto *to = new QDateTimeEdit(&dialog);
    from->setDateTime(QDateTime(a->start.toTimeZone(zone).date(), a->start.toTimeZone(zone).time()));
    to->setDateTime(QDateTime(a->end.toTimeZone(zone).date(), a->end.toTimeZone(zone).time()));
    from->setCalendarPopup(true);
    to->setCalendarPopup(true);
    auto *label = new QLineEdit(a->label, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("From:"), from);
    form->addRow(tr("To:"), to);
    form->addRow(tr("Reason:"), label);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    editAbsence(row, QDateTime(from->date(), from->time(), zone), QDateTime(to->date(), to->time(), zone),
                label->text());
}

void HoursPage::removeChosen()
{
    const int row = m_absences->currentRow();
    if (row < 0) {
        tell(tr("Choose an absence in the list."), {});
        return;
    }
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Remove the absence"), tr("Why is it removed (kept in the audit log)?"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    removeAbsence(row, reason);
}

} // namespace guichet
