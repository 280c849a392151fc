#include "core/documents/documentvault.h"

#include "core/access/session.h"
#include "core/base/ownerfiles.h"
#include "core/base/testcrash.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/documents/pdfinspection.h"
#include "core/domain/text.h"
#include "core/keychain/secretstore.h"
#include "core/reminders/reminderservice.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QJsonObject>
#include <QMutex>
#include <QPdfDocument>
#include <QSaveFile>
#include <QSet>

#include <cstdlib>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr qsizetype kChunk = 64 * 1024; // plaintext bytes per sealed chunk
const QByteArray kMagic = QByteArrayLiteral("GVAULT1\n");

Error refused(const QString &message)
{
    return Error::invalid(message, u"document.refused"_s);
}

// The vault's key: 32 random bytes in the system keychain, one per database.
// Keys read once per process: the sync thread finds the key the GUI's thread unlocked, as
// QtKeychain is not to be used from two threads.
QMutex keyCacheMutex;
QHash<QString, QByteArray> keyCache;

Result<QByteArray> vaultKeyFromKeychain(const Database &db, bool create);

Result<QByteArray> vaultKey(const Database &db, bool create)
{
    const QString id = db.setting(u"database.id"_s);
    if (!id.isEmpty()) {
        QMutexLocker lock(&keyCacheMutex);
        if (const auto it = keyCache.constFind(id); it != keyCache.constEnd())
            return *it;
    }
    auto key = vaultKeyFromKeychain(db, create);
    if (key) {
        QMutexLocker lock(&keyCacheMutex);
        keyCache.insert(db.setting(u"database.id"_s), *key);
    }
    return key;
}

Result<QByteArray> vaultKeyFromKeychain(const Database &db, bool create)
{
    QString id = db.setting(u"database.id"_s);
    if (id.isEmpty()) {
        if (!create)
            return Error::notFound(DocumentVault::tr("This database has no document vault yet."));
        id = newUuid();
        if (auto ok = db.setSetting(u"database.id"_s, id); !ok)
            return ok.error();
    }
    const QString name = u"vault-key:"_s + id;
    auto key = SecretStore::read(name);
    if (key && key->size() == crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return key;
    if (key || key.error().code != ErrorCode::NotFound)
        return key ? Error::io(DocumentVault::tr("The document vault's key in the system keychain is damaged."))
                   : key.error();
    if (!create)
        return Error::io(DocumentVault::tr("The document vault's key is not in this computer's system keychain: the "
                                           "documents cannot be read here."));
    QByteArray fresh(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_keygen(reinterpret_cast<unsigned char *>(fresh.data()));
    if (auto ok = SecretStore::write(name, fresh); !ok)
        return ok.error();
    return fresh;
}

// The file's name: a hash of its SHA-256 keyed with the vault's key (the same document is
// stored once; a name reveals nothing to whoever lacks the key).
QString blobName(const QByteArray &key, const QString &sha256)
{
    unsigned char out[32];
    const QByteArray data = "document:" + sha256.toLatin1();
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(data.constData()), quint64(data.size()),
                       reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

QByteArray seal(const QByteArray &key, const QByteArray &plain)
{
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray out = kMagic;
    QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char *>(header.data()),
                                                    reinterpret_cast<const unsigned char *>(key.constData()));
    out += header;
    qsizetype at = 0;
    do {
        const qsizetype n = std::min(kChunk, plain.size() - at);
        const bool last = at + n >= plain.size();
        QByteArray chunk(n + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(chunk.data()), nullptr,
                                                   reinterpret_cast<const unsigned char *>(plain.constData() + at),
                                                   quint64(n), nullptr, 0,
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        out += chunk;
        at += n;
    } while (at < plain.size());
    return out;
}

std::optional<QByteArray> open(const QByteArray &key, const QByteArray &sealed)
{
    const qsizetype headerEnd = kMagic.size() + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    if (!sealed.startsWith(kMagic) || sealed.size() < headerEnd)
        return std::nullopt;
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char *>(sealed.constData() + kMagic.size()),
            reinterpret_cast<const unsigned char *>(key.constData()))
        != 0)
        return std::nullopt;
    QByteArray plain;
    qsizetype at = headerEnd;
    const qsizetype sealedChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
    bool final = false;
    while (at < sealed.size() && !final) {
        const qsizetype n = std::min(sealedChunk, sealed.size() - at);
        QByteArray chunk(n - crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(chunk.data()), nullptr, &tag,
                reinterpret_cast<const unsigned char *>(sealed.constData() + at), quint64(n), nullptr, 0)
            != 0)
            return std::nullopt;
        plain += chunk;
        at += n;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    if (!final || at != sealed.size())
        return std::nullopt; // cut short, or something after the end
    return plain;
}

QString hex(const QByteArray &bytes, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, algorithm).toHex());
}

