#pragma once

class QSaveFile;
class QString;

namespace guichet {

// Every file and folder the program creates from now on is its owner's only (0600 / 0700): the
// database, its WAL and shared memory, backups, exports, logs and the data folder. Called first
// thing by each program's main(). On Windows files live in the per-user profile, whose access
// list already keeps other accounts out; nothing to do there.
void restrictNewFilesToOwner();

// Whether other accounts of this computer may read or write `path` (group or other bits; always
// false on Windows).
bool othersMayAccess(const QString &path);

// Opens `file` for writing, its content readable and writable by its owner only, whatever the
// process's umask: the exports of patient data.
bool openOwnerOnly(QSaveFile &file);

} // namespace guichet
