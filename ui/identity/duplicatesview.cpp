#include "ui/identity/duplicatesview.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/identity/identityfields.h"
#include "core/identity/mergeservice.h"
#include "core/identity/patientcsv.h"
#include "ui/identity/newpatientdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

DuplicatesView::DuplicatesView(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_band = new QComboBox(this);
    m_band->addItem(tr("Certain and probable"), int(MatchBand::Probable));
    m_band->addItem(tr("Also possible"), int(MatchBand::Possible));
    m_band->addItem(tr("Certain only"), int(MatchBand::Certain));
    auto *scan = new QPushButton(tr("Search again"), this);
    m_pairs = new QTableWidget(0, 5, this);
    m_pairs->setObjectName(u"duplicatePairs"_s);
    m_pairs->setHorizontalHeaderLabels({tr("Band"), tr("Closeness"), tr("Record"), tr("Other record"), tr("Why")});
    m_pairs->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_pairs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairs->verticalHeader()->hide();
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_compare = new QTableWidget(0, 3, this);
    m_compare->setObjectName(u"duplicateComparison"_s);
    m_compare->setHorizontalHeaderLabels({tr("Field"), tr("Record kept"), tr("Merged record (tick to take)")});
    m_compare->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_compare->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_compare->verticalHeader()->hide();
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_refusals = new QLabel(this);
    m_refusals->setWordWrap(true);
    m_refusals->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why they are the same person (identity document seen, phone call…)"));
    m_merge = new QPushButton(tr("Merge"), this);
    m_different = new QPushButton(tr("Not the same person"), this);
    m_later = new QPushButton(tr("Later"), this);
    m_undoMerge = new QPushButton(tr("Undo the last merge"), this);
    m_undoMerge->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    if (!Roles::has(m_session.user().role, Right::MergePatients)) {
        m_merge->setEnabled(false);
        m_merge->setToolTip(tr("Merging needs the right to merge records (administrator)."));
    }

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_band);
    top->addWidget(scan);
    top->addStretch();
    // The merges made, newest first: any of them can be undone while nothing changed since.
    m_history = new QTableWidget(0, 5, this);
    m_history->setObjectName(u"mergeHistory"_s);
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Record kept"), tr("Record merged"), tr("By"), tr("State")});
    // Headers read whole (they were cut to "ssier conser"): every column as wide as its text.
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    auto *undoSelected = new QPushButton(tr("Undo this merge"), this);
    connect(undoSelected, &QPushButton::clicked, this, &DuplicatesView::undoSelectedMerge);
    auto *historyBar = new QHBoxLayout;
    historyBar->addWidget(new QLabel(tr("Merges made:"), this));
    historyBar->addStretch();
    historyBar->addWidget(undoSelected);
    m_incomplete = new QTableWidget(0, 2, this);
    m_incomplete->setObjectName(u"incompleteIdentities"_s);
    m_incomplete->setHorizontalHeaderLabels({tr("Record"), tr("Missing")});
    m_incomplete->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_incomplete->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_incomplete->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_incomplete->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_incomplete->verticalHeader()->hide();
    m_incomplete->setToolTip(tr("Double-click a record to complete it"));
    connect(m_incomplete, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QString id = m_incomplete->item(row, 0)->data(Qt::UserRole).toString();
        NewPatientDialog dialog(m_session, this, id);
        if (dialog.exec() == QDialog::Accepted) {
            reloadIncomplete();
            Q_EMIT patientsChanged();
        }
    });
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_pairs, 3);
    leftLayout->addLayout(historyBar);
    leftLayout->addWidget(m_history, 1);
    leftLayout->addWidget(new QLabel(tr("Identities to complete:"), this));
    leftLayout->addWidget(m_incomplete, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_compare, 1);
    rightLayout->addWidget(m_refusals);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reason, 1);
    buttons->addWidget(m_merge);
    buttons->addWidget(m_different);
    buttons->addWidget(m_later);
    buttons->addWidget(m_undoMerge);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_message);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(scan, &QPushButton::clicked, this, &DuplicatesView::reload);
    connect(m_band, &QComboBox::currentIndexChanged, this, &DuplicatesView::reload);
    connect(m_pairs, &QTableWidget::currentCellChanged, this, [this](int row) { choosePair(row); });
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesView::mergeChosen);
    connect(m_different, &QPushButton::clicked, this, &DuplicatesView::notSamePerson);
    connect(m_later, &QPushButton::clicked, this, &DuplicatesView::later);
    connect(m_undoMerge, &QPushButton::clicked, this, &DuplicatesView::undoLastMerge);
}

QString DuplicatesView::message() const
{
    return m_message->text();
}

void DuplicatesView::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : u"color: #1b7f3b;"_s);
    m_message->setText(text);
}