DocumentMeta readMeta(const QSqlQuery &q)
{
    DocumentMeta d;
    d.id = q.value(0).toString();
    d.patientId = q.value(1).toString();
    d.appointmentId = q.value(2).toString();
    d.type = q.value(3).toString();
    d.fileName = q.value(4).toString();
    d.contentType = q.value(5).toString();
    d.size = q.value(6).toLongLong();
    d.sha1 = q.value(7).toString();
    d.sha256 = q.value(8).toString();
    d.pageCount = q.value(9).toInt();
    d.origin = q.value(10).toString();
    d.shared = q.value(11).toBool();
    d.addedAt = fromStored(q.value(12).toLongLong());
    d.addedBy = q.value(13).toString();
    if (!q.value(14).isNull())
        d.archivedAt = fromStored(q.value(14).toLongLong());
    return d;
}

const QString kMetaColumns = u"id, patient_id, appointment_id, type, file_name, content_type, size, sha1, sha256, "
                             "page_count, origin, shared, added_at, added_by, archived_at"_s;

// Sealed files no row names (a crash between the file and the row), and unfinished temporaries.
int removeOrphans(const Database &db, const QByteArray &key)
{
    QDir dir(DocumentVault::directory(db));
    if (!dir.exists())
        return 0;
    QSet<QString> named;
    if (auto r = db.exec(u"SELECT DISTINCT sha256 FROM documents"_s)) {
        while (r->next())
            named.insert(blobName(key, r->value(0).toString()));
    }
    int removed = 0;
    for (const QString &file : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (!named.contains(file) && dir.remove(file))
            ++removed;
    }
    return removed;
}

} // namespace

QStringList DocumentVault::types()
{
    return {u"prescription"_s, u"report"_s, u"administrative"_s, u"other"_s};
}

QString DocumentVault::directory(const Database &db)
{
    return db.path() + u".vault"_s;
}

Result<DocumentKind> DocumentVault::inspect(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return refused(tr("The file is empty."));
    if (bytes.size() > MaxBytes)
        return refused(tr("The file weighs %1 MB; documents are limited to 50 MB.")
                           .arg(QLocale().toString(double(bytes.size()) / (1024 * 1024), 'f', 1)));
    if (bytes.startsWith("%PDF-")) {
        // Whole: the end-of-file mark near the end, and the reader opens every page.
        if (!bytes.right(2048).contains("%%EOF"))
            return refused(tr("The PDF is incomplete (cut short during a download or a copy?)."));
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() < 1)
            return refused(tr("The PDF is damaged or protected by a password; it cannot be read."));
        if (const QString risk = PdfInspection::risk(bytes); !risk.isEmpty())
            return refused(tr("This PDF cannot be kept: it %1. Ask for a plain PDF (printed again to PDF, or "
                              "scanned).")
                               .arg(risk));
        return DocumentKind{u"application/pdf"_s, pdf.pageCount()};
    }
    const bool png = bytes.startsWith("\x89PNG\r\n\x1a\n");
    const bool jpeg = bytes.startsWith("\xff\xd8\xff");
    if (png || jpeg) {
        if (png && !bytes.endsWith(QByteArrayLiteral("IEND\xae\x42\x60\x82")))
            return refused(tr("The PNG image is incomplete (cut short during a download or a copy?)."));
        if (jpeg) {
            qsizetype end = bytes.size();
            while (end > 2 && bytes.at(end - 1) == '\0')
                --end; // some scanners pad the end with zeros
            if (end < 4 || bytes.at(end - 2) != '\xff' || bytes.at(end - 1) != '\xd9')
                return refused(tr("The JPEG image is incomplete (cut short during a download or a copy?)."));
        }
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, png ? "png" : "jpeg");
        if (reader.read().isNull())
            return refused(tr("The image is damaged; it cannot be read (%1).").arg(reader.errorString()));
        return DocumentKind{png ? u"image/png"_s : u"image/jpeg"_s, 1};
    }
    return refused(tr("Only PDF documents and JPEG or PNG images are accepted; this file is something else, "
                      "whatever its name says."));
}

