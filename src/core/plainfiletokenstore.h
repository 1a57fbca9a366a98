#pragma once

#include "tokenstore.h"

// The fallback the user may choose explicitly when no keychain service answers: the token in a file
// readable only by the user, like command-line tools do without a keyring. Not encrypted.
class PlainFileTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    explicit PlainFileTokenStore(QString filePath, QObject* parent = nullptr);

    QString filePath() const;

    void read(const QString& connection) override;
    void write(const QString& connection, const QString& token) override;
    void remove(const QString& connection) override;

private:
    QString m_filePath;
};