void DuplicatesView::reloadHistory()
{
    const QList<MergeRecord> merges = MergeService::history(m_session, QString(), 200).valueOr({});
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    PatientDirectory patients(m_session);
    auto name = [&](const QString &id) {
        auto p = patients.byId(id);
        return p ? p->displayName() : id;
    };
    m_history->setRowCount(int(merges.size()));
    for (int r = 0; r < merges.size(); ++r) {
        const MergeRecord &m = merges.at(r);
        const QStringList cells = {QLocale().toString(m.at.toTimeZone(zone), u"dd/MM/yyyy HH:mm"_s), name(m.survivorId),
                                   name(m.mergedId), m.user, m.undone ? tr("undone") : tr("merged")};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        m_history->item(r, 0)->setData(Qt::UserRole, m.id);
        m_history->item(r, 0)->setToolTip(m.reason);
    }
    m_history->resizeColumnToContents(0);
}

bool DuplicatesView::undoSelectedMerge()
{
    const int row = m_history->currentRow();
    if (row < 0 || !m_history->item(row, 0)) {
        showMessage(tr("Choose a merge in the list."), true);
        return false;
    }
    return undoMerge(m_history->item(row, 0)->data(Qt::UserRole).toString());
}

bool DuplicatesView::undoMerge(const QString &id)
{
    if (auto ok = MergeService::unmerge(m_session, id); !ok) {
        showMessage(ok.error().message, true);
        return false;
    }
    if (id == m_lastMergeId) {
        m_lastMergeId.clear();
        m_undoMerge->setEnabled(false);
    }
    showMessage(tr("The merge is undone: the two records are separate again."), false);
    reload();
    Q_EMIT patientsChanged();
    return true;
}

void DuplicatesView::reloadIncomplete()
{
    auto list = PatientCsv::incomplete(m_session, 500);
    if (!list) {
        showMessage(list.error().message, true);
        return;
    }
    m_incomplete->setRowCount(int(list->size()));
    for (int r = 0; r < list->size(); ++r) {
        const PatientCsv::Incomplete &i = list->at(r);
        QStringList missing;
        for (const QString &field : i.missing)
            missing << IdentityFields::label(field);
        QString name = i.name.trimmed().isEmpty() ? tr("(no name)") : i.name;
        if (!i.externalId.isEmpty())
            name += u" — "_s + i.externalId;
        auto *record = new QTableWidgetItem(name);
        record->setData(Qt::UserRole, i.id);
        if (i.doubtful)
            record->setToolTip(tr("Doubtful identity"));
        m_incomplete->setItem(r, 0, record);
        m_incomplete->setItem(r, 1, new QTableWidgetItem(missing.join(u", "_s)));
    }
}

void DuplicatesView::reload()
{
    reloadHistory();
    reloadIncomplete();
    auto pairs = DuplicateFinder::scan(m_session, MatchBand(m_band->currentData().toInt()));
    m_list = pairs ? *pairs : QList<DuplicatePair>{};
    if (!pairs)
        showMessage(pairs.error().message, true);
    PatientDirectory patients(m_session);
    const QSignalBlocker block(m_pairs);
    m_pairs->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const DuplicatePair &p = m_list.at(r);
        auto a = patients.byId(p.a);
        auto b = patients.byId(p.b);
        auto describe = [](const Result<Patient> &x) {
            return x ? x->displayName() + u"  "_s + QLocale().toString(x->birthDate, u"dd/MM/yyyy"_s) : QString();
        };
        m_pairs->setItem(r, 0, new QTableWidgetItem(DuplicateFinder::bandLabel(p.match.band)));
        auto *closeness = new QTableWidgetItem(DuplicateFinder::scoreLabel(p.match.score));
        closeness->setToolTip(tr("Score %1 of 1").arg(QLocale().toString(p.match.score, 'f', 2)));
        m_pairs->setItem(r, 1, closeness);
        m_pairs->setItem(r, 2, new QTableWidgetItem(describe(a)));
        m_pairs->setItem(r, 3, new QTableWidgetItem(describe(b)));
        m_pairs->setItem(r, 4, new QTableWidgetItem((p.match.evidence + p.match.blockers).join(u", "_s)));
        if (p.match.band == MatchBand::Certain)
            m_pairs->item(r, 0)->setForeground(QColor(u"#b00020"_s));
    }
    m_pairs->resizeColumnsToContents();
    m_pairs->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_header->setText(m_list.isEmpty() ? tr("No likely duplicate at this level.")
                                       : tr("%n pair(s) to review.", nullptr, int(m_list.size())));
    if (!m_list.isEmpty()) {
        m_pairs->selectRow(0);
        choosePair(0);
    } else {
        m_plan.reset();
        m_compare->setRowCount(0);
        m_refusals->clear();
    }
}