Result<DocumentMeta> DocumentVault::add(const Session &session, const QString &patientId, const QString &filePath,
                                        const QString &type, const QString &appointmentId)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    if (!types().contains(type))
        return Error::invalid(tr("The document type is prescription, report, administrative or other."),
                              u"document.type"_s);
    const Database &db = session.database();
    auto patient = PatientRepository(db).byId(patientId);
    if (!patient)
        return patient.error();
    if (!appointmentId.isEmpty()) {
        auto r = db.exec(u"SELECT patient_id FROM appointments WHERE id = ?"_s, {appointmentId});
        if (!r)
            return r.error();
        if (!r->next())
            return Error::notFound(tr("No appointment has the identifier %1.").arg(appointmentId));
        if (r->value(0).toString() != patientId)
            return Error::invalid(tr("This appointment is another patient's."), u"document.appointment"_s);
    }
    const QFileInfo info(filePath);
    if (!info.isFile())
        return Error::io(tr("The file \"%1\" does not exist or is not a file.").arg(filePath));
    if (info.size() > MaxBytes)
        return refused(tr("The file weighs %1 MB; documents are limited to 50 MB.")
                           .arg(QLocale().toString(double(info.size()) / (1024 * 1024), 'f', 1)));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("The file \"%1\" cannot be read: %2").arg(filePath, file.errorString()));
    const QByteArray bytes = file.readAll();
    DocumentMeta d;
    d.id = newUuid();
    d.patientId = patientId;
    d.appointmentId = appointmentId;
    d.type = type;
    d.fileName = Text::withoutHidden(info.fileName()).trimmed().left(255);
    d.origin = u"practice"_s;
    d.addedAt = session.now().toUTC();
    d.addedBy = session.actor();
    return store(db, d, bytes, true, session.now());
}

