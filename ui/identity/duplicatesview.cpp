#include "ui/identity/duplicatesview.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/domain/patientfields.h"
#include "core/identity/mergeservice.h"
#include "core/identity/patientcsv.h"
#include "ui/identity/newpatientdialog.h"
#include "ui/shell/messagebox.h"
#include "ui/shell/tones.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
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
    m_pairs = new QTableWidget(0, 4, this);
    m_pairs->setObjectName(u"duplicatePairs"_s);
    m_pairs->setHorizontalHeaderLabels({tr("Closeness"), tr("Record"), tr("Other record"), tr("Why")});
    m_pairs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pairs->horizontalHeader()->setStretchLastSection(true);
    m_pairs->setWordWrap(false);
    m_pairs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairs->verticalHeader()->hide();
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_compare = new QTableWidget(0, 3, this);
    m_compare->setObjectName(u"duplicateComparison"_s);
    m_compare->setHorizontalHeaderLabels({tr("Field"), tr("Record"), tr("Other record")});
    m_compare->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_compare->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_compare->verticalHeader()->hide();
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_refusals = new QLabel(this);
    m_refusals->setWordWrap(true);
    Tones::apply(m_refusals, Tone::Error, true);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why they are the same person (identity document seen, phone call…)"));
    m_merge = new QPushButton(tr("Merge…"), this);
    m_different = new QPushButton(tr("Not the same person"), this);
    m_later = new QPushButton(tr("Later"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    // Acts without the right are not offered: a secretary compares and says "not the same
    // person"; merging and undoing a merge are for whoever may merge.
    const bool mayMerge = Roles::has(m_session.user().role, Right::MergePatients);
    m_merge->setVisible(mayMerge);
    m_reason->setVisible(mayMerge);
    m_merge->setEnabled(false);
    m_different->setEnabled(false);
    m_later->setEnabled(false);

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
    m_undoSelected = new QPushButton(tr("Undo this merge"), this);
    m_undoSelected->setVisible(mayMerge);
    connect(m_undoSelected, &QPushButton::clicked, this, &DuplicatesView::undoSelectedMerge);
    auto *historyBar = new QHBoxLayout;
    historyBar->addWidget(new QLabel(tr("Merges made:"), this));
    historyBar->addStretch();
    historyBar->addWidget(m_undoSelected);
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
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_message);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    // Both names of every pair read whole on the left; the comparison needs three columns.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(scan, &QPushButton::clicked, this, &DuplicatesView::reload);
    connect(m_band, &QComboBox::currentIndexChanged, this, &DuplicatesView::reload);
    connect(m_pairs, &QTableWidget::currentCellChanged, this, [this](int row) { choosePair(row); });
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesView::mergeChosen);
    connect(m_different, &QPushButton::clicked, this, &DuplicatesView::notSamePerson);
    connect(m_later, &QPushButton::clicked, this, &DuplicatesView::later);
}

DuplicatesView::~DuplicatesView()
{
    // The judging thread touches no database and nothing of this page but its own copy: it ends
    // by itself; its result then has nowhere to go.
    if (m_scan) {
        m_scan->disconnect(this);
        m_scan->wait();
        delete m_scan;
    }
}

QString DuplicatesView::message() const
{
    return m_message->text();
}

void DuplicatesView::showMessage(const QString &text, bool error)
{
    Tones::apply(m_message, error ? Tone::Error : Tone::Success);
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
        if (m.id == m_lastMergeId)
            m_history->selectRow(r);
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
    if (id == m_lastMergeId)
        m_lastMergeId.clear();
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
            missing << PatientFields::label(field);
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
    // The records are read here (one query), judged on another thread: the page answers at once
    // and the pairs appear as soon as they are known.
    const quint64 generation = ++m_generation;
    const QSignalBlocker block(m_pairs);
    m_list.clear();
    m_pairs->setRowCount(0);
    clearComparison();
    m_header->setText(tr("Looking for likely duplicates…"));
    auto input = DuplicateFinder::readForScan(m_session, MatchBand(m_band->currentData().toInt()));
    if (!input) {
        m_header->clear();
        showMessage(input.error().message, true);
        Q_EMIT scanFinished();
    } else {
        auto result = std::make_shared<QList<DuplicatePair>>();
        QThread *thread =
            QThread::create([result, input = std::move(*input)] { *result = DuplicateFinder::scan(input); });
        if (m_scan) {
            // An older scan still judging: its answer is not wanted any more.
            m_scan->disconnect(this);
            connect(m_scan, &QThread::finished, m_scan, &QObject::deleteLater);
        }
        m_scan = thread;
        connect(thread, &QThread::finished, this, [this, thread, generation, result] {
            if (m_scan == thread)
                m_scan = nullptr;
            thread->deleteLater();
            scanDone(generation, *result);
        });
        thread->start(QThread::LowPriority);
    }
    // Meanwhile, the merges made and the identities to complete.
    reloadHistory();
    reloadIncomplete();
}

