#include "ui/patients/patientsview.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/noshowservice.h"
#include "core/domain/nir.h"
#include "core/domain/niss.h"
#include "core/domain/phone.h"
#include "core/identity/patientservice.h"
#include "core/reminders/reminderplanner.h"
#include "ui/documents/documentspanel.h"
#include "ui/identity/newpatientdialog.h"
#include "ui/identity/splitdialog.h"
#include "ui/patients/patientpickerdialog.h"
#include "ui/patients/patientsearchmodel.h"
#include "ui/shell/controls.h"
#include "ui/shell/flowlayout.h"
#include "ui/shell/messagebox.h"
#include "ui/shell/tones.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// As the desk dials it: the national form for the practice's country, else international.
QString phoneText(const QString &e164, const QString &country)
{
    return Phone::display(e164, country);
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return u"<tr><td style='color:"_s + Tones::color(Tone::Hint).name() + u"; padding-right:14px'>"_s
        + label.toHtmlEscaped() + u"</td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
}

} // namespace

PatientsView::PatientsView(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new PatientSearchModel(session, this);
    m_field = new QLineEdit(this);
    m_field->setObjectName(u"patientSearchField"_s);
    m_field->setPlaceholderText(tr("Name, birth date (12/03/1980), phone, NISS or NIR…"));
    Controls::addClearButton(m_field);
    m_count = new QLabel(this);
    m_count->setObjectName(u"patientSearchCount"_s);
    m_table = new QTableView(this);
    m_table->setObjectName(u"patientResults"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PatientSearchModel::Name, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_record = new QTextBrowser(this);
    m_record->setObjectName(u"patientRecord"_s);
    m_record->setOpenLinks(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *newPatient = new QPushButton(tr("New patient…"), this);
    newPatient->setObjectName(u"newPatient"_s);
    newPatient->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    newPatient->setToolTip(tr("Ctrl+Shift+P; the records already known are shown while you type"));
    connect(newPatient, &QPushButton::clicked, this, [this] {
        auto *dialog = new NewPatientDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { showPatientById(dialog->createdId()); });
        dialog->open();
    });
    auto *edit = new QPushButton(tr("Edit the record…"), this);
    edit->setObjectName(u"editPatient"_s);
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    edit->setToolTip(tr("Ctrl+E; correct the record shown, check an identity document"));
    connect(edit, &QPushButton::clicked, this, [this] {
        if (m_shownId.isEmpty())
            return;
        auto *dialog = new NewPatientDialog(m_session, this, m_shownId);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, dialog] {
            const QString id = dialog->createdId().isEmpty() ? m_shownId : dialog->createdId();
            runSearch();
            showPatientById(id); // the status may have changed even when cancelled
        });
        dialog->open();
    });
    auto *split = new QPushButton(tr("Split…"), this);
    split->setObjectName(u"splitPatient"_s);
    split->setToolTip(tr("Two people share the record shown: move one person's appointments and documents to a "
                         "new record"));
    connect(split, &QPushButton::clicked, this, [this] {
        if (m_shownId.isEmpty())
            return;
        auto *dialog = new SplitDialog(m_session, m_shownId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { showPatientById(dialog->createdId()); });
        dialog->open();
    });
    auto *book = new QPushButton(tr("Book…"), this);
    book->setObjectName(u"bookPatient"_s);
    book->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    book->setToolTip(tr("Ctrl+Shift+B; an appointment for the patient shown (or one of their relatives)"));
    connect(book, &QPushButton::clicked, this, [this] {
        if (!m_shownId.isEmpty())
            Q_EMIT bookingAsked(m_shownId);
    });
    auto *family = new QPushButton(tr("Relatives"), this);
    family->setObjectName(u"relativesButton"_s);
    family->setToolTip(tr("Add a relative to the account holder shown, attach the record to a holder, or detach it"));
    auto *familyMenu = new QMenu(family);
    familyMenu->addAction(tr("New relative of this holder…"), this, [this] {
        if (m_shownId.isEmpty())
            return;
        const QString relationship = askRelationship(tr("New relative"));
        if (relationship.isEmpty())
            return;
        auto *dialog = new NewPatientDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (auto holder = PatientDirectory(m_session).byId(m_shownId))
            dialog->field(u"birth_name"_s)->setText(holder->birthName);
        connect(dialog, &QDialog::accepted, this, [this, dialog, relationship, holderId = m_shownId] {
            auto linked = PatientService::linkRelative(m_session, dialog->createdId(), holderId, relationship);
            if (!linked)
                MessageBox::error(this, tr("New relative"), linked.error());
            showPatientById(holderId);
        });
        dialog->open();
    });
    familyMenu->addAction(tr("Attach to an account holder…"), this, [this] {
        if (m_shownId.isEmpty())
            return;
        PatientPickerDialog picker(m_session, tr("Attach to an account holder"), QString(), this);
        if (picker.exec() != QDialog::Accepted)
            return;
        const QString relationship = askRelationship(tr("Attach to an account holder"));
        if (relationship.isEmpty())
            return;
        if (auto linked = linkToHolder(picker.patientId(), relationship); !linked)
            MessageBox::error(this, tr("Attach to an account holder"), linked.error());
    });
    familyMenu->addAction(tr("Detach: their own account holder…"), this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Their own account holder"),
            tr("The relative will be reached only by their own phone and e-mail. Why? (kept in the audit log)"),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        if (auto unlinked = unlinkFromHolder(reason); !unlinked)
            MessageBox::error(this, tr("Their own account holder"), unlinked.error());
    });
    family->setMenu(familyMenu);
    // The search and the acts wrap onto two lines when the page is narrow (large text).
    m_field->setMinimumWidth(240);
    auto *top = new FlowLayout;
    top->addWidget(m_field);
    top->addWidget(book);
    top->addWidget(newPatient);
    top->addWidget(edit);
    top->addWidget(family);
    top->addWidget(split);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_table, 1);
    // The record above, the patient's documents below.
    m_documents = new DocumentsPanel(m_session, this);
    m_documents->hide(); // shown with a patient
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_record);
    right->addWidget(m_documents);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Searches follow typing, coalesced so a fast typist triggers one query.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &PatientsView::runSearch);
    connect(m_field, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        // Enter searches now; with several found, the keyboard goes into the list to choose.
        runSearch();
        if (m_model->rowCount() > 1)
            enterList();
    });
    m_field->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const Patient *p = m_model->patientAt(current.row()))
                    showPatient(p->id);
            });
    connect(m_record, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) { actOnAppointment(url); });
    m_record->setHtml(
        u"<p style='color:"_s + Tones::color(Tone::Hint).name() + u"'>"_s
        + tr("Type at least two letters of a name, or a birth date, a phone number, a NISS or a NIR.").toHtmlEscaped()
        + u"</p>"_s);
    setFocusProxy(m_field);
}

