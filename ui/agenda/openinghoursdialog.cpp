#include "ui/agenda/openinghoursdialog.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/openinghours.h"
#include "core/domain/phone.h"
#include "ui/shell/controls.h"
#include "ui/shell/flowlayout.h"
#include "ui/shell/tones.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr int kExceptionMonths = 12; // the days that differ, listed this far ahead

} // namespace

OpeningHoursDialog::OpeningHoursDialog(const Session &session, const QString &practitionerId, const QDate &day,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Opening hours"));
    m_practitioner = new QComboBox(this);
    for (const Practitioner &p : PracticeDirectory(session).practitioners())
        m_practitioner->addItem(p.displayName(), p.id);
    m_practitioner->setCurrentIndex(std::max(0, m_practitioner->findData(practitionerId)));

    auto *week = new QGroupBox(tr("Usual week"), this);
    auto *weekForm = new QFormLayout(week);
    for (int d = 1; d <= 7; ++d) {
        auto *field = new QLineEdit(week);
        field->setPlaceholderText(tr("closed"));
        field->setToolTip(tr("Such as 08:30-12:30, 14:00-18:00; empty: closed"));
        field->setObjectName(u"hoursDay%1"_s.arg(d));
        field->setMinimumWidth(field->fontMetrics().horizontalAdvance(u"08:30-12:30, 14:00-19:00"_s) + 24);
        m_days << field;
        const QString name = QLocale().standaloneDayName(d, QLocale::LongFormat);
        weekForm->addRow(name.left(1).toUpper() + name.mid(1) + u" :"_s, field);
    }
    auto *saveWeekButton = new QPushButton(tr("Save the week"), week);
    saveWeekButton->setObjectName(u"hoursSaveWeek"_s);
    connect(saveWeekButton, &QPushButton::clicked, this, &OpeningHoursDialog::saveWeek);
    weekForm->addRow(QString(), saveWeekButton);

    auto *special = new QGroupBox(tr("Days that differ (public holidays, exceptional hours)"), this);
    m_exceptions = new QTableWidget(0, 3, special);
    m_exceptions->setHorizontalHeaderLabels({tr("Day"), tr("Hours"), tr("Reason")});
    m_exceptions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_exceptions->verticalHeader()->hide();
    m_exceptions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exceptions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exceptions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_exceptionDate = new QDateEdit(day, special);
    m_exceptionDate->setCalendarPopup(true);
    m_exceptionDate->setDisplayFormat(u"ddd d MMMM yyyy"_s);
    m_exceptionHours = new QLineEdit(special);
    m_exceptionHours->setPlaceholderText(tr("Hours (empty: closed)"));
    m_exceptionHours->setToolTip(tr("Such as 09:00-12:00; empty: closed all day"));
    m_exceptionHours->setMinimumWidth(
        m_exceptionHours->fontMetrics().horizontalAdvance(m_exceptionHours->placeholderText()) + 16);
    m_exceptionReason = new QLineEdit(special);
    m_exceptionReason->setPlaceholderText(tr("Public holiday, training…"));
    m_exceptionReason->setMaxLength(200);
    m_exceptionReason->setMinimumWidth(
        m_exceptionReason->fontMetrics().horizontalAdvance(m_exceptionReason->placeholderText()) + 16);
    auto *add = new QPushButton(tr("Add"), special);
    add->setObjectName(u"hoursAddException"_s);
    connect(add, &QPushButton::clicked, this, &OpeningHoursDialog::addException);
    auto *remove = new QPushButton(tr("Remove"), special);
    remove->setObjectName(u"hoursRemoveException"_s);
    connect(remove, &QPushButton::clicked, this, &OpeningHoursDialog::removeSelectedException);
    auto *entry = new FlowLayout; // wraps on a small screen
    entry->addWidget(m_exceptionDate);
    entry->addWidget(m_exceptionHours);
    entry->addWidget(m_exceptionReason);
    entry->addWidget(add);
    entry->addWidget(remove);
    auto *specialLayout = new QVBoxLayout(special);
    specialLayout->addWidget(m_exceptions, 1);
    specialLayout->addLayout(entry);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_outside = new QTableWidget(0, 3, this);
    m_outside->setHorizontalHeaderLabels({tr("Appointment"), tr("Patient"), tr("Phone")});
    m_outside->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_outside->verticalHeader()->hide();
    m_outside->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outside->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpeningHoursDialog::accept);

    auto *top = new QFormLayout;
    top->addRow(tr("Practitioner:"), m_practitioner);
    auto *columns = new QHBoxLayout;
    columns->addWidget(week);
    columns->addWidget(special, 1);
    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_outside, 1);
    Controls::setScrollingBody(this, layout, buttons);
    Controls::resizeWithinScreen(this, QSize(900, 520));
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, [this] {
        m_message->clear();
        m_outside->hide();
        load();
    });
    load();
}

QString OpeningHoursDialog::message() const
{
    return m_message->text();
}