void DuplicatesView::scanDone(quint64 generation, const QList<DuplicatePair> &pairs)
{
    if (generation != m_generation)
        return;
    m_list = pairs;
    PatientDirectory patients(m_session);
    QHash<QString, QString> described;
    auto describe = [&](const QString &id) -> QString {
        auto known = described.constFind(id);
        if (known != described.cend())
            return *known;
        auto p = patients.byId(id);
        const QString text =
            p ? p->displayName() + u"  "_s + PatientFields::displayValue(*p, PatientField::BirthDate) : id;
        described.insert(id, text);
        return text;
    };
    const QSignalBlocker block(m_pairs);
    m_pairs->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const DuplicatePair &p = m_list.at(r);
        auto *closeness = new QTableWidgetItem(DuplicateFinder::bandLabel(p.match.band));
        closeness->setToolTip(tr("Score %1 of 1").arg(QLocale().toString(p.match.score, 'f', 2)));
        if (p.match.band == MatchBand::Certain)
            closeness->setForeground(Tones::color(Tone::Error));
        m_pairs->setItem(r, 0, closeness);
        m_pairs->setItem(r, 1, new QTableWidgetItem(describe(p.a)));
        m_pairs->setItem(r, 2, new QTableWidgetItem(describe(p.b)));
        auto *why = new QTableWidgetItem(tr("%1: %2").arg(DuplicateFinder::scoreLabel(p.match.score),
                                                          (p.match.evidence + p.match.blockers).join(u", "_s)));
        why->setToolTip(why->text());
        m_pairs->setItem(r, 3, why);
    }
    m_header->setText(m_list.isEmpty() ? tr("No likely duplicate at this level.")
                                       : tr("%n pair(s) to review.", nullptr, int(m_list.size())));
    if (!m_list.isEmpty()) {
        m_pairs->selectRow(0);
        choosePair(0);
    }
    Q_EMIT pairsShown();
    Q_EMIT scanFinished();
}

void DuplicatesView::clearComparison()
{
    m_plan.reset();
    m_compare->setRowCount(0);
    m_refusals->clear();
    m_merge->setEnabled(false);
    m_different->setEnabled(false);
    m_later->setEnabled(false);
}

void DuplicatesView::choosePair(int row)
{
    if (row < 0 || row >= m_list.size()) {
        clearComparison();
        return;
    }
    const DuplicatePair &pair = m_list.at(row);
    m_plan.reset();
    if (Roles::has(m_session.user().role, Right::MergePatients)) {
        auto plan = MergeService::plan(m_session, pair.a, pair.b);
        if (!plan) {
            clearComparison();
            m_refusals->setText(plan.error().message);
            return;
        }
        m_plan = *plan;
        showComparison(m_plan->survivorId, m_plan->mergedId);
    } else {
        // Compared only: the decision "not the same person" is the desk's, on what it sees.
        showComparison(pair.a, pair.b);
    }
    m_different->setEnabled(true);
    m_later->setEnabled(row + 1 < m_list.size());
}

