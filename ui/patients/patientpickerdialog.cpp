#include "ui/patients/patientpickerdialog.h"

#include "core/access/session.h"
#include "ui/patients/patientsearchmodel.h"
#include "ui/shell/tones.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

PatientPickerDialog::PatientPickerDialog(const Session &session, const QString &title, const QString &reasonLabel,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    m_model = new PatientSearchModel(session, this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Patient: name, birth date, phone, NISS or NIR…"));
    m_list = new QTableView(this);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false); // Tab leaves the list for the next field
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(PatientSearchModel::Name, QHeaderView::Stretch);
    m_list->setColumnHidden(PatientSearchModel::Identifier, true);
    m_list->setMinimumHeight(180);
    m_message = new QLabel(this);
    Tones::apply(m_message, Tone::Error);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    if (!reasonLabel.isEmpty()) {
        m_reason = new QLineEdit(this);
        auto *form = new QFormLayout;
        form->addRow(reasonLabel, m_reason);
        layout->addLayout(form);
    }
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &PatientPickerDialog::search);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    m_search->installEventFilter(this);
    connect(m_list, &QTableView::activated, this, [this] {
        if (m_reason)
            m_reason->setFocus();
        else
            accept();
    });
    resize(720, 420);
}

void PatientPickerDialog::search()
{
    m_debounce->stop();
    m_model->setQuery(m_search->text());
    // Nobody chosen for the desk while several match (a choice goes with its list); one alone is.
    m_list->clearSelection();
    m_list->setCurrentIndex(QModelIndex());
    if (m_model->rowCount() == 1)
        m_list->selectRow(0);
}

bool PatientPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
        if (key == Qt::Key_Down || enter) {
            search(); // what was typed, now
            // Down, or Enter while nobody is chosen, goes into the list to choose; Enter with the
            // one match chosen goes on as OK.
            if (key == Qt::Key_Down || (patientId().isEmpty() && m_model->rowCount() > 0)) {
                m_list->setFocus();
                if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
                    m_list->selectRow(0);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString PatientPickerDialog::patientId() const
{
    const Patient *p = m_model->patientAt(m_list->currentIndex().row());
    return p ? p->id : QString();
}

QString PatientPickerDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

void PatientPickerDialog::accept()
{
    if (patientId().isEmpty()) {
        m_message->setText(tr("Choose the patient in the list."));
        return;
    }
    if (m_reason && reason().isEmpty()) {
        m_message->setText(tr("Say why."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace guichet
