#include "ui/documents/documentspanel.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/documents/documentvault.h"
#include "core/sync/syncsettings.h"
#include "ui/documents/documentpreview.h"
#include "ui/shell/flowlayout.h"
#include "ui/shell/messagebox.h"
#include "ui/shell/tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QString typeLabel(const QString &type)
{
    if (type == u"prescription"_s)
        return DocumentsPanel::tr("Prescription");
    if (type == u"report"_s)
        return DocumentsPanel::tr("Report");
    if (type == u"administrative"_s)
        return DocumentsPanel::tr("Administrative");
    return DocumentsPanel::tr("Other");
}

QString sizeText(qint64 bytes)
{
    return bytes < 1024 * 1024 ? DocumentsPanel::tr("%1 kB").arg(std::max<qint64>(1, bytes / 1024))
                               : DocumentsPanel::tr("%1 MB").arg(QLocale().toString(bytes / 1048576.0, 'f', 1));
}

} // namespace

DocumentsPanel::DocumentsPanel(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setAcceptDrops(true);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Added"), tr("Type"), tr("File"), tr("Pages"), tr("Size"), tr("Shared")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { previewSelected(); });
    m_type = new QComboBox(this);
    for (const QString &type : DocumentVault::types())
        m_type->addItem(typeLabel(type), type);
    m_type->setToolTip(tr("The type given to the documents added or dropped here"));
    m_add = new QPushButton(tr("Add…"), this);
    m_add->setToolTip(tr("A PDF, JPEG or PNG file; or drop files here from the file manager"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add documents"), QString(),
                                                                tr("Documents (*.pdf *.jpg *.jpeg *.png)"));
        if (!paths.isEmpty())
            addFiles(paths);
    });
    auto *preview = new QPushButton(tr("Preview"), this);
    connect(preview, &QPushButton::clicked, this, &DocumentsPanel::previewSelected);
    auto *save = new QPushButton(tr("Save a copy…"), this);
    connect(save, &QPushButton::clicked, this, [this] { saveSelectedAs(QString()); });
    auto *share = new QPushButton(tr("Share with the patient"), this);
    share->setToolTip(tr("Sent through the online agenda with the next synchronisation; the patient gets a notice, "
                         "never the document by e-mail"));
    connect(share, &QPushButton::clicked, this, &DocumentsPanel::shareSelected);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(remove, &QPushButton::clicked, this, [this] { removeSelected(true); });
    m_archived = new QCheckBox(tr("Archived"), this);
    m_archived->setToolTip(tr("Documents older than the retention delay: kept, no longer listed"));
    connect(m_archived, &QCheckBox::toggled, this, &DocumentsPanel::reload);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *bar = new FlowLayout; // wraps when the panel is narrow (large text)
    bar->addWidget(m_type);
    bar->addWidget(m_add);
    bar->addWidget(preview);
    bar->addWidget(save);
    bar->addWidget(share);
    bar->addWidget(remove);
    bar->addWidget(m_archived);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    reload();
}

void DocumentsPanel::setAppointment(const QString &patientId, const QString &appointmentId)
{
    m_appointmentId = appointmentId;
    m_patientId = patientId;
    m_message->clear();
    reload();
}

void DocumentsPanel::setPatient(const QString &patientId)
{
    m_appointmentId.clear();
    m_patientId = patientId;
    m_message->clear();
    reload();
}

QString DocumentsPanel::message() const
{
    return m_message->text();
}

QString DocumentsPanel::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

void DocumentsPanel::say(const QString &text, bool error)
{
    Tones::apply(m_message, error ? Tone::Error : Tone::Success);
    m_message->setText(text);
}