Result<DocumentMeta> DocumentVault::store(const Database &db, DocumentMeta d, const QByteArray &bytes, bool journal,
                                          const QDateTime &now)
{
    auto kind = inspect(bytes);
    if (!kind)
        return kind.error();
    if (sodium_init() < 0)
        return Error::io(tr("The encryption library cannot start."));
    auto key = vaultKey(db, true);
    if (!key)
        return key.error();
    d.contentType = kind->contentType;
    d.size = bytes.size();
    d.sha1 = hex(bytes, QCryptographicHash::Sha1);
    d.sha256 = hex(bytes, QCryptographicHash::Sha256);
    d.pageCount = kind->pageCount;

    // The sealed file first, whole or not at all (written aside, synced, then renamed).
    if (!QDir().mkpath(directory(db)))
        return Error::io(tr("The document vault's folder cannot be made beside the database."));
    QFile::setPermissions(directory(db), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString blob = QDir(directory(db)).filePath(blobName(*key, d.sha256));
    if (!QFileInfo::exists(blob)) {
        QSaveFile out(blob);
        if (!out.open(QIODevice::WriteOnly) || out.write(seal(*key, bytes)) < 0 || !out.commit())
            return Error::io(tr("The document cannot be written into the vault: %1").arg(out.errorString()));
        QFile::setPermissions(blob, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    crashPointForTests("document.after-file");
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto r = db.exec(u"INSERT INTO documents("_s + kMetaColumns
                             + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"_s,
                         {d.id, d.patientId, d.appointmentId.isEmpty() ? QVariant() : QVariant(d.appointmentId), d.type,
                          d.fileName, d.contentType, d.size, d.sha1, d.sha256, d.pageCount, d.origin, d.shared ? 1 : 0,
                          toStored(d.addedAt), d.addedBy});
        !r)
        return r.error();
    if (journal)
        if (auto ok = ChangeJournal::record(db, u"document"_s, d.id, u"create"_s,
                                            QJsonObject{{u"patient_id"_s, d.patientId},
                                                        {u"type"_s, d.type},
                                                        {u"content_type"_s, d.contentType},
                                                        {u"size"_s, d.size},
                                                        {u"sha1"_s, d.sha1}},
                                            now);
            !ok)
            return ok.error();
    crashPointForTests("document.before-commit");
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return d;
}

Result<DocumentMeta> DocumentVault::byId(const Database &db, const QString &documentId)
{
    auto r = db.exec(u"SELECT "_s + kMetaColumns + u" FROM documents WHERE id = ?"_s, {documentId});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::notFound(tr("No document has the identifier %1.").arg(documentId));
    return readMeta(r.value());
}

Result<DocumentMeta> DocumentVault::byId(const Session &session, const QString &documentId)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return byId(session.database(), documentId);
}

namespace {

// A patient's documents, or the practice's latest; a failed read is an error.
Result<QList<DocumentMeta>> listRows(const Database &db, const QString &patientId, bool archived)
{
    QList<DocumentMeta> out;
    auto r = patientId.isEmpty()
        ? db.exec(u"SELECT "_s + kMetaColumns
                      + u" FROM documents WHERE (archived_at IS NULL) = ? ORDER BY added_at DESC, id LIMIT 500"_s,
                  {!archived})
        : db.exec(u"SELECT "_s + kMetaColumns
                      + u" FROM documents WHERE patient_id = ? AND (archived_at IS NULL) = ? "
                        "ORDER BY added_at DESC, id"_s,
                  {patientId, !archived});
    if (!r)
        return r.error();
    while (r->next())
        out << readMeta(r.value());
    return out;
}

} // namespace

Result<QList<DocumentMeta>> DocumentVault::list(const Session &session, const QString &patientId, bool archived)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return listRows(session.database(), patientId, archived);
}

QList<DocumentMeta> DocumentVault::list(const Database &db, const QString &patientId, bool archived)
{
    return listRows(db, patientId, archived).valueOr({});
}

Result<void> DocumentVault::remove(const Session &session, const QString &documentId)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    const Database &db = session.database();
    auto meta = byId(db, documentId);
    if (!meta)
        return meta.error();
    if (meta->origin == u"patient"_s)
        return Error::refused(tr("The patient added this document online: only the patient can remove it."),
                              u"document.patient-upload"_s);
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto r = db.exec(u"DELETE FROM documents WHERE id = ?"_s, {documentId}); !r)
        return r.error();
    // Nothing is deleted on the server: the sync engine marks it entered in error there.
    if (auto ok = ChangeJournal::record(
            db, u"document"_s, documentId, u"status"_s,
            QJsonObject{{u"patient_id"_s, meta->patientId}, {u"status"_s, u"entered-in-error"_s}}, session.now());
        !ok)
        return ok.error();
    if (auto ok = session.audit(u"document.remove"_s, u"document"_s, documentId, QString(),
                                QJsonObject{{u"patient_id"_s, meta->patientId},
                                            {u"file_name"_s, meta->fileName},
                                            {u"sha256"_s, meta->sha256}});
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    // The sealed file goes when no other document holds the same content.
    if (auto r = db.exec(u"SELECT count(*) FROM documents WHERE sha256 = ?"_s, {meta->sha256});
        r && r->next() && r->value(0).toInt() == 0) {
        if (auto key = vaultKey(db, false))
            QFile::remove(QDir(directory(db)).filePath(blobName(*key, meta->sha256)));
    }
    return {};
}

