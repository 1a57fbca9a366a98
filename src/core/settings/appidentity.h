#pragma once

#include <QString>

// The names the GUI and the CLI share, so that both find the same settings, saved token and audit
// trail. One place, because a mismatch would make the CLI silently miss what the app saved.
class AppIdentity
{
public:
    // Sets the organisation and application names QSettings and QStandardPaths use.
    static void applyNames();
    static QString keychainService();
    // The only connection so far; keychain entries and data are keyed by it from the start.
    static QString defaultConnection();
    // Where the token goes when the user explicitly chose the unencrypted file.
    static QString plainTokenFilePath();
    // Makes the app's own folders and its settings file private to the user, whatever the umask and
    // whatever an earlier version left: the settings folder and an empty settings file are created
    // when missing (QSettings would create them with the umask's permissions), existing ones lose any
    // access for other accounts. The database makes its own files private (Database::open); the token
    // file is checked, not silently changed, where it is read (PlainFileTokenStore), since a token
    // others could read must be told about. For the app and the CLI, before anything is written.
    static void makeStoragePrivate();
};
