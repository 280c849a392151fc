#include "ui/identity/splitdialog.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/documents/documentvault.h"
#include "core/identity/mergeservice.h"
#include "ui/shell/tones.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr int KindRole = Qt::UserRole + 1; // "appointment" or "document"

} // namespace

SplitDialog::SplitDialog(const Session &session, const QString &patientId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_patientId(patientId)
{
    auto source = PatientDirectory(session).byId(patientId);
    setWindowTitle(tr("Split a record shared by two people"));
    auto *intro = new QLabel(tr("%1's record holds another person's visits. Type the other person's identity and tick "
                                "what is theirs: it moves to a new record.")
                                 .arg(source ? source->displayName() : patientId),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (const auto &[name, label] : QList<std::pair<QString, QString>>{{u"birth_name"_s, tr("Birth name:")},
                                                                        {u"first_names"_s, tr("First names:")},
                                                                        {u"birth_date"_s, tr("Birth date:")}}) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        m_fields.insert(name, edit);
        form->addRow(label, edit);
    }
    m_fields.value(u"birth_date"_s)->setPlaceholderText(tr("31/12/1980"));
    m_sex = new QComboBox(this);
    m_sex->addItem(tr("Female"), u"female"_s);
    m_sex->addItem(tr("Male"), u"male"_s);
    m_sex->addItem(tr("Other"), u"other"_s);
    m_sex->addItem(tr("Unknown"), u"unknown"_s);
    form->addRow(tr("Sex:"), m_sex);
    m_rows = new QListWidget(this);
    const QTimeZone zone = PracticeDirectory(session).displayZone();
    PracticeDirectory practice(session);
    auto visits = AppointmentDirectory(session).forPatient(patientId);
    if (!visits)
        m_rows->addItem(tr("The appointments could not be read: %1").arg(visits.error().message));
    for (const Appointment &a : visits ? *visits : QList<Appointment>{}) {
        auto p = practice.practitioner(a.practitionerId);
        auto m = practice.motif(a.motifId);
        auto *item = new QListWidgetItem(tr("Appointment %1 — %2, %3 (%4)")
                                             .arg(QLocale().toString(a.start.toTimeZone(zone), u"dd/MM/yyyy HH:mm"_s),
                                                  p ? p->displayName() : a.practitionerId, m ? m->label : QString(),
                                                  AppointmentStatuses::label(a.status)),
                                         m_rows);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, a.id);
        item->setData(KindRole, u"appointment"_s);
    }
    auto current = DocumentVault::list(session, patientId);
    auto archived = DocumentVault::list(session, patientId, true);
    if (!current || !archived)
        m_rows->addItem(tr("The documents could not be read: %1").arg((!current ? current : archived).error().message));
    for (const DocumentMeta &d : current.valueOr({}) + archived.valueOr({})) {
        auto *item = new QListWidgetItem(
            tr("Document %1 — %2").arg(QLocale().toString(d.addedAt.toTimeZone(zone), u"dd/MM/yyyy"_s), d.fileName),
            m_rows);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, d.id);
        item->setData(KindRole, u"document"_s);
    }
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    Tones::apply(m_problem, Tone::Error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create the record and move"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SplitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SplitDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What belongs to the other person:"), this));
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 560);
}

QLineEdit *SplitDialog::field(const QString &name) const
{
    return m_fields.value(name);
}

QString SplitDialog::problem() const
{
    return m_problem->text();
}

void SplitDialog::accept()
{
    PatientInput in;
    in.birthName = field(u"birth_name"_s)->text();
    in.firstNames = field(u"first_names"_s)->text();
    in.birthDate = field(u"birth_date"_s)->text();
    in.sex = m_sex->currentData().toString();
    QStringList appointments;
    QStringList documents;
    for (int i = 0; i < m_rows->count(); ++i) {
        const QListWidgetItem *item = m_rows->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        (item->data(KindRole).toString() == u"appointment"_s ? appointments : documents)
            << item->data(Qt::UserRole).toString();
    }
    auto created = MergeService::split(m_session, m_patientId, in, appointments, documents);
    if (!created) {
        m_problem->setText(created.error().message);
        return;
    }
    m_created = created->id;
    QDialog::accept();
}

} // namespace guichet
