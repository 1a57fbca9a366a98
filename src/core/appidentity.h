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
};