Result<DocumentMeta> DocumentVault::share(const Session &session, const QString &documentId)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    const Database &db = session.database();
    auto meta = byId(db, documentId);
    if (!meta)
        return meta.error();
    if (meta->shared)
        return meta;
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto r = db.exec(u"UPDATE documents SET shared = 1 WHERE id = ?"_s, {documentId}); !r)
        return r.error();
    // The patient hears that a document is there (never what it is): one notice, planned now.
    if (auto ok = ReminderService::documentNotice(db, meta->patientId, meta->appointmentId, session.now()); !ok)
        return ok.error();
    if (auto ok =
            ChangeJournal::record(db, u"document"_s, documentId, u"update"_s,
                                  QJsonObject{{u"patient_id"_s, meta->patientId}, {u"shared"_s, true}}, session.now());
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    meta->shared = true;
    return meta;
}

Result<QByteArray> DocumentVault::content(const Session &session, const QString &documentId)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return read(session.database(), documentId);
}

Result<QByteArray> DocumentVault::read(const Database &db, const QString &documentId)
{
    auto meta = byId(db, documentId);
    if (!meta)
        return meta.error();
    auto key = vaultKey(db, false);
    if (!key)
        return key.error();
    QFile file(QDir(directory(db)).filePath(blobName(*key, meta->sha256)));
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("The document's file is missing from the vault."));
    const std::optional<QByteArray> plain = open(*key, file.readAll());
    if (!plain || hex(*plain, QCryptographicHash::Sha256) != meta->sha256)
        return Error::io(tr("The document's file in the vault is damaged: it no longer matches what was stored."));
    return *plain;
}

Result<void> DocumentVault::exportTo(const Session &session, const QString &documentId, const QString &filePath)
{
    auto bytes = content(session, documentId);
    if (!bytes)
        return bytes.error();
    QSaveFile out(filePath);
    if (!openOwnerOnly(out) || out.write(*bytes) != bytes->size())
        return Error::io(tr("\"%1\" cannot be written: %2").arg(filePath, out.errorString()));
    // A decrypted document leaves the vault: recorded before the file appears.
    if (auto audited = session.audit(
            u"document.export"_s, u"document"_s, documentId, QString(),
            QJsonObject{{u"file"_s, QFileInfo(filePath).absoluteFilePath()}, {u"size"_s, qint64(bytes->size())}});
        !audited)
        return audited;
    if (!out.commit())
        return Error::io(tr("\"%1\" cannot be written: %2").arg(filePath, out.errorString()));
    return {};
}

Result<int> DocumentVault::archiveExpired(const Session &session)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    const Database &db = session.database();
    bool ok = false;
    const int months = db.setting(u"documents.retention_months"_s, u"6"_s).toInt(&ok);
    if (!ok || months < 1)
        return Error::invalid(tr("The retention delay of documents is a whole number of months, at least 1."),
                              u"document.retention"_s);
    const QDateTime now = session.now().toUTC();
    auto r = db.exec(u"UPDATE documents SET archived_at = ? WHERE archived_at IS NULL AND added_at <= ?"_s,
                     {toStored(now), toStored(now.addMonths(-months))});
    if (!r)
        return r.error();
    return int(db.changes());
}

Result<void> DocumentVault::unlock(const Database &db)
{
    auto r = db.exec(u"SELECT 1 FROM documents LIMIT 1"_s);
    if (!r || !r->next())
        return {};
    auto key = vaultKey(db, false);
    if (!key)
        return key.error();
    return {};
}

