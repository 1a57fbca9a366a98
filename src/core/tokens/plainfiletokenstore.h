#pragma once

#include "tokenstore.h"

// The fallback the user may choose explicitly when no keychain service answers: the token in a file
// readable only by the user, like command-line tools do without a keyring. Not encrypted.
// The file is trusted only as what it must be: a regular file of the user's own that no other account
// can read or change. A symbolic link is never followed (it could lead to anyone's file) and is
// replaced, never written through, when the token is saved; a file of another account is refused. A
// file other accounts can read is refused or used with a warning, as the owner of the store decides.
class PlainFileTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    // What a read does with a token file that other accounts can read or change.
    enum class OpenFile
    {
        Refuse,         // the app: the settings dialog says why and offers to fix it
        UseWithWarning, // the CLI: the token is used, the answer's message warns
    };

    explicit PlainFileTokenStore(QString filePath, OpenFile openFile = OpenFile::Refuse,
                                 QObject* parent = nullptr);

    QString filePath() const;

    void read(const QString& connection) override;
    void write(const QString& connection, const QString& token) override;
    void remove(const QString& connection) override;

    // True when the file is the user's own but other accounts can read or change it: the one problem
    // restrictAccess() fixes.
    bool isOpenToOthers() const;
    // Takes other accounts' access to the file away. False, with `error`, when it could not.
    bool restrictAccess(QString* error) const;

private:
    struct Contents;
    Contents load() const;

    QString m_filePath;
    OpenFile m_openFile;
};
