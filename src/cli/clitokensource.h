#pragma once

#include "clitokenstore.h"
#include "core/connections/connection.h"
#include "core/settings/appsettings.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

// Finds the API token for one run: EXTRACTA_API_TOKEN, else one line of standard input
// (--token-stdin), else the token saved for the run's connection (OS keychain, or the app's plain
// file when the user chose that). The token is never taken from the command line and never appears
// in a message.
class CliTokenSource
{
    Q_DECLARE_TR_FUNCTIONS(CliTokenSource)

public:
    // A keychain that does not answer in this time counts as unavailable (it may be locked and
    // waiting for a password prompt nobody sees).
    static constexpr std::chrono::seconds KeychainTimeout = CliTokenStore::KeychainTimeout;

    struct Result
    {
        QString token;   // empty when none could be found
        QString problem; // why not, in plain words; empty when a token was found
        QString note;    // something worth telling even though a token was found
        QString warning; // a risk the user must hear of even with --quiet (a token file others can read)
    };

    // The saved token is the one of `connection` (its Connection::tokenEntry()).
    CliTokenSource(AppSettings& settings, bool fromStdin, const Connection& connection);

    Result resolve() const;

    // One line of standard input, read without echo on a terminal (after a prompt there) and checked
    // as a token; `prompt` says whose token it is.
    static Result fromStandardInput(const QString& prompt);
    // Trimmed and checked (no spaces or control characters); `where` names the source in messages.
    static Result checked(const QString& raw, const QString& where);

private:
    Result fromSavedStore() const;

    AppSettings& m_settings;
    bool m_fromStdin;
    QString m_tokenEntry;
    QString m_connectionName;
};