Result<DocumentVault::Check> DocumentVault::verifyAll(const Database &db)
{
    Check out;
    QList<std::pair<QString, QString>> documents; // id, sha256
    if (auto r = db.exec(u"SELECT id, sha256 FROM documents ORDER BY id"_s)) {
        while (r->next())
            documents.append({r->value(0).toString(), r->value(1).toString()});
    }
    out.documents = int(documents.size());
    if (documents.isEmpty() && !QDir(directory(db)).exists())
        return out;
    if (sodium_init() < 0)
        return Error::io(tr("The encryption library cannot start."));
    auto key = vaultKey(db, false);
    if (!key) {
        if (documents.isEmpty())
            return out;
        return key.error();
    }
    out.orphansRemoved = removeOrphans(db, *key);
    for (const auto &[id, sha256] : std::as_const(documents)) {
        QFile file(QDir(directory(db)).filePath(blobName(*key, sha256)));
        if (!file.open(QIODevice::ReadOnly)) {
            out.problems << tr("Document %1: its file is missing from the vault.").arg(id);
            continue;
        }
        const std::optional<QByteArray> plain = open(*key, file.readAll());
        if (!plain || hex(*plain, QCryptographicHash::Sha256) != sha256) {
            out.problems << tr("Document %1: its file does not decrypt to what was stored.").arg(id);
            continue;
        }
        ++out.sound;
    }
    return out;
}

namespace {

const QByteArray kKeyMagic = "GUICHETK";
constexpr char kKeyVersion = 1;
constexpr int kIdBytes = 36; // a UUID's text
constexpr qsizetype kHeaderBytes = 8 + 1 + kIdBytes + 8 + 8 + crypto_pwhash_SALTBYTES;
constexpr qsizetype kFileBytes = kHeaderBytes + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
    + crypto_secretstream_xchacha20poly1305_KEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;

Result<QByteArray> sealingKey(const QByteArray &passphrase, const unsigned char *salt, quint64 ops, quint64 mem)
{
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), quint64(key.size()), passphrase.constData(),
                      quint64(passphrase.size()), salt, ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::io(DocumentVault::tr("Not enough memory to derive the key from the passphrase."));
    return key;
}

void putU64(QByteArray &out, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        out += char((v >> (8 * i)) & 0xff);
}

quint64 getU64(const QByteArray &in, qsizetype at)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | quint8(in.at(at + i));
    return v;
}

} // namespace

