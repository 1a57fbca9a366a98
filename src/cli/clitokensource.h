#pragma once

#include "core/settings/appsettings.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

class TokenStore;

// Finds the API token for one run: EXTRACTA_API_TOKEN, else one line of standard input
// (--token-stdin), else the token the app saved (OS keychain, or its plain file when the user chose
// that). The token is never taken from the command line and never appears in a message.
class CliTokenSource
{
    Q_DECLARE_TR_FUNCTIONS(CliTokenSource)

public:
    // A keychain that does not answer in this time counts as unavailable (it may be locked and
    // waiting for a password prompt nobody sees).
    static constexpr std::chrono::seconds KeychainTimeout{5};

    struct Result
    {
        QString token;   // empty when none could be found
        QString problem; // why not, in plain words; empty when a token was found
        QString note;    // something worth telling even though a token was found
        QString warning; // a risk the user must hear of even with --quiet (a token file others can read)
    };

    CliTokenSource(AppSettings& settings, bool fromStdin);

    Result resolve() const;

    // Waits (running an event loop) for `store` to answer a read of `connection`.
    static Result readStored(TokenStore& store, const QString& connection);
    // The file the app keeps the token in when the user chose "save in the settings file"; the same
    // path as the app's main.cpp uses.
    static QString plainTokenFilePath();

private:
    Result fromStandardInput() const;
    Result fromSavedStore() const;

    AppSettings& m_settings;
    bool m_fromStdin;
};
