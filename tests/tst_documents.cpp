#include "core/agenda/appointmentservice.h"
#include "core/documents/documentvault.h"
#include "core/identity/patientservice.h"
#include "core/keychain/secretstore.h"
#include "core/store/appointmentrepository.h"
#include "core/store/auditlog.h"
#include "core/store/backup.h"
#include "core/store/database.h"
#include "tests/support/testsupport.h"
#include "ui/agenda/daylistmodel.h"
#include "ui/documents/documentpreview.h"
#include "ui/documents/documentspanel.h"
#include "ui/settings/backupdialog.h"
#include "ui/shell/messagebox.h"

#include <QBuffer>
#include <QComboBox>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableWidget>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

namespace {

// A one-page PDF whose text is stored in the clear (no compression), so that the phrase is
// really in the file given to the vault.
QByteArray plainPdf(const QByteArray &phrase, const QByteArray &catalogExtra = {}, const QByteArray &headerComment = {},
                    const QByteArray &pageExtra = {})
{
    const QByteArray stream = "BT /F1 18 Tf 40 700 Td (" + phrase + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R " + catalogExtra + " >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> "
            + pageExtra + " >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    if (!headerComment.isEmpty())
        pdf += "%" + headerComment + "\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// `prefix` followed by a ZIP archive of one stored file, its offsets counted from the start of
// the whole (as a PDF+ZIP polyglot is made).
QByteArray withZip(const QByteArray &prefix, const QByteArray &name, const QByteArray &data)
{
    auto u16 = [](quint16 v) {
        QByteArray b(2, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    auto u32 = [](quint32 v) {
        QByteArray b(4, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    const quint32 crc = 0; // readers check it on extraction only
    QByteArray out = prefix;
    const quint32 local = quint32(out.size());
    out += QByteArray("PK\x03\x04") + u16(20) + u16(0) + u16(0) + u16(0) + u16(0) + u32(crc) + u32(data.size())
        + u32(data.size()) + u16(name.size()) + u16(0) + name + data;
    const quint32 directory = quint32(out.size());
    out += QByteArray("PK\x01\x02") + u16(20) + u16(20) + u16(0) + u16(0) + u16(0) + u16(0) + u32(crc)
        + u32(data.size()) + u32(data.size()) + u16(name.size()) + u16(0) + u16(0) + u16(0) + u16(0) + u32(0)
        + u32(local) + name;
    const quint32 size = quint32(out.size()) - directory;
    out += QByteArray("PK\x05\x06") + u16(0) + u16(0) + u16(1) + u16(1) + u32(size) + u32(directory) + u16(0);
    return out;
}

// A one-page PDF holding a JPEG, as a scanner makes them.
QByteArray scannedPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(150);
        QPainter painter(&writer);
        QImage scan(600, 800, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QPainter ink(&scan);
        ink.fillRect(40, 40, 300, 20, Qt::black);
        ink.end();
        painter.drawImage(QRect(0, 0, 1200, 1600), scan);
    }
    return bytes;
}

QByteArray image(const char *format)
{
    QImage img(320, 200, QImage::Format_RGB32);
    img.fill(QColor(u"#1f5fa8"_s));
    for (int x = 0; x < 320; ++x)
        img.setPixel(x, x % 200, qRgb(255, x % 255, 0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, format);
    return bytes;
}

} // namespace

// The document vault against a real SQLite file and the real system keychain (GNOME
// Keyring under dbus-run-session, see tests/support/with-keyring.sh).
class TestDocuments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void secretsGoToTheKeychain();
    void addExportByteIdentical();
    void refusedWithReasonNothingStored_data();
    void refusedWithReasonNothingStored();
    void unsafePdfsRefusedWithTheReason();
    void plainAndScannedPdfsAccepted();
    void contentNeverInTheClear();
    void archivingFollowsTheClock();
    void damageAndOrphansFound();
    void removeAndShare();
    void panelAddsPreviewsSharesRemoves();
    void dayListCountsDocuments();
    void backupAndRestoreCarryTheDocuments();
    void vaultKeyMovesToANewComputer();
    void backupDialogMakesABackupAndSealsTheKey();
    void killedDuringAnAdd_data();
    void killedDuringAnAdd();
    void killedBackupsAndRestoresNeverHalfDone();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QStringList vaultFiles() const;

    std::unique_ptr<TempDatabase> m_t;
    QString m_patient;
};

void TestDocuments::init()
{
    m_t = std::make_unique<TempDatabase>();
    addMiniPractice(m_t->db());
    PatientInput in;
    in.birthName = u"Janssens"_s;
    in.firstNames = u"Marie"_s;
    in.birthDate = u"1979-05-04"_s;
    in.sex = u"female"_s;
    auto p = PatientService::add(m_t->session(), in);
    QVERIFY(p.ok());
    m_patient = p->id;
}

void TestDocuments::cleanup()
{
    m_t.reset();
}

QString TestDocuments::write(const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(m_t->dir()).filePath(u"in-"_s + name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("write %s", qPrintable(path));
    return path;
}

QStringList TestDocuments::vaultFiles() const
{
    return QDir(DocumentVault::directory(m_t->db())).entryList(QDir::Files | QDir::Hidden);
}

void TestDocuments::secretsGoToTheKeychain()
{
    const QString key = u"test:"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(SecretStore::read(key).error().code, ErrorCode::NotFound);
    QVERIFY(SecretStore::write(key, QByteArray("s3cr\0t", 6)));
    QCOMPARE(*SecretStore::read(key), QByteArray("s3cr\0t", 6));
    QVERIFY(SecretStore::remove(key));
    QCOMPARE(SecretStore::read(key).error().code, ErrorCode::NotFound);
}

void TestDocuments::addExportByteIdentical()
{
    const QByteArray pdf = plainPdf("Ordonnance de test");
    const QByteArray png = image("PNG");
    const QByteArray jpeg = image("JPEG");
    const QList<std::tuple<QString, QByteArray, QString>> files = {
        {u"ordonnance.pdf"_s, pdf, u"application/pdf"_s},
        {u"radio.png"_s, png, u"image/png"_s},
        {u"photo.jpg"_s, jpeg, u"image/jpeg"_s},
    };
    for (const auto &[name, bytes, type] : files) {
        auto added = DocumentVault::add(m_t->session(Role::Secretary), m_patient, write(name, bytes), u"report"_s);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added->contentType, type);
        QCOMPARE(added->size, bytes.size());
        QCOMPARE(added->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(added->pageCount, 1);
        const QString out = QDir(m_t->dir()).filePath(u"out-"_s + name);
        QVERIFY(DocumentVault::exportTo(m_t->session(), added->id, out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }
    QCOMPARE(DocumentVault::list(m_t->db(), m_patient).size(), 3);
    QCOMPARE(vaultFiles().size(), 3);
    // The same content twice: one sealed file.
    QVERIFY(DocumentVault::add(m_t->session(), m_patient, write(u"copie.png"_s, png), u"other"_s));
    QCOMPARE(vaultFiles().size(), 3);
    auto check = DocumentVault::verifyAll(m_t->db());
    QVERIFY(check.ok());
    QCOMPARE(check->documents, 4);
    QCOMPARE(check->sound, 4);
    QVERIFY(check->problems.isEmpty());
}

void TestDocuments::refusedWithReasonNothingStored_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray pdf = plainPdf("Compte rendu");
    QByteArray big = pdf;
    big.insert(pdf.size() - 6, QByteArray(51 * 1024 * 1024, ' ')); // 51 MB, still a PDF
    QFile self(QCoreApplication::applicationFilePath());
    self.open(QIODevice::ReadOnly);
    QTest::newRow("51 MB") << big;
    QTest::newRow("executable named .pdf") << self.readAll();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated PDF") << pdf.left(pdf.size() / 2);
    QTest::newRow("PDF without its end") << pdf.left(pdf.size() - 7);
    QTest::newRow("truncated PNG") << image("PNG").chopped(40);
    QTest::newRow("truncated JPEG") << image("JPEG").chopped(100);
    QTest::newRow("text") << QByteArray("Bonjour, ceci n'est pas un document.");
}

void TestDocuments::refusedWithReasonNothingStored()
{
    QFETCH(QByteArray, bytes);
    auto added = DocumentVault::add(m_t->session(), m_patient, write(u"refused.pdf"_s, bytes), u"report"_s);
    QVERIFY(!added);
    QVERIFY(!added.error().message.isEmpty());
    QCOMPARE(int(added.error().code), int(ErrorCode::Invalid)); // exit 2 from the CLI
    QVERIFY(DocumentVault::list(m_t->db(), m_patient).isEmpty());
    QVERIFY(vaultFiles().isEmpty());
}

void TestDocuments::unsafePdfsRefusedWithTheReason()
{
    // What a PDF must not carry to a patient, and files that are a PDF and something else: each
    // refused, nothing stored, the reason said.
    const QList<std::tuple<QString, QByteArray, QString>> rows{
        {u"JavaScript when opened"_s, plainPdf("Resultats", "/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"),
         u"JavaScript"_s},
        {u"JavaScript in a link"_s,
         plainPdf("Resultats", {}, {},
                  "/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /JavaScript /JS (x) >> >>]"),
         u"JavaScript"_s},
        {u"a program launched"_s, plainPdf("Resultats", "/OpenAction << /S /Launch /F (calc.exe) >>"),
         u"starts programs"_s},
        {u"a file inside"_s,
         plainPdf("Resultats", "/Names << /EmbeddedFiles << /Names [(a.exe) << /Type /Filespec /F (a.exe) >>] >> >>"),
         u"other files"_s},
        {u"an XFA form"_s, plainPdf("Resultats", "/AcroForm << /Fields [] /XFA (x) >>"), u"XFA"_s},
        {u"PDF and ZIP"_s, withZip(plainPdf("Resultats"), "evil.html", "<script>alert(1)</script>"), u"ZIP"_s},
        {u"PDF and HTML"_s, plainPdf("Resultats", {}, "<html><body><script>alert(1)</script></body></html>"),
         u"web page"_s},
    };
    for (const auto &[what, bytes, reason] : rows) {
        auto added = DocumentVault::add(m_t->session(), m_patient, write(u"piege.pdf"_s, bytes), u"report"_s);
        QVERIFY2(!added, qPrintable(what));
        QVERIFY2(added.error().message.contains(reason), qPrintable(what + u": "_s + added.error().message));
        QCOMPARE(added.error().rule, u"document.refused"_s);
    }
    QVERIFY(DocumentVault::list(m_t->db(), m_patient).isEmpty());
    QVERIFY(vaultFiles().isEmpty());
}

void TestDocuments::plainAndScannedPdfsAccepted()
{
    // The counterpart of the refusals above: a plain letter, a letter with a link to a web site
    // and a page to show when opened, and a scan, are kept.
    const QList<std::pair<QString, QByteArray>> files{
        {u"lettre.pdf"_s, plainPdf("Lettre")},
        {u"lien.pdf"_s,
         plainPdf("Lien", "/OpenAction [3 0 R /Fit]", {},
                  "/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /URI /URI "
                  "(https://www.example.be) >> >>]")},
        {u"scan.pdf"_s, scannedPdf()},
    };
    for (const auto &[name, bytes] : files) {
        auto added = DocumentVault::add(m_t->session(), m_patient, write(name, bytes), u"report"_s);
        QVERIFY2(added.ok(), qPrintable(name + u": "_s + (added ? QString() : added.error().message)));
    }
}

void TestDocuments::contentNeverInTheClear()
{
    const QByteArray phrase = "Le patient Zephyrin Quasimodo-Vandeputte a rendez-vous";
    const QByteArray pdf = plainPdf(phrase);
    QVERIFY(pdf.contains(phrase)); // the test can fail: the phrase is in what is given
    const QString source = write(u"secret.pdf"_s, pdf);
    auto added = DocumentVault::add(m_t->session(), m_patient, source, u"report"_s);
    QVERIFY(added.ok());
    QVERIFY(DocumentVault::content(m_t->session(), added->id).value().contains(phrase));
    QFile::remove(source);
    m_t->reopen(); // the WAL checkpointed into the file too
    int files = 0;
    QDirIterator it(m_t->dir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(phrase), qPrintable(f.fileName()));
        QVERIFY2(!bytes.contains("Zephyrin"), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files >= 2); // the database and the sealed file
}

void TestDocuments::archivingFollowsTheClock()
{
    auto added = DocumentVault::add(m_t->session(), m_patient, write(u"a.png"_s, image("PNG")), u"prescription"_s);
    QVERIFY(added.ok());
    m_t->clock().advance(5 * 31 * 86400); // five months on: still listed
    QCOMPARE(*DocumentVault::archiveExpired(m_t->session()), 0);
    QCOMPARE(DocumentVault::list(m_t->db(), m_patient).size(), 1);
    m_t->clock().advance(40 * 86400); // past six months
    QCOMPARE(*DocumentVault::archiveExpired(m_t->session()), 1);
    QVERIFY(DocumentVault::list(m_t->db(), m_patient).isEmpty());
    const QList<DocumentMeta> archived = DocumentVault::list(m_t->db(), m_patient, true);
    QCOMPARE(archived.size(), 1);
    QCOMPARE(archived.first().archivedAt, m_t->clock().now().toUTC());
    QVERIFY(DocumentVault::content(m_t->session(), added->id).ok()); // kept, never deleted by the rule
    // The delay is the practice's: three months here.
    QVERIFY(m_t->db().setSetting(u"documents.retention_months"_s, u"3"_s));
    QVERIFY(DocumentVault::add(m_t->session(), m_patient, write(u"b.png"_s, image("JPEG")), u"other"_s));
    m_t->clock().advance(95 * 86400);
    QCOMPARE(*DocumentVault::archiveExpired(m_t->session()), 1);
    QVERIFY(m_t->db().setSetting(u"documents.retention_months"_s, u"zero"_s));
    QVERIFY(!DocumentVault::archiveExpired(m_t->session()));
}

void TestDocuments::damageAndOrphansFound()
{
    auto added = DocumentVault::add(m_t->session(), m_patient, write(u"c.pdf"_s, plainPdf("Certificat")), u"other"_s);
    QVERIFY(added.ok());
    // A crash between the sealed file and its row leaves a file no row names: removed.
    const QDir vault(DocumentVault::directory(m_t->db()));
    QFile orphan(vault.filePath(u"0123456789abcdef"_s));
    QVERIFY(orphan.open(QIODevice::WriteOnly));
    orphan.write("left by a crash");
    orphan.close();
    auto check = DocumentVault::verifyAll(m_t->db());
    QVERIFY(check.ok());
    QCOMPARE(check->orphansRemoved, 1);
    QVERIFY(check->problems.isEmpty());
    // One flipped byte: found, and the document is refused rather than given altered.
    const QString blob = vault.filePath(vaultFiles().first());
    QFile f(blob);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    f.seek(0);
    f.write(bytes);
    f.close();
    check = DocumentVault::verifyAll(m_t->db());
    QVERIFY(check.ok());
    QCOMPARE(check->problems.size(), 1);
    QVERIFY(!DocumentVault::content(m_t->session(), added->id));
}

void TestDocuments::removeAndShare()
{
    const QByteArray png = image("PNG");
    auto first = DocumentVault::add(m_t->session(), m_patient, write(u"r1.png"_s, png), u"report"_s);
    auto second = DocumentVault::add(m_t->session(), m_patient, write(u"r2.png"_s, png), u"other"_s);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(vaultFiles().size(), 1); // one content, two documents
    auto shared = DocumentVault::share(m_t->session(Role::Secretary), first->id);
    QVERIFY(shared.ok());
    QVERIFY(shared->shared);
    QVERIFY(DocumentVault::byId(m_t->db(), first->id)->shared);
    QVERIFY(DocumentVault::remove(m_t->session(Role::Secretary), first->id));
    QCOMPARE(vaultFiles().size(), 1); // still held by the second
    QVERIFY(DocumentVault::content(m_t->session(), second->id).ok());
    QVERIFY(DocumentVault::remove(m_t->session(), second->id));
    QVERIFY(vaultFiles().isEmpty());
    QVERIFY(!DocumentVault::byId(m_t->db(), second->id));
    // A patient's upload is theirs to remove.
    auto upload = DocumentVault::add(m_t->session(), m_patient, write(u"r3.png"_s, png), u"other"_s);
    QVERIFY(m_t->db().exec(u"UPDATE documents SET origin = 'patient' WHERE id = ?"_s, {upload->id}));
    QCOMPARE(DocumentVault::remove(m_t->session(), upload->id).error().rule, u"document.patient-upload"_s);
    QCOMPARE(DocumentVault::list(m_t->db(), QString()).size(), 1); // the practice's latest, every patient
}

void TestDocuments::panelAddsPreviewsSharesRemoves()
{
    const Session session = m_t->session(Role::Secretary);
    DocumentsPanel panel(session);
    panel.setPatient(m_patient);
    QCOMPARE(panel.table()->rowCount(), 0);
    // Dropped from the file manager: the PDF goes in, the renamed program is refused by name.
    const QByteArray pdf = plainPdf("Compte rendu de consultation");
    QFile self(QCoreApplication::applicationFilePath());
    QVERIFY(self.open(QIODevice::ReadOnly));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(write(u"compte-rendu.pdf"_s, pdf)),
                  QUrl::fromLocalFile(write(u"facture.pdf"_s, self.read(4096)))});
    panel.typeBox()->setCurrentIndex(panel.typeBox()->findData(u"report"_s));
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    static_cast<QObject *>(&panel)->event(&drop); // the widget's own handling (no window system drag here)
    QVERIFY2(panel.table()->rowCount() == 1, qPrintable(panel.message()));
    QVERIFY(panel.message().contains(u"facture.pdf"_s));
    QCOMPARE(DocumentVault::list(m_t->db(), m_patient).first().type, u"report"_s);
    panel.table()->setCurrentCell(0, 0);
    const QString copy = QDir(m_t->dir()).filePath(u"copie.pdf"_s);
    panel.saveSelectedAs(copy);
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), pdf);
    // Previewed from memory through Qt PDF.
    DocumentPreview preview(session, panel.selectedId());
    QVERIFY2(preview.isLoaded(), qPrintable(preview.error()));
    QCOMPARE(preview.pageCount(), 1);
    panel.shareSelected();
    QVERIFY(!panel.table()->item(0, 5)->text().isEmpty());
    // Without a central agenda nothing can leave: said so, not "after the next synchronisation".
    QVERIFY2(panel.message().contains(u"nothing can leave"_s), qPrintable(panel.message()));
    // The practice's page lists it with the patient's name.
    DocumentsPanel practice(session);
    practice.setPatient(QString());
    QCOMPARE(practice.table()->rowCount(), 1);
    QVERIFY(practice.table()->item(0, 2)->text().contains(u"JANSSENS"_s));
    // The removal is asked first: "No" keeps the document, "Yes" removes it.
    panel.table()->setCurrentCell(0, 0);
    MessageBox::setNextAnswer(QMessageBox::No);
    panel.removeSelected();
    QVERIFY(MessageBox::lastMessage().contains(u"Remove this document"_s));
    QCOMPARE(panel.table()->rowCount(), 1);
    QCOMPARE(DocumentVault::list(m_t->db(), m_patient).size(), 1);
    panel.table()->setCurrentCell(0, 0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    panel.removeSelected();
    QCOMPARE(panel.table()->rowCount(), 0);
}

void TestDocuments::dayListCountsDocuments()
{
    // The practitioner's day shows each patient's documents (archived ones aside).
    const MiniPractice practice = addMiniPractice(m_t->db());
    addLongOpeningHours(m_t->db(), practice.practitionerId, practice.siteId);
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    AppointmentDraft draft;
    draft.practitionerId = practice.practitionerId;
    draft.patientId = m_patient;
    draft.motifId = practice.consultationId;
    draft.start = QDateTime(QDate(2026, 11, 24), QTime(10, 0), brussels);
    QVERIFY(AppointmentService::book(m_t->session(), draft));
    QVERIFY(DocumentVault::add(m_t->session(), m_patient, write(u"d1.png"_s, image("PNG")), u"report"_s));
    QVERIFY(DocumentVault::add(m_t->session(), m_patient, write(u"d2.jpg"_s, image("JPEG")), u"report"_s));
    // Added from the appointment's panel: it belongs to that appointment.
    const QString appointmentId = AppointmentRepository(m_t->db()).forPatient(m_patient).value().first().id;
    const Session session = m_t->session(); // the panel keeps a reference: it must outlive it
    DocumentsPanel panel(session);
    panel.setAppointment(m_patient, appointmentId);
    QCOMPARE(panel.table()->rowCount(), 0); // the patient's other documents are not this appointment's
    panel.addFiles({write(u"d3.pdf"_s, plainPdf("Lettre"))});
    QCOMPARE(panel.table()->rowCount(), 1);
    QCOMPARE(DocumentVault::byId(m_t->db(), panel.table()->item(0, 0)->data(Qt::UserRole).toString())->appointmentId,
             appointmentId);
    const Session reader = m_t->session();
    DayListModel model(reader);
    model.setDay(QDate(2026, 11, 24));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, DayListModel::Documents).data().toInt(), 3);
    m_t->clock().advance(200 * 86400);
    QCOMPARE(*DocumentVault::archiveExpired(m_t->session()), 3);
    model.reload();
    QVERIFY(model.index(0, DayListModel::Documents).data().isNull());
}

void TestDocuments::backupAndRestoreCarryTheDocuments()
{
    const QByteArray pdf = plainPdf("Sauvegarde");
    auto added = DocumentVault::add(m_t->session(), m_patient, write(u"s.pdf"_s, pdf), u"report"_s);
    QVERIFY(added.ok());
    const QString backup = QDir(m_t->dir()).filePath(u"sauvegarde.db"_s);
    QVERIFY(m_t->db().backupTo(backup));
    QCOMPARE(QDir(backup + u".vault"_s).entryList(QDir::Files).size(), 1);
    QVERIFY(DocumentVault::remove(m_t->session(), added->id)); // gone here, kept in the backup
    QVERIFY(vaultFiles().isEmpty());
    const QString restored = QDir(m_t->dir()).filePath(u"restauree.db"_s);
    QVERIFY(Backup::restore(restored, backup, u"test"_s));
    auto db = Database::open(restored);
    QVERIFY(db.ok());
    auto check = DocumentVault::verifyAll(**db);
    QVERIFY(check.ok());
    QCOMPARE(check->documents, 1);
    QCOMPARE(check->sound, 1);
    User user;
    user.login = u"admin"_s;
    user.role = Role::Administrator;
    const Session session(**db, m_t->clock(), user);
    QCOMPARE(*DocumentVault::content(session, added->id), pdf);

    // A copy of the backup whose document file went missing, another whose document was altered:
    // both refused before anything is touched.
    auto copyOfBackup = [&](const QString &name) {
        const QString to = QDir(m_t->dir()).filePath(name);
        QDir().mkpath(to + u".vault"_s);
        QFile::copy(backup, to);
        QFile::copy(backup + u".manifest"_s, to + u".manifest"_s);
        for (const QString &f : QDir(backup + u".vault"_s).entryList(QDir::Files))
            QFile::copy(backup + u".vault/"_s + f, to + u".vault/"_s + f);
        return to;
    };
    const QString missing = copyOfBackup(u"sans-document.db"_s);
    for (const QString &f : QDir(missing + u".vault"_s).entryList(QDir::Files))
        QVERIFY(QFile::remove(missing + u".vault/"_s + f));
    const QString altered = copyOfBackup(u"document-modifie.db"_s);
    for (const QString &f : QDir(altered + u".vault"_s).entryList(QDir::Files)) {
        QFile file(altered + u".vault/"_s + f);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(10));
        QVERIFY(file.write("x") == 1);
    }
    const QString target = QDir(m_t->dir()).filePath(u"nouvelle.db"_s);
    const auto noDocument = Backup::restore(target, missing, u"test"_s);
    QVERIFY(!noDocument);
    QCOMPARE(noDocument.error().rule, u"restore.incomplete"_s);
    const auto changedDocument = Backup::restore(target, altered, u"test"_s);
    QVERIFY(!changedDocument);
    QCOMPARE(changedDocument.error().rule, u"restore.altered"_s);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + u".vault"_s));
}