void DuplicatesView::showComparison(const QString &firstId, const QString &secondId)
{
    PatientDirectory patients(m_session);
    auto survivor = patients.byId(firstId);
    auto merged = patients.byId(secondId);
    if (!survivor || !merged) {
        clearComparison();
        showMessage((!survivor ? survivor.error() : merged.error()).message, true);
        return;
    }
    QString why = (m_plan ? m_plan->match.evidence : m_list.value(m_pairs->currentRow()).match.evidence).join(u", "_s);
    if (!why.isEmpty())
        why[0] = why.at(0).toUpper();
    if (m_plan) {
        m_header->setText(tr("%1 — the record kept (stronger identity, then older) — and %2.\n%3.")
                              .arg(survivor->displayName(), merged->displayName(), why));
        m_compare->setHorizontalHeaderLabels({tr("Field"), tr("Record kept"), tr("Merged record (tick to take)")});
    } else {
        m_header->setText(tr("%1 and %2.\n%3.").arg(survivor->displayName(), merged->displayName(), why));
        m_compare->setHorizontalHeaderLabels({tr("Field"), tr("Record"), tr("Other record")});
    }
    // Every field, the differing ones highlighted, a tick to take the merged record's value.
    const QString deskCountry = PracticeDirectory(m_session).country();
    m_compare->setRowCount(0);
    for (const PatientField f : PatientFields::chosenAtMerge()) {
        const QString field = PatientFields::code(f);
        const QString kept = PatientFields::displayValue(*survivor, f, deskCountry);
        const QString other = PatientFields::displayValue(*merged, f, deskCountry);
        if (kept.isEmpty() && other.isEmpty())
            continue;
        const int r = m_compare->rowCount();
        m_compare->insertRow(r);
        auto *name = new QTableWidgetItem(PatientFields::label(f));
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
            if (m_plan) {
                for (const FieldDifference &d : std::as_const(m_plan->differences)) {
                    if (d.field == field)
                        defaultTake = d.takeMerged;
                }
            }
            const bool allowed = m_plan
                && !(PatientFields::spec(f).kind == PatientFieldKind::StrictTrait
                     && merged->origin == PatientOrigin::Online);
            if (!m_plan) {
                choice->setFlags(Qt::ItemIsEnabled);
            } else if (allowed) {
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
    const QStringList refusals = m_plan ? m_plan->refusals : QStringList{};
    m_refusals->setText(refusals.isEmpty() ? QString() : tr("Must not be merged: %1.").arg(refusals.join(u"; "_s)));
    m_merge->setEnabled(m_plan && refusals.isEmpty());
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
    QStringList taken;
    for (int r = 0; r < m_compare->rowCount(); ++r) {
        const QTableWidgetItem *choice = m_compare->item(r, 2);
        if (choice && (choice->flags() & Qt::ItemIsUserCheckable) && choice->checkState() == Qt::Checked) {
            fields.insert(m_compare->item(r, 0)->data(Qt::UserRole).toString());
            taken << tr("%1: %2").arg(m_compare->item(r, 0)->text(), choice->text());
        }
    }
    request.fromMerged = fields;
    // What will be kept, said before it is done (core refuses a merge without its reason first).
    if (!request.reason.trimmed().isEmpty()) {
        PatientDirectory patients(m_session);
        auto survivor = patients.byId(request.survivorId);
        auto other = patients.byId(request.mergedId);
        if (!survivor || !other) {
            showMessage((!survivor ? survivor.error() : other.error()).message, true);
            return false;
        }
        const QString text = tr("%1 is kept; %2 is merged into it and will no longer be offered.")
                                 .arg(survivor->displayName(), other->displayName())
            + u"\n\n"_s
            + (taken.isEmpty() ? tr("Every trait of the record kept stays as it is.")
                               : tr("Taken from the merged record:") + u"\n• "_s + taken.join(u"\n• "_s))
            + u"\n\n"_s
            + tr("Its appointments, documents and messages move to the record kept. The merge can be undone "
                 "(« Undo this merge ») as long as neither record changes.");
        if (!MessageBox::confirm(this, tr("Merge two records"), text, tr("Merge")))
            return false;
    }
    auto merged = MergeService::merge(m_session, request);
    if (!merged) {
        showMessage(merged.error().message, true);
        return false;
    }
    m_lastMergeId = *merged;
    m_reason->clear();
    showMessage(tr("Merged. « Undo this merge » (chosen in the merges made) separates the two records again while "
                   "nothing has changed."),
                false);
    reload();
    Q_EMIT patientsChanged();
    return true;
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
