#pragma once

#include <QByteArray>
#include <QString>

// Files and folders that only the user's own account may use: the audit trail, the settings and the
// token file hold what other accounts on the same computer must not read. On POSIX that means folders
// 0700 and files 0600 whatever the umask; on Windows the folders under the user's profile already
// carry an access list for that account alone, which what is created in them inherits.
namespace PrivateFiles {

// Creates `path` and its missing parent folders for the user alone. An existing `path` (and no
// existing parent) loses any access it grants other accounts when it is the user's; nothing is ever
// granted. False when the folder cannot be created.
bool makeFolder(const QString& path);
// Takes any access to an existing file or folder away from other accounts, when it is the user's. A
// symbolic link is left alone (changing it would change what it points to). True when nothing was
// there or the access is now the user's alone.
bool restrict(const QString& path);
// Creates an empty file that only the user can read, unless something is already there (which is
// then restricted like restrict() does). False when it could not be created.
bool createFile(const QString& path);

// A file that holds a secret, as readSecret() found it.
struct Secret
{
    enum class State
    {
        Missing,
        Private,         // a regular file of the user's, nobody else has access
        OpenToOthers,    // as Private, but other accounts may read or change it (content is read)
        SymbolicLink,    // never followed: it may lead to anyone's file
        NotOwned,        // belongs to another account
        NotARegularFile, // a folder, a device, a pipe…
        Unreadable,      // the system refused to open or read it (`error` says why)
    };
    State state = State::Missing;
    QByteArray content; // for Private and OpenToOthers
    QString mode;       // the permissions found, as in "0644" (POSIX), for messages; may be empty
    QString error;
};

// Reads a secret without following a symbolic link at `path`, and says whose file it is.
Secret readSecret(const QString& path);
// Replaces `path` with `content` at once (a file written next to it and renamed over it), readable
// only by the user. A symbolic link at `path` is replaced itself, never written through; the folder
// must exist. On failure `path` is unchanged and `error` says why.
bool writeSecret(const QString& path, const QByteArray& content, QString* error);

} // namespace PrivateFiles