bool PatientsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        if (m_debounce->isActive())
            runSearch();
        enterList();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PatientsView::enterList()
{
    if (m_model->rowCount() == 0)
        return;
    m_table->setFocus();
    if (!m_table->currentIndex().isValid())
        m_table->selectRow(0);
}

void PatientsView::search(const QString &text)
{
    m_field->setText(text);
    runSearch();
}

void PatientsView::selectRow(int row)
{
    m_table->selectRow(row);
}

void PatientsView::showPatientById(const QString &id)
{
    auto found = PatientDirectory(m_session).byId(id);
    if (!found)
        return;
    search(found->birthName + u' ' + found->firstNames.section(u' ', 0, 0));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->patientAt(row)->id == id) {
            selectRow(row);
            return;
        }
    }
    showPatient(id);
}

Result<void> PatientsView::eraseNoShow(const QString &appointmentId, const QString &reason)
{
    auto erased = NoShowService::erase(m_session, appointmentId, reason);
    showPatient(m_shownId);
    if (!erased)
        return erased.error();
    Q_EMIT appointmentChanged(appointmentId);
    return {};
}

Result<void> PatientsView::setOnlineBlock(const QString &practitionerId, bool blocked, const QString &reason)
{
    auto done = blocked ? NoShowPolicy::block(m_session, m_shownId, practitionerId, reason)
                        : NoShowPolicy::lift(m_session, m_shownId, practitionerId, reason);
    showPatient(m_shownId);
    if (!done)
        return done.error();
    m_model->setQuery(m_model->query()); // the badge changed
    return {};
}

