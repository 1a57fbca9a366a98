#include "clitokensource.h"

#include "cliterminal.h"
#include "core/api/apiendpoint.h"
#include "core/settings/appidentity.h"
#include "core/tokens/keychaintokenstore.h"
#include "core/tokens/plainfiletokenstore.h"
#include "core/tokens/tokenprovider.h"

#include <QEventLoop>

namespace {

CliTokenSource::Result failed(const QString& problem)
{
    CliTokenSource::Result result;
    result.problem = problem;
    return result;
}

CliTokenSource::Result checked(const QString& raw, const QString& where)
{
    const QString token = raw.trimmed();
    if (token.isEmpty())
        return failed(CliTokenSource::tr("%1 holds no token.").arg(where));
    if (!TokenProvider::isWellFormed(token))
        return failed(
            CliTokenSource::tr("The token from %1 contains spaces or control characters.").arg(where));
    CliTokenSource::Result result;
    result.token = token;
    return result;
}

// What the user is told for a token store's answer.
CliTokenSource::Result fromStoreAnswer(TokenStore::Status status, const QString& token,
                                       const QString& message)
{
    switch (status) {
    case TokenStore::Status::Ok:
        return checked(token, CliTokenSource::tr("the saved token"));
    case TokenStore::Status::NotFound:
        return failed(CliTokenSource::tr("No API token is saved."));
    case TokenStore::Status::Unavailable:
    case TokenStore::Status::Failed:
        break;
    }
    return failed(message.isEmpty() ? CliTokenSource::tr("The saved token could not be read.") : message);
}

} // namespace

CliTokenSource::CliTokenSource(AppSettings& settings, bool fromStdin)
    : m_settings(settings)
    , m_fromStdin(fromStdin)
{}

CliTokenSource::Result CliTokenSource::resolve() const
{
    // Set but empty is a mistake to report (an unset variable in a script), not a reason to fall back.
    if (const std::optional<QString> environment = environmentValue("EXTRACTA_API_TOKEN")) {
        Result result = checked(*environment, tr("EXTRACTA_API_TOKEN"));
        if (m_fromStdin)
            result.note = tr("EXTRACTA_API_TOKEN is set and wins over --token-stdin; standard input was not "
                             "read.");
        return result;
    }
    if (m_fromStdin)
        return fromStandardInput();
    return fromSavedStore();
}

CliTokenSource::Result CliTokenSource::fromStandardInput() const
{
    if (CliTerminal::isStdinTerminal())
        CliTerminal::writeError(tr("API token (not shown): "));
    QString line;
    if (!CliTerminal::readSecretLine(&line))
        return failed(tr("--token-stdin: standard input ended before a token was read."));
    return checked(line, tr("standard input"));
}

CliTokenSource::Result CliTokenSource::fromSavedStore() const
{
    const auto hint = tr("Set EXTRACTA_API_TOKEN, pass the token with --token-stdin, or save it in "
                         "Extracta Batch Admin's settings.");
    Result result;
    if (m_settings.tokenStorage() == AppSettings::TokenStorage::PlainFile) {
        // A script must not stop working over a file's permissions, but the user must hear of them.
        PlainFileTokenStore store(plainTokenFilePath(), PlainFileTokenStore::OpenFile::UseWithWarning);
        result = readStored(store, AppIdentity::defaultConnection());
    } else {
        KeychainTokenStore store(AppIdentity::keychainService());
        store.setTimeout(KeychainTimeout);
        result = readStored(store, AppIdentity::defaultConnection());
    }
    if (!result.problem.isEmpty())
        result.problem += QLatin1Char(' ') + hint;
    return result;
}

CliTokenSource::Result CliTokenSource::readStored(TokenStore& store, const QString& connection)
{
    Result result;
    bool answered = false;
    QEventLoop loop;
    // Stores may answer before read() returns, so the answer is caught before the loop starts.
    QObject::connect(
        &store, &TokenStore::readFinished, &loop,
        [&](const QString&, TokenStore::Status status, const QString& token, const QString& message) {
            answered = true;
            result = fromStoreAnswer(status, token, message);
            if (status == TokenStore::Status::Ok && !result.token.isEmpty())
                result.warning = message;
            loop.quit();
        });
    store.read(connection);
    if (!answered)
        loop.exec();
    return result;
}

QString CliTokenSource::plainTokenFilePath()
{
    return AppIdentity::plainTokenFilePath();
}