void TestDocuments::vaultKeyMovesToANewComputer()
{
    // Desk A: two documents, a backup, the key exported with a passphrase.
    const QByteArray pdf = plainPdf("Compte rendu");
    const QByteArray png = image("PNG");
    auto first = DocumentVault::add(m_t->session(), m_patient, write(u"a.pdf"_s, pdf), u"report"_s);
    auto second = DocumentVault::add(m_t->session(), m_patient, write(u"b.png"_s, png), u"other"_s);
    QVERIFY(first.ok() && second.ok());
    const QString keyFile = QDir(m_t->dir()).filePath(u"cle-coffre.guichet"_s);
    const QByteArray passphrase = "Tilleuls et marronniers 2026";
    QCOMPARE(DocumentVault::exportKey(m_t->session(), keyFile, "court").error().rule, u"vault.passphrase"_s);
    QCOMPARE(DocumentVault::exportKey(m_t->session(Role::Secretary), keyFile, passphrase).error().code,
             ErrorCode::Forbidden);
    QVERIFY(DocumentVault::exportKey(m_t->session(), keyFile, passphrase).ok());
    QFile sealed(keyFile);
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    const QByteArray sealedBytes = sealed.readAll();
    const QByteArray id = m_t->db().setting(u"database.id"_s).toLatin1();
    auto key = SecretStore::read(u"vault-key:"_s + QString::fromLatin1(id));
    QVERIFY(key.ok());
    QVERIFY(!sealedBytes.contains(*key)); // sealed, never in the clear
    signInCliAs(m_t->db(), m_t->dir()); // the restored database's administrator signs the CLI in
    const QString backup = QDir(m_t->dir()).filePath(u"sauvegarde.db"_s);
    QVERIFY(m_t->db().backupTo(backup));

    // The new computer: the backup restored, its keychain without the key (removed here; the
    // processes below have never read it).
    const QString restored = QDir(m_t->dir()).filePath(u"nouveau-poste.db"_s);
    QVERIFY(Backup::restore(restored, backup, u"test"_s));
    QVERIFY(SecretStore::remove(u"vault-key:"_s + QString::fromLatin1(id)).ok());
    auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        p.start(QStringLiteral(GUICHET_CLI), QStringList{u"--db"_s, restored} + args);
        p.write(input + '\n');
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    };
    const QString out = QDir(m_t->dir()).filePath(u"lu.pdf"_s);
    const auto unreadable = cli({u"document"_s, u"export"_s, first->id, out});
    QVERIFY2(unreadable.first == 5, qPrintable(unreadable.second)); // unreadable without the key
    // A wrong passphrase, then a damaged file: refused, nothing in the keychain.
    const auto wrong = cli({u"vault"_s, u"import-key"_s, keyFile}, "Tilleuls et marronniers 2025");
    QCOMPARE(wrong.first, 3);
    QVERIFY2(wrong.second.contains(u"vault.passphrase"_s), qPrintable(wrong.second));
    QByteArray damaged = sealedBytes;
    damaged[damaged.size() - 5] = char(damaged.at(damaged.size() - 5) ^ 0x20);
    const QString damagedFile = write(u"abimee.guichet"_s, damaged);
    QCOMPARE(cli({u"vault"_s, u"import-key"_s, damagedFile}, passphrase).first, 3);
    QCOMPARE(cli({u"vault"_s, u"import-key"_s, write(u"tronquee.guichet"_s, sealedBytes.left(40))}, passphrase).first,
             2);
    QCOMPARE(SecretStore::read(u"vault-key:"_s + QString::fromLatin1(id)).error().code, ErrorCode::NotFound);
    // The right passphrase: the key is in the keychain and every document reads back byte for byte.
    const auto imported = cli({u"vault"_s, u"import-key"_s, keyFile}, passphrase);
    QVERIFY2(imported.first == 0, qPrintable(imported.second));
    QCOMPARE(*SecretStore::read(u"vault-key:"_s + QString::fromLatin1(id)), *key);
    for (const auto &[doc, bytes] : {std::pair{first->id, pdf}, std::pair{second->id, png}}) {
        QCOMPARE(cli({u"document"_s, u"export"_s, doc, out}).first, 0);
        QFile read(out);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(read.readAll(), bytes);
    }
    // Importing again changes nothing; the acts are audited.
    QCOMPARE(cli({u"vault"_s, u"import-key"_s, keyFile}, passphrase).first, 0);
    auto db = Database::open(restored);
    QVERIFY(db.ok());
    QCOMPARE(AuditLog::forEntity(**db, u"vault"_s, QString::fromLatin1(id)).size(), 3); // export, import twice
}