QString PatientsView::askRelationship(const QString &title)
{
    QStringList labels;
    for (const QString &code : PatientService::relationships())
        labels << PatientService::relationshipLabel(code);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, title, tr("Relationship:"), labels, 0, false, &ok);
    return ok ? PatientService::relationships().value(int(labels.indexOf(chosen))) : QString();
}

Result<void> PatientsView::linkToHolder(const QString &holderId, const QString &relationship)
{
    auto linked = PatientService::linkRelative(m_session, m_shownId, holderId, relationship);
    if (!linked)
        return linked.error();
    showPatient(m_shownId);
    return {};
}

Result<void> PatientsView::unlinkFromHolder(const QString &reason)
{
    auto unlinked = PatientService::unlinkRelative(m_session, m_shownId, reason);
    if (!unlinked)
        return unlinked.error();
    showPatient(m_shownId);
    return {};
}

void PatientsView::refresh()
{
    if (!m_shownId.isEmpty())
        showPatient(m_shownId);
}

QString PatientsView::recordText() const
{
    return m_record->toPlainText();
}

void PatientsView::actOnAppointment(const QUrl &url)
{
    const QString id = url.path();
    const QString scheme = url.scheme();
    if (scheme == u"medication"_s) {
        auto current = PatientDirectory(m_session).byId(id);
        if (!current)
            return;
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Usual medication"),
                                                            tr("The patient's usual medication (practitioners only; "
                                                               "the audit log keeps that it changed, not the text):"),
                                                            current->medication, &ok);
        if (!ok)
            return;
        if (auto saved = PatientService::setMedication(m_session, id, text); !saved)
            m_count->setText(saved.error().message);
        showPatientById(id);
        return;
    }
    if (scheme == u"erase-noshow"_s || scheme == u"block"_s || scheme == u"unblock"_s) {
        const QString question = scheme == u"erase-noshow"_s
            ? tr("Why is this no-show unjustified? (kept in the audit log)")
            : scheme == u"block"_s ? tr("Why is online booking blocked? (kept in the audit log)")
                                   : tr("Why is the block lifted? (kept in the audit log)");
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Reason"), question, QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const Result<void> done =
            scheme == u"erase-noshow"_s ? eraseNoShow(id, reason) : setOnlineBlock(id, scheme == u"block"_s, reason);
        if (!done)
            m_count->setText(done.error().message);
        return;
    }
    Result<Appointment> result = Error::invalid(QString());
    if (url.scheme() == u"noshow"_s)
        result = NoShowService::mark(m_session, id, false);
    else if (url.scheme() == u"undo-noshow"_s)
        result = NoShowService::undo(m_session, id);
    else
        return;
    const QString shown = m_shownId;
    showPatient(shown);
    if (!result)
        m_count->setText(result.error().message);
    else {
        m_model->setQuery(m_model->query()); // the badge changed
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->patientAt(row)->id == shown)
                selectRow(row);
        }
    }
    Q_EMIT appointmentChanged(id);
}

