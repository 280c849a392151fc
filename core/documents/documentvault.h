#pragma once

#include "core/base/result.h"
#include "core/domain/document.h"

#include <QCoreApplication>

namespace guichet {

class Database;
class Session;

// What a file holds, decided from its bytes (never its name).
struct DocumentKind
{
    QString contentType; // application/pdf, image/png, image/jpeg
    int pageCount = 0; // PDF pages; 1 for an image
};

// Patients' documents, encrypted at rest beside the database (`<database>.vault/`):
// content-addressed under a keyed hash (a name tells nothing of the content), each file
// sealed with XChaCha20-Poly1305 (libsodium secretstream, so a cut or altered file is
// detected), the key in the system keychain. An add writes the sealed file atomically,
// then the row in one transaction; a crash in between leaves a file no row names, which
// the next add or check removes.
class DocumentVault final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentVault)
public:
    static constexpr qint64 MaxBytes = 50LL * 1024 * 1024;
    static QStringList types(); // prescription, report, administrative, other

    // A whole PDF, PNG or JPEG, not empty, at most 50 MB; otherwise the reason.
    static Result<DocumentKind> inspect(const QByteArray &bytes);

    static Result<DocumentMeta> add(const Session &session, const QString &patientId, const QString &filePath,
                                    const QString &type, const QString &appointmentId = {});
    // Decrypted and checked against its SHA-256.
    static Result<QByteArray> content(const Session &session, const QString &documentId);
    static Result<QByteArray> read(const Database &db, const QString &documentId); // no right checked: sync
    // Stores `bytes` (inspected, sealed, then the row) as `draft` says; used by add() and by
    // the sync engine for documents patients uploaded to the central agenda (not journalled).
    static Result<DocumentMeta> store(const Database &db, DocumentMeta draft, const QByteArray &bytes, bool journal,
                                      const QDateTime &now);
    // Reads the vault's key from the keychain on this thread, for a sync run on another one.
    static Result<void> unlock(const Database &db);
    static Result<void> unlock(const Session &session);
    static Result<void> exportTo(const Session &session, const QString &documentId, const QString &filePath);
    // A patient's documents (empty id: the practice's latest, every patient), newest first.
    // A failed read is an error. The bare-Database forms are core's (sync); ui/ and cli/ read
    // through the Session.
    static Result<QList<DocumentMeta>> list(const Session &session, const QString &patientId, bool archived = false);
    static QList<DocumentMeta> list(const Database &db, const QString &patientId, bool archived = false);
    // The practice removes its own documents; a patient's upload only by that patient (online).
    static Result<void> remove(const Session &session, const QString &documentId);
    // Made available to the patient: the sync engine sends it; a notice says it is there.
    static Result<DocumentMeta> share(const Session &session, const QString &documentId);
    static Result<DocumentMeta> byId(const Session &session, const QString &documentId);
    static Result<DocumentMeta> byId(const Database &db, const QString &documentId);
    // Listed for the retention delay (practice setting documents.retention_months, 6 by
    // default) after being added, then archived: kept and found with a filter, never deleted.
    static Result<int> archiveExpired(const Session &session);

    struct Check
    {
        int documents = 0;
        int sound = 0;
        int orphansRemoved = 0;
        QStringList problems;
    };
    // Every stored document decrypts and matches its hash; files no row names are removed.
    // Touches the keychain only when there are documents.
    static Result<Check> verifyAll(const Database &db);
    static QString directory(const Database &db);

    // Moving a practice to a new computer: the vault's key leaves the system keychain only
    // sealed with a passphrase (Argon2id, then XChaCha20-Poly1305; at least 12 characters), in
    // a file that names its database; importing it on the new computer (after `restore`) puts it
    // in that keychain. A wrong passphrase, a damaged file, another database's key, or a key
    // that does not open the stored documents is refused with nothing changed. Administrators
    // only (the right to restore backups); audited.
    static Result<void> exportKey(const Session &session, const QString &file, const QByteArray &passphrase);
    static Result<void> importKey(const Session &session, const QString &file, const QByteArray &passphrase);
};

} // namespace guichet
