#include "ui/sync/syncview.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/sync/fhirclient.h"
#include "core/sync/syncsettings.h"
#include "ui/shell/tones.h"
#include "ui/sync/conflictdialog.h"
#include "ui/sync/serverdialog.h"
#include "ui/sync/synccontroller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QTableWidget *makeTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

SyncView::SyncView(const Session &session, SyncController &controller, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_controller(controller)
{
    auto *title = new QLabel(tr("Synchronisation with the central agenda"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    m_state = new QLabel(this);
    m_state->setObjectName(u"syncPageState"_s);
    m_state->setWordWrap(true);
    m_syncNow = new QPushButton(tr("Synchronise now"), this);
    m_syncNow->setObjectName(u"syncNow"_s);
    auto *server = new QPushButton(tr("Central agenda…"), this);
    server->setObjectName(u"serverSettings"_s);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->hide();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_syncNow);
    bar->addWidget(server);
    bar->addWidget(m_progress, 1);
    bar->addStretch();
    m_log = new QLabel(this);
    m_log->setWordWrap(true);
    Tones::apply(m_log, Tone::Error);
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_conflicts = makeTable(4, {tr("Since"), tr("Conflict"), tr("Record"), tr("Fields changed on both sides")}, this);
    m_conflicts->setObjectName(u"conflicts"_s);
    auto *settle = new QPushButton(tr("Settle…"), this);
    settle->setObjectName(u"settle"_s);
    m_reviews = makeTable(5, {tr("Received"), tr("What"), tr("Patient"), tr("Appointment"), tr("Rule not met")}, this);
    m_reviews->setObjectName(u"reviews"_s);
    m_reviews->setWordWrap(true);
    auto *keep = new QPushButton(tr("Keep…"), this);
    keep->setObjectName(u"reviewKeep"_s);
    keep->setToolTip(tr("The appointment stays as booked; say why (recorded in the audit log)."));
    auto *cancelIt = new QPushButton(tr("Cancel the appointment…"), this);
    cancelIt->setObjectName(u"reviewCancel"_s);
    cancelIt->setToolTip(tr("The patient is sent the cancellation message."));
    auto *called = new QPushButton(tr("Patient called…"), this);
    called->setObjectName(u"reviewCalled"_s);
    m_table = makeTable(5, {tr("Recorded"), tr("What"), tr("Change"), tr("State"), tr("Last error")}, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_state);
    layout->addLayout(bar);
    layout->addWidget(m_log);
    auto *conflictBar = new QHBoxLayout;
    conflictBar->addWidget(heading(tr("Conflicts to settle"), this));
    conflictBar->addStretch();
    conflictBar->addWidget(settle);
    layout->addLayout(conflictBar);
    layout->addWidget(m_conflicts, 1);
    auto *reviewBar = new QHBoxLayout;
    m_reviewHeading = heading(tr("Received from the central agenda, to check"), this);
    reviewBar->addWidget(m_reviewHeading);
    reviewBar->addStretch();
    reviewBar->addWidget(keep);
    reviewBar->addWidget(cancelIt);
    reviewBar->addWidget(called);
    layout->addLayout(reviewBar);
    layout->addWidget(m_reviews, 1);
    layout->addWidget(heading(tr("Changes not sent yet"), this));
    layout->addWidget(m_table, 2);

    connect(m_syncNow, &QPushButton::clicked, &m_controller, &SyncController::syncNow);
    connect(server, &QPushButton::clicked, this, &SyncView::openServerSettings);
    connect(settle, &QPushButton::clicked, this, [this] { openConflict(m_conflicts->currentRow()); });
    connect(keep, &QPushButton::clicked, this, [this] { askAndSettle(SyncReview::Settlement::Keep); });
    connect(cancelIt, &QPushButton::clicked, this, [this] { askAndSettle(SyncReview::Settlement::Cancel); });
    connect(called, &QPushButton::clicked, this, [this] { askAndSettle(SyncReview::Settlement::Called); });
    connect(m_conflicts, &QTableWidget::cellDoubleClicked, this, [this](int row) { openConflict(row); });
    connect(&m_controller, &SyncController::stateChanged, this, &SyncView::reload);
    connect(&m_controller, &SyncController::progress, this, [this](int done, int total, const QString &what) {
        m_progress->show();
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(qMin(done, qMax(1, total)));
        m_progress->setFormat(what + u"  %v / %m"_s);
    });
    reload();
}

void SyncView::reload()
{
    const bool running = m_controller.isRunning();
    m_syncNow->setEnabled(!running && bool(SyncSettings::server(m_session)));
    if (!running)
        m_progress->hide();
    QString state;
    if (auto url = SyncSettings::server(m_session)) {
        state = tr("Central agenda: %1 (account %2).").arg(url->host(), SyncSettings::account(m_session));
        state += u' ' + m_controller.stateText().section(u':', 1).trimmed();
        if (m_controller.lastRun().isValid()) {
            const SyncReport &r = m_controller.lastReport();
            state += u"\n"_s
                + tr("Last exchange at %1: %2 sent, %3 received, %4 refused.")
                      .arg(QLocale().toString(
                          m_controller.lastRun().toTimeZone(PracticeDirectory(m_session).displayZone()).time(),
                          u"HH:mm"_s))
                      .arg(r.pushed)
                      .arg(r.pulled)
                      .arg(r.rejected);
        }
    } else {
        state = tr("No central agenda is set up: every change is kept in the local journal and will be sent once "
                   "its address is given (Central agenda…).");
    }
    m_state->setText(state);
    const QStringList log = m_controller.lastReport().log;
    m_log->setText(log.mid(0, 5).join(u'\n') + (log.size() > 5 ? u"\n…"_s : QString()));
    m_log->setVisible(!log.isEmpty());

    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    const QList<SyncConflict> conflicts = SyncConflicts::list(m_session).valueOr({});
    m_conflicts->setRowCount(int(conflicts.size()));
    m_conflictIds.clear();
    for (int i = 0; i < conflicts.size(); ++i) {
        const SyncConflict &c = conflicts.at(i);
        m_conflictIds << c.id;
        m_conflicts->setItem(i, 0,
                             new QTableWidgetItem(QLocale().toString(c.createdAt.toTimeZone(zone), u"dd/MM HH:mm"_s)));
        m_conflicts->setItem(i, 1, new QTableWidgetItem(ConflictDialog::kindLabel(c.kind)));
        QString record = c.resourceType == u"Patient"_s ? tr("Patient") : tr("Appointment");
        const QString patientId =
            c.resourceType == u"Patient"_s ? c.localId : c.local.value(u"patient_id"_s).toString();
        if (auto p = PatientDirectory(m_session).byId(patientId))
            record += u" — "_s + p->displayName();
        m_conflicts->setItem(i, 2, new QTableWidgetItem(record));
        QStringList fields;
        for (const QString &field : c.fields)
            fields << ConflictDialog::fieldLabel(field);
        m_conflicts->setItem(i, 3, new QTableWidgetItem(fields.join(u", "_s)));
    }
    m_conflicts->resizeColumnsToContents();

    const QList<SyncReviewItem> reviews = SyncReview::list(m_session).valueOr({});
    m_reviewHeading->setText(reviews.isEmpty()
                                 ? tr("Received from the central agenda, to check")
                                 : tr("Received from the central agenda, to check (%1)").arg(reviews.size()));
    m_reviews->setRowCount(int(reviews.size()));
    m_reviewIds.clear();
    const AppointmentDirectory agenda(m_session);
    const PatientDirectory patients(m_session);
    for (int i = 0; i < reviews.size(); ++i) {
        const SyncReviewItem &r = reviews.at(i);
        m_reviewIds << r.id;
        m_reviews->setItem(i, 0,
                           new QTableWidgetItem(QLocale().toString(r.receivedAt.toTimeZone(zone), u"dd/MM HH:mm"_s)));
        m_reviews->setItem(i, 1, new QTableWidgetItem(SyncReview::actLabel(r.act)));
        const auto p = patients.byId(r.patientId);
        m_reviews->setItem(i, 2, new QTableWidgetItem(p ? p->displayName() : tr("(unknown patient)")));
        QString when;
        if (const auto a = agenda.byId(r.appointmentId))
            when = QLocale().toString(a->start.toTimeZone(zone), u"ddd dd/MM/yyyy HH:mm"_s);
        m_reviews->setItem(i, 3, new QTableWidgetItem(when));
        auto *rule = new QTableWidgetItem(r.message);
        rule->setToolTip(r.message);
        m_reviews->setItem(i, 4, rule);
    }
    m_reviews->resizeColumnsToContents();
    m_reviews->horizontalHeader()->setStretchLastSection(true);

    // Parked changes first: they need someone to look at them.
    const ChangeQueue queue(m_session);
    QList<JournalEntry> entries = queue.parked(100).valueOr({});
    const QList<JournalEntry> pending = queue.pending(500).valueOr({});
    entries += pending;
    m_table->setRowCount(int(entries.size()));
    const QHash<QString, QString> entities = {{u"patient"_s, tr("Patient")},
                                              {u"appointment"_s, tr("Appointment")},
                                              {u"schedule"_s, tr("Opening hours")},
                                              {u"schedule-exception"_s, tr("Day with other hours")},
                                              {u"absence"_s, tr("Absence")},
                                              {u"document"_s, tr("Document")},
                                              {u"booking-block"_s, tr("Online booking block")},
                                              {u"slot-hold"_s, tr("Slot held while a patient confirms online")}};
    const QHash<QString, QString> operations = {{u"create"_s, tr("created")},
                                                {u"update"_s, tr("changed")},
                                                {u"status"_s, tr("status changed")},
                                                {u"merge"_s, tr("merged")}};
    for (int i = 0; i < entries.size(); ++i) {
        const JournalEntry &e = entries.at(i);
        m_table->setItem(i, 0,
                         new QTableWidgetItem(QLocale().toString(e.createdAt.toTimeZone(zone), u"dd/MM/yyyy HH:mm"_s)));
        QString what = entities.value(e.entity, e.entity);
        const QString name = e.payload.value(u"display_name"_s).toString();
        if (!name.isEmpty())
            what += u" — "_s + name;
        m_table->setItem(i, 1, new QTableWidgetItem(what));
        m_table->setItem(i, 2, new QTableWidgetItem(operations.value(e.operation, e.operation)));
        const bool isParked = e.state == u"parked"_s;
        auto *stateItem = new QTableWidgetItem(isParked ? tr("parked: refused by the central agenda") : tr("waiting"));
        if (isParked)
            stateItem->setForeground(Tones::color(Tone::Error));
        m_table->setItem(i, 3, stateItem);
        m_table->setItem(i, 4, new QTableWidgetItem(e.lastError));
    }
    m_table->resizeColumnsToContents();
}

int SyncView::pendingShown() const
{
    return m_table->rowCount();
}

int SyncView::conflictsShown() const
{
    return m_conflicts->rowCount();
}

void SyncView::openConflict(int row)
{
    if (row < 0 || row >= m_conflictIds.size())
        return;
    for (const SyncConflict &c : SyncConflicts::list(m_session).valueOr({}))
        if (c.id == m_conflictIds.at(row)) {
            ConflictDialog dialog(m_session, c, this);
            if (dialog.exec() == QDialog::Accepted)
                m_controller.refresh();
            return;
        }
}

Result<void> SyncView::settleReview(int row, SyncReview::Settlement how, const QString &reason)
{
    if (row < 0 || row >= m_reviewIds.size())
        return Error::invalid(tr("Choose an item in the list first."));
    auto settled = SyncReview::settle(m_session, m_reviewIds.at(row), how, reason);
    if (!settled)
        return settled.error();
    m_controller.refresh();
    return {};
}

void SyncView::askAndSettle(SyncReview::Settlement how)
{
    const int row = m_reviews->currentRow();
    if (row < 0) {
        QMessageBox::information(this, tr("To check"), tr("Choose an item in the list first."));
        return;
    }
    QString title, label;
    switch (how) {
    case SyncReview::Settlement::Keep:
        title = tr("Keep the appointment");
        label = tr("Why is it kept despite the rule?");
        break;
    case SyncReview::Settlement::Cancel:
        title = tr("Cancel the appointment");
        label = tr("Reason for the cancellation (the patient is sent the cancellation message):");
        break;
    case SyncReview::Settlement::Called:
        title = tr("Patient called");
        label = tr("What was agreed with the patient (optional):");
        break;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, title, label, QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (auto done = settleReview(row, how, reason); !done)
        QMessageBox::warning(this, title, done.error().message);
}

void SyncView::openServerSettings()
{
    ServerDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted || dialog.accessChanged())
        m_controller.serverChanged();
}

} // namespace guichet
