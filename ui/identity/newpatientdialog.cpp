#include "newpatientdialog.h"

#include "access/session.h"
#include "identity/patientservice.h"
#include "store/patientrepository.h"
#include "store/practicerepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

NewPatientDialog::NewPatientDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("New patient"));
    auto *form = new QFormLayout;
    const QList<std::pair<QString, QString>> fields = {
        {u"birth_name"_s, tr("Birth name:")},      {u"usage_name"_s, tr("Usage name:")},
        {u"first_names"_s, tr("First names:")},    {u"birth_date"_s, tr("Birth date:")},
        {u"phone"_s, tr("Phone:")},                {u"email"_s, tr("E-mail:")},
        {u"niss"_s, tr("NISS (Belgium):")},        {u"nir"_s, tr("NIR (France):")},
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
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
        if (name == u"birth_date"_s) {
            edit->setPlaceholderText(tr("31/12/1980"));
            form->addRow(tr("Sex:"), m_sex);
        }
    }
    connect(m_sex, &QComboBox::currentIndexChanged, m_debounce, qOverload<>(&QTimer::start));
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_duplicatesTitle = new QLabel(this);
    m_duplicatesTitle->setStyleSheet(u"font-weight: bold; color: #8a5a00;"_s);
    m_duplicates = new QListWidget(this);
    m_duplicates->setMaximumHeight(120);
    m_duplicates->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create the record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPatientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewPatientDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_duplicatesTitle);
    layout->addWidget(m_duplicates);
    layout->addWidget(buttons);
    setMinimumWidth(560);
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
    in.phones = QStringList{m_fields.value(u"phone"_s)->text()};
    in.email = m_fields.value(u"email"_s)->text();
    in.niss = m_fields.value(u"niss"_s)->text();
    in.nir = m_fields.value(u"nir"_s)->text();
    return in;
}

void NewPatientDialog::refresh()
{
    m_debounce->stop();
    const PatientInput in = input();
    const QDate today = m_session.now().toTimeZone(PracticeRepository(m_session.database()).displayZone()).date();
    Patient p;
    QStringList problems;
    for (const FieldError &e : PatientValidator::check(in, today, PatientService::practiceCountry(m_session), &p)) {
        // Only what was typed is judged while typing; empty required fields are said on saving.
        const QString typed = e.field == u"phone"_s ? in.phones.join(QString()) : field(e.field) ? field(e.field)->text() : QString();
        if (!typed.trimmed().isEmpty())
            problems << e.error.message;
    }
    m_problems->setText(problems.join(u'\n'));
    // Already known? As soon as a name and a birth date are there.
    m_duplicates->clear();
    if (!p.birthName.isEmpty() && p.birthDate.isValid()) {
        p.id = u"new"_s;
        auto found = DuplicateFinder::candidatesFor(m_session.database(), IdentityRecord::from(p));
        PatientRepository patients(m_session.database());
        for (const DuplicatePair &pair : found ? *found : QList<DuplicatePair>{}) {
            auto known = patients.byId(pair.b);
            if (!known)
                continue;
            auto *item = new QListWidgetItem(u"%1 — %2, %3 (%4)"_s.arg(
                                                 DuplicateFinder::bandLabel(pair.match.band), known->displayName(),
                                                 QLocale().toString(known->birthDate, QLocale::ShortFormat),
                                                 pair.match.evidence.join(u", "_s)),
                                             m_duplicates);
            item->setData(Qt::UserRole, known->id);
        }
    }
    m_duplicates->setVisible(m_duplicates->count() > 0);
    m_duplicatesTitle->setText(m_duplicates->count() > 0
                                   ? tr("Already known? Check these records before creating a new one:")
                                   : QString());
}

void NewPatientDialog::accept()
{
    refresh();
    auto added = PatientService::add(m_session, input());
    if (!added) {
        m_problems->setText(added.error().message);
        return;
    }
    m_created = added->id;
    QDialog::accept();
}

} // namespace guichet