Result<void> DocumentVault::exportKey(const Session &session, const QString &file, const QByteArray &passphrase)
{
    if (auto ok = session.require(Right::RestoreBackup); !ok)
        return ok;
    if (passphrase.size() < 12)
        return Error::invalid(tr("The passphrase protecting the key has at least 12 characters."),
                              u"vault.passphrase"_s);
    const Database &db = session.database();
    auto key = vaultKey(db, false);
    if (!key)
        return key.error();
    const QByteArray id = db.setting(u"database.id"_s).toLatin1();
    if (id.size() != kIdBytes)
        return Error::io(tr("This database has no document vault yet."));
    QByteArray out = kKeyMagic;
    out += kKeyVersion;
    out += id;
    const quint64 ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    putU64(out, ops);
    putU64(out, mem);
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    out += salt;
    auto sealing = sealingKey(passphrase, reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem);
    if (!sealing)
        return sealing.error();
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray sealed(key->size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long sealedBytes = 0;
    // The header (magic, version, database, cost, salt) is authenticated with the key.
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(sealed.data()), &sealedBytes,
        reinterpret_cast<const unsigned char *>(key->constData()), quint64(key->size()),
        reinterpret_cast<const unsigned char *>(out.constData()), quint64(out.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()),
        reinterpret_cast<const unsigned char *>(sealing->constData()));
    sodium_memzero(sealing->data(), size_t(sealing->size()));
    out += nonce;
    out += sealed.left(qsizetype(sealedBytes));
    if (auto ok = session.audit(u"vault.export-key"_s, u"vault"_s, QString::fromLatin1(id), QString(),
                                QJsonObject{{u"file"_s, file}});
        !ok)
        return ok;
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size() || !f.commit())
        return Error::io(tr("Cannot write %1: %2").arg(file, f.errorString()));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<void> DocumentVault::importKey(const Session &session, const QString &file, const QByteArray &passphrase)
{
    if (auto ok = session.require(Right::RestoreBackup); !ok)
        return ok;
    const Database &db = session.database();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read %1: %2").arg(file, f.errorString()));
    const QByteArray in = f.read(kFileBytes + 1);
    if (in.size() != kFileBytes || !in.startsWith(kKeyMagic) || in.at(8) != kKeyVersion)
        return Error::invalid(tr("%1 is not a key exported by Guichet, or it is damaged.").arg(file),
                              u"vault.key-file"_s);
    const QByteArray id = in.mid(9, kIdBytes);
    if (QString::fromLatin1(id) != db.setting(u"database.id"_s))
        return Error::refused(tr("This key belongs to another database: import it beside the backup it was exported "
                                 "with."),
                              u"vault.other-database"_s);
    const quint64 ops = getU64(in, 9 + kIdBytes);
    const quint64 mem = getU64(in, 9 + kIdBytes + 8);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return Error::invalid(tr("%1 is not a key exported by Guichet, or it is damaged.").arg(file),
                              u"vault.key-file"_s);
    const QByteArray header = in.left(kHeaderBytes);
    auto sealing = sealingKey(
        passphrase, reinterpret_cast<const unsigned char *>(in.constData() + kHeaderBytes - crypto_pwhash_SALTBYTES),
        ops, mem);
    if (!sealing)
        return sealing.error();
    const QByteArray nonce = in.mid(kHeaderBytes, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const QByteArray sealed = in.mid(kHeaderBytes + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    unsigned long long keyBytes = 0;
    const int opened = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(key.data()), &keyBytes, nullptr,
        reinterpret_cast<const unsigned char *>(sealed.constData()), quint64(sealed.size()),
        reinterpret_cast<const unsigned char *>(header.constData()), quint64(header.size()),
        reinterpret_cast<const unsigned char *>(nonce.constData()),
        reinterpret_cast<const unsigned char *>(sealing->constData()));
    sodium_memzero(sealing->data(), size_t(sealing->size()));
    if (opened != 0 || keyBytes != quint64(key.size()))
        return Error::refused(tr("Wrong passphrase, or the key file is damaged: nothing was changed."),
                              u"vault.passphrase"_s);
    // The key must open what this database stores (its documents' files are named with it).
    if (auto r = db.exec(u"SELECT sha256 FROM documents LIMIT 1"_s); r && r->next()) {
        if (!QFileInfo::exists(QDir(directory(db)).filePath(blobName(key, r->value(0).toString()))))
            return Error::refused(tr("This key does not open the documents stored beside this database: nothing "
                                     "was changed."),
                                  u"vault.wrong-key"_s);
    }
    const QString name = u"vault-key:"_s + QString::fromLatin1(id);
    auto current = SecretStore::read(name);
    if (current && *current != key)
        return Error::refused(tr("This computer's keychain already holds another key for this database: nothing was "
                                 "changed."),
                              u"vault.key-present"_s);
    if (!current && current.error().code != ErrorCode::NotFound)
        return current.error();
    if (auto ok = session.audit(u"vault.import-key"_s, u"vault"_s, QString::fromLatin1(id), QString(),
                                QJsonObject{{u"file"_s, file}});
        !ok)
        return ok;
    if (!current)
        if (auto ok = SecretStore::write(name, key); !ok)
            return ok;
    QMutexLocker lock(&keyCacheMutex);
    keyCache.insert(QString::fromLatin1(id), key);
    return {};
}

Result<void> DocumentVault::unlock(const Session &session)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok;
    return unlock(session.database());
}

} // namespace guichet