void DocumentsPanel::reload()
{
    // Adding belongs to a patient's record; the practice's list only reads.
    m_add->setVisible(!m_patientId.isEmpty());
    m_type->setVisible(!m_patientId.isEmpty());
    setAcceptDrops(!m_patientId.isEmpty());
    auto listed = DocumentVault::list(m_session, m_patientId, m_archived->isChecked());
    if (!listed)
        say(listed.error().message, true);
    QList<DocumentMeta> documents = listed.valueOr({});
    if (!m_appointmentId.isEmpty())
        documents.removeIf([this](const DocumentMeta &d) { return d.appointmentId != m_appointmentId; });
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    PatientDirectory patients(m_session);
    m_table->setRowCount(int(documents.size()));
    for (int r = 0; r < documents.size(); ++r) {
        const DocumentMeta &d = documents.at(r);
        QString file = d.fileName;
        if (m_patientId.isEmpty()) {
            if (auto p = patients.byId(d.patientId))
                file = p->displayName() + u" — "_s + file; // the practice's list names whose it is
        }
        const QStringList cells = {QLocale().toString(d.addedAt.toTimeZone(zone), u"dd/MM/yyyy HH:mm"_s),
                                   typeLabel(d.type),
                                   file,
                                   QString::number(d.pageCount),
                                   sizeText(d.size),
                                   d.shared ? tr("yes") : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        m_table->item(r, 0)->setData(Qt::UserRole, d.id);
        if (d.origin == u"patient"_s)
            m_table->item(r, 2)->setToolTip(tr("Added by the patient online"));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

void DocumentsPanel::addFiles(const QStringList &paths)
{
    if (m_patientId.isEmpty()) {
        say(tr("Choose a patient first."), true);
        return;
    }
    QStringList refused;
    int added = 0;
    for (const QString &path : paths) {
        auto done = DocumentVault::add(m_session, m_patientId, path, m_type->currentData().toString(), m_appointmentId);
        if (done)
            ++added;
        else
            refused << QFileInfo(path).fileName() + u" : "_s + done.error().message;
    }
    reload();
    if (added > 0)
        Q_EMIT changed();
    if (!refused.isEmpty())
        say(refused.join(u'\n'), true);
    else
        say(tr("%n document(s) added.", nullptr, added), false);
}

void DocumentsPanel::previewSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        say(tr("Choose a document in the list."), true);
        return;
    }
    auto *preview = new DocumentPreview(m_session, id, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
}

void DocumentsPanel::saveSelectedAs(const QString &path)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        say(tr("Choose a document in the list."), true);
        return;
    }
    QString target = path;
    if (target.isEmpty()) {
        auto meta = DocumentVault::byId(m_session, id);
        target = QFileDialog::getSaveFileName(this, tr("Save a copy"), meta ? meta->fileName : QString());
        if (target.isEmpty())
            return;
    }
    if (auto ok = DocumentVault::exportTo(m_session, id, target); !ok)
        say(ok.error().message, true);
    else
        say(tr("Copy saved: %1").arg(QDir::toNativeSeparators(target)), false);
}

void DocumentsPanel::shareSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        say(tr("Choose a document in the list."), true);
        return;
    }
    auto done = DocumentVault::share(m_session, id);
    if (!done) {
        say(done.error().message, true);
        return;
    }
    reload();
    Q_EMIT changed();
    const OutgoingLink link = SyncSettings::outgoing(m_session).valueOr(OutgoingLink::Unreachable);
    say(SyncSettings::sharedDocumentNotice(link), link != OutgoingLink::Ready);
}

void DocumentsPanel::removeSelected(bool confirm)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        say(tr("Choose a document in the list."), true);
        return;
    }
    if (confirm
        && MessageBox::question(this, tr("Remove the document"),
                                tr("Remove this document from the patient's record? The removal is recorded."))
            != QMessageBox::Yes)
        return;
    if (auto ok = DocumentVault::remove(m_session, id); !ok) {
        say(ok.error().message, true);
        return;
    }
    reload();
    Q_EMIT changed();
    say(tr("Document removed."), false);
}

void DocumentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_patientId.isEmpty() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DocumentsPanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        addFiles(paths);
    }
}

} // namespace guichet
