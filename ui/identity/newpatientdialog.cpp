#include "ui/identity/newpatientdialog.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/domain/phone.h"
#include "core/eid/eidreader.h"
#include "core/identity/patientservice.h"
#include "ui/shell/controls.h"
#include "ui/shell/messagebox.h"
#include "ui/shell/tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

NewPatientDialog::NewPatientDialog(const Session &session, QWidget *parent, const QString &patientId)
    : QDialog(parent)
    , m_session(session)
    , m_editId(patientId)
{
    setWindowTitle(patientId.isEmpty() ? tr("New patient") : tr("Patient record"));
    auto *form = new QFormLayout;
    const QList<std::pair<QString, QString>> fields = {
        {u"birth_name"_s, tr("Birth name:")},
        {u"first_names"_s, tr("First names:")},
        {u"birth_date"_s, tr("Birth date:")},
        {u"usage_name"_s, tr("Usage name:")},
        {u"used_first_name"_s, tr("First name used:")},
        {u"phone"_s, tr("Phone:")},
        {u"other_phone"_s, tr("Other phone:")},
        {u"email"_s, tr("E-mail:")},
        {u"address"_s, tr("Address:")},
        {u"postcode"_s, tr("Postcode:")},
        {u"city"_s, tr("City:")},
        {u"niss"_s, tr("NISS (Belgium):")},
        {u"nir"_s, tr("NIR (France):")},
    };
    m_sex = new QComboBox(this);
    m_sex->addItem(tr("Female"), u"female"_s);
    m_sex->addItem(tr("Male"), u"male"_s);
    m_sex->addItem(tr("Other"), u"other"_s);
    m_sex->addItem(tr("Unknown"), u"unknown"_s);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &NewPatientDialog::refresh);
    for (const auto &[name, label] : fields) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        m_fields.insert(name, edit);
        connect(edit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
        if (name == u"birth_date"_s) {
            // A birth date known in part (a refugee's, a card's "1962"): the day, or the day and
            // the month, said unknown; the date typed is reduced to what is known.
            edit->setPlaceholderText(tr("31/12/1980"));
            edit->setToolTip(tr("31/12/1980; 12/1980 when the day is unknown; 1980 when the month is unknown too"));
            m_dayUnknown = new QCheckBox(tr("day unknown"), this);
            m_dayUnknown->setObjectName(u"dayUnknown"_s);
            m_monthUnknown = new QCheckBox(tr("month unknown"), this);
            m_monthUnknown->setObjectName(u"monthUnknown"_s);
            auto *row = new QHBoxLayout;
            row->addWidget(edit, 1);
            row->addWidget(m_dayUnknown);
            row->addWidget(m_monthUnknown);
            form->addRow(label, row);
            connect(m_dayUnknown, &QCheckBox::toggled, this, &NewPatientDialog::applyUnknownParts);
            connect(m_monthUnknown, &QCheckBox::toggled, this, &NewPatientDialog::applyUnknownParts);
            connect(edit, &QLineEdit::textChanged, this, &NewPatientDialog::showKnownParts);
            form->addRow(tr("Sex:"), m_sex);
            continue;
        }
        form->addRow(label, edit);
    }
    connect(m_sex, &QComboBox::currentIndexChanged, m_debounce, qOverload<>(&QTimer::start));
    m_readEid = new QPushButton(tr("Read the eID card"), this);
    m_readEid->setObjectName(u"readEid"_s);
    m_readEid->setToolTip(m_editId.isEmpty() ? tr("Fills the record from the Belgian identity card in the reader")
                                             : tr("Compares the record with the Belgian identity card in the reader"));
    connect(m_readEid, &QPushButton::clicked, this, &NewPatientDialog::readEid);
    form->insertRow(0, QString(), m_readEid);
    m_eidAddress = new QPushButton(tr("Update the address from the card"), this);
    m_eidAddress->setObjectName(u"eidAddress"_s);
    m_eidAddress->hide();
    form->insertRow(1, QString(), m_eidAddress);
    connect(m_eidAddress, &QPushButton::clicked, this, [this] {
        if (!m_readCard)
            return;
        auto updated = PatientService::updateAddressFromEid(m_session, m_editId, *m_readCard);
        if (!updated) {
            m_problems->setText(updated.error().message);
            return;
        }
        field(u"address"_s)->setText(updated->address);
        field(u"postcode"_s)->setText(updated->postcode);
        field(u"city"_s)->setText(updated->city);
        m_eidAddress->hide();
        m_problems->setText(tr("The address is now the card's (recorded in the record's history)."));
    });
    if (!m_editId.isEmpty()) {
        // Preferences and flags, then the identity status and what raises it.
        const QList<std::pair<QString, QString>> options = {
            {u"notify_sms"_s, tr("Reminders by SMS")},
            {u"notify_email"_s, tr("Reminders by e-mail")},
            {u"homonym"_s, tr("Known homonym (never merged)")},
            {u"doubtful"_s, tr("Doubtful identity")},
        };
        auto *boxes = new QVBoxLayout;
        for (const auto &[name, label] : options) {
            auto *box = new QCheckBox(label, this);
            box->setObjectName(name);
            m_options.insert(name, box);
            boxes->addWidget(box);
        }
        form->addRow(tr("Options:"), boxes);
        m_status = new QLabel(this);
        m_document = new QComboBox(this);
        for (const QString &kind : PatientService::identityDocumentKinds())
            m_document->addItem(PatientService::identityDocumentLabel(kind), kind);
        auto *checked = new QPushButton(tr("Document checked"), this);
        checked->setObjectName(u"identityChecked"_s);
        checked->setToolTip(tr("The patient showed this document at the desk: the identity is validated"));
        connect(checked, &QPushButton::clicked, this, &NewPatientDialog::checkIdentityDocument);
        auto *identity = new QHBoxLayout;
        identity->addWidget(m_status, 1);
        identity->addWidget(m_document);
        identity->addWidget(checked);
        form->addRow(tr("Identity:"), identity);
    }
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    Tones::apply(m_problems, Tone::Error);
    m_duplicatesTitle = new QLabel(this);
    Tones::apply(m_duplicatesTitle, Tone::Warning, true);
    m_duplicates = new QListWidget(this);
    m_duplicates->setMaximumHeight(120);
    m_duplicates->setToolTip(tr("Double-click a record to use it rather than create a new one"));
    m_duplicates->hide();
    connect(m_duplicates, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { useExisting(item->data(Qt::UserRole).toString()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(m_editId.isEmpty() ? tr("Create the record") : tr("Save the changes"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPatientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewPatientDialog::reject);
    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_duplicatesTitle);
    layout->addWidget(m_duplicates);
    setMinimumWidth(560);
    Controls::setScrollingBody(this, layout, buttons);
    if (!m_editId.isEmpty()) {
        auto p = PatientDirectory(session).byId(m_editId);
        if (p) {
            const PatientInput in = PatientService::inputOf(*p);
            field(u"birth_name"_s)->setText(in.birthName);
            field(u"first_names"_s)->setText(in.firstNames);
            field(u"birth_date"_s)->setText(PartialDates::editText(p->birth()));
            field(u"usage_name"_s)->setText(in.usageName);
            field(u"used_first_name"_s)->setText(in.usedFirstName);
            // As the desk dials them; read back in the practice's country.
            const QString country = PracticeDirectory(session).country();
            field(u"phone"_s)
                ->setText(Phone::display(p->mobilePhone.isEmpty() ? p->otherPhone : p->mobilePhone, country));
            field(u"other_phone"_s)
                ->setText(p->mobilePhone.isEmpty() ? QString() : Phone::display(p->otherPhone, country));
            field(u"email"_s)->setText(in.email);
            field(u"address"_s)->setText(in.address);
            field(u"postcode"_s)->setText(in.postcode);
            field(u"city"_s)->setText(in.city);
            field(u"niss"_s)->setText(in.niss);
            field(u"nir"_s)->setText(in.nir);
            m_sex->setCurrentIndex(std::max(0, m_sex->findData(in.sex)));
            const PatientService::Preferences prefs = PatientService::preferencesOf(*p);
            m_options.value(u"notify_sms"_s)->setChecked(prefs.notifySms);
            m_options.value(u"notify_email"_s)->setChecked(prefs.notifyEmail);
            m_options.value(u"homonym"_s)->setChecked(prefs.homonym);
            m_options.value(u"doubtful"_s)->setChecked(prefs.doubtful);
        } else {
            m_problems->setText(p.error().message);
        }
        showStatus();
    }
    m_typedAtStart = typed();
    field(u"birth_name"_s)->setFocus(); // where typing starts, not a list box
}

QString NewPatientDialog::typed() const
{
    QStringList values;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        values << it.key() + u'=' + it.value()->text();
    for (auto it = m_options.constBegin(); it != m_options.constEnd(); ++it)
        values << it.key() + u'=' + (it.value()->isChecked() ? u"1"_s : u"0"_s);
    values << u"sex="_s + m_sex->currentData().toString();
    values.sort();
    return values.join(u'\n');
}

void NewPatientDialog::reject()
{
    // Escape or the window's ✕ with something typed: asked, never dropped silently.
    if (!m_created.isEmpty() || typed() == m_typedAtStart)
        return QDialog::reject();
    const auto answer = MessageBox::unsaved(this, u"unsavedForm"_s, tr("Unsaved record"),
                                            tr("What was typed in this record is not saved. Save it before closing?"));
    if (answer == QMessageBox::Save)
        accept(); // stays open, the problem said, when one remains
    else if (answer == QMessageBox::Discard)
        QDialog::reject();
}

QCheckBox *NewPatientDialog::option(const QString &name) const
{
    return m_options.value(name);
}

QString NewPatientDialog::identityStatusText() const
{
    return m_status ? m_status->text() : QString();
}

void NewPatientDialog::showStatus()
{
    auto p = PatientDirectory(m_session).byId(m_editId);
    if (!p || !m_status)
        return;
    m_status->setText(IdentityStatuses::label(p->identityStatus));
    const bool trusted =
        p->identityStatus == IdentityStatus::Validated || p->identityStatus == IdentityStatus::Qualified;
    Tones::apply(m_status, trusted ? Tone::Success : Tone::Warning, true);
}

void NewPatientDialog::checkIdentityDocument()
{
    auto done = PatientService::checkIdentityDocument(m_session, m_editId, m_document->currentData().toString());
    if (!done) {
        m_problems->setText(done.error().message);
        return;
    }
    m_problems->clear();
    showStatus();
}

void NewPatientDialog::readEid()
{
    const QDate today = m_session.now().toTimeZone(PracticeDirectory(m_session).displayZone()).date();
    auto card = EidReader::read(QString(), today);
    if (!card) {
        m_problems->setText(card.error().message);
        return;
    }
    if (m_editId.isEmpty()) {
        const PatientInput in = PatientService::inputFromEid(*card);
        field(u"birth_name"_s)->setText(in.birthName);
        field(u"first_names"_s)->setText(in.firstNames);
        field(u"birth_date"_s)->setText(PartialDates::editText(card->birthDate));
        field(u"niss"_s)->setText(in.niss);
        field(u"address"_s)->setText(in.address);
        field(u"postcode"_s)->setText(in.postcode);
        field(u"city"_s)->setText(in.city);
        m_sex->setCurrentIndex(std::max(0, m_sex->findData(in.sex)));
        m_card = *card;
        refresh();
        return;
    }
    checkWithCard(*card);
}

void NewPatientDialog::checkWithCard(const EidIdentity &card)
{
    auto p = PatientDirectory(m_session).byId(m_editId);
    if (!p) {
        m_problems->setText(p.error().message);
        return;
    }
    const auto differences = card.differences(*p);
    if (!differences.isEmpty()) {
        m_problems->setText(
            tr("The eID card and the record differ; nothing was changed. Check who is at the desk, then "
               "correct the record if it is wrong:\n%1")
                .arg(PatientService::describe(differences).join(u'\n')));
        return;
    }
    auto checked = PatientService::checkIdentityWithEid(m_session, m_editId, card);
    if (!checked) {
        m_problems->setText(checked.error().message);
        return;
    }
    field(u"niss"_s)->setText(checked->niss);
    m_problems->clear();
    showStatus();
    // The same person, perhaps moved: the card's address offered, never taken silently.
    m_readCard = card;
    const bool moved = card.addressDiffers(*checked);
    m_eidAddress->setVisible(moved);
    if (moved)
        m_eidAddress->setToolTip(tr("On the card: %1, %2 %3").arg(card.street, card.postcode, card.municipality));
}

QLineEdit *NewPatientDialog::field(const QString &name) const
{
    return m_fields.value(name);
}

QString NewPatientDialog::problems() const
{
    return m_problems->text();
}

PatientInput NewPatientDialog::input() const
{
    PatientInput in;
    in.birthName = m_fields.value(u"birth_name"_s)->text();
    in.usageName = m_fields.value(u"usage_name"_s)->text();
    in.firstNames = m_fields.value(u"first_names"_s)->text();
    in.birthDate = m_fields.value(u"birth_date"_s)->text();
    in.sex = m_sex->currentData().toString();
    for (const QString &name : {u"phone"_s, u"other_phone"_s}) {
        const QString phone = m_fields.value(name)->text();
        if (!phone.trimmed().isEmpty())
            in.phones << phone;
    }
    in.usedFirstName = m_fields.value(u"used_first_name"_s)->text();
    in.address = m_fields.value(u"address"_s)->text();
    in.postcode = m_fields.value(u"postcode"_s)->text();
    in.city = m_fields.value(u"city"_s)->text();
    if (!m_editId.isEmpty()) {
        // What the form does not show stays as it was (holder, country, language, birth place).
        if (auto p = PatientDirectory(m_session).byId(m_editId)) {
            const PatientInput stored = PatientService::inputOf(*p);
            in.holderId = stored.holderId;
            in.relationship = stored.relationship;
            in.country = stored.country;
            in.language = stored.language;
            in.birthPlaceCode = stored.birthPlaceCode;
        }
    }
    in.email = m_fields.value(u"email"_s)->text();
    in.niss = m_fields.value(u"niss"_s)->text();
    in.nir = m_fields.value(u"nir"_s)->text();
    return in;
}

void NewPatientDialog::applyUnknownParts()
{
    QLineEdit *date = field(u"birth_date"_s);
    if (m_monthUnknown->isChecked() && !m_dayUnknown->isChecked()) {
        const QSignalBlocker block(m_dayUnknown);
        m_dayUnknown->setChecked(true); // a month unknown leaves no day
    }
    auto parsed = PatientValidator::parseBirthDate(date->text(), QDate());
    if (!parsed)
        return; // nothing to reduce yet: said when the date is typed
    PartialDate known = *parsed;
    if (m_monthUnknown->isChecked())
        known = PartialDate::of(known.year(), 0, 0);
    else if (m_dayUnknown->isChecked() && known.precision == DatePrecision::Day)
        known = PartialDate::of(known.year(), known.month(), 0);
    if (known != *parsed) {
        date->setText(PartialDates::editText(known));
        m_debounce->start();
    }
}

void NewPatientDialog::showKnownParts()
{
    auto parsed = PatientValidator::parseBirthDate(field(u"birth_date"_s)->text(), QDate());
    if (!parsed)
        return;
    const QSignalBlocker day(m_dayUnknown);
    const QSignalBlocker month(m_monthUnknown);
    m_dayUnknown->setChecked(parsed->precision != DatePrecision::Day);
    m_monthUnknown->setChecked(parsed->precision == DatePrecision::Year);
}

void NewPatientDialog::refresh()
{
    m_debounce->stop();
    const PatientInput in = input();
    const QDate today = m_session.now().toTimeZone(PracticeDirectory(m_session).displayZone()).date();
    Patient p;
    QStringList problems;
    for (const FieldError &e : PatientValidator::check(in, today, PatientService::practiceCountry(m_session), &p)) {
        // Only what was typed is judged while typing; empty required fields are said on saving.
        const QString name = PatientFields::code(e.field);
        const QString typed = e.field == PatientField::MobilePhone ? in.phones.join(QString())
            : field(name)                                          ? field(name)->text()
                                                                   : QString();
        if (!typed.trimmed().isEmpty())
            problems << e.error.message;
    }
    m_problems->setText(problems.join(u'\n'));
    // Already known? As soon as a name and a birth date are there.
    m_duplicates->clear();
    if (!p.birthName.isEmpty() && p.birthDate.isValid()) {
        p.id = u"new"_s;
        auto found = DuplicateFinder::candidatesFor(m_session, IdentityRecord::from(p));
        PatientDirectory patients(m_session);
        for (const DuplicatePair &pair : found ? *found : QList<DuplicatePair>{}) {
            if (pair.b == m_editId)
                continue; // the record being corrected
            auto known = patients.byId(pair.b);
            if (!known)
                continue;
            auto *item = new QListWidgetItem(
                u"%1 — %2, %3 (%4)"_s.arg(DuplicateFinder::bandLabel(pair.match.band), known->displayName(),
                                          PartialDates::display(known->birth()), pair.match.evidence.join(u", "_s)),
                m_duplicates);
            item->setData(Qt::UserRole, known->id);
        }
    }
    m_duplicates->setVisible(m_duplicates->count() > 0);
    m_duplicatesTitle->setText(
        m_duplicates->count() > 0 ? tr("Already known? Check these records before creating a new one:") : QString());
}

void NewPatientDialog::useExisting(const QString &patientId)
{
    if (patientId.isEmpty() || !m_editId.isEmpty())
        return;
    m_created = patientId;
    m_usedExisting = true;
    QDialog::accept();
}

void NewPatientDialog::accept()
{
    refresh();
    if (!m_editId.isEmpty()) {
        PatientService::Preferences prefs;
        prefs.notifySms = m_options.value(u"notify_sms"_s)->isChecked();
        prefs.notifyEmail = m_options.value(u"notify_email"_s)->isChecked();
        prefs.homonym = m_options.value(u"homonym"_s)->isChecked();
        prefs.doubtful = m_options.value(u"doubtful"_s)->isChecked();
        auto saved = PatientService::update(m_session, m_editId, input(), prefs);
        if (!saved) {
            m_problems->setText(saved.error().message);
            return;
        }
        m_created = saved->id;
        QDialog::accept();
        return;
    }
    // Likely known already: said once before a new record is made; Save again creates it,
    // a double click on the record takes it instead.
    QStringList candidates;
    for (int i = 0; i < m_duplicates->count(); ++i)
        candidates << m_duplicates->item(i)->data(Qt::UserRole).toString();
    if (problems().isEmpty() && !candidates.isEmpty() && m_warnedFor != candidates.join(u',')) {
        m_warnedFor = candidates.join(u',');
        m_problems->setText(tr("This patient may be known already (list above). Double-click their record to use it, "
                               "or Save again to create a new record anyway."));
        return;
    }
    auto added = PatientService::add(m_session, input());
    if (!added) {
        m_problems->setText(added.error().message);
        return;
    }
    m_created = added->id;
    // Filled from the card and kept as the card says: the identity is checked by it (a trait
    // changed since makes it differ, and the record stays provisional).
    if (m_card)
        (void)PatientService::checkIdentityWithEid(m_session, added->id, *m_card);
    QDialog::accept();
}

} // namespace guichet