void TestDocuments::backupDialogMakesABackupAndSealsTheKey()
{
    QVERIFY(DocumentVault::add(m_t->session(), m_patient, write(u"c.pdf"_s, plainPdf("Courrier")), u"report"_s).ok());
    const Session session = m_t->session(); // the dialog keeps a reference
    BackupDialog dialog(session);
    const QString backup = QDir(m_t->dir()).filePath(u"depuis-le-poste.db"_s);
    QVERIFY2(dialog.backupTo(backup), qPrintable(dialog.message()));
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(QDir(backup + u".vault"_s).entryList(QDir::Files).size(), 1);
    const QString keyFile = QDir(m_t->dir()).filePath(u"cle.guichet"_s);
    dialog.passphraseField()->setText(u"Une phrase assez longue"_s);
    dialog.repeatField()->setText(u"Une phrase assez longuE"_s);
    QVERIFY(!dialog.exportKeyTo(keyFile));
    QVERIFY(dialog.message().contains(u"differ"_s));
    QVERIFY(!QFileInfo::exists(keyFile));
    dialog.repeatField()->setText(u"Une phrase assez longue"_s);
    QVERIFY2(dialog.exportKeyTo(keyFile), qPrintable(dialog.message()));
    QVERIFY(QFileInfo::exists(keyFile));
    QVERIFY(dialog.passphraseField()->text().isEmpty()); // not left on the screen
    dialog.passphraseField()->setText(u"Une autre phrase longue"_s);
    QVERIFY(!dialog.importKeyFrom(keyFile));
    QVERIFY(dialog.message().contains(u"Wrong passphrase"_s));
    dialog.passphraseField()->setText(u"Une phrase assez longue"_s);
    QVERIFY2(dialog.importKeyFrom(keyFile), qPrintable(dialog.message())); // the same key: nothing changes
    // Not for a secretary.
    const Session secretarySession = m_t->session(Role::Secretary);
    BackupDialog secretary(secretarySession);
    QVERIFY(!secretary.backupTo(QDir(m_t->dir()).filePath(u"non.db"_s)));
    QVERIFY(!QFileInfo::exists(QDir(m_t->dir()).filePath(u"non.db"_s)));
}