void OpeningHoursDialog::load()
{
    const QString id = m_practitioner->currentData().toString();
    const QDate today = m_session.now().toTimeZone(PracticeDirectory(m_session).displayZone()).date();
    auto loaded = OpeningHours::load(m_session, id, today, today.addMonths(kExceptionMonths));
    auto listed = PracticeDirectory(m_session).openingExceptions(id, today, today.addMonths(kExceptionMonths));
    if (!loaded || !listed) {
        fail((!loaded ? loaded.error() : listed.error()).message);
        return;
    }
    const OpeningHours &hours = *loaded;
    m_loaded.clear();
    for (int d = 1; d <= 7; ++d) {
        QList<OpeningRange> ranges;
        for (const OpeningRange &r : hours.week())
            if (r.weekday == d)
                ranges << r;
        m_loaded << OpeningHoursService::formatRanges(ranges);
        m_days.at(d - 1)->setText(m_loaded.last());
    }
    const QList<OpeningException> &exceptions = *listed;
    m_exceptions->setRowCount(int(exceptions.size()));
    for (int r = 0; r < exceptions.size(); ++r) {
        const OpeningException &e = exceptions.at(r);
        m_exceptions->setItem(r, 0, new QTableWidgetItem(QLocale().toString(e.day, u"ddd d MMMM yyyy"_s)));
        m_exceptions->setItem(
            r, 1,
            new QTableWidgetItem(e.ranges.isEmpty() ? tr("closed") : OpeningHoursService::formatRanges(e.ranges)));
        m_exceptions->setItem(r, 2, new QTableWidgetItem(e.label));
        m_exceptions->item(r, 0)->setData(Qt::UserRole, e.id);
    }
    m_exceptions->resizeColumnToContents(0);
    m_exceptions->resizeColumnToContents(1);
}

void OpeningHoursDialog::fail(const QString &message)
{
    Tones::apply(m_message, Tone::Error);
    m_message->setText(message);
}

void OpeningHoursDialog::saveWeek()
{
    // Every changed day checked first: one wrong line saves nothing.
    QList<std::pair<int, QList<TimeRange>>> changes;
    for (int d = 1; d <= 7; ++d) {
        const QString text = m_days.at(d - 1)->text();
        if (text.trimmed() == m_loaded.at(d - 1))
            continue;
        auto parsed = OpeningHoursService::parseRanges(text);
        if (!parsed) {
            m_days.at(d - 1)->setFocus();
            fail(tr("%1: %2").arg(QLocale().standaloneDayName(d, QLocale::LongFormat), parsed.error().message));
            return;
        }
        changes.append({d, *parsed});
    }
    if (changes.isEmpty()) {
        Tones::apply(m_message, Tone::Plain);
        m_message->setText(tr("Nothing changed in the week."));
        return;
    }
    QList<Appointment> outside;
    for (const auto &[d, ranges] : std::as_const(changes)) {
        auto done = OpeningHoursService::setWeekday(m_session, m_practitioner->currentData().toString(), d, ranges);
        if (!done) {
            load();
            fail(done.error().message);
            return;
        }
        m_changed = true;
        outside << done->outside;
    }
    load();
    showOutside(tr("Week saved."), outside);
}

void OpeningHoursDialog::addException()
{
    auto parsed = OpeningHoursService::parseRanges(m_exceptionHours->text());
    if (!parsed) {
        m_exceptionHours->setFocus();
        fail(parsed.error().message);
        return;
    }
    auto done = OpeningHoursService::setException(m_session, m_practitioner->currentData().toString(),
                                                  m_exceptionDate->date(), *parsed, m_exceptionReason->text());
    if (!done) {
        fail(done.error().message);
        return;
    }
    m_changed = true;
    m_exceptionHours->clear();
    m_exceptionReason->clear();
    load();
    showOutside(parsed->isEmpty()
                    ? tr("Closed on %1.").arg(QLocale().toString(m_exceptionDate->date(), u"dddd d MMMM"_s))
                    : tr("Hours of %1 saved.").arg(QLocale().toString(m_exceptionDate->date(), u"dddd d MMMM"_s)),
                done->outside);
}

void OpeningHoursDialog::removeSelectedException()
{
    const int row = m_exceptions->currentRow();
    if (row < 0 || !m_exceptions->item(row, 0)) {
        fail(tr("Choose the day to remove in the list."));
        return;
    }
    const QString id = m_exceptions->item(row, 0)->data(Qt::UserRole).toString();
    if (auto ok = OpeningHoursService::removeException(m_session, id); !ok) {
        fail(ok.error().message);
        return;
    }
    m_changed = true;
    load();
    m_outside->hide();
    Tones::apply(m_message, Tone::Success);
    m_message->setText(tr("The usual week applies again on that day."));
}

void OpeningHoursDialog::showOutside(const QString &done, const QList<Appointment> &outside)
{
    if (outside.isEmpty()) {
        m_outside->hide();
        Tones::apply(m_message, Tone::Success);
        m_message->setText(done + u' ' + tr("No booked patient is left outside the hours."));
        return;
    }
    Tones::apply(m_message, Tone::Warning, true);
    m_message->setText(
        done + u' '
        + tr("%n booked patient(s) now outside the hours must be called and moved:", nullptr, int(outside.size())));
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    PatientDirectory patients(m_session);
    m_outside->setRowCount(int(outside.size()));
    for (int r = 0; r < outside.size(); ++r) {
        const Appointment &a = outside.at(r);
        auto p = patients.byId(a.patientId);
        m_outside->setItem(r, 0,
                           new QTableWidgetItem(QLocale().toString(a.start.toTimeZone(zone), u"ddd d MMM HH:mm"_s)));
        m_outside->setItem(r, 1, new QTableWidgetItem(p ? p->displayName() : a.patientId));
        m_outside->setItem(
            r, 2,
            new QTableWidgetItem(p ? Phone::display(p->mobilePhone.isEmpty() ? p->otherPhone : p->mobilePhone,
                                                    PracticeDirectory(m_session).country())
                                   : QString()));
        m_outside->item(r, 0)->setData(Qt::UserRole, a.id);
    }
    m_outside->resizeColumnToContents(0);
    m_outside->resizeColumnToContents(2);
    m_outside->show();
}

} // namespace guichet
