#include "ui/admin/auditpage.h"

#include "core/access/audittrail.h"
#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/access/userservice.h"
#include "ui/shell/controls.h"
#include "ui/shell/tones.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

AuditFilter filterOf(const QDateEdit *from, const QDateEdit *to, const QComboBox *user, const QLineEdit *patient,
                     const QComboBox *kind, const QTimeZone &zone)
{
    AuditFilter f;
    f.from = QDateTime(from->date(), QTime(0, 0), zone).toUTC();
    f.to = QDateTime(to->date().addDays(1), QTime(0, 0), zone).toUTC();
    f.user = user->currentData().toString();
    f.patientId = patient->text().trimmed();
    f.kind = kind->currentData().toString();
    return f;
}

} // namespace

AuditPage::AuditPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"auditPage"_s);
    const QTimeZone zone = PracticeDirectory(session).displayZone();
    // Audit times follow the real clock (never a demo's or a test's): so does the period shown.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    m_from = new QDateEdit(today.addDays(-7), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(u"dd/MM/yyyy"_s); // four-digit years, whatever the locale's short form
    }
    m_user = new QComboBox(this);
    m_user->addItem(tr("Everybody"), QString());
    for (const User &u : UserService::list(session).valueOr({}))
        m_user->addItem(u.displayName.isEmpty() ? u.login : u.displayName + u" ("_s + u.login + u')', u.login);
    m_patient = new QLineEdit(this);
    m_patient->setPlaceholderText(tr("Patient ID"));
    Controls::addClearButton(m_patient);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Every act"), QString());
    if (auto families = AuditTrail::families(session))
        for (const QString &f : *families)
            m_kind->addItem(AuditTrail::familyLabel(f), f);
    auto *show = new QPushButton(tr("Show"), this);
    show->setDefault(true);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_user);
    filters->addWidget(m_patient);
    filters->addWidget(m_kind);
    filters->addWidget(show);
    filters->addWidget(exportButton);
    filters->addStretch(1);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("User"), tr("Act"), tr("On"), tr("Reason"), tr("Details")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    connect(show, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_patient, &QLineEdit::returnPressed, this, &AuditPage::reload);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), u"journal-audit.csv"_s,
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    reload();
}

QString AuditPage::message() const
{
    return m_message->text();
}

void AuditPage::reload()
{
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    auto entries = AuditTrail::list(m_session, filterOf(m_from, m_to, m_user, m_patient, m_kind, zone));
    if (!entries) {
        m_table->setRowCount(0);
        Tones::apply(m_message, Tone::Error);
        m_message->setText(entries.error().message);
        return;
    }
    auto lines = AuditTrail::describe(m_session, *entries, zone);
    if (!lines) {
        m_table->setRowCount(0);
        Tones::apply(m_message, Tone::Error);
        m_message->setText(lines.error().message);
        return;
    }
    m_table->setRowCount(int(lines->size()));
    for (int r = 0; r < lines->size(); ++r) {
        const AuditTrail::Line &line = lines->at(r);
        const QStringList cells{line.when, line.who, line.act, line.on, line.reason, line.details};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 5)
                item->setToolTip(line.details);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    Tones::apply(m_message, Tone::Plain);
    m_message->setText(tr("%n act(s), newest first.", nullptr, int(entries->size())));
}

bool AuditPage::exportTo(const QString &path)
{
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    auto rows = AuditTrail::exportCsv(m_session, filterOf(m_from, m_to, m_user, m_patient, m_kind, zone), path, zone);
    if (!rows) {
        Tones::apply(m_message, Tone::Error);
        m_message->setText(rows.error().message);
        return false;
    }
    Tones::apply(m_message, Tone::Success);
    m_message->setText(tr("%n act(s) exported to %1.", nullptr, *rows).arg(path));
    return true;
}

} // namespace guichet