void PatientsView::runSearch()
{
    m_debounce->stop();
    m_model->setQuery(m_field->text());
    const int n = m_model->rowCount();
    if (m_field->text().trimmed().size() < 2)
        m_count->clear();
    else if (n == 0)
        m_count->setText(tr("No patient found."));
    else if (n >= 50)
        m_count->setText(tr("The first 50 patients found; type more to narrow down."));
    else
        m_count->setText(tr("%n patient(s) found.", nullptr, n));
    // The record shown stays only while the list holds it: "Book…" never books for someone the
    // list no longer shows. One match alone is shown at once; among several the desk chooses.
    int shownRow = -1;
    for (int row = 0; row < n && shownRow < 0; ++row)
        if (m_model->patientAt(row)->id == m_shownId)
            shownRow = row;
    if (shownRow >= 0)
        m_table->selectRow(shownRow);
    else if (n == 1)
        m_table->selectRow(0);
    else
        clearShown();
}

void PatientsView::clearShown()
{
    m_shownId.clear();
    m_table->clearSelection();
    m_documents->hide(); // not the practice's list, nor the former patient's documents
    m_record->setHtml(
        u"<p style='color:"_s + Tones::color(Tone::Hint).name() + u"'>"_s
        + tr("Type at least two letters of a name, or a birth date, a phone number, a NISS or a NIR.").toHtmlEscaped()
        + u"</p>"_s);
}

