#include "core/keychain/secretstore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr int kTimeoutMs = 30000; // a keychain that asks the user to unlock may take a while

Error keychainError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::io(SecretStore::tr("No system keychain is available (on Linux, the Secret Service: GNOME "
                                         "Keyring or KWallet). Guichet keeps its secrets nowhere else; ask IT to "
                                         "start one."));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::io(SecretStore::tr("The system keychain refused access; unlock it and try again."));
    case QKeychain::EntryNotFound:
        return Error::notFound(SecretStore::tr("The secret is not in the system keychain."));
    default:
        return Error::io(SecretStore::tr("The system keychain failed: %1").arg(job.errorString()));
    }
}

// Runs a job to its end; false when the keychain did not answer in time.
bool run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain file
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Error timeout()
{
    return Error::io(SecretStore::tr("The system keychain did not answer within 30 seconds."));
}

} // namespace

QString SecretStore::service()
{
    return u"Guichet"_s;
}

Result<QByteArray> SecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service());
    job.setKey(key);
    if (!run(job))
        return timeout();
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return job.binaryData();
}

Result<void> SecretStore::write(const QString &key, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(key);
    job.setBinaryData(secret);
    if (!run(job))
        return timeout();
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

Result<void> SecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(service());
    job.setKey(key);
    if (!run(job))
        return timeout();
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}

} // namespace guichet