void TestDocuments::killedDuringAnAdd_data()
{
    QTest::addColumn<QString>("point");
    QTest::newRow("after the sealed file") << u"document.after-file"_s;
    QTest::newRow("inside the transaction") << u"document.before-commit"_s;
}

void TestDocuments::killedDuringAnAdd()
{
    // guichet-cli killed at a chosen point of an add: no document, no file left once checked.
    QFETCH(QString, point);
    const QString file = write(u"k.pdf"_s, plainPdf("Interrompu"));
    signInCliAs(m_t->db(), m_t->dir());
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GUICHET_TEST_CRASH"_s, point);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(GUICHET_CLI), {u"--db"_s, m_t->path(), u"document"_s, u"add"_s, m_patient, file});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    QProcess check;
    check.start(QStringLiteral(GUICHET_CLI), {u"--db"_s, m_t->path(), u"--json"_s, u"check"_s});
    QVERIFY(check.waitForFinished(60000));
    QCOMPARE(check.exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(check.readAllStandardOutput()).object();
    QCOMPARE(report.value(u"sound"_s).toBool(), true);
    QCOMPARE(report.value(u"documents"_s).toInt(), 0);
    QCOMPARE(report.value(u"vault_orphans_removed"_s).toInt(), 1);
    QVERIFY(vaultFiles().isEmpty());
    // And the next add goes through.
    QVERIFY(DocumentVault::add(m_t->session(), m_patient, file, u"other"_s));
    QCOMPARE(vaultFiles().size(), 1);
}

void TestDocuments::killedBackupsAndRestoresNeverHalfDone()
{
    // A practice with 150 documents; guichet-cli killed (abort, as kill -9) at 50 points of a
    // backup and 50 of a restore.
    for (int i = 0; i < 150; ++i) {
        const QString file = write(u"d%1.pdf"_s.arg(i), plainPdf("Document " + QByteArray::number(i)));
        QVERIFY(DocumentVault::add(m_t->session(), m_patient, file, u"other"_s));
    }
    QCOMPARE(vaultFiles().size(), 150);
    signInCliAs(m_t->db(), m_t->dir());
    const QDir dir(m_t->dir());
    const QString good = dir.filePath(u"bonne.db"_s);
    QVERIFY(m_t->db().backupTo(good));
    struct Ran
    {
        QProcess::ExitStatus status;
        int code;
        QJsonObject json;
    };
    auto cli = [&](const QStringList &args, const QString &crash = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!crash.isEmpty())
            env.insert(u"GUICHET_TEST_CRASH"_s, crash);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GUICHET_CLI), args);
        p.waitForFinished(120000);
        return Ran{p.exitStatus(), p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object()};
    };
    QRandomGenerator random(20261207);
    const QStringList backupPoints{u"backup.after-database"_s, u"backup.vault-file"_s, u"backup.before-rename"_s,
                                   u"backup.between-renames"_s, u"backup.before-manifest"_s};
    int refused = 0;
    for (int i = 0; i < 50; ++i) {
        QString point = backupPoints.at(i % backupPoints.size());
        if (point == u"backup.vault-file"_s)
            point += u':' + QString::number(1 + random.bounded(150));
        const QString file = dir.filePath(u"tuee-%1.db"_s.arg(i));
        const Ran killed = cli({u"--db"_s, m_t->path(), u"backup"_s, file}, point);
        QVERIFY2(killed.status == QProcess::CrashExit, qPrintable(point));
        // Whatever was left is refused by restore, and the practice is untouched.
        const Ran restore = cli({u"--db"_s, m_t->path(), u"--json"_s, u"restore"_s, file});
        QVERIFY2(restore.code == 2, qPrintable(point + u": exit "_s + QString::number(restore.code)));
        ++refused;
    }
    QCOMPARE(refused, 50);
    QCOMPARE(vaultFiles().size(), 150);

    // Restores killed before, during and after their swap: each practice opens sound afterwards,
    // either as it was or as the backup, never half of each; the complete backup restores whole.
    const QStringList restorePoints{u"restore.staged"_s, u"restore.swap:1"_s, u"restore.swap:2"_s, u"restore.swap:3"_s,
                                    u"restore.swap:4"_s};
    QJsonObject manifest;
    {
        QFile mf(Backup::manifestOf(good));
        QVERIFY(mf.open(QIODevice::ReadOnly));
        manifest = QJsonDocument::fromJson(mf.readAll()).object();
    }
    int whole = 0;
    for (int i = 0; i < 50; ++i) {
        const QString point = restorePoints.at(i % restorePoints.size());
        const QString target = dir.filePath(u"cabinet-%1.db"_s.arg(i));
        // Every other one on a practice already there (its current database set aside), the
        // others on a new computer.
        if (i % 2 == 0)
            QVERIFY(Backup::restore(target, good, u"prepare"_s));
        const Ran killed = cli({u"--db"_s, target, u"restore"_s, good}, point);
        QVERIFY2(killed.status == QProcess::CrashExit, qPrintable(point));
        const Ran check = cli({u"--db"_s, target, u"--json"_s, u"check"_s});
        if (point == u"restore.staged"_s && i % 2 != 0) {
            // Killed before the swap on a new computer: still no practice there.
            QVERIFY2(check.code != 0 || check.json.value(u"documents"_s).toInt() == 0, qPrintable(point));
            continue;
        }
        QVERIFY2(check.code == 0, qPrintable(point + u": exit "_s + QString::number(check.code)));
        QVERIFY2(check.json.value(u"sound"_s).toBool(), qPrintable(point));
        QCOMPARE(check.json.value(u"documents"_s).toInt(), 150);
        QVERIFY(!QFileInfo::exists(Backup::pendingOf(target)));
        // The documents are the backup's, byte for byte.
        const QDir vault(Backup::vaultOf(target));
        for (const QJsonValue &v : manifest.value(u"vault"_s).toArray()) {
            QFile f(vault.filePath(v[u"name"_s].toString()));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()),
                     v[u"sha256"_s].toString());
        }
        ++whole;
    }
    QCOMPARE(whole, 45);
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