void PatientsView::showPatient(const QString &id)
{
    auto found = PatientDirectory(m_session).byId(id);
    if (!found)
        return;
    m_shownId = id;
    m_documents->setPatient(id);
    m_documents->show();
    const Patient &p = *found;
    QString html = u"<h2 style='margin-bottom:2px'>"_s + p.displayName().toHtmlEscaped() + u"</h2>"_s;
    QStringList flags;
    if (p.deceased)
        flags << tr("deceased");
    if (p.homonym)
        flags << tr("homonym");
    if (p.doubtful)
        flags << tr("doubtful identity");
    html += u"<p style='color:"_s + Tones::color(Tone::Hint).name() + u"; margin-top:0'>"_s
        + tr("Identity: %1").arg(IdentityStatuses::label(p.identityStatus)).toHtmlEscaped()
        + (flags.isEmpty() ? QString()
                           : u" — <b style='color:"_s + Tones::color(Tone::Error).name() + u"'>"_s
                   + flags.join(u", "_s).toHtmlEscaped() + u"</b>"_s)
        + u"</p>"_s;
    html += u"<h4>"_s + tr("Strict identity traits").toHtmlEscaped() + u"</h4><table>"_s;
    html += row(tr("Birth name"), p.birthName.toUpper());
    html += row(tr("First names"), p.firstNames);
    html += row(tr("Birth date"),
                PartialDates::display(p.birth()) + u" ("_s
                    + PartialDates::ageLabel(
                        p.birth(), m_session.now().toTimeZone(PracticeDirectory(m_session).displayZone()).date())
                    + u')');
    html += row(tr("Sex"), p.sex == Sex::Female ? tr("Female") : p.sex == Sex::Male ? tr("Male") : tr("Other"));
    html += row(tr("Birth place"), p.birthPlaceCode);
    html += u"</table><h4>"_s + tr("Contact and other traits").toHtmlEscaped() + u"</h4><table>"_s;
    html += row(tr("Usage name"), p.usageName.toUpper());
    const QString country = PracticeDirectory(m_session).country();
    html += row(tr("Mobile"), phoneText(p.mobilePhone, country));
    html += row(tr("Other phone"), phoneText(p.otherPhone, country));
    html += row(tr("E-mail"), p.email);
    html += row(tr("Address"), QStringList{p.address, QString(p.postcode + u' ' + p.city).trimmed()}.join(u", "_s));
    if (!p.niss.isEmpty()) {
        auto niss = Niss::parse(p.niss);
        html += row(tr("NISS"), niss ? niss->formatted() : p.niss);
    }
    if (!p.nir.isEmpty()) {
        auto nir = Nir::parse(p.nir);
        html += row(tr("NIR"), nir ? nir->formatted() : p.nir);
    }
    html += row(tr("Reminders"),
                QStringList{p.notifySms ? tr("SMS") : QString(), p.notifyEmail ? tr("e-mail") : QString()}
                    .filter(QRegularExpression(u"."_s))
                    .join(u", "_s));
    html += u"</table>"_s;
    // Medical content: read and changed by practitioners (administrators when the practice
    // allows it); others see that something is recorded, not what.
    if (m_session.can(Right::ViewMedicalNotes)) {
        html += u"<h4>"_s + tr("Medical (practitioners only)").toHtmlEscaped() + u"</h4><table>"_s;
        html += row(tr("Usual medication"), p.medication.isEmpty() ? tr("none recorded") : p.medication);
        html += u"</table><p><a href='medication:"_s + p.id + u"'>"_s
            + tr("change the usual medication").toHtmlEscaped() + u"</a></p>"_s;
    } else if (p.medicalWithheld) {
        html += u"<p style='color:"_s + Tones::color(Tone::Hint).name() + u"'>"_s
            + tr("Medical content is recorded: practitioners only.").toHtmlEscaped() + u"</p>"_s;
    }
    PatientDirectory patients(m_session);
    if (!p.holderId.isEmpty()) {
        if (auto holder = patients.byId(p.holderId)) {
            html += u"<p>"_s
                + tr("%1 of the account holder %2.")
                      .arg(PatientService::relationshipLabel(p.relationship), holder->displayName())
                      .toHtmlEscaped()
                + u"</p>"_s;
            // Who hears about this relative's appointments: the holder's contacts for a minor or
            // where the relative has none of their own.
            const QDate today = m_session.now().toTimeZone(PracticeDirectory(m_session).displayZone()).date();
            const bool minor = ReminderPlanner::reachedThroughHolder(p, *holder, today);
            if (ReminderPlanner::onlyThroughHolder(p, *holder, today)) {
                QStringList reach;
                if (!holder->mobilePhone.isEmpty())
                    reach << phoneText(holder->mobilePhone, country);
                if (!holder->email.isEmpty())
                    reach << holder->email;
                html += u"<p style='color:"_s + Tones::color(Tone::Info).name() + u"'>"_s
                    + (minor ? tr("Under 18: messages go to the account holder only (%1).")
                             : tr("Messages go to the account holder (%1)."))
                          .arg(reach.isEmpty() ? tr("no contact") : reach.join(u", "_s))
                          .toHtmlEscaped()
                    + u"</p>"_s;
            }
        }
    }
    const QList<Patient> relatives = patients.relativesOf(p.id).valueOr({});
    if (!relatives.isEmpty()) {
        html += u"<h4>"_s + tr("Relatives").toHtmlEscaped() + u"</h4><ul>"_s;
        for (const Patient &r : relatives)
            html += u"<li>"_s + r.displayName().toHtmlEscaped() + u" — "_s + PartialDates::display(r.birth()) + u" ("_s
                + PatientService::relationshipLabel(r.relationship).toHtmlEscaped() + u")</li>"_s;
        html += u"</ul>"_s;
    }
    const QList<NoShowStatus> noShows = NoShowPolicy::statuses(m_session, p.id).valueOr({});
    if (!noShows.isEmpty()) {
        PracticeDirectory practice(m_session);
        html += u"<h4>"_s + tr("Appointments not honoured").toHtmlEscaped() + u"</h4><table>"_s;
        for (const NoShowStatus &s : noShows) {
            auto practitioner = practice.practitioner(s.practitionerId);
            QString state = tr("%1 (limit %2)").arg(s.count).arg(s.threshold);
            if (s.total != s.count)
                state += u" ("_s + tr("%n in all", nullptr, s.total) + u')';
            if (s.blocked)
                state += u" — "_s + (s.manualBlock ? tr("blocked online by the practice") : tr("blocked online"));
            const QString color = Tones::color(s.blocked ? Tone::Error : Tone::Warning).name();
            html += u"<tr><td style='color:"_s + Tones::color(Tone::Hint).name() + u"; padding-right:14px'>"_s
                + (practitioner ? practitioner->displayName() : s.practitionerId).toHtmlEscaped()
                + u"</td><td style='color:"_s + color + u"'><b>"_s + state.toHtmlEscaped() + u"</b>"_s;
            if (m_session.canFor(Right::LiftBlock, s.practitionerId))
                html += u" &nbsp; <a href='"_s + (s.blocked ? u"unblock:"_s : u"block:"_s) + s.practitionerId + u"'>"_s
                    + (s.blocked ? tr("lift the block") : tr("block online")).toHtmlEscaped() + u"</a>"_s;
            html += u"</td></tr>"_s;
        }
        html += u"</table>"_s;
    }
    if (m_session.can(Right::LiftBlock)) {
        // Blocking on purpose, with a practitioner the patient has no no-show with yet.
        QSet<QString> listed;
        for (const NoShowStatus &s : noShows)
            listed.insert(s.practitionerId);
        QStringList links;
        for (const Practitioner &pr : PracticeDirectory(m_session).practitioners())
            if (!listed.contains(pr.id) && m_session.canFor(Right::LiftBlock, pr.id))
                links << u"<a href='block:"_s + pr.id + u"'>"_s + pr.displayName().toHtmlEscaped() + u"</a>"_s;
        if (!links.isEmpty())
            html += u"<p style='color:"_s + Tones::color(Tone::Hint).name() + u"'>"_s
                + tr("Block online booking with:").toHtmlEscaped() + u" "_s + links.join(u", "_s) + u"</p>"_s;
    }
    auto visits = AppointmentDirectory(m_session).forPatient(p.id);
    if (!visits)
        html += u"<p style='color:"_s + Tones::color(Tone::Error).name() + u"'>"_s
            + tr("The appointments could not be read: %1").arg(visits.error().message).toHtmlEscaped() + u"</p>"_s;
    const QList<Appointment> appointments = visits ? *visits : QList<Appointment>{};
    if (!appointments.isEmpty()) {
        html += u"<h4>"_s + tr("Appointments").toHtmlEscaped() + u"</h4><table>"_s;
        const QTimeZone zone = PracticeDirectory(m_session).displayZone();
        int shown = 0;
        for (const Appointment &a : appointments) {
            if (shown++ == 12)
                break;
            QString status = AppointmentStatuses::label(a.status);
            if (a.status == AppointmentStatus::NoShow && a.excused)
                status += u' ' + tr("(excused)");
            if (a.status == AppointmentStatus::NoShow && a.noShowErased)
                status += u' ' + tr("(erased by the practice)");
            if (a.status == AppointmentStatus::Cancelled && a.lateCancellation)
                status += u' ' + tr("(late)");
            QString line = row(QLocale().toString(a.start.toTimeZone(zone), u"dd/MM/yyyy HH:mm"_s), status);
            // Acts on the record itself: mark a missed appointment, or undo a mark made today.
            QString link;
            if (a.status == AppointmentStatus::Booked && a.start <= m_session.now())
                link = u"<a href='noshow:"_s + a.id + u"'>"_s + tr("mark not honoured").toHtmlEscaped() + u"</a>"_s;
            else if (a.status == AppointmentStatus::NoShow && !a.noShowErased) {
                link = u"<a href='undo-noshow:"_s + a.id + u"'>"_s + tr("undo").toHtmlEscaped() + u"</a>"_s;
                if (!a.excused && m_session.canFor(Right::EraseNoShow, a.practitionerId))
                    link += u" &nbsp; <a href='erase-noshow:"_s + a.id + u"'>"_s
                        + tr("erase (unjustified)").toHtmlEscaped() + u"</a>"_s;
            }
            if (!link.isEmpty())
                line.replace(u"</td></tr>"_s, u" &nbsp; "_s + link + u"</td></tr>"_s);
            html += line;
        }
        html += u"</table>"_s;
    }
    m_record->setHtml(html);
}

} // namespace guichet