void DuplicatesView::choosePair(int row)
{
    if (row < 0 || row >= m_list.size())
        return;
    auto plan = MergeService::plan(m_session, m_list.at(row).a, m_list.at(row).b);
    if (!plan) {
        // Without the right to merge, the pair is still shown for "not the same person".
        m_plan.reset();
        m_compare->setRowCount(0);
        m_refusals->setText(plan.error().message);
        return;
    }
    m_plan = *plan;
    showPlan();
}

void DuplicatesView::showPlan()
{
    PatientDirectory patients(m_session);
    auto survivor = patients.byId(m_plan->survivorId);
    auto merged = patients.byId(m_plan->mergedId);
    if (!survivor || !merged)
        return;
    m_header->setText(tr("%1 — the record kept (stronger identity, then older) — and %2. %3")
                          .arg(survivor->displayName(), merged->displayName(), m_plan->match.evidence.join(u", "_s)));
    // Every field, the differing ones highlighted, a tick to take the merged record's value.
    const QString deskCountry = PracticeDirectory(m_session).country();
    m_compare->setRowCount(0);
    for (const QString &field : IdentityFields::codes()) {
        const QString kept = IdentityFields::displayValue(*survivor, field, deskCountry);
        const QString other = IdentityFields::displayValue(*merged, field, deskCountry);
        if (kept.isEmpty() && other.isEmpty())
            continue;
        const int r = m_compare->rowCount();
        m_compare->insertRow(r);
        auto *name = new QTableWidgetItem(IdentityFields::label(field));
        name->setData(Qt::UserRole, field);
        m_compare->setItem(r, 0, name);
        m_compare->setItem(r, 1, new QTableWidgetItem(kept));
        auto *choice = new QTableWidgetItem(other);
        choice->setFlags(Qt::ItemIsEnabled);
        m_compare->item(r, 1)->setFlags(Qt::ItemIsEnabled);
        name->setFlags(Qt::ItemIsEnabled);
        if (kept != other) {
            const QColor differs(u"#fff1d6"_s);
            name->setBackground(differs);
            m_compare->item(r, 1)->setBackground(differs);
            choice->setBackground(differs);
            bool defaultTake = false;
            for (const FieldDifference &d : std::as_const(m_plan->differences)) {
                if (d.field == field)
                    defaultTake = d.takeMerged;
            }
            const bool allowed = !(IdentityFields::isStrict(field) && merged->origin == u"online"_s);
            if (allowed) {
                choice->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                choice->setCheckState(defaultTake ? Qt::Checked : Qt::Unchecked);
            } else {
                choice->setFlags(Qt::ItemIsEnabled);
                choice->setToolTip(tr("Strict identity traits never come from a record created online."));
            }
        }
        m_compare->setItem(r, 2, choice);
    }
    m_compare->resizeColumnToContents(0);
    m_refusals->setText(m_plan->refusals.isEmpty() ? QString()
                                                   : tr("Must not be merged: %1.").arg(m_plan->refusals.join(u"; "_s)));
    m_merge->setEnabled(m_plan->refusals.isEmpty() && Roles::has(m_session.user().role, Right::MergePatients));
}

bool DuplicatesView::mergeChosen()
{
    if (!m_plan)
        return false;
    MergeRequest request;
    request.survivorId = m_plan->survivorId;
    request.mergedId = m_plan->mergedId;
    request.reason = m_reason->text();
    QSet<QString> fields;
    for (int r = 0; r < m_compare->rowCount(); ++r) {
        const QTableWidgetItem *choice = m_compare->item(r, 2);
        if (choice && (choice->flags() & Qt::ItemIsUserCheckable) && choice->checkState() == Qt::Checked)
            fields.insert(m_compare->item(r, 0)->data(Qt::UserRole).toString());
    }
    request.fromMerged = fields;
    auto merged = MergeService::merge(m_session, request);
    if (!merged) {
        showMessage(merged.error().message, true);
        return false;
    }
    m_lastMergeId = *merged;
    m_reason->clear();
    m_undoMerge->setEnabled(true);
    showMessage(tr("Merged. \"Undo the last merge\" separates the two records again while nothing has changed."),
                false);
    reload();
    Q_EMIT patientsChanged();
    return true;
}

bool DuplicatesView::undoLastMerge()
{
    return !m_lastMergeId.isEmpty() && undoMerge(m_lastMergeId);
}

bool DuplicatesView::notSamePerson()
{
    const int row = m_pairs->currentRow();
    if (row < 0 || row >= m_list.size())
        return false;
    if (auto ok = MergeService::markDifferent(m_session, m_list.at(row).a, m_list.at(row).b); !ok) {
        showMessage(ok.error().message, true);
        return false;
    }
    showMessage(tr("Remembered: these two records will not be proposed again."), false);
    reload();
    return true;
}

void DuplicatesView::later()
{
    const int row = m_pairs->currentRow();
    if (row + 1 < m_pairs->rowCount()) {
        m_pairs->selectRow(row + 1);
        choosePair(row + 1);
    }
}

} // namespace guichet
